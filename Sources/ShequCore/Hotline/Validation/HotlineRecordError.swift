/// A hotline record that cannot be taken in, naming the file, the line and the field.
///
/// ```
/// requests.csv:14: lat: 132.5 is outside -90...90; give WGS 84 degrees, latitude first
/// ```
public struct HotlineRecordError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The file the record came from.
    public var source: String
    /// The line (CSV, JSON Lines) or record number of the record, starting at 1.
    public var line: Int
    /// The field, by its Open311 or export name, e.g. `expected_datetime`.
    public var field: String
    /// What is wrong and what to do.
    public var message: String

    /// Creates the error.
    public init(source: String, line: Int, field: String, message: String) {
        self.source = source
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String { "\(source):\(line): \(field): \(message)" }
}
