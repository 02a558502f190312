import Foundation

/// A strict RFC 8259 JSON reader that produces ``LuaValue`` directly.
///
/// Unlike `JSONSerialization`, it keeps integers and floats apart the way Lua
/// does: `3` reads as ``LuaValue/integer(_:)`` and `3.0` or `3e0` as
/// ``LuaValue/number(_:)``. Integers beyond `Int64` read as floats, as in Lua.
///
/// Mapping to Lua:
/// - objects become string-keyed tables, and a `null` member is simply absent;
/// - arrays become sequences; `null` inside an array is an error, because a
///   Lua sequence cannot hold `nil`; `[]` and `{}` both become an empty table;
/// - a document that is just `null` reads as ``LuaValue/nil``.
///
/// Strings must be valid UTF-8; escapes, including surrogate pairs, are decoded.
/// Duplicate object keys are an error. A leading UTF-8 byte order mark is ignored.
///
/// ```swift
/// let value = try JSONReader().read(#"{"户数": 12, "面积": 3.5, "标签": ["老旧小区"]}"#)
/// value.tableValue?["户数"] // .integer(12)
/// value.tableValue?["面积"] // .number(3.5)
/// ```
public struct JSONReader: Sendable {
    /// The deepest nesting of objects and arrays accepted; deeper input fails with
    /// ``JSONReadError/Kind/tooDeep``.
    public var maxDepth: Int

    /// Creates a reader.
    ///
    /// - Parameter maxDepth: The deepest nesting of objects and arrays accepted (default 64).
    public init(maxDepth: Int = 64) {
        self.maxDepth = maxDepth
    }

    /// Reads one JSON document from UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - buffer: The document's bytes.
    ///   - source: The name used in error messages: a file name, or `"-"`.
    ///   - firstLine: The line number of the first byte, for text cut out of a larger file.
    public func read(_ buffer: UnsafeBufferPointer<UInt8>, source: String = "-", firstLine: Int = 1) throws(JSONReadError) -> LuaValue {
        var parser = JSONParser(bytes: buffer, source: source, firstLine: firstLine, maxDepth: maxDepth)
        return try parser.parseDocument()
    }

    /// Reads one JSON document from UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - bytes: The document's bytes.
    ///   - source: The name used in error messages: a file name, or `"-"`.
    public func read(_ bytes: [UInt8], source: String = "-") throws(JSONReadError) -> LuaValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONReadError) -> LuaValue in
            try read(buffer, source: source)
        }
    }

    /// Reads one JSON document from text.
    ///
    /// - Parameters:
    ///   - text: The document.
    ///   - source: The name used in error messages: a file name, or `"-"`.
    public func read(_ text: String, source: String = "-") throws(JSONReadError) -> LuaValue {
        var text = text
        // withUTF8 only rethrows untyped errors, so carry the result out instead.
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONReadError) -> LuaValue in try read(buffer, source: source) }
        }
        return try result.get()
    }

    /// Reads one JSON document from a file; errors name the file as given.
    ///
    /// - Parameter path: The file to read.
    public func read(contentsOfFile path: String) throws(JSONReadError) -> LuaValue {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw JSONReadError(kind: .unreadable, source: path, line: 0, column: 0,
                                message: "cannot read the file: \(error.localizedDescription)")
        }
        return try read([UInt8](data), source: path)
    }
}
