import Foundation
import ShequCore

/// One row of a file of work assigned to committees, for the assignment gate (Art. 40, 45).
///
/// Columns: `id`, `title`, `details`, `assigning_unit`, `unit_kind`
/// (`department`|`street_office`|`township`|`government`), `unit_division_code` (default
/// `county_code`), `responsible_person`, `community_code`, `county_code`, `assigned_at`
/// (YYYY-MM-DD or YYYY-MM-DDTHH:MM, China time), `item_ids` (`;`-separated; empty when a
/// county plugin maps the text), `funding_amount` (yuan), `funding_source`, `working_conditions`.
public enum WorkAssignmentRecordFormat: RecordFormat {
    /// The columns of a tasks file, in the order a template lists them.
    public static let columns = ["id", "title", "details", "assigning_unit", "unit_kind", "unit_division_code",
                                 "responsible_person", "community_code", "county_code", "assigned_at", "item_ids",
                                 "funding_amount", "funding_source", "working_conditions"]
    /// Columns a file may leave out.
    public static let optionalColumns: Set<String> = ["details", "unit_division_code", "responsible_person", "item_ids",
                                                      "funding_amount", "funding_source", "working_conditions"]

    /// Parses one row; a bad value names its column.
    public static func record(from fields: RecordFields) throws(FieldError) -> WorkAssignment {
        let county = try fields.required("county_code", expected: "the county or district code whose catalogue applies")
        var funding: AssistanceFunding?
        let amountText = fields.optional("funding_amount")
        let source = fields.optional("funding_source")
        if amountText != nil || source != nil {
            var amount = Decimal(0)
            if let amountText {
                guard let parsed = Decimal(string: amountText, locale: Locale(identifier: "en_US_POSIX")), parsed >= 0 else {
                    throw FieldError(field: "funding_amount", value: amountText, expected: "an amount in yuan, e.g. 3000 or 1250.50")
                }
                amount = parsed
            }
            funding = AssistanceFunding(amount: amount, source: source ?? "")
        }
        return WorkAssignment(
            id: try fields.required("id", expected: "the assignment's id"),
            title: try fields.required("title", expected: "the task as the unit wrote it"),
            details: fields.optional("details"),
            assigningUnit: GovernmentUnit(
                name: try fields.required("assigning_unit", expected: "the department, street office or township assigning the work"),
                kind: try GovernanceRecords.choice(fields, "unit_kind", GovernmentUnit.Kind.self),
                divisionCode: fields.optional("unit_division_code") ?? county),
            responsiblePerson: fields.optional("responsible_person"),
            communityCode: try fields.required("community_code", expected: "the community the work goes to"),
            countyCode: county,
            assignedAt: try GovernanceRecords.instant(fields, "assigned_at"),
            itemIDs: GovernanceRecords.list(fields, "item_ids"),
            funding: funding,
            workingConditions: fields.optional("working_conditions"))
    }
}

/// Reads a file of assignments for the gate: all rows are read and checked first, and an
/// id given twice is refused with both lines.
///
/// ```swift
/// let tasks = try WorkAssignmentFile.read(path: "tasks.csv")
/// ```
public enum WorkAssignmentFile {
    /// Reads every assignment with its line.
    ///
    /// - Throws: ``ImportError`` naming the file, line and field of the first problem.
    public static func read(path: String, format: ImportFormat? = nil) throws(ImportError) -> [(line: Int, assignment: WorkAssignment)] {
        let rows = try GovernanceRecords.read(WorkAssignmentRecordFormat.self, path: path, format: format)
        var seen: [String: Int] = [:]
        for row in rows {
            if let first = seen[row.record.id] {
                throw ImportError(file: path, line: row.line, column: nil, field: "id",
                                  message: "assignment '\(row.record.id)' appears twice in the file (first on line \(first)); give each its own id")
            }
            seen[row.record.id] = row.line
        }
        return rows.map { ($0.line, $0.record) }
    }
}
