/// The fields of one import record, by column name, whatever the file format (CSV or JSON Lines).
///
/// ```swift
/// let fields = RecordFields(values: ["id": "H-1", "community_id": "411502001/义阳居委会"])
/// try fields.required("id")  // "H-1"
/// fields.optional("address")  // nil
/// ```
public struct RecordFields: Sendable {
    private let values: [String: String]

    public init(values: [String: String]) { self.values = values }

    /// The trimmed value of `column`, or `nil` when absent or empty.
    public func optional(_ column: String) -> String? {
        guard let value = values[column] else { return nil }
        let trimmed = value.trimmingSpaces()
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
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
