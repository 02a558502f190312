/// The fields of one import record, by column name, whatever the file format (CSV or JSON Lines).
///
/// ```swift
/// let fields = RecordFields(values: ["id": "H-1", "community_id": "411502001/义阳居委会"])
/// try fields.required("id")  // "H-1"
/// fields.optional("address")  // nil
/// ```
public struct RecordFields: Sendable {
    // Parallel arrays rather than a dictionary: a record has a handful of columns, and imports read millions.
    private let names: [String]
    private let values: [String]

    public init(values: [String: String]) {
        names = Array(values.keys)
        self.values = names.map { values[$0]! }
    }

    /// Fields given as column names and the values in the same order; extra values are ignored.
    public init(names: [String], values: [String]) {
        self.names = names
        self.values = values
    }

    /// The trimmed value of `column`, or `nil` when absent or empty.
    public func optional(_ column: String) -> String? {
        guard let index = names.firstIndex(of: column), index < values.count else { return nil }
        let trimmed = values[index].trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The trimmed value of `column`.
    /// - Throws: ``FieldError`` when it is absent or empty.
    public func required(_ column: String, expected: String = "a value") throws(FieldError) -> String {
        guard let value = optional(column) else { throw FieldError(field: column, value: "", expected: expected) }
        return value
    }
}

extension String {
    /// Drops leading and trailing ASCII spaces and tabs (no Foundation).
    func trimmingSpaces() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
