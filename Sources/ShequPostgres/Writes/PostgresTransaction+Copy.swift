import PostgresNIO
import ShequCore

/// The bulk path: a batch is streamed with `COPY` into temporary staging tables, checked for unknown
/// references in one query per table, then merged with one `INSERT … ON CONFLICT` per table.
extension PostgresTransaction {
    func upsert(_ batch: StoreBatch) throws -> BatchOutcome {
        guard !batch.isEmpty else { return BatchOutcome() }
        let connection = connection, logger = logger
        let prepare = !stagingReady
        stagingReady = true
        return try DedicatedThread.wait {
            if prepare {
                for table in StagedTable.allCases { try await connection.query(PostgresQuery(unsafeSQL: table.createSQL), logger: logger) }
            }
            var outcome = BatchOutcome()
            for table in StagedTable.allCases {
                let lines = table.lines(of: batch)
                guard !lines.isEmpty else { continue }
                try await CopyLine.stage(lines, into: table.staging, columns: table.stagedColumns, on: connection, logger: logger)
                let missing = try await connection.query(PostgresQuery(unsafeSQL: table.missingReferenceSQL), logger: logger).collect()
                if let row = missing.first {
                    let (id, parent) = try row.decode((String, String).self)
                    throw table.unknownReference(id: id, parent: parent)
                }
                let written = try await connection.query(PostgresQuery(unsafeSQL: table.mergeSQL), logger: logger).collect()
                    .first?.decode(Int.self) ?? 0
                outcome.written += written
                outcome.unchanged += lines.count - written
            }
            return outcome
        }
    }
}

/// A table written through a staging copy: its columns, how a row becomes a `COPY` text line, and the merge.
private enum StagedTable: CaseIterable {
    case dwellings, households, residents, workers

    var staging: String { "shequ_stage_\(self)" }

    /// The target's own columns, after `ord` (the row's place in the batch, so the last of duplicates wins).
    var columns: [String] {
        switch self {
        case .dwellings: ["id", "community_id", "kind", "name"]
        case .households: ["id", "community_id", "dwelling_id", "address"]
        case .residents: ["id", "household_id", "name", "sex", "birth_date", "id_number", "phone", "role", "care"]
        case .workers: ["id", "community_id", "name", "role", "employment", "phone", "grid"]
        }
    }

    var stagedColumns: [String] { ["ord"] + columns }

    var createSQL: String {
        let definitions = columns.map { $0 == "care" ? "care bigint" : "\($0) text COLLATE \"C\"" }.joined(separator: ", ")
        return "CREATE TEMP TABLE IF NOT EXISTS \(staging) (ord integer, \(definitions)) ON COMMIT DELETE ROWS"
    }

    func lines(of batch: StoreBatch) -> [String] {
        switch self {
        case .dwellings:
            batch.dwellings.enumerated().map { CopyLine.make($0, [$1.id.rawValue, $1.communityID.rawValue, $1.kind.rawValue, $1.name]) }
        case .households:
            batch.households.enumerated().map { CopyLine.make($0, [$1.id.rawValue, $1.communityID.rawValue, $1.dwellingID?.rawValue, $1.address]) }
        case .residents:
            batch.residents.enumerated().map {
                CopyLine.make($0, [
                    $1.id.rawValue, $1.householdID.rawValue, $1.name, $1.sex.rawValue, $1.birthDate.description, $1.idNumber,
                    $1.phone, $1.role.rawValue, String($1.care?.bitmask ?? 0),
                ])
            }
        case .workers:
            batch.workers.enumerated().map {
                CopyLine.make($0, [$1.id.rawValue, $1.communityID.rawValue, $1.name, $1.role.rawValue, $1.employment.rawValue, $1.phone, $1.grid])
            }
        }
    }

    /// The first staged row, in batch order, whose parent is not stored: (its id, the missing parent's id).
    var missingReferenceSQL: String {
        switch self {
        case .dwellings, .households, .workers:
            "SELECT s.id, s.community_id FROM \(staging) s WHERE NOT EXISTS (SELECT 1 FROM divisions d WHERE d.id = s.community_id) ORDER BY s.ord LIMIT 1"
        case .residents:
            "SELECT s.id, s.household_id FROM \(staging) s WHERE NOT EXISTS (SELECT 1 FROM households h WHERE h.id = s.household_id) ORDER BY s.ord LIMIT 1"
        }
    }

    func unknownReference(id: String, parent: String) -> StoreError {
        switch self {
        case .dwellings: .unknownReference(entity: "dwelling", id: id, missing: "community", missingID: parent)
        case .households: .unknownReference(entity: "household", id: id, missing: "community", missingID: parent)
        case .residents: .unknownReference(entity: "resident", id: id, missing: "household", missingID: parent)
        case .workers: .unknownReference(entity: "worker", id: id, missing: "community", missingID: parent)
        }
    }

    /// Merges the staged rows, sorted by identity so concurrent writers lock rows in the same order and
    /// cannot deadlock; returns how many rows were inserted or changed.
    var mergeSQL: String {
        let values = Array(columns.dropFirst())
        let latest = "SELECT DISTINCT ON (id) * FROM \(staging) ORDER BY id, ord DESC"
        let insert: String
        switch self {
        case .dwellings, .workers:
            insert = """
                INSERT INTO \(self) (\(columns.joined(separator: ", ")))
                SELECT \(columns.map { "s.\($0)" }.joined(separator: ", ")) FROM (\(latest)) s ORDER BY s.id
                ON CONFLICT (id) \(PostgresTransaction.update("\(self)", values))
                """
        case .households:
            insert = """
                INSERT INTO households (county_id, \(columns.joined(separator: ", ")))
                SELECT COALESCE(d.county_id, ''), \(columns.map { "s.\($0)" }.joined(separator: ", "))
                FROM (\(latest)) s JOIN divisions d ON d.id = s.community_id ORDER BY 1, s.id
                ON CONFLICT (county_id, id) \(PostgresTransaction.update("households", values))
                """
        case .residents:
            insert = """
                INSERT INTO residents (county_id, \(columns.joined(separator: ", ")))
                SELECT h.county_id, \(columns.map { "s.\($0)" }.joined(separator: ", "))
                FROM (\(latest)) s JOIN households h ON h.id = s.household_id ORDER BY 1, s.id
                ON CONFLICT (county_id, id) \(PostgresTransaction.update("residents", values))
                """
        }
        return "WITH written AS (\(insert) RETURNING 1) SELECT count(*) FROM written"
    }
}
