import Foundation
import GRDB
import ShequCore

extension SQLiteStore: WorkAffairsStore {
    public func catalogueHierarchy() async throws -> CatalogueHierarchy {
        let (jurisdictions, versions) = try await pool.read { db in
            (try String.fetchAll(db, sql: "SELECT body FROM work_affair_jurisdictions"),
             try String.fetchAll(db, sql: "SELECT body FROM work_affair_catalogue_versions ORDER BY division_code, number"))
        }
        var catalogues: [String: WorkAffairsCatalogue] = [:]
        for body in jurisdictions {
            let jurisdiction = try StoredJSON.decode(CatalogueJurisdiction.self, from: body)
            catalogues[jurisdiction.divisionCode] = WorkAffairsCatalogue(jurisdiction: jurisdiction)
        }
        var recorded: [String: [CatalogueVersion]] = [:]
        for body in versions {
            let record = try StoredJSON.decode(CatalogueVersionRecord.self, from: body)
            recorded[record.divisionCode, default: []].append(record.version)
        }
        // Through the hierarchy's decoder: it registers cities before counties and restores versions
        // checked when they were recorded without checking them again against later city versions.
        struct Stored: Encodable {
            struct Entry: Encodable {
                var jurisdiction: CatalogueJurisdiction
                var versions: [CatalogueVersion]
            }
            var catalogues: [String: Entry]
        }
        let stored = Stored(catalogues: catalogues.mapValues { .init(jurisdiction: $0.jurisdiction, versions: recorded[$0.jurisdiction.divisionCode] ?? []) })
        return try JSONDecoder().decode(CatalogueHierarchy.self, from: JSONEncoder().encode(stored))
    }

    public func catalogueVersions(division divisionCode: String) async throws -> [CatalogueVersionRecord] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM work_affair_catalogue_versions WHERE division_code = ? ORDER BY number",
                                arguments: [divisionCode])
                .map { try StoredJSON.decode(CatalogueVersionRecord.self, from: $0) }
        }
    }

    public func record(_ jurisdictions: [CatalogueJurisdiction], versions: [CatalogueVersionRecord]) async throws -> [UpsertOutcome] {
        let encodedJurisdictions = try jurisdictions.map { ($0.divisionCode, try StoredJSON.encode($0)) }
        // A re-import carries a new recording time; the version itself decides whether it is the same.
        let encodedVersions = try versions.map { ($0, try StoredJSON.encode($0.version), try StoredJSON.encode($0)) }
        return try await pool.write { db in
            var outcomes: [UpsertOutcome] = []
            for (code, body) in encodedJurisdictions {
                if let stored = try String.fetchOne(db, sql: "SELECT body FROM work_affair_jurisdictions WHERE division_code = ?", arguments: [code]) {
                    guard stored == body else { throw GovernanceRecordError.conflicting(what: "catalogue jurisdiction", id: code) }
                    outcomes.append(.unchanged)
                } else {
                    try db.execute(sql: "INSERT INTO work_affair_jurisdictions (division_code, body) VALUES (?, ?)", arguments: [code, body])
                    outcomes.append(.written)
                }
            }
            for (record, versionBody, body) in encodedVersions {
                let id = "\(record.divisionCode) v\(record.version.number)"
                if let stored = try String.fetchOne(db, sql: """
                    SELECT body FROM work_affair_catalogue_versions WHERE division_code = ? AND number = ?
                    """, arguments: [record.divisionCode, record.version.number]) {
                    let storedVersion = try StoredJSON.encode(try StoredJSON.decode(CatalogueVersionRecord.self, from: stored).version)
                    guard storedVersion == versionBody else { throw GovernanceRecordError.conflicting(what: "catalogue version", id: id) }
                    outcomes.append(.unchanged)
                } else {
                    try db.execute(sql: """
                        INSERT INTO work_affair_catalogue_versions (division_code, number, effective_from, recorded_at, body)
                        VALUES (?, ?, ?, ?, ?)
                        """, arguments: [record.divisionCode, record.version.number, record.version.effectiveFrom.timeIntervalSince1970,
                                         record.recordedAt.timeIntervalSince1970, body])
                    outcomes.append(.written)
                }
            }
            return outcomes
        }
    }

    public func record(_ decisions: [AssignmentDecisionRecord]) async throws -> [UpsertOutcome] {
        let encoded = try decisions.map { ($0, try StoredJSON.encode($0.assignment), try StoredJSON.encode($0)) }
        return try await pool.write { db in
            var outcomes: [UpsertOutcome] = []
            for (record, assignmentBody, body) in encoded {
                let id = record.assignment.id
                if let stored = try String.fetchOne(db, sql: "SELECT body FROM work_affair_decisions WHERE assignment_id = ?", arguments: [id]) {
                    let storedAssignment = try StoredJSON.encode(try StoredJSON.decode(AssignmentDecisionRecord.self, from: stored).assignment)
                    guard storedAssignment == assignmentBody else { throw GovernanceRecordError.conflicting(what: "assignment", id: id) }
                    outcomes.append(.unchanged)
                    continue
                }
                try db.execute(sql: """
                    INSERT INTO work_affair_decisions (assignment_id, county_code, outcome, decided_at, body) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [id, record.assignment.countyCode, record.decision.outcome.rawValue,
                                     record.decidedAt.timeIntervalSince1970, body])
                if let violation = record.decision.violation {
                    try Self.save(violation, in: db)
                }
                outcomes.append(.written)
            }
            return outcomes
        }
    }

    public func assignmentDecisions(county countyCode: String?) async throws -> [AssignmentDecisionRecord] {
        try await pool.read { db in
            let bodies = if let countyCode {
                try String.fetchAll(db, sql: "SELECT body FROM work_affair_decisions WHERE county_code = ? ORDER BY sequence", arguments: [countyCode])
            } else {
                try String.fetchAll(db, sql: "SELECT body FROM work_affair_decisions ORDER BY sequence")
            }
            return try bodies.map { try StoredJSON.decode(AssignmentDecisionRecord.self, from: $0) }
        }
    }
}
