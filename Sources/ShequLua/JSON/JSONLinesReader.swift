import Foundation

/// One parsed line of a JSON Lines file.
public struct JSONLine: Sendable, Hashable {
    /// The line number in the file, starting at 1.
    public var number: Int
    /// The JSON value on that line.
    public var value: LuaValue

    /// Creates a parsed line.
    public init(number: Int, value: LuaValue) {
        self.number = number
        self.value = value
    }
}

/// Streams a JSON Lines file (one JSON value per line) without loading it whole.
///
/// Blank lines are skipped; a trailing `\r` is dropped so CRLF files read the same.
/// A bad line raises a ``JSONReadError`` naming its line, and reading may go on
/// with the next line, so one broken event does not hide the rest:
///
/// ```swift
/// let reader = try JSONLinesReader(contentsOfFile: "events.jsonl")
/// for result in reader {
///     switch result {
///     case .success(let line): print(line.number, line.value)
///     case .failure(let error): print(error) // events.jsonl:12:7: expected ',' or '}' after object member, found '"'
///     }
/// }
/// ```
///
/// Use ``nextLine()`` instead of iteration to stop at the first error with `try`.
public final class JSONLinesReader: Sequence, IteratorProtocol {
    /// The default longest line accepted: 1 MiB.
    public static let defaultMaxLineLength = 1 << 20

    private let source: String
    private let handle: FileHandle?
    private let maxLineLength: Int
    private let reader: JSONReader
    private let chunkSize = 64 * 1024

    private var buffer: [UInt8]
    private var start = 0
    private var scanned = 0
    private var atEndOfInput: Bool
    private var lineNumber = 0
    private var failed = false

    /// Opens a JSON Lines file for streaming; errors name the file as given.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - maxLineLength: The longest line accepted, in bytes.
    ///   - maxDepth: The deepest nesting accepted on a line.
    public init(contentsOfFile path: String,
                maxLineLength: Int = JSONLinesReader.defaultMaxLineLength,
                maxDepth: Int = 64) throws(JSONReadError) {
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw JSONReadError(kind: .unreadable, source: path, line: 0, column: 0,
                                message: "cannot open the file: \(error.localizedDescription)")
        }
        source = path
        self.maxLineLength = maxLineLength
        reader = JSONReader(maxDepth: maxDepth)
        buffer = []
        atEndOfInput = false
    }

    /// Reads JSON Lines held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 text.
    ///   - source: The name used in error messages, `"-"` by default.
    ///   - maxLineLength: The longest line accepted, in bytes.
    ///   - maxDepth: The deepest nesting accepted on a line.
    public init(bytes: [UInt8], source: String = "-",
                maxLineLength: Int = JSONLinesReader.defaultMaxLineLength,
                maxDepth: Int = 64) {
        handle = nil
        self.source = source
        self.maxLineLength = maxLineLength
        reader = JSONReader(maxDepth: maxDepth)
        buffer = bytes
        atEndOfInput = true
    }

    deinit {
        try? handle?.close()
    }

    /// Reads the next non-blank line, or returns nil at the end of the input.
    ///
    /// After an error about one line, the next call continues with the line after it;
    /// only an unreadable file ends the stream.
    public func nextLine() throws(JSONReadError) -> JSONLine? {
        while let (range, number) = try nextRawLine() {
            if range.count > maxLineLength {
                throw JSONReadError(kind: .lineTooLong, source: source, line: number, column: 1,
                                    message: "line is \(range.count) bytes long, more than the limit of \(maxLineLength); split the record or raise maxLineLength")
            }
            let isBlank = buffer[range].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if isBlank { continue }
            let value = try buffer.withUnsafeBufferPointer { (all) throws(JSONReadError) -> LuaValue in
                try reader.read(UnsafeBufferPointer(rebasing: all[range]), source: source, firstLine: number)
            }
            return JSONLine(number: number, value: value)
        }
        return nil
    }

    /// The next line as a result, so iteration can go on past bad lines.
    public func next() -> Result<JSONLine, JSONReadError>? {
        guard !failed else { return nil }
        do {
            return try nextLine().map { .success($0) }
        } catch {
            if error.kind == .unreadable { failed = true }
            return .failure(error)
        }
    }

    /// Finds the next line in the buffer, reading more of the file as needed.
    /// A line too long to buffer is skipped and reported with an oversized range.
    private func nextRawLine() throws(JSONReadError) -> (Range<Int>, Int)? {
        var skippedBytes = 0
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                lineNumber += 1
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let range = start..<end
                start = newline + 1
                scanned = start
                if skippedBytes > 0 {
                    return (0..<(skippedBytes + range.count), lineNumber)
                }
                return (range, lineNumber)
            }
            scanned = buffer.count
            if atEndOfInput {
                guard start < buffer.count || skippedBytes > 0 else { return nil }
                lineNumber += 1
                var end = buffer.count
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let range = start..<end
                start = buffer.count
                scanned = start
                if skippedBytes > 0 {
                    return (0..<(skippedBytes + range.count), lineNumber)
                }
                return (range, lineNumber)
            }
            // Keep memory bounded: drop the start of a line already known to be too long.
            if buffer.count - start > maxLineLength {
                skippedBytes += buffer.count - start
                start = buffer.count
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                scanned -= start
                start = 0
            }
            try readChunk()
        }
    }

    private func readChunk() throws(JSONReadError) {
        guard let handle else {
            atEndOfInput = true
            return
        }
        do {
            if let data = try handle.read(upToCount: chunkSize), !data.isEmpty {
                buffer.append(contentsOf: data)
            } else {
                atEndOfInput = true
            }
        } catch {
            atEndOfInput = true
            failed = true
            throw JSONReadError(kind: .unreadable, source: source, line: lineNumber + 1, column: 0,
                                message: "cannot read the file: \(error.localizedDescription)")
        }
    }
}
