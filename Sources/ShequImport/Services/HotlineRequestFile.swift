import Foundation
import ShequCore

/// Reads a 12345 hotline file (Open311 field names, CSV or JSON Lines) and validates every
/// request like every import (Art. 15): all or nothing, errors naming file, line and field.
///
/// ```swift
/// let numbered = try HotlineRequestFile.read(path: "Samples/services/hotline-2026-03.csv")
/// let outcome = try await store.saveHotlineRequests(numbered.map(\.record))
/// ```
public enum HotlineRequestFile {
    /// Reads and validates the whole file; each request comes with the line it was read from.
    public static func read(path: String, format: ImportFormat? = nil) throws(ImportError) -> [ServiceRecordFile<HotlineRecordFormat>.Numbered] {
        let records = try ServiceRecordFile<HotlineRecordFormat>.read(path: path, format: format, id: \.id)
        for (line, request) in records {
            do { try request.validate(source: path, line: line) } catch {
                throw ImportError(file: path, line: line, column: nil, field: error.field, message: error.message)
            }
        }
        return records
    }

    /// Writes requests as CSV with the import columns, so the file imports again unchanged.
    public static func writeCSV(_ requests: [HotlineRequest], to path: String) throws {
        let writer = try CSVFileWriter(path: path, header: HotlineRecordFormat.columns)
        for request in requests { try writer.write(HotlineRecordFormat.values(of: request)) }
        try writer.close()
    }
}
