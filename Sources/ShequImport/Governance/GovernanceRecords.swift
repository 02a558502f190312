import Foundation
import ShequCore

/// Reads every record of a governance file (CSV with a header row, or JSON Lines) before
/// anything is stored, so an import is all or nothing; a bad field is reported with the
/// file, line, column and field.
enum GovernanceRecords {
    static func read<Format: RecordFormat>(_: Format.Type, path: String, format: ImportFormat?) throws(ImportError) -> [(line: Int, record: Format.Record)] {
        var reader = try RecordReader<Format>(path: path, format: format ?? ImportFormat(inferringFrom: path))
        var records: [(line: Int, record: Format.Record)] = []
        while let fields = try reader.next() {
            do {
                records.append((reader.line, try Format.record(from: fields)))
            } catch {
                throw reader.failure(column: reader.column(of: error.field), field: error.field, error.problem)
            }
        }
        if records.isEmpty {
            throw ImportError(file: path, line: 0, column: nil, field: nil, message: "the file holds no records", isUsage: true)
        }
        return records
    }

    static func instant(_ fields: RecordFields, _ column: String) throws(FieldError) -> Date {
        let text = try fields.required(column, expected: ChinaInstant.expected)
        guard let date = ChinaInstant.parse(text) else { throw FieldError(field: column, value: text, expected: ChinaInstant.expected) }
        return date
    }

    static func choice<Value: RawRepresentable & CaseIterable>(_ fields: RecordFields, _ column: String, _: Value.Type) throws(FieldError) -> Value
    where Value.RawValue == String {
        let expected = "one of " + Value.allCases.map(\.rawValue).joined(separator: ", ")
        let text = try fields.required(column, expected: expected)
        guard let value = Value(rawValue: text) else { throw FieldError(field: column, value: text, expected: expected) }
        return value
    }

    static func list(_ fields: RecordFields, _ column: String) -> [String] {
        (fields.optional(column) ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
