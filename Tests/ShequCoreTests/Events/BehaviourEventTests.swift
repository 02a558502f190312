import Foundation
import Testing
@testable import ShequCore

@Suite("Behaviour events in the shape the measures hook receives")
struct BehaviourEventTests {
    @Test("decodes the event shape of the Guangshan sample plugin's tests")
    func sampleShape() throws {
        let json = #"""
        { "id": "e-1", "kind": "banquet", "subject": { "type": "household", "id": "h-1" },
          "community": "411522100201", "occurred_at": "2025-04-01", "reporter": "网格员张敏",
          "evidence": ["photo-17"], "facts": { "ceremony": "wedding", "tables": 13 } }
        """#
        let event = try JSONDecoder().decode(BehaviourEvent.self, from: Data(json.utf8))
        #expect(event.subject == .household("h-1") && event.household == "h-1")
        #expect(event.occurredOn == Fixtures.day("2025-04-01"))
        #expect(event.facts["tables"] == .integer(13))
        let again = try JSONDecoder().decode(BehaviourEvent.self, from: JSONEncoder().encode(event))
        #expect(again == event)
    }

    @Test("a household subject is its own household")
    func household() {
        let event = BehaviourEvent(id: "e", kind: "k", subject: .household("h-3"), household: "h-9",
                                   community: Fixtures.village, occurredOn: Fixtures.day("2025-06-01"), reporter: "x")
        #expect(event.household == "h-3")
    }

    @Test("evaluations and preview reports encode to JSON for reports")
    func reportsEncode() throws {
        let run = PointsLedger().run([(Fixtures.event("e-1", on: "2025-06-03"),
                                       [Fixtures.proposal("award_points", points: 5), Fixtures.proposal("fine", points: 9)])],
                                     convention: try Fixtures.villageRules(), bounds: try Fixtures.bounds(),
                                     recordedOn: Fixtures.day("2025-07-01"))
        let evaluation = try #require(run.evaluations.first)
        let decoded = try JSONDecoder().decode(EventEvaluation.self, from: JSONEncoder().encode(evaluation))
        #expect(decoded == evaluation)
        let report = ImpactPreview.compare(baseline: [], candidate: run.evaluations)
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains(#""+1..+10":1"#))
    }
}
