import Foundation
import Testing
@testable import ShequCore

@Suite("Task-matching hook: shape and checks of its input and result")
struct TaskMatchingHookTests {
    func catalogue() throws -> EffectiveCatalogue {
        try CatalogueFixture.hierarchy().effectiveCatalogue(for: "411522", on: day(30))
    }

    @Test("the input is snake_case and lists the catalogue in force")
    func inputShape() throws {
        let assignment = WorkAssignment(
            id: "T-1", title: "组织拆违执法", assigningUnit: GovernmentUnit(name: "光山县城管局", kind: .department, divisionCode: "411522"),
            communityCode: "411522100001", countyCode: "411522", assignedAt: day(30), itemIDs: [])
        let input = TaskMatchingHookInput(assignment: assignment, catalogue: try catalogue())
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(input)) as? [String: Any])
        #expect(Set(json.keys) == ["task", "county_code", "catalogue"])
        let task = try #require(json["task"] as? [String: Any])
        #expect(task["assigning_unit"] as? String == "光山县城管局")
        #expect(task["assigning_unit_kind"] as? String == "department")
        let items = try #require(json["catalogue"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["F-01", "G-01", "X-01", "X-02", "Z-01", "Z-02"])
        #expect(items.first?["category"] as? String == "negative")
        #expect(items.first?["keywords"] as? [String] == ["执法", "拆违"])
    }

    @Test("a result decodes from snake_case and is checked against the catalogue")
    func resultChecked() throws {
        let result = try JSONDecoder().decode(
            TaskMatchingHookResult.self,
            from: Data(#"{"item_ids":["F-01","Z-01","F-01"],"explanation":"关键词：执法"}"#.utf8))
        #expect(result.explanation == "关键词：执法")
        #expect(try result.validated(against: catalogue()) == ["F-01", "Z-01"])
    }

    @Test("ids outside the catalogue and blank ids are refused naming the field")
    func badResult() throws {
        let catalogue = try catalogue()
        let unknown = TaskMatchingHookResult(itemIDs: ["Z-01", "N-99"])
        #expect(throws: TaskMatchingHookError(field: "item_ids[2]", problem: "names N-99, which is not in the catalogue of 411522")) {
            try unknown.validated(against: catalogue)
        }
        do {
            _ = try TaskMatchingHookResult(itemIDs: [""]).validated(against: catalogue)
            Issue.record("a blank id was accepted")
        } catch {
            #expect(error.field == "item_ids[1]")
            #expect(error.description.contains("match_task"))
        }
    }
}
