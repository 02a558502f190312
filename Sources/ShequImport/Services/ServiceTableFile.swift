import ShequCore

/// Writes a report table (hotline shares, compliance reports) as CSV with its headings.
///
/// ```swift
/// try ServiceTableFile.writeCSV(exporter.table(for: .petitions, from: requests), to: "petitions.csv")
/// ```
public enum ServiceTableFile {
    /// Writes the headings, then one line per row.
    public static func writeCSV(_ table: ReportTable, to path: String) throws {
        let writer = try CSVFileWriter(path: path, header: table.headings)
        for row in table.rows { try writer.write(row) }
        try writer.close()
    }
}
