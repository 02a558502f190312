import Foundation
import GRDB
import ShequCore
import Testing
@testable import ShequSQLite

/// The SQLite triggers behind the governance records: what the store never does, hand-written SQL cannot do
/// either. The stores' behaviour is checked for both stores in ShequStoreTests (`GovernanceConformanceTests`).
@Suite("Work affairs, violations, deliberation and disputes in SQLite")
struct GovernanceStoreTests {
    static func day(_ text: String) -> Date { CivilDate(text)!.startInChina }

    func store() async throws -> SQLiteStore {
        try await TemporaryWorkspace().makeStore()
    }

    @Test func decisionsAndHistoriesRefuseRewritesInTheDatabase() async throws {
        let store = try await store()
        let city = CatalogueJurisdiction(divisionCode: "411500", name: "信阳市", level: .city)
        let county = CatalogueJurisdiction(divisionCode: "411521", name: "罗山县", level: .county, parentDivisionCode: "411500")
        _ = try await store.record([city, county], versions: [])
        let task = WorkAssignment(id: "A1", title: "任务", assigningUnit: GovernmentUnit(name: "某局", kind: .department, divisionCode: "411521"),
                                  communityCode: "411521001001", countyCode: "411521", assignedAt: Self.day("2025-05-01"), itemIDs: ["F-01"])
        let gate = AssignmentGate(catalogues: try await store.catalogueHierarchy())
        _ = try await store.record([AssignmentDecisionRecord(assignment: task, decision: try gate.decide(task), decidedAt: Self.day("2025-05-01"),
                                                             decidedBy: "审查")])
        var violation = Violation(id: "V1", unit: GovernmentUnit(name: "某局", kind: .department, divisionCode: "411521"),
                                  conduct: "转交事项", basis: .committeeBurdenViolation, occurredAt: Self.day("2025-05-01"),
                                  recordedAt: Self.day("2025-05-01"), recordedBy: "审查")
        try violation.orderCorrection("撤回", by: "罗山县人民政府", at: Self.day("2025-05-03"))
        try await store.save(violation)
        for statement in ["DELETE FROM work_affair_decisions", "UPDATE work_affair_jurisdictions SET body = '{}'",
                          "UPDATE violation_history SET body = '{}'", "DELETE FROM violations"] {
            await #expect(throws: DatabaseError.self, "\(statement)") {
                try await store.pool.write { db in try db.execute(sql: statement) }
            }
        }
    }

    @Test func aClosedDisputeIsFinalInTheDatabase() async throws {
        let store = try await store()
        var dispute = try Dispute(id: "D1", parties: [DisputeParty(name: "张某", role: .applicant)], category: .neighbours,
                                  description: "漏水", place: DisputePlace(communityCode: "411521001001"), channel: .hotline,
                                  receivedAt: Self.day("2025-06-01"), receivedBy: "热线", firstHolder: .generic(.gridWorker))
        try dispute.close(with: DisputeOutcome(kind: .withdrawn, at: Self.day("2025-06-21"), note: "撤回"), by: "街道")
        _ = try await store.save([dispute])
        let rows = try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM dispute_history WHERE dispute_id = 'D1'") }
        #expect(rows == dispute.history.count)
        await #expect(throws: DatabaseError.self) {
            try await store.pool.write { db in try db.execute(sql: "UPDATE disputes SET closed = 0") }
        }
        await #expect(throws: DatabaseError.self) {
            try await store.pool.write { db in try db.execute(sql: "DELETE FROM dispute_history") }
        }
    }

    @Test func theMigrationIsRegisteredUnderItsName() async throws {
        let store = try await store()
        #expect(try await store.appliedMigrations().contains("v4 work affairs, violations, deliberation, disputes"))
    }
}
