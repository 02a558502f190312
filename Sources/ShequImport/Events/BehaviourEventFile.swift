import Foundation
import ShequCore

/// Reads a file of behaviour events (条例第三十条) recorded by grid workers or the
/// committee: JSON Lines (one event object per line) or CSV with a header row. The whole
/// file is read and checked before anything is stored, so an import is all or nothing.
///
/// Fields (docs/data-formats.md): `id`, `kind`, `subject_type` (`resident`|`household`),
/// `subject_id`, `household`, `community`, `occurred_at` (YYYY-MM-DD), `place`,
/// `reporter`, `evidence` (`;`-separated in CSV), `facts` (a JSON object). In JSON Lines
/// the subject may also be written `"subject": {"type": "resident", "id": "r-1"}`.
///
/// ```swift
/// let events = try BehaviourEventFile.read(path: "events-2025-04.jsonl")
/// try await store.record(events)
/// ```
public enum BehaviourEventFile {
    /// Reads and checks every event of the file.
    ///
    /// - Throws: ``ImportError`` naming the file, line and field of the first problem.
    public static func read(path: String, format: ImportFormat? = nil) throws(ImportError) -> [BehaviourEvent] {
        let stream = try BehaviourEventStream(path: path, format: format)
        var events: [BehaviourEvent] = []
        var seen: [String: Int] = [:]
        while let (event, number) = try stream.next() {
            if let first = seen[event.id] {
                throw ImportError(file: path, line: number, column: nil, field: "id",
                                  message: "event '\(event.id)' appears twice in the file (first on line \(first)): give each event its own id")
            }
            seen[event.id] = number
            events.append(event)
        }
        return events
    }

    /// The fields of one line, or `nil` for a blank line or the CSV header (checked and kept in `header`).
    static func fields(_ line: ArraySlice<UInt8>, format: ImportFormat, header: inout [String]?,
                       file path: String, line number: Int) throws(ImportError) -> [String: PlainValue]? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        switch format {
        case .jsonLines:
            return try jsonFields(line, file: path, line: number)
        case .csv:
            let values: [String]
            do { values = try CSVLine.fields(line) } catch {
                throw ImportError(file: path, line: number, column: nil, field: nil, message: "\(error): fix the quoting of this line")
            }
            guard let columns = header else {
                try checkHeader(values, file: path)
                header = values.map { $0.trimmingCharacters(in: .whitespaces) }
                return nil
            }
            return try csvFields(values, columns: columns, file: path, line: number)
        }
    }

    private static func jsonFields(_ line: ArraySlice<UInt8>, file: String, line number: Int) throws(ImportError) -> [String: PlainValue] {
        let value: PlainValue
        do {
            value = try PlainValue(json: line)
        } catch {
            throw ImportError(file: file, line: number, column: error.column, field: error.pathDescription,
                              message: "not valid JSON (\(error.reason)): each line must hold one event such as {\"id\": \"e-1\", \"kind\": \"elder_care\", …}")
        }
        guard case .table(var fields) = value else {
            throw ImportError(file: file, line: number, column: nil, field: nil, message: "each line must hold one JSON object (an event)")
        }
        if case .table(let subject)? = fields["subject"] {
            fields["subject_type"] = subject["type"]
            fields["subject_id"] = subject["id"]
            fields["subject"] = nil
        }
        return fields
    }

    private static func checkHeader(_ values: [String], file: String) throws(ImportError) {
        let columns = values.map { $0.trimmingCharacters(in: .whitespaces) }
        for required in BehaviourEventRecord.requiredFields where !columns.contains(required) {
            throw ImportError(file: file, line: 1, column: nil, field: required,
                              message: "the header has no '\(required)' column; the columns are \(BehaviourEventRecord.allFields.joined(separator: ","))")
        }
        for (index, column) in columns.enumerated() where !BehaviourEventRecord.allFields.contains(column) {
            throw ImportError(file: file, line: 1, column: index + 1, field: column,
                              message: "unknown column; the columns are \(BehaviourEventRecord.allFields.joined(separator: ","))")
        }
    }

    private static func csvFields(_ values: [String], columns: [String], file: String, line number: Int) throws(ImportError) -> [String: PlainValue] {
        guard values.count == columns.count else {
            throw ImportError(file: file, line: number, column: nil, field: nil,
                              message: "\(values.count) fields, but the header has \(columns.count): quote fields that contain commas")
        }
        var fields: [String: PlainValue] = [:]
        for (column, raw) in zip(columns, values) {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            switch column {
            case "evidence":
                fields[column] = .list(text.split(separator: ";").map { .string($0.trimmingCharacters(in: .whitespaces)) })
            case "facts":
                guard let facts = try? PlainValue(json: text.utf8) else {
                    throw ImportError(file: file, line: number, column: (columns.firstIndex(of: column) ?? 0) + 1, field: "facts",
                                      message: "facts must be a JSON object such as {\"\"tables\"\": 8} (quotes doubled inside the CSV field)")
                }
                fields[column] = facts
            default:
                fields[column] = .string(text)
            }
        }
        return fields
    }
}
