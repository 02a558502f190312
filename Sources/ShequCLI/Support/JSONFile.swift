import Foundation
import ShequLua

/// Reads a JSON document given on the command line: a file path, or `-` for standard input.
enum JSONFile {
    /// Reads and parses the document; unreadable or malformed input is a usage failure (exit 2)
    /// naming the file, line and column.
    static func read(_ path: String, what: String) throws -> LuaValue {
        let bytes: [UInt8]
        if path == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure.usage("\(path): cannot read \(what)")
            }
            bytes = [UInt8](data)
        }
        do {
            return try JSONReader().read(bytes, source: path == "-" ? "<stdin>" : path)
        } catch {
            throw CommandFailure.usage("\(what): \(error)")
        }
    }
}
