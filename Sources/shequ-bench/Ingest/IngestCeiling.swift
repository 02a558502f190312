import Foundation

/// The ceiling of the ingest figure: the `sqlite3` tool importing, from CSV, the rows an
/// ingest wrote (the events, the ledger entries and the applied-event marks) into tables
/// with the same keys and indexes as the workspace's, with the same pragmas.
struct IngestCeiling {
    let directory: String
    let eventsCSV: String
    let entriesCSV: String
    let appliedCSV: String

    /// Exports the rows of an ingested workspace to CSV files in `directory`.
    init(exportingFrom workspace: String, into directory: String) throws {
        self.directory = directory
        eventsCSV = directory + "/ceiling-events.csv"
        entriesCSV = directory + "/ceiling-entries.csv"
        appliedCSV = directory + "/ceiling-applied.csv"
        for (file, sql) in [
            (eventsCSV, "SELECT id, community_id, occurred_on, body FROM behaviour_events"),
            (entriesCSV, "SELECT sequence, id, body FROM ledger_entries ORDER BY sequence"),
            (appliedCSV, "SELECT event_id FROM applied_events"),
        ] {
            try ChildProcess.run("sqlite3", ["-csv", workspace, sql]).output.write(to: URL(fileURLWithPath: file))
        }
    }

    static let schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE behaviour_events (id TEXT PRIMARY KEY NOT NULL, community_id TEXT NOT NULL,
            occurred_on TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX behaviour_events_community ON behaviour_events(community_id, occurred_on, id);
        CREATE INDEX behaviour_events_day ON behaviour_events(occurred_on, id);
        CREATE TABLE ledger_entries (sequence INTEGER PRIMARY KEY NOT NULL, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL);
        CREATE INDEX ledger_entries_subject ON ledger_entries(json_extract(body, '$.subject.type'),
            json_extract(body, '$.subject.id'), json_extract(body, '$.on'));
        CREATE TABLE applied_events (event_id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
        """

    /// Imports the CSV files into a fresh database; returns the `sqlite3` process's wall-clock seconds.
    func run(database: String) throws -> Double {
        BenchWorkspace.removeDatabase(database)
        try ChildProcess.run("sqlite3", [database, Self.schema])
        return try ChildProcess.run("sqlite3", [
            database, "-cmd", "PRAGMA synchronous = NORMAL", "-cmd", "PRAGMA cache_size = -262144",
            "-cmd", ".import --csv \(eventsCSV) behaviour_events",
            "-cmd", ".import --csv \(entriesCSV) ledger_entries",
            ".import --csv \(appliedCSV) applied_events",
        ]).seconds
    }
}

/// Counts and point sums of a ledger, compared between the ingest and its ceiling.
struct LedgerTotals: Equatable, CustomStringConvertible {
    var events: Int
    var entries: Int
    var points: Int
    var applied: Int

    init(of database: String) throws {
        let row = try BenchWorkspace.query(database, """
            SELECT (SELECT COUNT(*) FROM behaviour_events), (SELECT COUNT(*) FROM ledger_entries),
                   (SELECT COALESCE(SUM(json_extract(body, '$.points')), 0) FROM ledger_entries),
                   (SELECT COUNT(*) FROM applied_events)
            """)
        guard row.count == 4, let events = Int(row[0]), let entries = Int(row[1]), let points = Int(row[2]),
              let applied = Int(row[3]) else {
            throw ChildProcess.Failure(command: "sqlite3 \(database)", message: "unexpected totals \(row)")
        }
        (self.events, self.entries, self.points, self.applied) = (events, entries, points, applied)
    }

    var description: String { "\(events) events, \(entries) ledger entries, \(points) points, \(applied) applied" }
}
