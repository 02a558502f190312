import Foundation
import ShequCore
import Testing
@testable import ShequSQLite

/// Events and ledger entries are stored through direct writers; a stored event is compared
/// byte for byte on re-import, so the writers must give exactly `JSONEncoder`'s bytes.
@Suite("Stored JSON of events and ledger entries")
struct StoredJSONTests {
    static let day = CivilDate("2025-04-03")!
    static let tricky = "网格员\"张敏\" \\ a/b\n\t\u{1}\u{7F}😀e\u{301}"

    static let events: [BehaviourEvent] = [
        BehaviourEvent(id: "e-1", kind: "elder_care", subject: .resident("r-1"), community: CommunityID("411522001001"),
                       occurredOn: day, reporter: "网格员张敏"),
        BehaviourEvent(id: "e-2", kind: "banquet", subject: .household("h-1"), household: "ignored",
                       community: CommunityID("411522001001"), occurredOn: CivilDate("2025-12-31")!, place: "第三网格",
                       reporter: "网格员", evidence: ["p-1", "p-2"],
                       facts: ["tables": .integer(12), "ceremony": .string("wedding"), "hours": .number(2.5),
                               "whole": .number(3.0), "guests": .table(["adults": .integer(80), "list": .list([.null, .bool(true)])])]),
        BehaviourEvent(id: tricky, kind: "dog_unleashed", subject: .resident(tricky), household: tricky,
                       community: CommunityID(tricky), occurredOn: CivilDate("0001-01-01")!, place: tricky,
                       reporter: tricky, evidence: [tricky, ""],
                       facts: [tricky: .string(tricky), "": .null, "B": .integer(-1), "_": .number(-0.0), "é": .number(1e20)]),
    ]

    @Test("events are written as JSONEncoder wrote them")
    func events() throws {
        for event in Self.events {
            #expect(try StoredJSON.encode(event) == StoredJSON.encodedByFoundation(event))
        }
    }

    static let measures: [Measure?] = [
        nil,
        Measure(action: .awardPoints(5), topic: .respectElderly, article: ArticleReference(number: 5), reason: "照料空巢老人，奖励5分"),
        Measure(action: .deductPoints(3), topic: .banquetSpending, article: ArticleReference(number: 6), reason: "超标准办宴",
                subject: .household("h-1")),
        Measure(action: .commendation, topic: .local("river_patrol"), article: ArticleReference(number: 12), reason: tricky),
        Measure(action: .honour("文明家庭"), topic: .livingEnvironment, article: ArticleReference(number: 1), reason: "r"),
        Measure(action: .priority(benefit: "优先推荐"), topic: .dogKeeping, article: ArticleReference(number: 2), reason: "r"),
        Measure(action: .criticismEducation, topic: .weddingFuneralCustoms, article: ArticleReference(number: 3), reason: "r"),
        Measure(action: .notice, topic: .dogKeeping, article: ArticleReference(number: 4), reason: "r"),
        Measure(action: .rectificationRequest(.cleanUp), topic: .livingEnvironment, article: ArticleReference(number: 7), reason: "r"),
        Measure(action: .suspension(award: "评优", months: 6), topic: .respectElderly, article: ArticleReference(number: 8), reason: "r"),
        Measure(action: .suspension(award: "评优", months: nil), topic: .respectElderly, article: ArticleReference(number: 9), reason: "r"),
    ]

    static func entries() -> [LedgerEntry] {
        var entries: [LedgerEntry] = []
        for (index, measure) in measures.enumerated() {
            let full = index % 2 == 0
            entries.append(LedgerEntry(
                id: "e-\(index)#1", sequence: index + 1, kind: index == 3 ? .reversal : .measure,
                subject: full ? .resident("r-\(index)") : .household(tricky), household: full ? "h-\(index)" : nil,
                community: CommunityID("411522001001"), points: measure?.pointsChange ?? -index, on: day,
                recordedOn: CivilDate("2026-11-29")!, eventID: full ? "e-\(index)" : nil, measure: measure,
                convention: full ? ConventionVersionReference(convention: ConventionID("bench-1"), version: index) : nil,
                plugin: full ? PluginReference(id: "xinyang.guangshan.points", version: "1.0.0") : nil,
                reverses: index == 3 ? "e-1#1" : nil, appealID: index == 3 ? "a-1" : nil,
                redemption: index == 5 ? Redemption(id: "x-1", subject: .resident("r-1"), household: "h-1", itemID: "soap",
                                                    quantity: 2, on: day) : nil,
                explanation: full ? "照料空巢老人，奖励5分" : tricky))
        }
        entries.append(LedgerEntry(
            id: "redemption:x-2", sequence: 99, kind: .redemption, subject: .household("h-2"), household: "h-2",
            community: CommunityID("c"), points: -20, on: day, recordedOn: day,
            redemption: Redemption(id: "x-2", subject: .household("h-2"), itemID: "oil", on: day), explanation: "积分兑换"))
        return entries
    }

    @Test("ledger entries are written as JSONEncoder wrote them")
    func ledgerEntries() throws {
        for entry in Self.entries() {
            #expect(try StoredJSON.encode(entry) == StoredJSON.encodedByFoundation(entry))
        }
    }

    @Test("a fact JSON cannot hold is refused as before")
    func nonConformingFact() {
        let event = BehaviourEvent(id: "e", kind: "k", subject: .resident("r"), community: CommunityID("c"), occurredOn: Self.day,
                                   reporter: "x", facts: ["hours": .number(.nan)])
        #expect(throws: EncodingError.self) { try StoredJSON.encode(event) }
    }

    /// The writers name every stored property; one added to either type must be added to its writer.
    @Test("the writers know every stored property")
    func everyPropertyIsWritten() throws {
        let event = try #require(Self.events.last)
        #expect(Mirror(reflecting: event).children.compactMap(\.label) == [
            "id", "kind", "subject", "household", "community", "occurredOn", "place", "reporter", "evidence", "facts",
        ])
        let entry = try #require(Self.entries().first)
        #expect(Mirror(reflecting: entry).children.compactMap(\.label) == [
            "id", "sequence", "kind", "subject", "household", "community", "points", "on", "recordedOn", "eventID",
            "measure", "convention", "plugin", "reverses", "appealID", "redemption", "explanation",
        ])
        let redemption = try #require(entry.redemption ?? Self.entries().last?.redemption)
        #expect(Mirror(reflecting: redemption).children.compactMap(\.label) == ["id", "subject", "household", "itemID", "quantity", "on"])
        #expect(Mirror(reflecting: PointsSubject.resident("r")).children.compactMap(\.label) == ["type", "id"])
        #expect(Mirror(reflecting: PluginReference(id: "p", version: "1")).children.compactMap(\.label) == ["id", "version"])
        #expect(Mirror(reflecting: ConventionVersionReference(convention: ConventionID("c"), version: 1)).children
            .compactMap(\.label) == ["convention", "version"])
    }
}
