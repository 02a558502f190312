import Foundation
import Testing
import ShequCore

/// The contract of the work-affairs catalogues and gate decisions (Art. 40, 45), the violations register
/// (Art. 44–46), deliberation (Art. 33) and disputes (Art. 35), run unchanged against both stores.
@Suite("Governance conformance")
struct GovernanceConformanceTests {
    static func day(_ text: String) -> Date { CivilDate(text)!.startInChina }

    static let city = CatalogueJurisdiction(divisionCode: "411500", name: "信阳市", level: .city)
    static let county = CatalogueJurisdiction(divisionCode: "411521", name: "罗山县", level: .county, parentDivisionCode: "411500")

    static let cityVersion = CatalogueVersionRecord(divisionCode: "411500", version: CatalogueVersion(
        number: 1, effectiveFrom: day("2025-03-01"), author: "信阳市人民政府", reason: "制定目录",
        changes: [.add(WorkAffairItem(id: "Z-01", category: .mainDuty, title: "议事协商")),
                  .add(WorkAffairItem(id: "F-01", category: .negative, title: "行政执法"))]), recordedAt: day("2025-02-20"))
    static let countyVersion = CatalogueVersionRecord(divisionCode: "411521", version: CatalogueVersion(
        number: 1, effectiveFrom: day("2025-07-01"), author: "罗山县人民政府", reason: "调整",
        changes: [.adjust(WorkAffairItem(id: "Z-01", category: .negative, title: "代办议事"))]), recordedAt: day("2025-06-20"))

    static func assignment(_ id: String, item: String) -> WorkAssignment {
        WorkAssignment(id: id, title: "任务", assigningUnit: GovernmentUnit(name: "某局", kind: .department, divisionCode: "411521"),
                       communityCode: "411521001001", countyCode: "411521", assignedAt: day("2025-05-01"), itemIDs: [item])
    }

    static func violation() -> Violation {
        Violation(id: "V1", unit: GovernmentUnit(name: "某局", kind: .department, divisionCode: "411521"),
                  conduct: "转交事项", basis: .committeeBurdenViolation, occurredAt: day("2025-05-01"),
                  recordedAt: day("2025-05-01"), recordedBy: "审查")
    }

    static func dispute() throws -> Dispute {
        try Dispute(id: "D1", parties: [DisputeParty(name: "张某", role: .applicant)], category: .neighbours,
                    description: "漏水", place: DisputePlace(communityCode: "411521001001"), channel: .hotline,
                    receivedAt: day("2025-06-01"), receivedBy: "热线", firstHolder: .generic(.gridWorker))
    }

    @Test(arguments: StoreKind.allCases) func catalogueVersionsComeBackAsAHierarchyAndReRecordingIsUnchanged(_ kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let first = try await store.record([Self.city, Self.county], versions: [Self.cityVersion, Self.countyVersion])
        #expect(first == [.written, .written, .written, .written])
        let again = try await store.record([Self.city], versions: [Self.cityVersion])
        #expect(again == [.unchanged, .unchanged])
        let hierarchy = try await store.catalogueHierarchy()
        #expect(try hierarchy.effectiveCatalogue(for: "411521", on: Self.day("2025-06-30")).entry(for: "Z-01")?.item.category == .mainDuty)
        #expect(try hierarchy.effectiveCatalogue(for: "411521", on: Self.day("2025-07-01")).entry(for: "Z-01")?.item.category == .negative)
        #expect(try await store.catalogueVersions(division: "411521").map(\.version.author) == ["罗山县人民政府"])

        var changed = Self.cityVersion
        changed.version.reason = "另一个理由"
        await #expect(throws: GovernanceRecordError.conflicting(what: "catalogue version", id: "411500 v1")) {
            _ = try await store.record([], versions: [changed])
        }
        var renamed = Self.county
        renamed.name = "罗山"
        await #expect(throws: GovernanceRecordError.conflicting(what: "catalogue jurisdiction", id: "411521")) {
            _ = try await store.record([renamed], versions: [])
        }
    }

    @Test(arguments: StoreKind.allCases) func aDecisionIsRecordedWithItsViolationAndNeverRewritten(_ kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await store.record([Self.city, Self.county], versions: [Self.cityVersion])
        let gate = AssignmentGate(catalogues: try await store.catalogueHierarchy())
        let task = Self.assignment("A1", item: "F-01")
        let record = AssignmentDecisionRecord(assignment: task, decision: try gate.decide(task), decidedAt: Self.day("2025-05-01"), decidedBy: "审查")
        #expect(try await store.record([record]) == [.written])
        #expect(try await store.record([record]) == [.unchanged])
        #expect(try await store.assignmentDecisions(county: "411521") == [record])
        #expect(try await store.assignmentDecisions(county: "411502").isEmpty)
        #expect(try await store.assignmentDecisions(county: nil) == [record])
        #expect(try await store.violation(id: "A1-violation")?.basis.article == 45)

        let other = AssignmentDecisionRecord(assignment: Self.assignment("A1", item: "Z-01"), decision: record.decision, decidedAt: .now, decidedBy: "审查")
        await #expect(throws: GovernanceRecordError.conflicting(what: "assignment", id: "A1")) { _ = try await store.record([other]) }
    }

    @Test(arguments: StoreKind.allCases) func aViolationsHistoryOnlyGrows(_ kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        var violation = Self.violation()
        try await store.save(violation)
        let stale = violation
        try violation.orderCorrection("撤回", by: "罗山县人民政府", at: Self.day("2025-05-03"))
        try await store.save(violation)
        try await store.save(violation)
        #expect(try await store.violation(id: "V1") == violation)
        #expect(try await store.violation(id: "V1")?.status == .correctionOrdered)
        #expect(try await store.violations().map(\.id) == ["V1"])
        await #expect(throws: GovernanceRecordError.historyRewritten(what: "violation", id: "V1", storedCount: 2)) {
            var rewritten = stale
            try rewritten.transition(to: .dismissed, by: "某人", note: "不予认定", at: Self.day("2025-05-04"))
            try await store.save(rewritten)
        }
        #expect(try await store.violation(id: "V1") == violation)
    }

    @Test(arguments: StoreKind.allCases) func topicsKeepTheirAudit(_ kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let topic = DeliberationTopic(id: "T1", communityCode: "411521001001", title: "停车", subject: .publicInterest,
                                      proposer: TopicProposer(kind: .residents, name: "居民"), raisedAt: Self.day("2025-04-01"),
                                      participants: [DeliberationParticipant(id: "p1", name: "甲", role: .resident)],
                                      options: [DeliberationOption(id: "A", title: "收费")],
                                      rule: VotingRule(quorum: .moreThanHalf, majority: .simple, base: .present))
        try await store.save(topic, audit: DeliberationAuditRecord(action: "topic_raised", actor: "居委会", at: Self.day("2025-04-01"), note: "提出"))
        try await store.save(topic, audit: DeliberationAuditRecord(action: "meeting_scheduled", actor: "居委会", at: Self.day("2025-04-02"), note: "安排"))
        #expect(try await store.topic(id: "T1") == topic)
        #expect(try await store.topic(id: "T2") == nil)
        #expect(try await store.topics(community: "411521001001").map(\.id) == ["T1"])
        #expect(try await store.topics(community: "411521001002").isEmpty)
        #expect(try await store.topics(community: nil).map(\.id) == ["T1"])
        #expect(try await store.auditRecords(topic: "T1").map(\.action) == ["topic_raised", "meeting_scheduled"])
    }

    @Test(arguments: StoreKind.allCases) func disputesKeepTheirHistoryAndCloseForGood(_ kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        var dispute = try Self.dispute()
        let received = dispute
        #expect(try await store.save([dispute]) == [.written])
        #expect(try await store.save([dispute]) == [.unchanged])
        try dispute.escalateOnTimeOut(ladder: .fourLevelsSevenDays(countyCode: "411521"), now: Self.day("2025-06-20"))
        #expect(try await store.save([dispute]) == [.written])
        let stored = try #require(try await store.dispute(id: "D1"))
        #expect(stored.holdings.map(\.holder.level) == [.gridWorker, .communityMediation, .township])
        #expect(try await store.disputes(community: "411521001001", openOnly: true).map(\.id) == ["D1"])
        await #expect(throws: GovernanceRecordError.self) { _ = try await store.save([received]) }

        try dispute.close(with: DisputeOutcome(kind: .withdrawn, at: Self.day("2025-06-21"), note: "撤回"), by: "街道")
        #expect(try await store.save([dispute]) == [.written])
        #expect(try await store.disputes(community: nil, openOnly: true).isEmpty)
        #expect(try await store.disputes(community: nil, openOnly: false).map(\.id) == ["D1"])
        #expect(try await store.save([dispute]) == [.unchanged])
        #expect(try await store.dispute(id: "D1") == dispute)
    }
}
