import Foundation

extension RecordFields {
    /// A value of a service vocabulary, given by its English key or its Chinese name.
    func vocabulary<Value: ChineseNamedCase & RawRepresentable>(
        _ column: String, _ type: Value.Type
    ) throws(FieldError) -> Value where Value.RawValue == String {
        let expected = Value.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")
        let text = try required(column, expected: "one of \(expected)")
        guard let value = Value(rawValue: text) ?? Value(chineseName: text) else {
            throw FieldError(field: column, value: text, expected: "one of \(expected)")
        }
        return value
    }

    /// WGS 84 degrees, or `nil` when the column is empty.
    func degrees(_ column: String) throws(FieldError) -> Double? {
        guard let text = optional(column) else { return nil }
        guard let value = Double(text), value.isFinite else {
            throw FieldError(field: column, value: text, expected: "a decimal number of WGS 84 degrees")
        }
        return value
    }

    /// A time in ISO 8601 or `YYYY-MM-DD HH:MM` China Standard Time; `nil` when optional and empty.
    func serviceTime(_ column: String, required isRequired: Bool = true) throws(FieldError) -> Date? {
        let expected = "an ISO 8601 time such as 2026-03-01T09:30:00+08:00"
        let given: String?
        if isRequired { given = try required(column, expected: expected) } else { given = optional(column) }
        guard let text = given else { return nil }
        guard let date = ServiceTime.parse(text) else { throw FieldError(field: column, value: text, expected: expected) }
        return date
    }
}
