import Foundation
import ShequCore
import ShequLua
import Testing
@testable import ShequHooks

@Suite("Work-affairs and dispute hooks")
struct GovernanceHookTests {
    static func day(_ text: String) -> Date { CivilDate(text)!.startInChina }

    func plugin(_ hooks: String, _ module: String, config: String = "{}") throws -> Plugin {
        let source = PluginSource(
            manifestText: "return { id = \"tests.governance\", version = \"1.0.0\", api = 1, hooks = { \(hooks) }, config = \(config) }",
            modules: ["m": LuaModuleFile(path: "m.lua", text: module)])
        return try Plugin.load(source: source)
    }

    static let catalogue = EffectiveCatalogue(divisionCode: "411521", date: day("2025-05-01"), entries: [
        EffectiveCatalogueEntry(item: WorkAffairItem(id: "F-01", category: .negative, title: "行政执法", keywords: ["拆违"]),
                                definedBy: "411500", version: 1, effectiveFrom: day("2025-03-01"), author: "市政府", reason: "制定", isInherited: true),
    ])

    static let task = WorkAssignment(id: "t-1", title: "清理拆违", assigningUnit: GovernmentUnit(name: "城管局", kind: .department, divisionCode: "411521"),
                                     communityCode: "411521001001", countyCode: "411521", assignedAt: day("2025-05-01"), itemIDs: [])

    @Test func theMatchTaskHookMapsTextToCatalogueIds() async throws {
        let instance = try PluginInstance(plugin: plugin("match_task = \"m.match\"", """
            return { match = function(input)
              local ids = {}
              for _, item in ipairs(input.catalogue) do
                for _, word in ipairs(item.keywords) do
                  if string.find(input.task.title, word, 1, true) then ids[#ids + 1] = item.id end
                end
              end
              return { item_ids = ids, explanation = input.county_code }
            end }
            """))
        let match = try await TaskMatch.find(for: Self.task, in: Self.catalogue, using: instance)
        #expect(match.itemIDs == ["F-01"])
        #expect(match.explanation == "411521")
        #expect(match.summary == "tests.governance：F-01（411521）")
    }

    @Test func anIdOutsideTheCatalogueIsRefusedNamingTheField() async throws {
        let instance = try PluginInstance(plugin: plugin("match_task = \"m.match\"", "return { match = function() return { item_ids = { 'F-01', 'Q-9' } } end }"))
        let error = await #expect(throws: TaskMatchingHookError.self) {
            try await TaskMatch.find(for: Self.task, in: Self.catalogue, using: instance)
        }
        #expect(error?.field == "item_ids[2]")
    }

    func dispute() throws -> Dispute {
        try Dispute(id: "D1", parties: [DisputeParty(name: "张某", role: .applicant)], category: .land, description: "地界",
                    place: DisputePlace(communityCode: "411521102201"), channel: .gridWorker,
                    receivedAt: Self.day("2025-06-01"), receivedBy: "网格员", firstHolder: .generic(.gridWorker))
    }

    static let twoDays = """
        return { escalate = function(input)
          if input.next_level == nil or input.held_seconds < 2 * 86400 then return { action = "stay" } end
          return { action = "escalate", to_level = input.next_level, escalate_at_unix = input.held_since_unix + 2 * 86400, reason = "两天" }
        end }
        """

    @Test func aLuaRuleEscalatesLevelByLevelAtTheInjectedClock() async throws {
        let escalation = try DisputeEscalationPlugin(plugin: plugin("escalate_dispute = \"m.escalate\"", Self.twoDays))
        var dispute = try dispute()
        let ladder = DisputeLadder.fourLevelsSevenDays(countyCode: "411521")
        let none = try await escalation.escalate(&dispute, ladder: ladder, now: Self.day("2025-06-02"))
        #expect(none.isEmpty)
        let climbs = try await escalation.escalate(&dispute, ladder: ladder, now: Self.day("2025-06-06"))
        #expect(climbs.map(\.to.level) == [.communityMediation, .township])
        #expect(climbs.map(\.at) == [Self.day("2025-06-03"), Self.day("2025-06-05")])
        #expect(dispute.history.last?.actor == "tests.governance")
    }

    @Test func theLadderComesFromTheManifestAndAWrongAnswerIsRefused() async throws {
        let config = "{ ladder = { { level = 'grid_worker', time_limit_days = 3 }, { level = 'township', time_limit_days = 10 } } }"
        let downward = """
            return { escalate = function(input) return { action = "escalate", to_level = "grid_worker" } end }
            """
        let escalation = try DisputeEscalationPlugin(plugin: plugin("escalate_dispute = \"m.escalate\"", downward, config: config))
        let ladder = try #require(try escalation.ladder(countyCode: "411521"))
        #expect(ladder.steps.map(\.level) == [.gridWorker, .township])
        var dispute = try dispute()
        await #expect(throws: DisputeEscalationHookError.self) {
            try await escalation.escalate(&dispute, ladder: ladder, now: Self.day("2025-06-10"))
        }
        #expect(dispute.holdings.count == 1)
        #expect(throws: DisputeEscalationPluginError.self) {
            try DisputeEscalationPlugin(plugin: plugin("other = \"m.other\"", Self.twoDays.replacingOccurrences(of: "escalate =", with: "other =")))
        }
    }
}
