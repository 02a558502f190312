/// One request as shared with one system: its fields, sensitive ones masked.
///
/// Encodes as `{"target": "petitions", "values": {"request_id": "H-1", …}}`;
/// ``row`` gives the values in the target's column order for CSV.
public struct HotlineExportRecord: Sendable, Hashable, Codable {
    /// The system it is for.
    public var target: HotlineExportTarget
    /// The values by field; absent fields had no value.
    public var values: [HotlineExportField: String]

    /// Creates a record.
    public init(target: HotlineExportTarget, values: [HotlineExportField: String]) {
        self.target = target
        self.values = values
    }

    /// The values in the target's column order, empty where there is no value.
    public var row: [String] {
        target.fields.map { values[$0] ?? "" }
    }
}
