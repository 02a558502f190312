import Foundation
import Testing
@testable import ShequCore

@Suite("Disputes: intake, ladder settings, mediators, sessions, outcomes and history (Art. 35)")
struct DisputeTests {
    @Test("intake refuses missing parts, naming the field")
    func intakeChecks() {
        func intake(parties: [DisputeParty] = [DisputeParty(name: "张某", role: .applicant)], description: String = "噪音", community: String = "411522100201") throws(DisputeError) -> Dispute {
            try Dispute(
                id: "J1", parties: parties, category: .neighbours, description: description,
                place: DisputePlace(communityCode: community), channel: .hotline, receivedAt: day(0),
                receivedBy: "12345", firstHolder: DisputeFixture.gridHolder)
        }
        #expect(throws: DisputeError.invalidIntake(field: "parties", problem: "is empty; name at least one party")) { try intake(parties: []) }
        #expect(throws: DisputeError.invalidIntake(field: "parties[2].name", problem: "is blank")) {
            try intake(parties: [DisputeParty(name: "张某", role: .applicant), DisputeParty(name: " ", role: .respondent)])
        }
        #expect(throws: DisputeError.invalidIntake(field: "description", problem: "is blank; say what the dispute is about")) { try intake(description: "") }
        #expect(throws: DisputeError.invalidIntake(field: "place.community_code", problem: "is blank")) { try intake(community: "") }
    }

    @Test("ladders are checked and name the wrong field", arguments: [
        ([DisputeLadder.Step](), "steps"),
        ([.init(level: .gridWorker, timeLimitDays: 0)], "steps[1].time_limit_days"),
        ([.init(level: .township, timeLimitDays: 7), .init(level: .communityMediation, timeLimitDays: 7)], "steps[2].level"),
        ([.init(level: .township, timeLimitDays: 7), .init(level: .township, timeLimitDays: 7)], "steps[2].level"),
    ])
    func ladderChecks(steps: [DisputeLadder.Step], field: String) {
        #expect(throws: DisputeLadderError.self) { try DisputeLadder(countyCode: "411522", steps: steps) }
        do {
            _ = try DisputeLadder(countyCode: "411522", steps: steps)
        } catch {
            #expect(error.field == field)
        }
    }

    @Test("a ladder from a county's settings file is checked when decoded")
    func ladderDecoding() throws {
        let good = #"{"county_code":"411522","steps":[{"level":"grid_worker","time_limit_days":7},{"level":"county","time_limit_days":15}]}"#
        let ladder = try JSONDecoder().decode(DisputeLadder.self, from: Data(good.utf8))
        #expect(ladder.steps.map(\.timeLimitDays) == [7, 15])
        let bad = #"{"county_code":"411522","steps":[{"level":"county","time_limit_days":7},{"level":"grid_worker","time_limit_days":7}]}"#
        #expect(throws: DisputeLadderError.self) { try JSONDecoder().decode(DisputeLadder.self, from: Data(bad.utf8)) }
        #expect(try JSONDecoder().decode(DisputeLadder.self, from: JSONEncoder().encode(DisputeFixture.ladder)) == DisputeFixture.ladder)
    }

    @Test("mediators are assigned, sessions name only assigned mediators, and an agreement closes the dispute")
    func mediationToAgreement() throws {
        var dispute = try DisputeFixture.dispute()
        try dispute.assign(Mediator(id: "w-31", name: "陈某", kind: .gridWorker), at: day(1), by: "村委会")
        try dispute.assign(Mediator(id: "m-7", name: "刘某", kind: .peoplesMediator), at: day(1), by: "村委会")
        #expect(throws: DisputeError.duplicateMediator(disputeID: "JF-2025-0042", mediatorID: "m-7")) {
            try dispute.assign(Mediator(id: "m-7", name: "刘某", kind: .peoplesMediator), at: day(1), by: "村委会")
        }
        #expect(throws: DisputeError.mediatorNotAssigned(disputeID: "JF-2025-0042", mediatorID: "l-1")) {
            try dispute.record(MediationSession(id: "s1", date: day(2), place: "村委会调解室", mediatorIDs: ["m-7", "l-1"], summary: ""))
        }
        try dispute.record(MediationSession(id: "s1", date: day(2), place: "村委会调解室", mediatorIDs: ["w-31", "m-7"], summary: "现场查看排水沟"))
        #expect(throws: DisputeError.dateBeforeLastEvent(disputeID: "JF-2025-0042", last: day(2))) {
            try dispute.record(MediationSession(id: "s2", date: day(1.5), place: "x", mediatorIDs: ["m-7"], summary: ""))
        }
        #expect(throws: DisputeError.agreementTextMissing(disputeID: "JF-2025-0042")) {
            try dispute.close(with: DisputeOutcome(kind: .mediationAgreement, at: day(3), note: "达成协议"), by: "刘某")
        }
        try dispute.close(
            with: DisputeOutcome(kind: .mediationAgreement, at: day(3), note: "签订人民调解协议书", agreementText: "李某于十日内改道排水沟"),
            by: "刘某")
        #expect(dispute.isClosed)
        #expect(dispute.outcome?.kind == .mediationAgreement)
        #expect(dispute.history.map(\.kind) == [.received, .mediatorAssigned, .mediatorAssigned, .sessionHeld, .closed])
        #expect(dispute.history.last?.note == "达成调解协议：签订人民调解协议书")
        #expect(throws: DisputeError.closed(disputeID: "JF-2025-0042")) {
            try dispute.assign(Mediator(id: "v-1", name: "志愿者", kind: .volunteer), at: day(4), by: "村委会")
        }
        #expect(try JSONDecoder().decode(Dispute.self, from: JSONEncoder().encode(dispute)) == dispute)
    }

    @Test("a stored dispute without holdings is refused when decoded")
    func decodingChecks() throws {
        let data = try JSONEncoder().encode(try DisputeFixture.dispute())
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["holdings"] = [Any]()
        let edited = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Dispute.self, from: edited) }
    }

    @Test("referral to arbitration or court closes the dispute at the level that made it")
    func referral() throws {
        var dispute = try DisputeFixture.dispute()
        dispute.category = .labour
        try dispute.escalateOnTimeOut(ladder: DisputeFixture.ladder, now: day(15))
        try dispute.close(with: DisputeOutcome(kind: .referredToArbitration, at: day(16), note: "引导申请劳动仲裁"), by: "镇司法所")
        #expect(dispute.currentLevel == .township)
        #expect(dispute.holdings.last?.until == day(16))
        let held = try #require(dispute.holdingDurations(at: day(99)).last?.seconds)
        #expect(abs(held - 2 * 86_400) < 0.001)
    }
}
