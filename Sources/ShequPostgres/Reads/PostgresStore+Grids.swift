import PostgresNIO
import ShequCore

extension PostgresStore: GridStore {
    public func divisionHistory(community communityCode: String) async throws -> DivisionHistory? {
        try await divisionHistories(communities: [communityCode])[communityCode]
    }

    public func divisionHistories(communities communityCodes: [String]) async throws -> [String: DivisionHistory] {
        let rows = try await fetchAll(
            "SELECT community_code, document FROM grid_division_histories WHERE community_code = ANY($1)", [.texts(communityCodes)])
        var result: [String: DivisionHistory] = [:]
        for row in rows {
            let (code, document) = try row.decode((String, String).self)
            result[code] = try StoredDocument.decode(DivisionHistory.self, from: document, what: "grid divisions of \(code)")
        }
        return result
    }

    public func save(_ histories: [DivisionHistory]) async throws {
        let encoded = try histories.map { ($0.communityCode, try StoredDocument.encode($0)) }
        try await writing { connection in
            for (code, document) in encoded.sorted(by: { $0.0 < $1.0 }) {
                try await connection.rows("""
                    INSERT INTO grid_division_histories (community_code, document) VALUES ($1, $2)
                    ON CONFLICT (community_code) DO UPDATE SET document = excluded.document
                    """, [.text(code), .text(document)], logger: logger)
            }
        }
    }

    public func gridWorkerAssignments(community communityCode: String) async throws -> [GridWorkerAssignment] {
        try await fetchAll("""
            SELECT worker_id, grid_code, employment FROM grid_worker_assignments
            WHERE community_code = $1 ORDER BY grid_code, worker_id
            """, [.text(communityCode)])
        .compactMap { row -> GridWorkerAssignment? in
            let (worker, grid, employment) = try row.decode((String, String, String).self)
            guard let code = GridCode(rawValue: grid), let employment = GridWorkerEmployment(rawValue: employment) else { return nil }
            return GridWorkerAssignment(workerID: worker, gridCode: code, employment: employment)
        }
    }

    public func save(_ assignment: GridWorkerAssignment) async throws {
        _ = try await fetchAll("""
            INSERT INTO grid_worker_assignments (worker_id, grid_code, community_code, employment) VALUES ($1, $2, $3, $4)
            ON CONFLICT (worker_id, grid_code) DO UPDATE SET employment = excluded.employment
            """, [.text(assignment.workerID), .text(assignment.gridCode.rawValue), .text(assignment.gridCode.communityCode),
                  .text(assignment.employment.rawValue)])
    }

    public func admissionList(county countyCode: String) async throws -> AdmissionList? {
        try await documents(AdmissionList.self, "SELECT document FROM admission_lists WHERE county_code = $1", [.text(countyCode)],
                            what: "admission list of \(countyCode)").first
    }

    public func save(_ list: AdmissionList) async throws {
        _ = try await fetchAll("""
            INSERT INTO admission_lists (county_code, document) VALUES ($1, $2)
            ON CONFLICT (county_code) DO UPDATE SET document = excluded.document
            """, [.text(list.countyCode), .text(try StoredDocument.encode(list))])
    }

    public func admissionApprovals(county countyCode: String) async throws -> [AdmissionApproval] {
        try await admissionRecords("approval", county: countyCode)
    }

    public func save(_ approval: AdmissionApproval) async throws {
        let document = try StoredDocument.encode(approval)
        try await writing { connection in
            try await Self.writeAdmissionRecord("approval", id: approval.id, county: approval.countyCode, document, connection, logger)
        }
    }

    public func admissionDecisions(county countyCode: String) async throws -> [AdmissionDecision] {
        try await admissionRecords("decision", county: countyCode)
    }

    public func save(_ decision: AdmissionDecision) async throws {
        let document = try StoredDocument.encode(decision)
        let violation = try decision.violation.map { ($0.id, try StoredDocument.encode($0)) }
        let county = decision.assignment.countyCode
        // The refusal and its violation (Art. 44) are kept together or not at all.
        try await writing { connection in
            try await Self.writeAdmissionRecord("decision", id: decision.assignment.id, county: county, document, connection, logger)
            if let (id, document) = violation {
                try await Self.writeAdmissionRecord("violation", id: id, county: county, document, connection, logger)
            }
        }
    }

    public func admissionViolations(county countyCode: String) async throws -> [AdmissionViolation] {
        try await admissionRecords("violation", county: countyCode)
    }

    public func save(_ violation: AdmissionViolation) async throws {
        let document = try StoredDocument.encode(violation)
        try await writing { connection in
            try await Self.writeAdmissionRecord(
                "violation", id: violation.id, county: violation.assignment.countyCode, document, connection, logger)
        }
    }

    private func admissionRecords<Record: Decodable>(_ kind: String, county: String) async throws -> [Record] {
        try await documents(Record.self, """
            SELECT document FROM admission_records WHERE kind = $1 AND county_code = $2 ORDER BY sequence
            """, [.text(kind), .text(county)], what: "\(kind) record of \(county)")
    }

    /// A replaced record keeps its place in the order (its `sequence` is set once, on insert).
    private static func writeAdmissionRecord(_ kind: String, id: String, county: String, _ document: String,
                                             _ connection: PostgresConnection, _ logger: Logger) async throws {
        try await connection.rows("""
            INSERT INTO admission_records (kind, id, county_code, document) VALUES ($1, $2, $3, $4)
            ON CONFLICT (kind, id) DO UPDATE SET document = excluded.document
            """, [.text(kind), .text(id), .text(county), .text(document)], logger: logger)
    }
}
