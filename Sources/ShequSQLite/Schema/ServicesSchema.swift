import GRDB

/// Tables of the 12345 hotline (Art. 15), emergencies (Art. 37), community services
/// (Art. 17–29), facilities (Art. 11–12, 29, 41) and community workers (Art. 39).
///
/// Domain values are kept as JSON in `body` next to the columns that are searched.
/// Hotline requests are the large table (a city's month can hold 100k+ orders): they are
/// indexed by community, category, grid and time. Their status changes are append-only,
/// so a work order's history cannot be rewritten even by hand-written SQL.
enum ServicesSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE hotline_requests (
                id TEXT PRIMARY KEY NOT NULL,
                community_code TEXT NOT NULL,
                grid_code TEXT,
                service_code TEXT NOT NULL,
                type TEXT NOT NULL,
                status TEXT NOT NULL,
                requested_at REAL NOT NULL,
                duplicate_of TEXT,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX hotline_requests_time ON hotline_requests(requested_at, id);
            CREATE INDEX hotline_requests_community ON hotline_requests(community_code, requested_at);
            CREATE INDEX hotline_requests_category ON hotline_requests(service_code, requested_at);
            CREATE INDEX hotline_requests_grid ON hotline_requests(grid_code, requested_at);

            CREATE TABLE hotline_status_changes (
                request_id TEXT NOT NULL REFERENCES hotline_requests(id),
                position INTEGER NOT NULL,
                at REAL NOT NULL,
                body TEXT NOT NULL,
                PRIMARY KEY (request_id, position)
            ) WITHOUT ROWID;

            CREATE TABLE emergency_incidents (
                id TEXT PRIMARY KEY NOT NULL,
                community_code TEXT NOT NULL,
                occurred_at REAL NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX emergency_incidents_community ON emergency_incidents(community_code, occurred_at);

            CREATE TABLE hazard_inspections (
                id TEXT PRIMARY KEY NOT NULL,
                community_code TEXT NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX hazard_inspections_community ON hazard_inspections(community_code, id);

            CREATE TABLE emergency_drills (
                id TEXT PRIMARY KEY NOT NULL,
                community_code TEXT NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE care_cases (
                id TEXT PRIMARY KEY NOT NULL,
                community_code TEXT NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX care_cases_community ON care_cases(community_code, id);

            CREATE TABLE volunteer_registers (
                scope TEXT PRIMARY KEY NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE community_facilities (
                id TEXT PRIMARY KEY NOT NULL,
                community_code TEXT NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX community_facilities_community ON community_facilities(community_code, id);

            CREATE TABLE facility_remedy_plans (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                community_code TEXT NOT NULL,
                body TEXT NOT NULL
            );
            CREATE INDEX facility_remedy_plans_community ON facility_remedy_plans(community_code, sequence);

            CREATE TABLE community_worker_careers (
                id TEXT PRIMARY KEY NOT NULL,
                community_code TEXT NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX community_worker_careers_community ON community_worker_careers(community_code, id);

            CREATE TRIGGER hotline_status_changes_append_only_update BEFORE UPDATE ON hotline_status_changes
            BEGIN SELECT RAISE(ABORT, 'hotline_status_changes is append-only'); END;
            CREATE TRIGGER hotline_status_changes_append_only_delete BEFORE DELETE ON hotline_status_changes
            BEGIN SELECT RAISE(ABORT, 'hotline_status_changes is append-only'); END;
            CREATE TRIGGER hotline_requests_no_delete BEFORE DELETE ON hotline_requests
            BEGIN SELECT RAISE(ABORT, 'hotline requests are never deleted'); END;
            """)
    }
}
