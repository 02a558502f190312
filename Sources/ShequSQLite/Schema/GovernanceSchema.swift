import GRDB

/// Tables of the work-affairs catalogues and gate decisions (Art. 40, 45), the violations
/// register (Art. 44–46), deliberation (Art. 33) and disputes (Art. 35). Domain values are
/// kept as JSON next to the columns that are searched. Catalogue versions, decisions and
/// every history table refuse updates and deletes: a change is a new row that says who,
/// when and why.
enum GovernanceSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE work_affair_jurisdictions (
                division_code TEXT PRIMARY KEY NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE work_affair_catalogue_versions (
                division_code TEXT NOT NULL REFERENCES work_affair_jurisdictions(division_code),
                number INTEGER NOT NULL,
                effective_from REAL NOT NULL,
                recorded_at REAL NOT NULL,
                body TEXT NOT NULL,
                PRIMARY KEY (division_code, number)
            ) WITHOUT ROWID;

            CREATE TABLE work_affair_decisions (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                assignment_id TEXT NOT NULL UNIQUE,
                county_code TEXT NOT NULL,
                outcome TEXT NOT NULL,
                decided_at REAL NOT NULL,
                body TEXT NOT NULL
            );
            CREATE INDEX work_affair_decisions_county ON work_affair_decisions(county_code, sequence);

            CREATE TABLE violations (
                id TEXT PRIMARY KEY NOT NULL,
                unit_division_code TEXT NOT NULL,
                status TEXT NOT NULL,
                occurred_at REAL NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX violations_occurred ON violations(occurred_at, id);

            CREATE TABLE violation_history (
                violation_id TEXT NOT NULL REFERENCES violations(id),
                position INTEGER NOT NULL,
                body TEXT NOT NULL,
                PRIMARY KEY (violation_id, position)
            ) WITHOUT ROWID;

            CREATE TABLE deliberation_topics (
                id TEXT PRIMARY KEY NOT NULL,
                community_code TEXT NOT NULL,
                raised_at REAL NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX deliberation_topics_community ON deliberation_topics(community_code, raised_at);

            CREATE TABLE deliberation_audit (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                topic_id TEXT NOT NULL REFERENCES deliberation_topics(id),
                body TEXT NOT NULL
            );
            CREATE INDEX deliberation_audit_topic ON deliberation_audit(topic_id, sequence);

            CREATE TABLE disputes (
                id TEXT PRIMARY KEY NOT NULL,
                community_code TEXT NOT NULL,
                closed INTEGER NOT NULL,
                received_at REAL NOT NULL,
                body TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX disputes_community ON disputes(community_code, received_at);

            CREATE TABLE dispute_history (
                dispute_id TEXT NOT NULL REFERENCES disputes(id),
                position INTEGER NOT NULL,
                body TEXT NOT NULL,
                PRIMARY KEY (dispute_id, position)
            ) WITHOUT ROWID;
            """)
        let appendOnly = ["work_affair_jurisdictions", "work_affair_catalogue_versions", "work_affair_decisions",
                          "violation_history", "deliberation_audit", "dispute_history"]
        for table in appendOnly {
            try db.execute(sql: """
                CREATE TRIGGER \(table)_append_only_update BEFORE UPDATE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;
                CREATE TRIGGER \(table)_append_only_delete BEFORE DELETE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;
                """)
        }
        // The current state may be replaced, never removed: the history refers to it.
        for table in ["violations", "deliberation_topics", "disputes"] {
            try db.execute(sql: """
                CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) are never deleted'); END;
                """)
        }
        // A closed dispute is final.
        try db.execute(sql: """
            CREATE TRIGGER disputes_closed_final BEFORE UPDATE ON disputes WHEN OLD.closed = 1
            BEGIN SELECT RAISE(ABORT, 'a closed dispute is final'); END;
            """)
    }
}
