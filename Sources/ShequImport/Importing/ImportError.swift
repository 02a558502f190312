import ShequCore

/// An import failure that names the file, the line, the column and what was expected there.
///
/// When an import fails, the store is left exactly as it was before the import.
///
/// ```text
/// divisions.csv:12: column 5 (township_code): '41150200x': expected 9 digits or empty
/// ```
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file being imported.
    public var file: String
    /// 1-based line number; 0 when the file could not be read at all.
    public var line: Int
    /// 1-based column number in a CSV file, when known.
    public var column: Int?
    /// The column or JSON field name, when known.
    public var field: String?
    /// What is wrong and what was expected.
    public var message: String
    /// Whether the file itself could not be opened or read (a usage error) rather than holding bad data.
    public var isUsage: Bool

    public init(file: String, line: Int, column: Int?, field: String?, message: String, isUsage: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
        self.isUsage = isUsage
    }

    public var description: String {
        var place = line > 0 ? "\(file):\(line):" : "\(file):"
        switch (column, field) {
        case (let column?, let field?): place += " column \(column) (\(field)):"
        case (let column?, nil): place += " column \(column):"
        case (nil, let field?): place += " field \(field):"
        case (nil, nil): break
        }
        return "\(place) \(message)"
    }
}
