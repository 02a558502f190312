/// Why a text is not the JSON ``PlainValue/init(json:)`` reads, and where: the byte
/// offset and character column of the problem and the path of the member it is in.
///
/// ```swift
/// do { _ = try PlainValue(json: Array(#"{"facts": {"tables": 8,,}}"#.utf8)) }
/// catch { print(error) }   // column 24 (facts): expected a member name in quotes, found ','
/// ```
public struct PlainJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 0-based offset of the offending byte in the input.
    public let offset: Int
    /// 1-based position of the offending character in the input, counted in characters.
    public let column: Int
    /// The members and elements leading to the problem, outermost first: member names, and
    /// 1-based element positions in brackets (`["facts", "tables"]`, `["evidence", "[2]"]`);
    /// empty outside any object or array.
    public let path: [String]
    /// What is wrong and what was expected.
    public let reason: String

    /// Creates an error; ``PlainValue/init(json:)`` throws these.
    public init(offset: Int, column: Int, path: [String], reason: String) {
        self.offset = offset
        self.column = column
        self.path = path
        self.reason = reason
    }

    /// The path written as `facts.tables` or `evidence[2]`; `nil` when empty.
    public var pathDescription: String? {
        guard let first = path.first else { return nil }
        return path.dropFirst().reduce(first) { text, part in part.hasPrefix("[") ? text + part : text + "." + part }
    }

    public var description: String {
        "column \(column)" + (pathDescription.map { " (\($0))" } ?? "") + ": " + reason
    }

    /// The same error one level further out: inside the member or element `part`.
    func inside(_ part: String) -> PlainJSONError {
        PlainJSONError(offset: offset, column: column, path: [part] + path, reason: reason)
    }
}
