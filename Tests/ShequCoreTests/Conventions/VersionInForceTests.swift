import Testing
@testable import ShequCore

@Suite("Version in force on a day")
struct VersionInForceTests {
    @Test("an event before version 2's effective date is judged under version 1")
    func earlierVersion() throws {
        let c = try Fixtures.villageRules()
        #expect(c.versionInForce(on: Fixtures.day("2025-08-31")).version?.number == 1)
        #expect(c.versionInForce(on: Fixtures.day("2025-09-01")).version?.number == 2)
        #expect(c.versionInForce(on: Fixtures.day("2026-01-15")).version?.number == 2)
        #expect(c.versionInForce(on: Fixtures.day("2025-05-01")).version?.number == 1)
    }

    @Test("before the first effective date there is no version, with the date in the answer")
    func beforeFirst() throws {
        let c = try Fixtures.villageRules()
        #expect(c.versionInForce(on: Fixtures.day("2025-04-30")) == .none(.beforeFirstEffectiveDate(Fixtures.day("2025-05-01"))))
    }

    @Test("adopted but unfiled versions never apply")
    func unfiled() throws {
        var c = try Convention.draft(id: Fixtures.conventionID, community: Fixtures.village, kind: .villageRules,
                                     title: "某村村规民约", articles: Fixtures.articles(8), on: Fixtures.day("2025-02-20"),
                                     by: "村民委员会").convention
        c = try c.advancing(version: 1, with: .gatherOpinions(Fixtures.opinions), by: "村民委员会").convention
        c = try c.advancing(version: 1, with: .review(Fixtures.review), by: "弦山街道办事处").convention
        c = try c.advancing(version: 1, with: .vote(Fixtures.vote), by: "村民会议").convention
        #expect(c.versions[0].stage == .adopted)
        #expect(c.versionInForce(on: Fixtures.day("2026-01-01")) == .none(.nothingFiled))
    }

    @Test("a version drafted later but filed is ignored until its own effective date")
    func openAmendmentIgnored() throws {
        var c = try Fixtures.villageRules()
        c = try c.amend(title: "第三版", articles: Fixtures.articles(9), on: Fixtures.day("2025-10-01"), by: "村民委员会").convention
        #expect(c.versionInForce(on: Fixtures.day("2025-12-01")).version?.number == 2)
    }
}
