import Foundation
import GRDB
import ShequCore

/// The embedded workspace store: one SQLite file in WAL mode through GRDB, with versioned migrations.
///
/// ```swift
/// let store = try SQLiteStore.create(path: "shequ.sqlite")
/// try await store.transaction { tx in _ = try tx.upsert(city) }
/// let summary = try await store.summary()
/// ```
///
/// Readers never block the writer (WAL), and every read applies the privacy rules of ``Disclosure``.
public final class SQLiteStore: GovernanceStore {
    /// The workspace file.
    public let path: String
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Creates the workspace file if needed and migrates it to the current schema; `shequ init` calls this.
    public static func create(path: String) throws -> SQLiteStore {
        try create(path: path, pageCacheMebibytes: defaultPageCacheMebibytes, existing: false)
    }

    /// SQLite's page cache per connection: large, so million-row imports do not spill B-tree pages.
    public static let defaultPageCacheMebibytes = 256

    /// Opens an existing workspace with SQLite's page cache capped at `pageCacheMebibytes` per
    /// connection instead of ``defaultPageCacheMebibytes``: for streaming work such as
    /// `shequ points ingest`, whose peak memory must not grow with the workspace file.
    ///
    /// ```swift
    /// let store = try SQLiteStore.open(path: "shequ.sqlite", pageCacheMebibytes: 16)
    /// ```
    /// - Throws: ``StoreError/missingWorkspace(path:)`` when the file does not exist, and
    ///   ``StoreError/notAWorkspace(path:reason:)`` when it is empty or another application's.
    public static func open(path: String, pageCacheMebibytes: Int) throws -> SQLiteStore {
        guard fileExists(path) else { throw StoreError.missingWorkspace(path: path) }
        return try create(path: path, pageCacheMebibytes: pageCacheMebibytes, existing: true)
    }

    // `existing`: the caller opens a workspace it expects to be there, so an empty file (an
    // empty SQLite database, or zero bytes) is refused instead of silently becoming a new workspace.
    private static func create(path: String, pageCacheMebibytes: Int, existing: Bool) throws -> SQLiteStore {
        let pool: DatabasePool
        do { pool = try DatabasePool(path: path, configuration: configuration(pageCacheMebibytes: pageCacheMebibytes)) } catch {
            throw StoreError.notAWorkspace(path: path, reason: "\(error)")
        }
        try checkApplicationID(pool, path: path, existing: existing)
        try checkNoUnknownMigrations(pool, path: path)
        try WorkspaceSchema.migrator.migrate(pool)
        return SQLiteStore(path: path, pool: pool)
    }

    /// Opens an existing workspace, migrating it forward when it was written by an older version.
    /// - Throws: ``StoreError/missingWorkspace(path:)`` when the file does not exist, and
    ///   ``StoreError/notAWorkspace(path:reason:)`` when it is empty or another application's.
    public static func open(path: String) throws -> SQLiteStore {
        guard fileExists(path) else { throw StoreError.missingWorkspace(path: path) }
        return try create(path: path, pageCacheMebibytes: defaultPageCacheMebibytes, existing: true)
    }

    /// Names of the migrations applied to the workspace, oldest first.
    public func appliedMigrations() async throws -> [String] {
        try await pool.read { db in try WorkspaceSchema.migrator.appliedMigrations(db) }
    }

    /// Runs `body` in one immediate SQLite transaction on the calling thread, which it blocks until
    /// the commit: bulk imports stream their rows through prepared statements without suspending.
    public func transaction<Result>(_ body: (any StoreTransaction) throws -> Result) async throws -> Result {
        try writeSynchronously(body)
    }

    /// Runs the transaction on the calling thread: a bulk import streams its rows without suspending.
    private func writeSynchronously<Result>(_ body: (any StoreTransaction) throws -> Result) throws -> Result {
        try pool.writeWithoutTransaction { db in
            var result: Result?
            try db.inTransaction(.immediate) {
                result = try body(SQLiteTransaction(db: db))
                return .commit
            }
            return result!
        }
    }

    static func configuration(pageCacheMebibytes: Int = defaultPageCacheMebibytes) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // NORMAL is durable against process crashes in WAL mode; only a power loss can drop the last commits.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if !db.configuration.readonly {
                // A large page cache keeps million-row imports from spilling B-tree pages back and forth.
                try db.execute(sql: "PRAGMA cache_size = -\(pageCacheMebibytes * 1024); PRAGMA temp_store = MEMORY")
            }
        }
        return configuration
    }

    private static func checkApplicationID(_ pool: DatabasePool, path: String, existing: Bool) throws {
        let (applicationID, tableCount) = try pool.read { db in
            (
                try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            )
        }
        if applicationID != WorkspaceSchema.applicationID && tableCount > 0 {
            throw StoreError.notAWorkspace(path: path, reason: "it is an SQLite database of another application")
        }
        if existing && tableCount == 0 {
            throw StoreError.notAWorkspace(path: path, reason: "it is empty; create a workspace there with `shequ init`")
        }
    }

    // A workspace migrated by another version (a newer one, or a build that numbered its
    // migrations differently) is refused as it is: this version's migrations would fail half-way
    // or leave tables it does not know written by code that does not know them.
    private static func checkNoUnknownMigrations(_ pool: DatabasePool, path: String) throws {
        let unknown = try pool.read { db in
            try WorkspaceSchema.migrator.appliedIdentifiers(db).subtracting(WorkspaceSchema.migrator.migrations)
        }
        guard !unknown.isEmpty else { return }
        let names = unknown.sorted().map { "'\($0)'" }.joined(separator: ", ")
        throw StoreError.notAWorkspace(path: path, reason: """
            it was migrated by another version of Shequ (schema steps this version does not know: \(names)); \
            open it with the version that wrote it or a newer one, or export its data and import it into a new workspace
            """)
    }

    private static func fileExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
