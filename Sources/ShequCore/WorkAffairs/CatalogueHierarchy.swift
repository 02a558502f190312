import Foundation

/// The catalogues of a city and its counties and districts (Art. 40), and the rules that tie them.
///
/// A county inherits its city's catalogue and adds or adjusts items. Versions are checked
/// when recorded: the number must be next, the date must not go back, who and why must be
/// given, and every change must fit the catalogue in force on the version's date.
///
/// ```swift
/// var hierarchy = CatalogueHierarchy()
/// try hierarchy.register(CatalogueJurisdiction(divisionCode: "411500", name: "信阳市", level: .city))
/// try hierarchy.register(CatalogueJurisdiction(
///     divisionCode: "411522", name: "光山县", level: .county, parentDivisionCode: "411500"))
/// try hierarchy.record(cityFirstVersion, for: "411500")
/// let catalogue = try hierarchy.effectiveCatalogue(for: "411522", on: today)
/// ```
public struct CatalogueHierarchy: Sendable, Hashable, Codable {
    /// The catalogues, keyed by division code.
    public private(set) var catalogues: [String: WorkAffairsCatalogue]

    /// Creates an empty hierarchy.
    public init() {
        catalogues = [:]
    }

    enum CodingKeys: String, CodingKey {
        case catalogues
    }

    /// Decodes stored catalogues by replaying every registration and version through the checks of ``register(_:)`` and ``record(_:for:)``.
    ///
    /// Whether a change fits the parent catalogue is not checked again: a city may have
    /// changed since a county recorded its version, and that shows as a ``CatalogueConflict``.
    /// Throws the ``WorkAffairsCatalogueError`` of the first jurisdiction or version that does not pass.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let stored = try container.decode([String: WorkAffairsCatalogue].self, forKey: .catalogues)
        self.init()
        // cities before counties, each in code order, so parents exist when children register
        let ordered = stored.values.sorted {
            ($0.jurisdiction.parentDivisionCode != nil ? 1 : 0, $0.jurisdiction.divisionCode)
                < ($1.jurisdiction.parentDivisionCode != nil ? 1 : 0, $1.jurisdiction.divisionCode)
        }
        for catalogue in ordered {
            try register(catalogue.jurisdiction)
        }
        for catalogue in ordered {
            for version in catalogue.versions {
                try record(version, for: catalogue.jurisdiction.divisionCode, checkingFit: false)
            }
        }
    }

    /// Registers a jurisdiction with an empty catalogue; a county's city must be registered first.
    public mutating func register(_ jurisdiction: CatalogueJurisdiction) throws(WorkAffairsCatalogueError) {
        let code = jurisdiction.divisionCode
        guard catalogues[code] == nil else { throw .duplicateJurisdiction(divisionCode: code) }
        switch jurisdiction.level {
        case .city:
            if let parent = jurisdiction.parentDivisionCode {
                throw .unknownParent(divisionCode: code, parentDivisionCode: parent)
            }
        case .county, .district:
            guard let parent = jurisdiction.parentDivisionCode else { throw .missingParent(divisionCode: code) }
            guard catalogues[parent] != nil else { throw .unknownParent(divisionCode: code, parentDivisionCode: parent) }
        }
        catalogues[code] = WorkAffairsCatalogue(jurisdiction: jurisdiction)
    }

    /// Records a new version of a jurisdiction's catalogue after checking it.
    public mutating func record(_ version: CatalogueVersion, for divisionCode: String) throws(WorkAffairsCatalogueError) {
        try record(version, for: divisionCode, checkingFit: true)
    }

    private mutating func record(_ version: CatalogueVersion, for divisionCode: String, checkingFit: Bool) throws(WorkAffairsCatalogueError) {
        guard let catalogue = catalogues[divisionCode] else { throw .unknownJurisdiction(divisionCode: divisionCode) }
        let expected = (catalogue.versions.last?.number ?? 0) + 1
        guard version.number == expected else {
            throw .versionOutOfSequence(divisionCode: divisionCode, expected: expected, got: version.number)
        }
        if let previous = catalogue.versions.last, version.effectiveFrom < previous.effectiveFrom {
            throw .effectiveDateBeforePrevious(divisionCode: divisionCode, version: version.number, previous: previous.effectiveFrom)
        }
        if version.author.isBlank { throw .blankVersionField(divisionCode: divisionCode, version: version.number, field: "author") }
        if version.reason.isBlank { throw .blankVersionField(divisionCode: divisionCode, version: version.number, field: "reason") }
        if version.changes.isEmpty { throw .emptyVersion(divisionCode: divisionCode, version: version.number) }

        var seen = Set<String>()
        for change in version.changes {
            guard seen.insert(change.itemID).inserted else {
                throw .itemChangedTwice(divisionCode: divisionCode, version: version.number, itemID: change.itemID)
            }
            switch change {
            case .add(let item), .adjust(let item):
                try Self.checkFields(of: item, divisionCode: divisionCode, version: version.number)
            case .remove(let itemID):
                if itemID.isBlank {
                    throw .blankItemField(divisionCode: divisionCode, version: version.number, itemID: itemID, field: "itemID")
                }
            }
        }

        if checkingFit {
            try checkFit(of: version, for: divisionCode)
        }
        catalogues[divisionCode]?.versions.append(version)
    }

    /// Checks that each change fits the catalogue in force on the version's date.
    private func checkFit(of version: CatalogueVersion, for divisionCode: String) throws(WorkAffairsCatalogueError) {
        let base = try effectiveCatalogue(for: divisionCode, on: version.effectiveFrom)
        let present = Set(base.entries.map(\.item.id))
        for change in version.changes {
            switch change {
            case .add(let item) where present.contains(item.id):
                throw .addsExistingItem(divisionCode: divisionCode, version: version.number, itemID: item.id)
            case .adjust, .remove:
                if !present.contains(change.itemID) {
                    throw .changesUnknownItem(divisionCode: divisionCode, version: version.number, itemID: change.itemID)
                }
            default:
                break
            }
        }
    }

    /// The catalogue in force for a jurisdiction on a date: the parent's items on that date, then the jurisdiction's own versions up to that date.
    public func effectiveCatalogue(for divisionCode: String, on date: Date) throws(WorkAffairsCatalogueError) -> EffectiveCatalogue {
        guard let catalogue = catalogues[divisionCode] else { throw .unknownJurisdiction(divisionCode: divisionCode) }
        var entries: [String: EffectiveCatalogueEntry] = [:]
        var conflicts: [CatalogueConflict] = []
        if let parentCode = catalogue.jurisdiction.parentDivisionCode {
            let parent = try effectiveCatalogue(for: parentCode, on: date)
            for var entry in parent.entries {
                entry.isInherited = true
                entries[entry.item.id] = entry
            }
            conflicts = parent.conflicts
        }
        for version in catalogue.versions(effectiveOn: date) {
            for change in version.changes {
                let entry: (WorkAffairItem) -> EffectiveCatalogueEntry = { item in
                    EffectiveCatalogueEntry(
                        item: item, definedBy: divisionCode, version: version.number,
                        effectiveFrom: version.effectiveFrom, author: version.author,
                        reason: version.reason, isInherited: false)
                }
                let conflict: (String) -> Void = { explanation in
                    conflicts.append(CatalogueConflict(
                        divisionCode: divisionCode, version: version.number, change: change, explanation: explanation))
                }
                switch change {
                case .add(let item):
                    if entries[item.id] != nil {
                        conflict("新增事项 \(item.id) 已由上级目录列入，本级条目覆盖上级条目")
                    }
                    entries[item.id] = entry(item)
                case .adjust(let item):
                    if entries[item.id] == nil {
                        conflict("调整事项 \(item.id) 已不在上级目录中，本级调整按新增处理")
                    }
                    entries[item.id] = entry(item)
                case .remove(let itemID):
                    if entries.removeValue(forKey: itemID) == nil {
                        conflict("删除事项 \(itemID) 已不在上级目录中，无需删除")
                    }
                }
            }
        }
        return EffectiveCatalogue(divisionCode: divisionCode, date: date, entries: Array(entries.values), conflicts: conflicts)
    }

    private static func checkFields(of item: WorkAffairItem, divisionCode: String, version: Int) throws(WorkAffairsCatalogueError) {
        if item.id.isBlank { throw .blankItemField(divisionCode: divisionCode, version: version, itemID: item.id, field: "id") }
        if item.title.isBlank { throw .blankItemField(divisionCode: divisionCode, version: version, itemID: item.id, field: "title") }
    }
}
