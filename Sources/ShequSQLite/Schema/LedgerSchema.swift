import GRDB

/// Tables of conventions, behaviour events and the points ledger. Domain values are kept as
/// JSON next to the columns that are searched; the ledger, applied events and audit records
/// refuse updates and deletes, so the history cannot be rewritten even by hand-written SQL.
enum LedgerSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE conventions (
                id TEXT PRIMARY KEY NOT NULL,
                community_id TEXT NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX conventions_community ON conventions(community_id, id);

            CREATE TABLE convention_audit (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                convention_id TEXT NOT NULL REFERENCES conventions(id),
                body TEXT NOT NULL
            );
            CREATE INDEX convention_audit_convention ON convention_audit(convention_id, sequence);

            CREATE TABLE behaviour_events (
                id TEXT PRIMARY KEY NOT NULL,
                community_id TEXT NOT NULL,
                occurred_on TEXT NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX behaviour_events_community ON behaviour_events(community_id, occurred_on, id);
            CREATE INDEX behaviour_events_day ON behaviour_events(occurred_on, id);

            CREATE TABLE ledger_entries (
                sequence INTEGER PRIMARY KEY NOT NULL,
                id TEXT NOT NULL UNIQUE,
                body TEXT NOT NULL
            );

            CREATE TABLE applied_events (
                event_id TEXT PRIMARY KEY NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE appeals (
                id TEXT PRIMARY KEY NOT NULL,
                position INTEGER NOT NULL,
                decided INTEGER NOT NULL DEFAULT 0,
                body TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE shop_items (
                community_id TEXT NOT NULL,
                id TEXT NOT NULL,
                body TEXT NOT NULL,
                PRIMARY KEY (community_id, id)
            ) WITHOUT ROWID;
            """)
        for table in ["ledger_entries", "applied_events", "convention_audit", "behaviour_events"] {
            try db.execute(sql: """
                CREATE TRIGGER \(table)_append_only_update BEFORE UPDATE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;
                CREATE TRIGGER \(table)_append_only_delete BEFORE DELETE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;
                """)
        }
        // A decided appeal is final: only an undecided record may be replaced.
        try db.execute(sql: """
            CREATE TRIGGER appeals_decided_final BEFORE UPDATE ON appeals WHEN OLD.decided = 1
            BEGIN SELECT RAISE(ABORT, 'a decided appeal is final'); END;
            CREATE TRIGGER appeals_no_delete BEFORE DELETE ON appeals
            BEGIN SELECT RAISE(ABORT, 'appeals are never deleted'); END;
            """)
    }

    /// The entries of one subject, oldest day first: what a batch of events is judged
    /// against when events stream in (``SQLiteStore/ledgerWindow(for:since:)``).
    static func indexEntriesBySubject(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX ledger_entries_subject ON ledger_entries(
                \(subjectTypeColumn), \(subjectIDColumn), \(dayColumn))
            """)
    }

    // The expressions of the index; queries must spell them the same way to use it.
    static let subjectTypeColumn = "json_extract(body, '$.subject.type')"
    static let subjectIDColumn = "json_extract(body, '$.subject.id')"
    static let dayColumn = "json_extract(body, '$.on')"
}
