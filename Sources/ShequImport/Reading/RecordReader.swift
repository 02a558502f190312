import Foundation
import ShequCore

/// Reads the records of one import file as ``RecordFields``, checking the header, column counts and UTF-8.
struct RecordReader<Format: RecordFormat> {
    private let lines: LineReader
    private let format: ImportFormat
    /// For CSV: the canonical column of each position in the file.
    private var layout: [String] = []

    init(path: String, format: ImportFormat) throws(ImportError) {
        lines = try LineReader(path: path)
        self.format = format
        if format == .csv { try readHeader() }
    }

    var path: String { lines.path }
    var line: Int { lines.lineNumber }
    var bytesRead: Int { lines.bytesRead }
    var totalBytes: Int { lines.totalBytes }

    /// The CSV header's column names in file order; empty for JSON Lines.
    var columns: [String] { layout }

    /// The column number (CSV) of `field`, for error messages.
    func column(of field: String) -> Int? {
        format == .csv ? layout.firstIndex(of: field).map { $0 + 1 } : nil
    }

    /// The next record, skipping blank lines; `nil` at the end of the file.
    mutating func next() throws(ImportError) -> RecordFields? {
        while let bytes = try lines.next() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch format {
            case .csv: return try csvRecord(bytes)
            case .jsonLines: return try jsonRecord(bytes)
            }
        }
        return nil
    }

    private mutating func readHeader() throws(ImportError) {
        guard let bytes = try lines.next() else {
            throw failure(column: nil, field: nil, "the file is empty: expected a header row \(Format.columns.joined(separator: ","))")
        }
        let names: [String]
        do { names = try CSVLine.fields(bytes).map { $0.trimmingCharacters(in: .whitespaces) } } catch {
            throw failure(column: nil, field: nil, "the header row is not readable CSV text in UTF-8")
        }
        for (index, name) in names.enumerated() where !Format.columns.contains(name) {
            throw failure(column: index + 1, field: name, "unknown column '\(name)': expected the columns \(Format.columns.joined(separator: ","))")
        }
        for name in Format.columns where !names.contains(name) && !Format.optionalColumns.contains(name) {
            throw failure(column: nil, field: name, "the header has no column '\(name)': expected \(Format.columns.filter { !Format.optionalColumns.contains($0) }.joined(separator: ","))")
        }
        layout = names
    }

    private func csvRecord(_ bytes: ArraySlice<UInt8>) throws(ImportError) -> RecordFields {
        let values: [String]
        do { values = try CSVLine.fields(bytes) } catch {
            switch error {
            case .invalidUTF8(let column):
                throw self.failure(column: column, field: layout[safe: column - 1], "the bytes are not valid UTF-8: save the file as UTF-8")
            case .unterminatedQuote(let column):
                throw self.failure(column: column, field: layout[safe: column - 1], "a quoted field is not closed with \" on this line")
            }
        }
        guard values.count == layout.count else {
            throw failure(column: nil, field: nil, "\(values.count) columns: expected \(layout.count) (\(layout.joined(separator: ",")))")
        }
        return RecordFields(names: layout, values: values)
    }

    private func jsonRecord(_ bytes: ArraySlice<UInt8>) throws(ImportError) -> RecordFields {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw failure(column: nil, field: nil, "the bytes are not valid UTF-8: save the file as UTF-8")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)), let dictionary = object as? [String: Any] else {
            throw failure(column: nil, field: nil, "not a JSON object: expected one object per line, e.g. {\"id\": \"…\", …}")
        }
        var values: [String: String] = [:]
        for (key, value) in dictionary {
            guard Format.columns.contains(key) else {
                throw failure(column: nil, field: key, "unknown field '\(key)': expected fields among \(Format.columns.joined(separator: ", "))")
            }
            switch value {
            case let text as String: values[key] = text
            case let number as NSNumber: values[key] = number.stringValue
            case let list as [String]: values[key] = list.joined(separator: ";")
            case is NSNull: break
            default:
                throw failure(column: nil, field: key, "field '\(key)' must be a string, a number, a list of strings or null")
            }
        }
        return RecordFields(values: values)
    }

    func failure(column: Int?, field: String?, _ message: String) -> ImportError {
        ImportError(file: path, line: lines.lineNumber, column: column, field: field, message: message)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
