import Foundation

/// An error raised when a ``LuaValue`` has no faithful JSON form.
///
/// The ``path`` names the offending value from the root `$`, using Lua keys:
/// `$.members[3].age` is field `age` of the third element of `members`.
///
/// ```swift
/// let value: LuaValue = ["ratio": .number(.nan)]
/// do { _ = try JSONWriter().string(value) } catch { print(error) }
/// // $.ratio: NaN cannot be written as JSON; replace it with null or a string
/// ```
public struct JSONWriteError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The path of the value that cannot be written, from the root `$`.
    public var path: String
    /// Why the value cannot be written and what to do instead.
    public var message: String

    /// Creates an error for the value at a path.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// The error as `path: message`.
    public var description: String { "\(path): \(message)" }
}

extension JSONWriteError {
    /// Renders Lua keys as a path: identifiers as `.name`, other keys in brackets.
    static func render(_ keys: [LuaKey]) -> String {
        var path = "$"
        for key in keys {
            switch key {
            case .string(let name) where isIdentifier(name):
                path += "." + name
            case .string(let name):
                path += "[\"" + name.replacingOccurrences(of: "\"", with: "\\\"") + "\"]"
            case .integer(let index):
                path += "[\(index)]"
            case .boolean(let flag):
                path += "[\(flag)]"
            case .number(let number):
                path += "[\(number)]"
            }
        }
        return path
    }

    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return false
        }
        return name.utf8.allSatisfy { byte in
            byte == UInt8(ascii: "_")
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }
}
