import GRDB
import ShequCore

/// Upserts through prepared statements kept for the life of one transaction.
final class SQLiteTransaction: StoreTransaction {
    private let db: Database
    private var statements: [Upsert: Statement] = [:]

    private enum Upsert: CaseIterable {
        case division, dwelling, household, resident, worker

        var sql: String {
            switch self {
            case .division: upsertSQL("divisions", ["id", "level", "name", "code", "parent_id", "committee"])
            case .dwelling: upsertSQL("dwellings", ["id", "community_id", "kind", "name"])
            case .household: upsertSQL("households", ["id", "community_id", "dwelling_id", "address"])
            case .resident:
                upsertSQL("residents", ["id", "household_id", "name", "sex", "birth_date", "id_number", "phone", "role", "care"])
            case .worker: upsertSQL("workers", ["id", "community_id", "name", "role", "employment", "phone", "grid"])
            }
        }

        /// Updates only when a value differs, so an identical row counts as unchanged and writes nothing.
        private func upsertSQL(_ table: String, _ columns: [String]) -> String {
            let values = columns.dropFirst()
            return """
                INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
                ON CONFLICT(id) DO UPDATE SET \(values.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
                WHERE (\(values.joined(separator: ", "))) IS NOT (\(values.map { "excluded.\($0)" }.joined(separator: ", ")))
                """
        }
    }

    init(db: Database) { self.db = db }

    func upsert(_ division: Division) throws -> UpsertOutcome {
        try run(.division, [
            division.id.rawValue, division.level.rawValue, division.name, division.code?.rawValue,
            division.parentID?.rawValue, division.committee?.rawValue,
        ]) { StoreError.unknownReference(entity: "division", id: division.id.rawValue, missing: "parent division", missingID: division.parentID?.rawValue ?? "") }
    }

    func upsert(_ dwelling: Dwelling) throws -> UpsertOutcome {
        try run(.dwelling, [dwelling.id.rawValue, dwelling.communityID.rawValue, dwelling.kind.rawValue, dwelling.name]) {
            StoreError.unknownReference(entity: "dwelling", id: dwelling.id.rawValue, missing: "community", missingID: dwelling.communityID.rawValue)
        }
    }

    func upsert(_ household: Household) throws -> UpsertOutcome {
        try run(.household, [household.id.rawValue, household.communityID.rawValue, household.dwellingID?.rawValue, household.address]) {
            StoreError.unknownReference(entity: "household", id: household.id.rawValue, missing: "community", missingID: household.communityID.rawValue)
        }
    }

    func upsert(_ resident: Resident) throws -> UpsertOutcome {
        try run(.resident, [
            resident.id.rawValue, resident.householdID.rawValue, resident.name, resident.sex.rawValue,
            resident.birthDate.description, resident.idNumber, resident.phone, resident.role.rawValue,
            resident.care?.bitmask ?? 0,
        ]) { StoreError.unknownReference(entity: "resident", id: resident.id.rawValue, missing: "household", missingID: resident.householdID.rawValue) }
    }

    func upsert(_ worker: Worker) throws -> UpsertOutcome {
        try run(.worker, [
            worker.id.rawValue, worker.communityID.rawValue, worker.name, worker.role.rawValue, worker.employment.rawValue,
            worker.phone, worker.grid,
        ]) { StoreError.unknownReference(entity: "worker", id: worker.id.rawValue, missing: "community", missingID: worker.communityID.rawValue) }
    }

    func division(id: DivisionID) throws -> Division? {
        try Row.fetchOne(db, sql: "SELECT * FROM divisions WHERE id = ?", arguments: [id.rawValue]).map(Division.init(row:))
    }

    func communities(under ancestor: DivisionID?) throws -> [Division] {
        guard let ancestor else {
            return try Row.fetchAll(db, sql: "SELECT * FROM divisions WHERE level = 4 ORDER BY id").map(Division.init(row:))
        }
        return try Row.fetchAll(db, sql: """
            WITH RECURSIVE below(id) AS (
                SELECT id FROM divisions WHERE id = ?
                UNION ALL SELECT d.id FROM divisions d JOIN below b ON d.parent_id = b.id
            )
            SELECT d.* FROM divisions d JOIN below b ON d.id = b.id WHERE d.level = 4 ORDER BY d.id
            """, arguments: [ancestor.rawValue]).map(Division.init(row:))
    }

    private func run(
        _ upsert: Upsert, _ values: [(any DatabaseValueConvertible)?], unknownReference: () -> StoreError
    ) throws -> UpsertOutcome {
        let statement: Statement
        if let prepared = statements[upsert] {
            statement = prepared
        } else {
            statement = try db.makeStatement(sql: upsert.sql)
            statements[upsert] = statement
        }
        do {
            // Arguments given to execute are bound without copying strings.
            try statement.execute(arguments: StatementArguments(values))
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
            throw unknownReference()
        }
        return db.changesCount > 0 ? .written : .unchanged
    }
}
