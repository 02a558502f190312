import Foundation

/// Reads a file line by line in large chunks, counting lines and bytes for error messages and progress.
///
/// Lines end with `\n` or `\r\n`; a UTF-8 byte-order mark at the start is skipped.
final class LineReader {
    let path: String
    let totalBytes: Int
    private(set) var bytesRead = 0
    private(set) var lineNumber = 0
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(path: String) throws(ImportError) {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError(file: path, line: 0, column: nil, field: nil, message: "cannot open the file: check the path and permissions", isUsage: true)
        }
        self.handle = handle
        totalBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    deinit { try? handle.close() }

    /// The next line without its line ending, or `nil` at the end of the file.
    func next() throws(ImportError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                bytesRead += newline + 1 - start
                start = newline + 1
                lineNumber += 1
                return lineNumber == 1 ? Self.droppingByteOrderMark(line) : line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                var line = buffer[start...]
                if line.last == 0x0D { line = line.dropLast() }
                bytesRead += buffer.count - start
                start = buffer.count
                lineNumber += 1
                return lineNumber == 1 ? Self.droppingByteOrderMark(line) : line
            }
            try fill()
        }
    }

    private func fill() throws(ImportError) {
        let chunk: Data?
        do { chunk = try handle.read(upToCount: 1 << 20) } catch {
            throw ImportError(file: path, line: lineNumber + 1, column: nil, field: nil, message: "cannot read the file: \(error.localizedDescription)", isUsage: true)
        }
        guard let chunk, !chunk.isEmpty else {
            atEnd = true
            return
        }
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: chunk)
    }

    private static func droppingByteOrderMark(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.starts(with: [0xEF, 0xBB, 0xBF]) ? line.dropFirst(3) : line
    }
}
