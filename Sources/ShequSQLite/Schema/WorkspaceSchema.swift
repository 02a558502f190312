import GRDB

/// The versioned schema of a workspace file. Migrations are append-only: a released migration never changes.
enum WorkspaceSchema {
    /// `PRAGMA application_id` of workspace files ("SHQU"), so other SQLite files are refused.
    static let applicationID: Int32 = 0x5348_5155

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 divisions, dwellings, households, residents, workers") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            // Text identities are the primary keys (WITHOUT ROWID): no hidden rowid, no second index.
            try db.execute(sql: """
                CREATE TABLE divisions (
                    id TEXT PRIMARY KEY NOT NULL,
                    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
                    name TEXT NOT NULL,
                    code TEXT UNIQUE,
                    parent_id TEXT REFERENCES divisions(id),
                    committee TEXT
                ) WITHOUT ROWID;
                CREATE INDEX divisions_parent ON divisions(parent_id, id);
                CREATE INDEX divisions_level ON divisions(level, id);
                CREATE INDEX divisions_name ON divisions(name);

                CREATE TABLE dwellings (
                    id TEXT PRIMARY KEY NOT NULL,
                    community_id TEXT NOT NULL REFERENCES divisions(id),
                    kind TEXT NOT NULL,
                    name TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX dwellings_community ON dwellings(community_id);

                CREATE TABLE households (
                    id TEXT PRIMARY KEY NOT NULL,
                    community_id TEXT NOT NULL REFERENCES divisions(id),
                    dwelling_id TEXT REFERENCES dwellings(id),
                    address TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX households_community ON households(community_id, id);

                CREATE TABLE residents (
                    id TEXT PRIMARY KEY NOT NULL,
                    household_id TEXT NOT NULL REFERENCES households(id),
                    name TEXT NOT NULL,
                    sex TEXT NOT NULL,
                    birth_date TEXT NOT NULL,
                    id_number TEXT,
                    phone TEXT,
                    role TEXT NOT NULL,
                    care INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                CREATE INDEX residents_household ON residents(household_id);

                CREATE TABLE workers (
                    id TEXT PRIMARY KEY NOT NULL,
                    community_id TEXT NOT NULL REFERENCES divisions(id),
                    name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    employment TEXT NOT NULL,
                    phone TEXT,
                    grid TEXT
                ) WITHOUT ROWID;
                CREATE INDEX workers_community ON workers(community_id);
                """)
        }
        migrator.registerMigration("v2 grid divisions, grid workers, admission lists") { db in
            // Whole documents per community or county: each is read and replaced as one unit.
            try db.execute(sql: """
                CREATE TABLE grid_division_histories (
                    community_code TEXT PRIMARY KEY NOT NULL,
                    document BLOB NOT NULL
                ) WITHOUT ROWID;

                CREATE TABLE grid_worker_assignments (
                    worker_id TEXT NOT NULL,
                    grid_code TEXT NOT NULL,
                    community_code TEXT NOT NULL,
                    employment TEXT NOT NULL,
                    PRIMARY KEY (worker_id, grid_code)
                ) WITHOUT ROWID;
                CREATE INDEX grid_worker_assignments_community ON grid_worker_assignments(community_code);

                CREATE TABLE admission_lists (
                    county_code TEXT PRIMARY KEY NOT NULL,
                    document BLOB NOT NULL
                ) WITHOUT ROWID;

                CREATE TABLE admission_records (
                    kind TEXT NOT NULL CHECK (kind IN ('approval', 'decision', 'violation')),
                    id TEXT NOT NULL,
                    county_code TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    document BLOB NOT NULL,
                    PRIMARY KEY (kind, id)
                ) WITHOUT ROWID;
                CREATE INDEX admission_records_county ON admission_records(kind, county_code, sequence);
                """)
        }

        migrator.registerMigration("v3 conventions, behaviour events, points ledger, appeals, points shop") { db in
            try LedgerSchema.create(db)
        }

        migrator.registerMigration("v4 work affairs, violations, deliberation, disputes") { db in
            try GovernanceSchema.create(db)
        }
        migrator.registerMigration("v5 hotline, emergencies, services, facilities, community workers") { db in
            try ServicesSchema.create(db)
        }
        migrator.registerMigration("v6 ledger entries by subject") { db in
            try LedgerSchema.indexEntriesBySubject(db)
        }
        return migrator
    }
}
