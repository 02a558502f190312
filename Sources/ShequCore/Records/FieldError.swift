/// A field of an import record that does not hold what its column expects.
///
/// Importers add the file and line; the message says what was expected so the operator can fix the row.
public struct FieldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The column name, e.g. `township_code`.
    public var field: String
    /// The offending value as read.
    public var value: String
    /// What the column expects, e.g. `9 digits starting with the county code 411502`.
    public var expected: String

    public init(field: String, value: String, expected: String) {
        self.field = field
        self.value = value
        self.expected = expected
    }

    public var description: String { "\(field) \(problem)" }

    /// The value and what was expected, without the field name: `'4115020': expected 9 digits or empty`.
    public var problem: String {
        value.isEmpty ? "is empty: expected \(expected)" : "'\(value)': expected \(expected)"
    }
}
