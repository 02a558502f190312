import ArgumentParser
import Foundation
import ShequCore
import ShequPostgres
import ShequSQLite

/// Selects the workspace every data command works on: `--store PATH|URL` (alias `--db`), else the
/// `SHEQU_STORE` environment variable, else `./shequ.sqlite`.
///
/// A file path selects the embedded SQLite store; a `postgres://user@host:port/db` URL selects the
/// PostgreSQL store (optionally `?schema=NAME` for one of several workspaces in a database).
public struct StoreOptions: ParsableArguments {
    @Option(
        name: [.customLong("store"), .customLong("db")],
        help: ArgumentHelp(
            "Workspace file, or a postgres://user@host:port/db URL; default $SHEQU_STORE or ./shequ.sqlite.",
            valueName: "PATH|URL"))
    public var store: String?

    public init() {}

    /// The location chosen by the option, the environment or the default.
    public var location: StoreLocation {
        StoreLocation(parsing: store ?? ProcessInfo.processInfo.environment["SHEQU_STORE"] ?? StoreLocation.defaultPath)
    }

    /// Whether several processes may write the workspace at once (a PostgreSQL server), so points are judged
    /// and committed community by community (``CommunityPointsRun``) rather than against the whole ledger.
    var isShared: Bool {
        if case .postgres = location { true } else { false }
    }

    /// Opens the existing workspace, whichever store holds it.
    func open() async throws -> any WorkspaceStore {
        switch location {
        case .sqlite(let path): return try SQLiteStore.open(path: path)
        case .postgres(let url): return try await PostgresStore.open(url: url)
        }
    }

    /// Opens the embedded workspace for a path that only SQLite offers, and refuses a PostgreSQL
    /// URL with a usage error that names the command to use there instead.
    /// `pageCacheMebibytes` caps SQLite's page cache per connection (default: the store's).
    func openEmbedded(for command: String, onPostgres alternative: String, pageCacheMebibytes: Int? = nil) throws -> SQLiteStore {
        switch location {
        case .sqlite(let path):
            if let pageCacheMebibytes { return try SQLiteStore.open(path: path, pageCacheMebibytes: pageCacheMebibytes) }
            return try SQLiteStore.open(path: path)
        case .postgres:
            throw CommandFailure.usage(
                "`\(command)` works on a workspace file only; on a PostgreSQL store use `\(alternative)`.")
        }
    }

    /// Creates the workspace, or migrates an existing one, and says where it is and how many migrations it has.
    func create() async throws -> (store: any WorkspaceStore, description: String, migrations: [String]) {
        switch location {
        case .sqlite(let path):
            let store = try SQLiteStore.create(path: path)
            return (store, store.path, try await store.appliedMigrations())
        case .postgres(let url):
            let store = try await PostgresStore.create(url: url)
            return (store, store.location.description, try await store.appliedMigrations())
        }
    }
}
