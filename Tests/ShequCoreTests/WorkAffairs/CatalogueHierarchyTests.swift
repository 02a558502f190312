import Foundation
import Testing
@testable import ShequCore

@Suite("Work-affairs catalogue: versions by date and inheritance (Art. 40)")
struct CatalogueHierarchyTests {
    @Test("before any version applies the catalogue is empty")
    func emptyBeforeFirstVersion() throws {
        let hierarchy = try CatalogueFixture.hierarchy()
        let catalogue = try hierarchy.effectiveCatalogue(for: "411500", on: day(-1))
        #expect(catalogue.entries.isEmpty)
    }

    @Test("the city's catalogue changes on the second version's date")
    func cityVersionsByDate() throws {
        let hierarchy = try CatalogueFixture.hierarchy()
        let before = try hierarchy.effectiveCatalogue(for: "411500", on: day(99.9))
        let after = try hierarchy.effectiveCatalogue(for: "411500", on: day(100))

        #expect(before.entries.map(\.item.id) == ["F-01", "X-01", "X-02", "Z-01", "Z-02"])
        #expect(before.entry(for: "X-02")?.item.category == .assistance)
        #expect(before.entry(for: "F-02") == nil)

        #expect(after.entries.map(\.item.id) == ["F-01", "F-02", "X-01", "X-02", "Z-01", "Z-02"])
        let adjusted = try #require(after.entry(for: "X-02"))
        #expect(adjusted.item.category == .negative)
        #expect(adjusted.version == 2)
        #expect(adjusted.reason == "市政府常务会议决定调整目录")
        #expect(adjusted.author == "信阳市民政局 王某")
        #expect(after.entries(in: .negative).map(\.item.id) == ["F-01", "F-02", "X-02"])
    }

    @Test("a county inherits the city's items and its own adjustments win, only from their date")
    func countyInheritsAndAdjusts() throws {
        let hierarchy = try CatalogueFixture.hierarchy()
        let early = try hierarchy.effectiveCatalogue(for: "411522", on: day(5))
        #expect(early.entry(for: "X-01")?.item.category == .assistance)
        #expect(early.entry(for: "X-01")?.isInherited == true)
        #expect(early.entry(for: "X-01")?.definedBy == "411500")
        #expect(early.entry(for: "G-01") == nil)

        let later = try hierarchy.effectiveCatalogue(for: "411522", on: day(150))
        let census = try #require(later.entry(for: "X-01"))
        #expect(census.item.category == .mainDuty)
        #expect(census.isInherited == false)
        #expect(census.definedBy == "411522")
        #expect(census.author == "光山县民政局 赵某")
        #expect(later.entry(for: "G-01")?.item.title == "茶园防火巡查宣传")
        // the city's own later change still reaches the county
        #expect(later.entry(for: "F-02")?.isInherited == true)
        #expect(later.entry(for: "X-02")?.item.category == .negative)

        // the sibling district is untouched by Guangshan's changes
        let shihe = try hierarchy.effectiveCatalogue(for: "411502", on: day(150))
        #expect(shihe.entry(for: "X-01")?.item.category == .assistance)
        #expect(shihe.entry(for: "G-01") == nil)
        #expect(later.conflicts.isEmpty)
    }

    @Test("a county can remove an inherited item")
    func countyRemovesInherited() throws {
        var hierarchy = try CatalogueFixture.hierarchy()
        try hierarchy.record(CatalogueVersion(
            number: 1, effectiveFrom: day(20), author: "浉河区民政局", reason: "城区无医保代缴业务",
            changes: [.remove(itemID: "X-02")]), for: "411502")
        #expect(try hierarchy.effectiveCatalogue(for: "411502", on: day(19)).entry(for: "X-02") != nil)
        #expect(try hierarchy.effectiveCatalogue(for: "411502", on: day(20)).entry(for: "X-02") == nil)
        #expect(try hierarchy.effectiveCatalogue(for: "411500", on: day(20)).entry(for: "X-02") != nil)
    }

    @Test("when the city later removes an item a county adjusted, the county keeps it and the conflict is shown")
    func conflictWhenParentChangesUnderCounty() throws {
        var hierarchy = try CatalogueFixture.hierarchy()
        try hierarchy.record(CatalogueVersion(
            number: 3, effectiveFrom: day(200), author: "信阳市民政局", reason: "人口普查结束",
            changes: [.remove(itemID: "X-01")]), for: "411500")
        let county = try hierarchy.effectiveCatalogue(for: "411522", on: day(200))
        #expect(county.entry(for: "X-01")?.item.category == .mainDuty)
        let conflict = try #require(county.conflicts.first)
        #expect(conflict.divisionCode == "411522")
        #expect(conflict.change.itemID == "X-01")
        #expect(conflict.explanation.contains("X-01"))
        #expect(try hierarchy.effectiveCatalogue(for: "411502", on: day(200)).entry(for: "X-01") == nil)
    }

    @Test("versions are checked when recorded", arguments: [
        (CatalogueVersion(number: 3, effectiveFrom: day(300), author: "a", reason: "r", changes: [.remove(itemID: "Z-01")]),
         WorkAffairsCatalogueError.versionOutOfSequence(divisionCode: "411522", expected: 2, got: 3)),
        (CatalogueVersion(number: 2, effectiveFrom: day(9), author: "a", reason: "r", changes: [.remove(itemID: "Z-01")]),
         .effectiveDateBeforePrevious(divisionCode: "411522", version: 2, previous: day(10))),
        (CatalogueVersion(number: 2, effectiveFrom: day(300), author: " ", reason: "r", changes: [.remove(itemID: "Z-01")]),
         .blankVersionField(divisionCode: "411522", version: 2, field: "author")),
        (CatalogueVersion(number: 2, effectiveFrom: day(300), author: "a", reason: "", changes: [.remove(itemID: "Z-01")]),
         .blankVersionField(divisionCode: "411522", version: 2, field: "reason")),
        (CatalogueVersion(number: 2, effectiveFrom: day(300), author: "a", reason: "r", changes: []),
         .emptyVersion(divisionCode: "411522", version: 2)),
        (CatalogueVersion(number: 2, effectiveFrom: day(300), author: "a", reason: "r", changes: [.remove(itemID: "Z-01"), .adjust(CatalogueFixture.meetings)]),
         .itemChangedTwice(divisionCode: "411522", version: 2, itemID: "Z-01")),
        (CatalogueVersion(number: 2, effectiveFrom: day(300), author: "a", reason: "r", changes: [.add(CatalogueFixture.meetings)]),
         .addsExistingItem(divisionCode: "411522", version: 2, itemID: "Z-01")),
        (CatalogueVersion(number: 2, effectiveFrom: day(300), author: "a", reason: "r", changes: [.adjust(WorkAffairItem(id: "Q-9", category: .mainDuty, title: "t"))]),
         .changesUnknownItem(divisionCode: "411522", version: 2, itemID: "Q-9")),
        (CatalogueVersion(number: 2, effectiveFrom: day(300), author: "a", reason: "r", changes: [.add(WorkAffairItem(id: "Q-9", category: .mainDuty, title: " "))]),
         .blankItemField(divisionCode: "411522", version: 2, itemID: "Q-9", field: "title")),
    ])
    func versionChecks(version: CatalogueVersion, expected: WorkAffairsCatalogueError) throws {
        var hierarchy = try CatalogueFixture.hierarchy()
        #expect(throws: expected) { try hierarchy.record(version, for: "411522") }
        #expect(hierarchy.catalogues["411522"]?.versions.count == 1)
        #expect(expected.description.contains("411522"))
    }

    @Test("a county's adjustment is checked against the catalogue on its own date, not today's")
    func adjustmentCheckedOnItsDate() throws {
        var hierarchy = try CatalogueFixture.hierarchy()
        // F-02 only exists in the city from day 100
        #expect(throws: WorkAffairsCatalogueError.changesUnknownItem(divisionCode: "411522", version: 2, itemID: "F-02")) {
            try hierarchy.record(CatalogueVersion(
                number: 2, effectiveFrom: day(50), author: "a", reason: "r", changes: [.remove(itemID: "F-02")]), for: "411522")
        }
        try hierarchy.record(CatalogueVersion(
            number: 2, effectiveFrom: day(120), author: "a", reason: "r", changes: [.remove(itemID: "F-02")]), for: "411522")
        #expect(try hierarchy.effectiveCatalogue(for: "411522", on: day(120)).entry(for: "F-02") == nil)
    }

    @Test("jurisdictions must be registered city first")
    func registration() throws {
        var hierarchy = CatalogueHierarchy()
        #expect(throws: WorkAffairsCatalogueError.unknownParent(divisionCode: "411522", parentDivisionCode: "411500")) {
            try hierarchy.register(CatalogueFixture.guangshan)
        }
        #expect(throws: WorkAffairsCatalogueError.missingParent(divisionCode: "411522")) {
            try hierarchy.register(CatalogueJurisdiction(divisionCode: "411522", name: "光山县", level: .county))
        }
        try hierarchy.register(CatalogueFixture.city)
        #expect(throws: WorkAffairsCatalogueError.duplicateJurisdiction(divisionCode: "411500")) {
            try hierarchy.register(CatalogueFixture.city)
        }
        #expect(throws: WorkAffairsCatalogueError.unknownJurisdiction(divisionCode: "419999")) {
            try hierarchy.effectiveCatalogue(for: "419999", on: day(0))
        }
    }

    @Test("stored catalogues are checked when decoded; a later city change under a county still loads")
    func decodingChecks() throws {
        var hierarchy = try CatalogueFixture.hierarchy()
        try hierarchy.record(CatalogueVersion(
            number: 3, effectiveFrom: day(200), author: "信阳市民政局", reason: "人口普查结束",
            changes: [.remove(itemID: "X-01")]), for: "411500")
        let data = try JSONEncoder().encode(hierarchy)
        let decoded = try JSONDecoder().decode(CatalogueHierarchy.self, from: data)
        #expect(decoded == hierarchy)
        #expect(try decoded.effectiveCatalogue(for: "411522", on: day(200)).conflicts.count == 1)

        // a stored version with a blank author, as an edited file might have
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var catalogues = try #require(json["catalogues"] as? [String: Any])
        var guangshan = try #require(catalogues["411522"] as? [String: Any])
        var versions = try #require(guangshan["versions"] as? [[String: Any]])
        versions[0]["author"] = ""
        guangshan["versions"] = versions
        catalogues["411522"] = guangshan
        json["catalogues"] = catalogues
        let edited = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: WorkAffairsCatalogueError.blankVersionField(divisionCode: "411522", version: 1, field: "author")) {
            try JSONDecoder().decode(CatalogueHierarchy.self, from: edited)
        }
    }

    @Test("the hierarchy survives a JSON round trip")
    func codable() throws {
        let hierarchy = try CatalogueFixture.hierarchy()
        let decoded = try JSONDecoder().decode(CatalogueHierarchy.self, from: JSONEncoder().encode(hierarchy))
        #expect(decoded == hierarchy)
        #expect(try decoded.effectiveCatalogue(for: "411522", on: day(150)) == hierarchy.effectiveCatalogue(for: "411522", on: day(150)))
    }
}
