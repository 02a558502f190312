import Foundation
import GRDB
import ShequCore

extension SQLiteStore: GridStore {
    public func divisionHistory(community communityCode: String) async throws -> DivisionHistory? {
        try await divisionHistories(communities: [communityCode])[communityCode]
    }

    public func divisionHistories(communities communityCodes: [String]) async throws -> [String: DivisionHistory] {
        try await pool.read { db in
            var result: [String: DivisionHistory] = [:]
            let statement = try db.cachedStatement(sql: "SELECT document FROM grid_division_histories WHERE community_code = ?")
            for code in communityCodes {
                guard let data = try Data.fetchOne(statement, arguments: [code]) else { continue }
                result[code] = try Self.decode(DivisionHistory.self, data, what: "grid divisions of \(code)")
            }
            return result
        }
    }

    public func save(_ histories: [DivisionHistory]) async throws {
        let encoded = try histories.map { ($0.communityCode, try Self.encode($0)) }
        try await pool.write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO grid_division_histories (community_code, document) VALUES (?, ?)
                ON CONFLICT(community_code) DO UPDATE SET document = excluded.document
                """)
            for (code, data) in encoded { try statement.execute(arguments: [code, data]) }
        }
    }

    public func gridWorkerAssignments(community communityCode: String) async throws -> [GridWorkerAssignment] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT worker_id, grid_code, employment FROM grid_worker_assignments
                WHERE community_code = ? ORDER BY grid_code, worker_id
                """, arguments: [communityCode])
            .compactMap { row -> GridWorkerAssignment? in
                guard let code = GridCode(rawValue: row["grid_code"]),
                      let employment = GridWorkerEmployment(rawValue: row["employment"]) else { return nil }
                return GridWorkerAssignment(workerID: row["worker_id"], gridCode: code, employment: employment)
            }
        }
    }

    public func save(_ assignment: GridWorkerAssignment) async throws {
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO grid_worker_assignments (worker_id, grid_code, community_code, employment) VALUES (?, ?, ?, ?)
                ON CONFLICT(worker_id, grid_code) DO UPDATE SET employment = excluded.employment
                """, arguments: [assignment.workerID, assignment.gridCode.rawValue,
                                 assignment.gridCode.communityCode, assignment.employment.rawValue])
        }
    }

    public func admissionList(county countyCode: String) async throws -> AdmissionList? {
        try await pool.read { db in
            try Data.fetchOne(db, sql: "SELECT document FROM admission_lists WHERE county_code = ?", arguments: [countyCode])
                .map { try Self.decode(AdmissionList.self, $0, what: "admission list of \(countyCode)") }
        }
    }

    public func save(_ list: AdmissionList) async throws {
        let data = try Self.encode(list)
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO admission_lists (county_code, document) VALUES (?, ?)
                ON CONFLICT(county_code) DO UPDATE SET document = excluded.document
                """, arguments: [list.countyCode, data])
        }
    }

    public func admissionApprovals(county countyCode: String) async throws -> [AdmissionApproval] {
        try await records(.approval, county: countyCode)
    }

    public func save(_ approval: AdmissionApproval) async throws {
        try await write(.approval, id: approval.id, county: approval.countyCode, approval)
    }

    public func admissionDecisions(county countyCode: String) async throws -> [AdmissionDecision] {
        try await records(.decision, county: countyCode)
    }

    public func save(_ decision: AdmissionDecision) async throws {
        try await write(.decision, id: decision.assignment.id, county: decision.assignment.countyCode, decision)
        if let violation = decision.violation { try await save(violation) }
    }

    public func admissionViolations(county countyCode: String) async throws -> [AdmissionViolation] {
        try await records(.violation, county: countyCode)
    }

    public func save(_ violation: AdmissionViolation) async throws {
        try await write(.violation, id: violation.id, county: violation.assignment.countyCode, violation)
    }

    private enum AdmissionRecordKind: String {
        case approval, decision, violation
    }

    private func records<Record: Decodable & Sendable>(_ kind: AdmissionRecordKind, county: String) async throws -> [Record] {
        try await pool.read { db in
            try Data.fetchAll(db, sql: """
                SELECT document FROM admission_records WHERE kind = ? AND county_code = ? ORDER BY sequence
                """, arguments: [kind.rawValue, county])
            .map { try Self.decode(Record.self, $0, what: "\(kind.rawValue) record of \(county)") }
        }
    }

    private func write<Record: Encodable>(_ kind: AdmissionRecordKind, id: String, county: String, _ record: Record) async throws {
        let data = try Self.encode(record)
        try await pool.write { db in
            // A replaced record keeps its place in the order.
            try db.execute(sql: """
                INSERT INTO admission_records (kind, id, county_code, sequence, document)
                VALUES (?, ?, ?, (SELECT COALESCE(MAX(sequence), 0) + 1 FROM admission_records), ?)
                ON CONFLICT(kind, id) DO UPDATE SET document = excluded.document
                """, arguments: [kind.rawValue, id, county, data])
        }
    }

    private static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, _ data: Data, what: String) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw StoreError.notAWorkspace(path: "workspace", reason: "the stored \(what) cannot be read (\(error)); restore the workspace from a backup")
        }
    }
}
