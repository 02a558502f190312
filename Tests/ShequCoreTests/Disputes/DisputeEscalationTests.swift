import Foundation
import Testing
@testable import ShequCore

@Suite("Disputes: escalation on time-out across levels with an injected clock (Art. 35)")
struct DisputeEscalationTests {
    @Test("四级七天 is the default ladder: four levels, seven days each")
    func defaultLadder() {
        let ladder = DisputeFixture.ladder
        #expect(ladder.steps.map(\.level) == [.gridWorker, .communityMediation, .township, .county])
        #expect(ladder.steps.allSatisfy { $0.timeLimitDays == 7 })
        #expect(ladder.level(above: .township) == .county)
        #expect(ladder.level(above: .county) == nil)
    }

    @Test("before seven days nothing happens; at seven days the dispute goes to the community, dated at the deadline")
    func firstEscalation() throws {
        var dispute = try DisputeFixture.dispute()
        #expect(try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, now: day(6.99), assignee: DisputeFixture.assignee).isEmpty)
        #expect(dispute.currentLevel == .gridWorker)
        #expect(dispute.isOverdue(ladder: DisputeFixture.ladder, at: day(6.99)) == false)

        let climbs = try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, now: day(7.5), assignee: DisputeFixture.assignee)
        #expect(climbs.count == 1)
        #expect(climbs[0].from == DisputeFixture.gridHolder)
        #expect(climbs[0].to.unit == "某村人民调解委员会")
        #expect(climbs[0].at == day(7))
        #expect(climbs[0].onTimeOut)
        #expect(dispute.currentLevel == .communityMediation)
        #expect(dispute.holdings[0].until == day(7))
        #expect(dispute.holdings[0].end == .timedOut)
        #expect(dispute.history.last?.kind == .escalatedOnTimeOut)
        #expect(dispute.history.last?.note.contains("满7天") == true)
    }

    @Test("a dispute checked late climbs level after level and the record shows who held it and for how long")
    func lateCheckClimbsSeveralLevels() throws {
        var dispute = try DisputeFixture.dispute()
        let climbs = try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, now: day(20), assignee: DisputeFixture.assignee)
        #expect(climbs.map(\.to.level) == [.communityMediation, .township])
        #expect(climbs.map(\.at) == [day(7), day(14)])
        #expect(dispute.currentHolding.holder.townshipBody == .judicialOffice)
        let durations = dispute.holdingDurations(at: day(20))
        #expect(durations.map(\.holder.level) == [.gridWorker, .communityMediation, .township])
        let expected: [TimeInterval] = [7 * 86_400, 7 * 86_400, 6 * 86_400]
        #expect(durations.map(\.seconds) == expected)
        // running the check again at the same time changes nothing
        #expect(try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, now: day(20), assignee: DisputeFixture.assignee).isEmpty)
    }

    @Test("at the county level the dispute stays and is shown overdue")
    func topLevelOverdue() throws {
        var dispute = try DisputeFixture.dispute()
        try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, now: day(40))
        #expect(dispute.currentLevel == .county)
        #expect(dispute.holdings.count == 4)
        #expect(dispute.currentHolding.from == day(21))
        #expect(dispute.currentHolding.holder == .generic(.county))
        #expect(dispute.isOverdue(ladder: DisputeFixture.ladder, at: day(27)) == false)
        #expect(dispute.isOverdue(ladder: DisputeFixture.ladder, at: day(28.1)))
    }

    @Test("a county ladder with other levels and limits is followed")
    func customLadder() throws {
        let ladder = try DisputeLadder(countyCode: "411502", steps: [
            .init(level: .gridWorker, timeLimitDays: 3),
            .init(level: .township, timeLimitDays: 15),
            .init(level: .county, timeLimitDays: 30),
        ])
        var dispute = try DisputeFixture.dispute()
        let climbs = try dispute.escalateOnTimeOut(ladder: ladder, now: day(17))
        #expect(climbs.map(\.to.level) == [.township])
        #expect(climbs.map(\.at) == [day(3)])
        let more = try dispute.escalateOnTimeOut(ladder: ladder, now: day(18))
        #expect(more.map(\.at) == [day(18)])
        #expect(dispute.currentLevel == .county)
    }

    @Test("a closed dispute never escalates")
    func closedStays() throws {
        var dispute = try DisputeFixture.dispute()
        try dispute.close(with: DisputeOutcome(kind: .withdrawn, at: day(2), note: "双方自行和解"), by: "网格员 陈某")
        #expect(try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, now: day(30)).isEmpty)
        #expect(dispute.isOverdue(ladder: DisputeFixture.ladder, at: day(30)) == false)
        #expect(dispute.holdings.map(\.end) == [.closed])
    }

    @Test("an escalation is not dated before the last event at the level it leaves")
    func notBeforeLastEvent() throws {
        var dispute = try DisputeFixture.dispute()
        try dispute.assign(Mediator(id: "w-31", name: "陈某", kind: .gridWorker), at: day(1), by: "村委会")
        try dispute.record(MediationSession(id: "s1", date: day(9), place: "田间地头", mediatorIDs: ["w-31"], summary: "双方分歧较大"))
        let climbs = try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, now: day(10))
        #expect(climbs.map(\.at) == [day(9)])
        #expect(dispute.sessions[0].level == .gridWorker)
    }

    /// A county rule in the hook's shape: property disputes skip the community and go to the township after three days.
    struct PropertyFastTrack: DisputeEscalationRule {
        var name: String { "物业纠纷三日上交" }
        func decide(_ input: DisputeEscalationHookInput) throws -> DisputeEscalationHookResult {
            if input.category == .property, input.currentLevel == .gridWorker, input.heldSeconds >= 3 * 86_400 {
                return DisputeEscalationHookResult(action: .escalate, toLevel: .township, reason: "物业纠纷直接移交街道")
            }
            return try LadderTimeLimitRule().decide(input)
        }
    }

    @Test("a county rule replaces the built-in one through the same input and result")
    func countyRule() throws {
        var dispute = try DisputeFixture.dispute()
        dispute.category = .property
        let climbs = try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, rule: PropertyFastTrack(), now: day(4))
        #expect(climbs.map(\.to.level) == [.township])
        #expect(climbs.map(\.at) == [day(4)])
        #expect(dispute.history.last?.actor == "物业纠纷三日上交")
        #expect(dispute.history.last?.note.hasPrefix("物业纠纷直接移交街道") == true)
    }

    /// Answers whatever it is given, to test the host's checks.
    struct FixedAnswer: DisputeEscalationRule {
        var result: DisputeEscalationHookResult
        var name: String { "fixed" }
        func decide(_ input: DisputeEscalationHookInput) throws -> DisputeEscalationHookResult { result }
    }

    @Test("bad rule results are refused naming the field, and change nothing", arguments: [
        (DisputeEscalationHookResult(action: .escalate), "to_level"),
        (DisputeEscalationHookResult(action: .escalate, toLevel: .gridWorker), "to_level"),
        (DisputeEscalationHookResult(action: .escalate, toLevel: .communityMediation, escalateAtUnix: Int64(day(11).timeIntervalSince1970)), "escalate_at_unix"),
        (DisputeEscalationHookResult(action: .escalate, toLevel: .communityMediation, escalateAtUnix: Int64(day(-1).timeIntervalSince1970)), "escalate_at_unix"),
    ])
    func badResults(result: DisputeEscalationHookResult, field: String) throws {
        var dispute = try DisputeFixture.dispute()
        let before = dispute
        do {
            try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, rule: FixedAnswer(result: result), now: day(10))
            Issue.record("the result was accepted")
        } catch let error as DisputeEscalationHookError {
            #expect(error.field == field)
            #expect(error.rule == "fixed")
        }
        #expect(dispute == before)
    }

    @Test("a level not on the county's ladder is refused")
    func levelOffLadder() throws {
        let ladder = try DisputeLadder(countyCode: "411502", steps: [.init(level: .gridWorker, timeLimitDays: 3), .init(level: .county, timeLimitDays: 30)])
        var dispute = try DisputeFixture.dispute()
        #expect(throws: DisputeEscalationHookError(rule: "fixed", field: "to_level", problem: "is township, which is not on the ladder of 411502")) {
            try dispute.escalateOnTimeOut(ladder: ladder, rule: FixedAnswer(result: .init(action: .escalate, toLevel: .township)), now: day(4))
        }
    }

    @Test("the hook input is snake_case with Unix times; the result decodes from snake_case")
    func hookShapes() throws {
        var dispute = try DisputeFixture.dispute()
        try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, now: day(8))
        let input = dispute.escalationInput(ladder: DisputeFixture.ladder, now: day(10))
        #expect(input.heldSeconds == 3 * 86_400)
        #expect(input.timeLimitDays == 7)
        #expect(input.nextLevel == .township)
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(input)) as? [String: Any])
        #expect(json["current_level"] as? String == "community_mediation")
        #expect(json["held_since_unix"] as? Int == Int(day(7).timeIntervalSince1970))
        #expect(json["next_level"] as? String == "township")
        #expect((json["ladder"] as? [[String: Any]])?.first?["time_limit_days"] as? Int == 7)
        #expect((json["holdings"] as? [[String: Any]])?.first?["until_unix"] as? Int == Int(day(7).timeIntervalSince1970))

        let result = try JSONDecoder().decode(
            DisputeEscalationHookResult.self,
            from: Data(#"{"action":"escalate","to_level":"county","escalate_at_unix":1741363200,"reason":"满七天"}"#.utf8))
        #expect(result == DisputeEscalationHookResult(action: .escalate, toLevel: .county, escalateAtUnix: 1_741_363_200, reason: "满七天"))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DisputeEscalationHookResult.self, from: Data(#"{"action":"jump"}"#.utf8))
        }
    }

    @Test("a level can pass a dispute up early, only upward and only to a level on the ladder")
    func manualEscalation() throws {
        var dispute = try DisputeFixture.dispute()
        let climb = try dispute.escalate(
            to: DisputeFixture.assignee(.township), at: day(2), by: "网格员 陈某", reason: "涉及宅基地确权，需司法所介入",
            ladder: DisputeFixture.ladder)
        #expect(climb.onTimeOut == false)
        #expect(dispute.holdings[0].end == .escalated)
        #expect(dispute.currentLevel == .township)
        #expect(throws: DisputeError.notUpward(disputeID: "JF-2025-0042", from: .township, to: .communityMediation)) {
            try dispute.escalate(to: DisputeFixture.assignee(.communityMediation), at: day(3), by: "x", reason: "r", ladder: DisputeFixture.ladder)
        }
        let short = try DisputeLadder(countyCode: "411522", steps: [.init(level: .gridWorker, timeLimitDays: 7), .init(level: .township, timeLimitDays: 7)])
        #expect(throws: DisputeError.levelNotOnLadder(disputeID: "JF-2025-0042", level: .county)) {
            try dispute.escalate(to: DisputeFixture.assignee(.county), at: day(3), by: "x", reason: "r", ladder: short)
        }
        // the township's clock started on day 2
        let climbs = try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, now: day(9))
        #expect(climbs.map(\.at) == [day(9)])
    }
}
