import Foundation
import ShequCore

/// Reads a whole service import file (hotline requests, facilities, volunteer hours) and
/// checks every record before anything is stored, so an import is all or nothing.
///
/// CSV files have a header row with the format's columns; JSON Lines files hold one object
/// per line with the same field names. Every error names the file, the line and the field.
///
/// ```swift
/// let requests = try ServiceRecordFile<HotlineRecordFormat>.read(path: "requests.csv", id: \.id)
/// for (line, request) in requests { try request.validate(source: "requests.csv", line: line) }
/// ```
public enum ServiceRecordFile<Format: RecordFormat> {
    /// One record and the line it was read from.
    public typealias Numbered = (line: Int, record: Format.Record)

    /// Reads every record; `id` names the record so a number given twice is refused.
    ///
    /// - Throws: ``ImportError`` naming the file, line and field of the first problem.
    public static func read(path: String, format: ImportFormat? = nil, id: (Format.Record) -> String) throws(ImportError) -> [Numbered] {
        var reader = try RecordReader<Format>(path: path, format: format ?? ImportFormat(inferringFrom: path))
        var records: [Numbered] = []
        var firstLine: [String: Int] = [:]
        while let fields = try reader.next() {
            let record: Format.Record
            do { record = try Format.record(from: fields) } catch {
                throw reader.failure(column: reader.column(of: error.field), field: error.field, error.problem)
            }
            let key = id(record)
            if let first = firstLine[key] {
                throw reader.failure(column: nil, field: nil,
                                     message: "'\(key)' appears twice in the file (first on line \(first)): give each record its own identifier")
            }
            firstLine[key] = reader.line
            records.append((reader.line, record))
        }
        return records
    }
}

extension RecordReader {
    fileprivate func failure(column: Int?, field: String?, message: String) -> ImportError {
        failure(column: column, field: field, message)
    }
}
