import GRDB
import ShequCore

/// Upserts through prepared statements kept for the life of one transaction.
final class SQLiteTransaction: StoreTransaction {
    private let db: Database
    private var statements: [Upsert: BoundStatement] = [:]

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
        let statement = try prepared(.division)
        try statement.bind(division.id.rawValue, at: 1)
        try statement.bind(division.level.rawValue, at: 2)
        try statement.bind(division.name, at: 3)
        try statement.bind(division.code?.rawValue, at: 4)
        try statement.bind(division.parentID?.rawValue, at: 5)
        try statement.bind(division.committee?.rawValue, at: 6)
        return try run(statement) {
            StoreError.unknownReference(entity: "division", id: division.id.rawValue, missing: "parent division", missingID: division.parentID?.rawValue ?? "")
        }
    }

    func upsert(_ dwelling: Dwelling) throws -> UpsertOutcome {
        let statement = try prepared(.dwelling)
        try statement.bind(dwelling.id.rawValue, at: 1)
        try statement.bind(dwelling.communityID.rawValue, at: 2)
        try statement.bind(dwelling.kind.rawValue, at: 3)
        try statement.bind(dwelling.name, at: 4)
        return try run(statement) {
            StoreError.unknownReference(entity: "dwelling", id: dwelling.id.rawValue, missing: "community", missingID: dwelling.communityID.rawValue)
        }
    }

    func upsert(_ household: Household) throws -> UpsertOutcome {
        let statement = try prepared(.household)
        try statement.bind(household.id.rawValue, at: 1)
        try statement.bind(household.communityID.rawValue, at: 2)
        try statement.bind(household.dwellingID?.rawValue, at: 3)
        try statement.bind(household.address, at: 4)
        return try run(statement) {
            StoreError.unknownReference(entity: "household", id: household.id.rawValue, missing: "community", missingID: household.communityID.rawValue)
        }
    }

    func upsert(_ resident: Resident) throws -> UpsertOutcome {
        let statement = try prepared(.resident)
        try statement.bind(resident.id.rawValue, at: 1)
        try statement.bind(resident.householdID.rawValue, at: 2)
        try statement.bind(resident.name, at: 3)
        try statement.bind(resident.sex.rawValue, at: 4)
        try statement.bind(resident.birthDate.description, at: 5)
        try statement.bind(resident.idNumber, at: 6)
        try statement.bind(resident.phone, at: 7)
        try statement.bind(resident.role.rawValue, at: 8)
        try statement.bind(resident.care?.bitmask ?? 0, at: 9)
        return try run(statement) {
            StoreError.unknownReference(entity: "resident", id: resident.id.rawValue, missing: "household", missingID: resident.householdID.rawValue)
        }
    }

    func upsert(_ worker: Worker) throws -> UpsertOutcome {
        let statement = try prepared(.worker)
        try statement.bind(worker.id.rawValue, at: 1)
        try statement.bind(worker.communityID.rawValue, at: 2)
        try statement.bind(worker.name, at: 3)
        try statement.bind(worker.role.rawValue, at: 4)
        try statement.bind(worker.employment.rawValue, at: 5)
        try statement.bind(worker.phone, at: 6)
        try statement.bind(worker.grid, at: 7)
        return try run(statement) {
            StoreError.unknownReference(entity: "worker", id: worker.id.rawValue, missing: "community", missingID: worker.communityID.rawValue)
        }
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

    private func prepared(_ upsert: Upsert) throws -> BoundStatement {
        if let statement = statements[upsert] { return statement }
        let statement = try BoundStatement(db, sql: upsert.sql)
        statements[upsert] = statement
        return statement
    }

    private func run(_ statement: BoundStatement, unknownReference: () -> StoreError) throws -> UpsertOutcome {
        do {
            try statement.execute()
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
            throw unknownReference()
        }
        return db.changesCount > 0 ? .written : .unchanged
    }
}
