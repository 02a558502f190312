import PostgresNIO
import ShequCore

/// Upserts inside one server transaction, each checked against its parent in the same statement so a
/// missing reference is reported in domain terms without aborting the transaction.
final class PostgresTransaction: StoreTransaction {
    let connection: PostgresConnection
    let logger: Logger
    /// Staging tables already created on this connection during this transaction.
    var stagingReady = false

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    func upsert(_ division: Division) throws -> UpsertOutcome {
        let row = try fetchOne(Self.divisionSQL, [
            .text(division.id.rawValue), .int(division.level.rawValue), .text(division.name), .text(division.code?.rawValue),
            .text(division.parentID?.rawValue), .text(division.committee?.rawValue),
        ])
        let (parentFound, written, county) = try row.decode((Bool, Int, String?).self)
        guard parentFound else {
            throw StoreError.unknownReference(
                entity: "division", id: division.id.rawValue, missing: "parent division", missingID: division.parentID?.rawValue ?? "")
        }
        if division.level == .county, let county {
            _ = try fetchAll("SELECT shequ_ensure_county_partitions($1)", [.text(county)])
        }
        return written > 0 ? .written : .unchanged
    }

    func upsert(_ dwelling: Dwelling) throws -> UpsertOutcome {
        try checked(Self.dwellingSQL, [
            .text(dwelling.id.rawValue), .text(dwelling.communityID.rawValue), .text(dwelling.kind.rawValue), .text(dwelling.name),
        ]) { StoreError.unknownReference(entity: "dwelling", id: dwelling.id.rawValue, missing: "community", missingID: dwelling.communityID.rawValue) }
    }

    func upsert(_ household: Household) throws -> UpsertOutcome {
        try checked(Self.householdSQL, [
            .text(household.id.rawValue), .text(household.communityID.rawValue), .text(household.dwellingID?.rawValue), .text(household.address),
        ]) { StoreError.unknownReference(entity: "household", id: household.id.rawValue, missing: "community", missingID: household.communityID.rawValue) }
    }

    func upsert(_ resident: Resident) throws -> UpsertOutcome {
        try checked(Self.residentSQL, [
            .text(resident.id.rawValue), .text(resident.householdID.rawValue), .text(resident.name), .text(resident.sex.rawValue),
            .text(resident.birthDate.description), .text(resident.idNumber), .text(resident.phone), .text(resident.role.rawValue),
            .int(resident.care?.bitmask ?? 0),
        ]) { StoreError.unknownReference(entity: "resident", id: resident.id.rawValue, missing: "household", missingID: resident.householdID.rawValue) }
    }

    func upsert(_ worker: Worker) throws -> UpsertOutcome {
        try checked(Self.workerSQL, [
            .text(worker.id.rawValue), .text(worker.communityID.rawValue), .text(worker.name), .text(worker.role.rawValue),
            .text(worker.employment.rawValue), .text(worker.phone), .text(worker.grid),
        ]) { StoreError.unknownReference(entity: "worker", id: worker.id.rawValue, missing: "community", missingID: worker.communityID.rawValue) }
    }

    func division(id: DivisionID) throws -> Division? {
        try fetchAll("SELECT \(PostgresColumns.division) FROM divisions WHERE id = $1", [.text(id.rawValue)])
            .first.map(Division.init(row:))
    }

    func communities(under ancestor: DivisionID?) throws -> [Division] {
        guard let ancestor else {
            return try fetchAll("SELECT \(PostgresColumns.division) FROM divisions WHERE level = 4 ORDER BY id", []).map(Division.init(row:))
        }
        return try fetchAll("""
            WITH RECURSIVE below(id) AS (
                SELECT id FROM divisions WHERE id = $1
                UNION ALL SELECT d.id FROM divisions d JOIN below b ON d.parent_id = b.id
            )
            SELECT \(PostgresColumns.division("d")) FROM divisions d JOIN below b ON d.id = b.id WHERE d.level = 4 ORDER BY d.id
            """, [.text(ancestor.rawValue)]).map(Division.init(row:))
    }

    // MARK: Statements

    /// Runs an upsert whose statement returns (parent found, rows written).
    private func checked(_ sql: String, _ values: [SQLValue], unknownReference: () -> StoreError) throws -> UpsertOutcome {
        let (found, written) = try fetchOne(sql, values).decode((Bool, Int).self)
        guard found else { throw unknownReference() }
        return written > 0 ? .written : .unchanged
    }

    func fetchOne(_ sql: String, _ values: [SQLValue]) throws -> PostgresRow {
        guard let row = try fetchAll(sql, values).first else {
            throw PostgresStoreError.server(location: "transaction", message: "a statement returned no row")
        }
        return row
    }

    func fetchAll(_ sql: String, _ values: [SQLValue]) throws -> [PostgresRow] {
        let query = PostgresQuery(unsafeSQL: sql, binds: SQLValue.bindings(values))
        let connection = connection, logger = logger
        return try DedicatedThread.wait { try await connection.query(query, logger: logger).collect() }
    }

    /// Assignments and change test of an upsert: only a row whose values differ is updated and counted.
    static func update(_ table: String, _ columns: [String]) -> String {
        """
        DO UPDATE SET \(columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
        WHERE (\(columns.map { "\(table).\($0)" }.joined(separator: ", "))) IS DISTINCT FROM (\(columns.map { "excluded.\($0)" }.joined(separator: ", ")))
        """
    }

    private static let divisionSQL = """
        WITH parent AS (SELECT county_id FROM divisions WHERE id = $5::text),
        written AS (
            INSERT INTO divisions (id, level, name, code, parent_id, committee, county_id)
            SELECT $1::text, $2::bigint, $3::text, $4::text, $5::text, $6::text,
                CASE WHEN $2 = 2 THEN $1::text WHEN $2 > 2 THEN (SELECT county_id FROM parent) END
            WHERE $5::text IS NULL OR EXISTS (SELECT 1 FROM parent)
            ON CONFLICT (id) \(update("divisions", ["level", "name", "code", "parent_id", "committee", "county_id"]))
            RETURNING county_id
        )
        SELECT $5::text IS NULL OR EXISTS (SELECT 1 FROM parent), (SELECT count(*) FROM written),
            CASE WHEN $2 = 2 THEN $1::text END
        """

    private static let dwellingSQL = """
        WITH community AS (SELECT id FROM divisions WHERE id = $2::text),
        written AS (
            INSERT INTO dwellings (id, community_id, kind, name) SELECT $1::text, $2::text, $3::text, $4::text FROM community
            ON CONFLICT (id) \(update("dwellings", ["community_id", "kind", "name"]))
            RETURNING 1
        )
        SELECT EXISTS (SELECT 1 FROM community), (SELECT count(*) FROM written)
        """

    private static let householdSQL = """
        WITH community AS (SELECT COALESCE(county_id, '') AS county_id FROM divisions WHERE id = $2::text),
        written AS (
            INSERT INTO households (county_id, id, community_id, dwelling_id, address)
            SELECT county_id, $1::text, $2::text, $3::text, $4::text FROM community
            ON CONFLICT (county_id, id) \(update("households", ["community_id", "dwelling_id", "address"]))
            RETURNING 1
        )
        SELECT EXISTS (SELECT 1 FROM community), (SELECT count(*) FROM written)
        """

    private static let residentSQL = """
        WITH household AS (SELECT county_id FROM households WHERE id = $2::text LIMIT 1),
        written AS (
            INSERT INTO residents (county_id, id, household_id, name, sex, birth_date, id_number, phone, role, care)
            SELECT county_id, $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::bigint FROM household
            ON CONFLICT (county_id, id) \(update("residents", ["household_id", "name", "sex", "birth_date", "id_number", "phone", "role", "care"]))
            RETURNING 1
        )
        SELECT EXISTS (SELECT 1 FROM household), (SELECT count(*) FROM written)
        """

    private static let workerSQL = """
        WITH community AS (SELECT id FROM divisions WHERE id = $2::text),
        written AS (
            INSERT INTO workers (id, community_id, name, role, employment, phone, grid)
            SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text FROM community
            ON CONFLICT (id) \(update("workers", ["community_id", "name", "role", "employment", "phone", "grid"]))
            RETURNING 1
        )
        SELECT EXISTS (SELECT 1 FROM community), (SELECT count(*) FROM written)
        """
}
