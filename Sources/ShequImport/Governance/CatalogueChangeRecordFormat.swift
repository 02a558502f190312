import Foundation
import ShequCore

/// One row of a work-affairs catalogue file (工作事务指导目录, Art. 40): one change of one
/// version of one division's catalogue. Rows of the same division and version form that
/// version; a county's rows name its city in `parent_code` and change the city's items.
///
/// Columns: `division_code`, `division_name`, `level` (`city`|`county`|`district`),
/// `parent_code` (counties), `version`, `effective_from` (YYYY-MM-DD), `author`, `reason`,
/// `change` (`add`|`adjust`|`remove`), `item_id`, `category` (`main_duty`|`assistance`|`negative`),
/// `title`, `keywords` (`;`-separated), `responsible_department`, `note`.
public enum CatalogueChangeRecordFormat: RecordFormat {
    /// A parsed row.
    public struct Row: Sendable, Hashable {
        /// The city, county or district whose catalogue the row changes.
        public var jurisdiction: CatalogueJurisdiction
        /// The version the change belongs to.
        public var version: Int
        /// The start, in China time, of the version's effective day.
        public var effectiveFrom: Date
        /// Who made the version (the government or office).
        public var author: String
        /// Why the version was made.
        public var reason: String
        /// The change itself.
        public var change: CatalogueChange
    }

    /// The columns of a catalogue file, in the order a template lists them.
    public static let columns = ["division_code", "division_name", "level", "parent_code", "version", "effective_from",
                                 "author", "reason", "change", "item_id", "category", "title", "keywords",
                                 "responsible_department", "note"]
    /// Columns a file may leave out.
    public static let optionalColumns: Set<String> = ["parent_code", "category", "title", "keywords", "responsible_department", "note"]

    /// Parses one row; a bad value names its column.
    public static func record(from fields: RecordFields) throws(FieldError) -> Row {
        let code = try fields.required("division_code", expected: "the division code of the city, county or district")
        let name = try fields.required("division_name", expected: "the division's name")
        let level = try GovernanceRecords.choice(fields, "level", CatalogueJurisdiction.Level.self)
        let versionText = try fields.required("version", expected: "a version number from 1")
        guard let version = Int(versionText), version >= 1 else { throw FieldError(field: "version", value: versionText, expected: "a version number from 1") }
        let effectiveText = try fields.required("effective_from", expected: "a date YYYY-MM-DD")
        guard let effective = CivilDate(effectiveText) else { throw FieldError(field: "effective_from", value: effectiveText, expected: "a date YYYY-MM-DD") }
        let author = try fields.required("author", expected: "who made the change (the government or office)")
        let reason = try fields.required("reason", expected: "why the change was made")
        let kind = try fields.required("change", expected: "add, adjust or remove")
        let itemID = try fields.required("item_id", expected: "the catalogue item's id")
        let change: CatalogueChange
        switch kind {
        case "remove":
            change = .remove(itemID: itemID)
        case "add", "adjust":
            let item = WorkAffairItem(
                id: itemID,
                category: try GovernanceRecords.choice(fields, "category", WorkAffairCategory.self),
                title: try fields.required("title", expected: "the item's title"),
                keywords: GovernanceRecords.list(fields, "keywords"),
                responsibleDepartment: fields.optional("responsible_department"),
                note: fields.optional("note"))
            change = kind == "add" ? .add(item) : .adjust(item)
        default:
            throw FieldError(field: "change", value: kind, expected: "add, adjust or remove")
        }
        return Row(
            jurisdiction: CatalogueJurisdiction(divisionCode: code, name: name, level: level, parentDivisionCode: fields.optional("parent_code")),
            version: version, effectiveFrom: effective.startInChina, author: author, reason: reason, change: change)
    }
}
