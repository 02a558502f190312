import Foundation
import PostgresNIO
import ShequCore

extension PostgresStore: WorkAffairsStore {
    public func catalogueHierarchy() async throws -> CatalogueHierarchy {
        let jurisdictions = try await documents(CatalogueJurisdiction.self, "SELECT body FROM work_affair_jurisdictions", [],
                                                what: "catalogue jurisdictions")
        let versions = try await documents(CatalogueVersionRecord.self, """
            SELECT body FROM work_affair_catalogue_versions ORDER BY division_code, number
            """, [], what: "catalogue versions")
        var recorded: [String: [CatalogueVersion]] = [:]
        for record in versions { recorded[record.divisionCode, default: []].append(record.version) }
        // Through the hierarchy's decoder: it registers cities before counties and restores versions
        // checked when they were recorded without checking them again against later city versions.
        struct Stored: Encodable {
            struct Entry: Encodable {
                var jurisdiction: CatalogueJurisdiction
                var versions: [CatalogueVersion]
            }
            var catalogues: [String: Entry]
        }
        let stored = Stored(catalogues: Dictionary(uniqueKeysWithValues: jurisdictions.map {
            ($0.divisionCode, Stored.Entry(jurisdiction: $0, versions: recorded[$0.divisionCode] ?? []))
        }))
        return try JSONDecoder().decode(CatalogueHierarchy.self, from: JSONEncoder().encode(stored))
    }

    public func catalogueVersions(division divisionCode: String) async throws -> [CatalogueVersionRecord] {
        try await documents(CatalogueVersionRecord.self, """
            SELECT body FROM work_affair_catalogue_versions WHERE division_code = $1 ORDER BY number
            """, [.text(divisionCode)], what: "catalogue versions of \(divisionCode)")
    }

    public func record(_ jurisdictions: [CatalogueJurisdiction], versions: [CatalogueVersionRecord]) async throws -> [UpsertOutcome] {
        let encodedJurisdictions = try jurisdictions.map { ($0.divisionCode, try StoredDocument.encode($0)) }
        // A re-import carries a new recording time; the version itself decides whether it is the same.
        let encodedVersions = try versions.map { ($0, try StoredDocument.encode($0.version), try StoredDocument.encode($0)) }
        return try await writing { connection in
            var outcomes: [UpsertOutcome] = []
            for (code, body) in encodedJurisdictions {
                // DO NOTHING then compare: a concurrent writer of the same jurisdiction is compared with, not overwritten.
                let inserted = try await connection.rows("""
                    INSERT INTO work_affair_jurisdictions (division_code, body) VALUES ($1, $2)
                    ON CONFLICT (division_code) DO NOTHING RETURNING 1
                    """, [.text(code), .text(body)], logger: logger)
                if !inserted.isEmpty {
                    outcomes.append(.written)
                    continue
                }
                let stored = try await connection.rows("SELECT body FROM work_affair_jurisdictions WHERE division_code = $1",
                                                       [.text(code)], logger: logger).first?.decode(String.self)
                guard stored == body else { throw GovernanceRecordError.conflicting(what: "catalogue jurisdiction", id: code) }
                outcomes.append(.unchanged)
            }
            for (record, versionBody, body) in encodedVersions {
                let id = "\(record.divisionCode) v\(record.version.number)"
                let inserted = try await connection.rows("""
                    INSERT INTO work_affair_catalogue_versions (division_code, number, effective_from, recorded_at, body)
                    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (division_code, number) DO NOTHING RETURNING 1
                    """, [.text(record.divisionCode), .int(record.version.number), .double(record.version.effectiveFrom.timeIntervalSince1970),
                          .double(record.recordedAt.timeIntervalSince1970), .text(body)], logger: logger)
                if !inserted.isEmpty {
                    outcomes.append(.written)
                    continue
                }
                let stored = try await connection.rows("""
                    SELECT body FROM work_affair_catalogue_versions WHERE division_code = $1 AND number = $2
                    """, [.text(record.divisionCode), .int(record.version.number)], logger: logger).first?.decode(String.self)
                let storedVersion = try stored.map {
                    try StoredDocument.encode(try StoredDocument.decode(CatalogueVersionRecord.self, from: $0, what: "catalogue version \(id)").version)
                }
                guard storedVersion == versionBody else { throw GovernanceRecordError.conflicting(what: "catalogue version", id: id) }
                outcomes.append(.unchanged)
            }
            return outcomes
        }
    }

    public func record(_ decisions: [AssignmentDecisionRecord]) async throws -> [UpsertOutcome] {
        let encoded = try decisions.map { ($0, try StoredDocument.encode($0.assignment), try StoredDocument.encode($0)) }
        return try await writing { connection in
            var outcomes: [UpsertOutcome] = []
            for (record, assignmentBody, body) in encoded {
                let id = record.assignment.id
                let inserted = try await connection.rows("""
                    INSERT INTO work_affair_decisions (assignment_id, county_code, outcome, decided_at, body) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (assignment_id) DO NOTHING RETURNING 1
                    """, [.text(id), .text(record.assignment.countyCode), .text(record.decision.outcome.rawValue),
                          .double(record.decidedAt.timeIntervalSince1970), .text(body)], logger: logger)
                if inserted.isEmpty {
                    let stored = try await connection.rows("SELECT body FROM work_affair_decisions WHERE assignment_id = $1",
                                                           [.text(id)], logger: logger).first?.decode(String.self)
                    let storedAssignment = try stored.map {
                        try StoredDocument.encode(try StoredDocument.decode(AssignmentDecisionRecord.self, from: $0, what: "decision \(id)").assignment)
                    }
                    guard storedAssignment == assignmentBody else { throw GovernanceRecordError.conflicting(what: "assignment", id: id) }
                    outcomes.append(.unchanged)
                    continue
                }
                if let violation = record.decision.violation {
                    try await Self.save(violation, connection, logger)
                }
                outcomes.append(.written)
            }
            return outcomes
        }
    }

    public func assignmentDecisions(county countyCode: String?) async throws -> [AssignmentDecisionRecord] {
        if let countyCode {
            return try await documents(AssignmentDecisionRecord.self, """
                SELECT body FROM work_affair_decisions WHERE county_code = $1 ORDER BY sequence
                """, [.text(countyCode)], what: "assignment decisions of \(countyCode)")
        }
        return try await documents(AssignmentDecisionRecord.self, "SELECT body FROM work_affair_decisions ORDER BY sequence", [],
                                   what: "assignment decisions")
    }
}
