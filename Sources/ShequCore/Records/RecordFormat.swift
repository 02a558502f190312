/// A kind of import record: its columns and how one record becomes domain values.
///
/// Parsing is pure (no I/O): file readers hand over ``RecordFields`` and get values or a ``FieldError``.
///
/// ```swift
/// let record = try HouseholdRecordFormat.record(from: fields)
/// ```
public protocol RecordFormat: SendableMetatype {
    associatedtype Record: Sendable
    /// Column names in the canonical order of the CSV header.
    static var columns: [String] { get }
    /// Columns that may be missing from the header.
    static var optionalColumns: Set<String> { get }
    /// Validates one record.
    static func record(from fields: RecordFields) throws(FieldError) -> Record
}

extension RecordFormat {
    public static var optionalColumns: Set<String> { [] }
}
