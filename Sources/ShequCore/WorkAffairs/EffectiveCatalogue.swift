import Foundation

/// The catalogue that applies to one jurisdiction on one date: its city's items with its own changes on top.
///
/// ```swift
/// let catalogue = try hierarchy.effectiveCatalogue(for: "411522", on: someDate)
/// for entry in catalogue.entries(in: .negative) {
///     print(entry.item.id, entry.item.title, entry.isInherited ? "市级" : "县级")
/// }
/// ```
public struct EffectiveCatalogue: Sendable, Hashable, Codable {
    /// The jurisdiction the catalogue was computed for.
    public var divisionCode: String
    /// The date it was computed for.
    public var date: Date
    /// The items in force, ordered by id.
    public var entries: [EffectiveCatalogueEntry]
    /// Changes that no longer fit what the parent catalogue says (e.g. the city removed an item the county adjusted).
    public var conflicts: [CatalogueConflict]

    /// Creates an effective catalogue.
    public init(divisionCode: String, date: Date, entries: [EffectiveCatalogueEntry], conflicts: [CatalogueConflict] = []) {
        self.divisionCode = divisionCode
        self.date = date
        self.entries = entries.sorted { $0.item.id < $1.item.id }
        self.conflicts = conflicts
    }

    /// The entry for an item id, if the item is in force.
    public func entry(for itemID: String) -> EffectiveCatalogueEntry? {
        entries.first { $0.item.id == itemID }
    }

    /// The entries on one list.
    public func entries(in category: WorkAffairCategory) -> [EffectiveCatalogueEntry] {
        entries.filter { $0.item.category == category }
    }
}

/// An item in force, with the change that last set it: which jurisdiction, which version, who and why.
public struct EffectiveCatalogueEntry: Sendable, Hashable, Codable {
    /// The item as it stands.
    public var item: WorkAffairItem
    /// The jurisdiction whose version last set the item.
    public var definedBy: String
    /// The number of that version.
    public var version: Int
    /// From when that version applies.
    public var effectiveFrom: Date
    /// Who made the change.
    public var author: String
    /// Why the change was made.
    public var reason: String
    /// True when the item comes from a parent catalogue unchanged by the jurisdiction asked about.
    public var isInherited: Bool

    /// Creates an entry.
    public init(item: WorkAffairItem, definedBy: String, version: Int, effectiveFrom: Date, author: String, reason: String, isInherited: Bool) {
        self.item = item
        self.definedBy = definedBy
        self.version = version
        self.effectiveFrom = effectiveFrom
        self.author = author
        self.reason = reason
        self.isInherited = isInherited
    }
}

/// A change that did not fit the catalogue below it when the catalogue was computed.
///
/// Versions are checked when recorded; a conflict appears later only when a parent
/// catalogue changes under a county's own changes. The county should record a new version.
public struct CatalogueConflict: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The jurisdiction whose change no longer fits.
    public var divisionCode: String
    /// Its version number.
    public var version: Int
    /// The change.
    public var change: CatalogueChange
    /// What happened, in Chinese, for county staff.
    public var explanation: String

    /// Creates a conflict.
    public init(divisionCode: String, version: Int, change: CatalogueChange, explanation: String) {
        self.divisionCode = divisionCode
        self.version = version
        self.change = change
        self.explanation = explanation
    }

    public var description: String { "\(divisionCode) v\(version): \(explanation)" }
}
