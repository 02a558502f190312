import Foundation

/// The versioned schema of a PostgreSQL workspace, kept in step with the SQLite one: the same tables and
/// columns, plus the county each large row belongs to. Migrations are append-only: a released one never changes.
///
/// Households and residents are LIST-partitioned by `county_id` (the county or district division the row's
/// community lies in), one partition per county, created when the county is stored; rows of communities
/// outside any county go to the DEFAULT partition. Behaviour events, ledger entries and applied events join
/// the same scheme in version 2 (``LedgerTables``): a `county_id` column in the primary key, and their names
/// in `shequ_ensure_county_partitions`; hotline work orders and their status changes in version 3
/// (``GovernanceServicesTables``), keyed by the first six digits of their community code.
enum PostgresSchema {
    struct Migration {
        let version: Int
        let name: String
        let sql: String

        /// The migration's statements one by one (the extended protocol runs one per query); semicolons
        /// inside `$$` bodies do not end a statement.
        var statements: [String] {
            var statements: [String] = []
            var current = ""
            var insideBody = false
            var rest = Substring(sql)
            while let character = rest.first {
                if rest.hasPrefix("$$") {
                    insideBody.toggle()
                    current += "$$"
                    rest = rest.dropFirst(2)
                    continue
                }
                rest = rest.dropFirst()
                if character == ";" && !insideBody {
                    statements.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
            statements.append(current)
            return statements.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
    }

    static let migrations: [Migration] = [
        Migration(version: 1, name: "v1 divisions, dwellings, households, residents, workers", sql: v1),
        Migration(version: 2, name: "v2 grids, conventions, behaviour events, points ledger", sql: LedgerTables.v2),
        Migration(version: 3, name: "v3 work affairs, violations, deliberation, disputes, hotline, services",
                  sql: GovernanceServicesTables.v3),
    ]

    // Identities sort with COLLATE "C" (bytewise, like SQLite), so keyset pages match across stores.
    private static let v1 = """
        CREATE TABLE divisions (
            id text COLLATE "C" PRIMARY KEY,
            level bigint NOT NULL CHECK (level BETWEEN 1 AND 4),
            name text NOT NULL,
            code text UNIQUE,
            parent_id text COLLATE "C" REFERENCES divisions(id),
            committee text,
            county_id text COLLATE "C"
        );
        CREATE INDEX divisions_parent ON divisions(parent_id, id);
        CREATE INDEX divisions_level ON divisions(level, id);
        CREATE INDEX divisions_name ON divisions(name);

        CREATE TABLE dwellings (
            id text COLLATE "C" PRIMARY KEY,
            community_id text COLLATE "C" NOT NULL REFERENCES divisions(id),
            kind text NOT NULL,
            name text NOT NULL
        );
        CREATE INDEX dwellings_community ON dwellings(community_id, id);

        CREATE TABLE households (
            county_id text COLLATE "C" NOT NULL,
            id text COLLATE "C" NOT NULL,
            community_id text COLLATE "C" NOT NULL REFERENCES divisions(id),
            dwelling_id text COLLATE "C" REFERENCES dwellings(id),
            address text NOT NULL,
            PRIMARY KEY (county_id, id)
        ) PARTITION BY LIST (county_id);
        CREATE TABLE households_default PARTITION OF households DEFAULT;
        CREATE INDEX households_id ON households(id);
        CREATE INDEX households_community ON households(community_id, id);

        CREATE TABLE residents (
            county_id text COLLATE "C" NOT NULL,
            id text COLLATE "C" NOT NULL,
            household_id text COLLATE "C" NOT NULL,
            name text NOT NULL,
            sex text NOT NULL,
            birth_date text NOT NULL,
            id_number text,
            phone text,
            role text NOT NULL,
            care bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (county_id, id),
            FOREIGN KEY (county_id, household_id) REFERENCES households(county_id, id)
        ) PARTITION BY LIST (county_id);
        CREATE TABLE residents_default PARTITION OF residents DEFAULT;
        CREATE INDEX residents_id ON residents(id);
        CREATE INDEX residents_household ON residents(county_id, household_id);

        CREATE TABLE workers (
            id text COLLATE "C" PRIMARY KEY,
            community_id text COLLATE "C" NOT NULL REFERENCES divisions(id),
            name text NOT NULL,
            role text NOT NULL,
            employment text NOT NULL,
            phone text,
            grid text
        );
        CREATE INDEX workers_community ON workers(community_id, id);

        -- One row per county with partitions: the serial keeps partition names ASCII whatever the identity.
        CREATE TABLE county_partitions (
            county_id text COLLATE "C" PRIMARY KEY,
            number serial NOT NULL UNIQUE
        );

        -- Creates the county's partition of every county-partitioned table, once. Two writers storing the
        -- same new county meet at the advisory lock, and the second finds the partitions made.
        CREATE FUNCTION shequ_ensure_county_partitions(county text) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            partition_number integer;
            partitioned text;
        BEGIN
            IF EXISTS (SELECT 1 FROM county_partitions WHERE county_id = county) THEN RETURN; END IF;
            PERFORM pg_advisory_xact_lock(hashtext(current_schema() || '.county_partitions'));
            IF EXISTS (SELECT 1 FROM county_partitions WHERE county_id = county) THEN RETURN; END IF;
            INSERT INTO county_partitions (county_id) VALUES (county) RETURNING number INTO partition_number;
            FOREACH partitioned IN ARRAY ARRAY['households', 'residents'] LOOP
                EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%L)',
                    partitioned || '_c' || partition_number, partitioned, county);
            END LOOP;
        END
        $$;
        """
}
