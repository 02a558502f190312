import Foundation

/// The hazard-inspection import file (隐患排查, Art. 37), one finding per line:
/// `inspection,community,scope,inspectors,finding,summary,place,level,unit,found_at,deadline`.
///
/// Lines of one inspection share its identifier; `inspectors` is `;`-separated; `level` is
/// `ordinary` or `major` (一般隐患, 重大隐患).
///
/// ```swift
/// let row = try HazardFindingRecordFormat.record(from: fields)
/// ```
public enum HazardFindingRecordFormat: RecordFormat {
    /// One line: the inspection it belongs to and the finding.
    public struct Row: Sendable {
        /// The inspection, with no findings yet.
        public var inspection: HazardInspection
        /// The finding.
        public var finding: HazardFinding
    }

    public static let columns = ["inspection", "community", "scope", "inspectors", "finding", "summary", "place", "level", "unit",
                                 "found_at", "deadline"]

    public static func record(from fields: RecordFields) throws(FieldError) -> Row {
        let foundAt = try fields.serviceTime("found_at")!
        let deadline = try fields.serviceTime("deadline")!
        guard deadline >= foundAt else {
            throw FieldError(field: "deadline", value: fields.optional("deadline") ?? "", expected: "a time not before found_at")
        }
        let inspectors = try fields.required("inspectors", expected: "who inspected, ';'-separated")
            .split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let inspection = HazardInspection(
            id: try fields.required("inspection", expected: "the inspection's identifier"),
            communityCode: try fields.required("community", expected: "the community's code or identity"),
            scope: try fields.required("scope", expected: "what was inspected"), inspectedAt: foundAt, inspectors: inspectors)
        let finding = HazardFinding(
            id: try fields.required("finding", expected: "the finding's identifier"),
            summary: try fields.required("summary", expected: "what was found"),
            place: try fields.required("place", expected: "where"),
            level: try fields.vocabulary("level", HazardLevel.self),
            responsibleUnit: try fields.required("unit", expected: "the unit responsible for fixing it"),
            foundAt: foundAt, deadline: deadline)
        return Row(inspection: inspection, finding: finding)
    }
}
