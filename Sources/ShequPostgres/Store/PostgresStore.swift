import Foundation
import PostgresNIO
import ShequCore

/// The server store for province scale: one PostgreSQL database that many `shequ` processes share.
///
/// Households and residents are partitioned by county, so one county's imports, deletion or archive touch
/// only its own partitions; bulk writes (``StoreBatch``) stream through `COPY`. Every read applies the
/// privacy rules of ``Disclosure``, exactly as the SQLite store does.
///
/// ```swift
/// let store = try await PostgresStore.create(url: "postgres://shequ@localhost/henan?schema=xinyang")
/// try await store.transaction { tx in _ = try tx.upsert(city) }
/// print(try await store.summary())
/// await store.close()
/// ```
public final class PostgresStore: GovernanceStore {
    /// Where the workspace lives (without the password).
    public let location: PostgresLocation
    let client: PostgresClient
    let logger: Logger
    private let runner: Task<Void, Never>

    private init(location: PostgresLocation) throws {
        self.location = location
        var logger = Logger(label: "shequ.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let client = PostgresClient(configuration: try location.clientConfiguration(), backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// Creates the workspace schema if needed and migrates it to the current version; `shequ init` calls this.
    public static func create(url: String) async throws -> PostgresStore {
        try await create(location: PostgresLocation(url: url))
    }

    /// Creates the workspace in `location`'s schema if needed and migrates it.
    public static func create(location: PostgresLocation) async throws -> PostgresStore {
        try await firstContact(location) { connection, logger in
            try await migrate(connection, location: location, logger: logger)
        }
        return try PostgresStore(location: location)
    }

    /// Opens an existing workspace, migrating it forward when an older version wrote it.
    /// - Throws: ``StoreError/missingWorkspace(path:)`` when the schema holds no workspace.
    public static func open(url: String) async throws -> PostgresStore {
        try await open(location: PostgresLocation(url: url))
    }

    /// Opens the existing workspace in `location`'s schema.
    public static func open(location: PostgresLocation) async throws -> PostgresStore {
        try await firstContact(location) { connection, logger in
            let exists = try await connection.query(
                "SELECT to_regclass(\(location.schema + ".schema_migrations")) IS NOT NULL", logger: logger
            ).collect().first?.decode(Bool.self) ?? false
            guard exists else { throw StoreError.missingWorkspace(path: location.description) }
            try await migrate(connection, location: location, logger: logger)
        }
        return try PostgresStore(location: location)
    }

    /// Connects once, outside the pool, so a wrong URL or a stopped server is reported at once, and runs `body`.
    private static func firstContact(
        _ location: PostgresLocation, _ body: (PostgresConnection, Logger) async throws -> Void
    ) async throws {
        var logger = Logger(label: "shequ.postgres")
        logger.logLevel = .critical
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: try location.connectionConfiguration(), id: 0, logger: logger)
        } catch let error as PSQLError {
            let reason = error.serverInfo?[.message] ?? error.underlying.map { "\(error.code): \($0)" } ?? "\(error.code)"
            throw PostgresStoreError.unreachable(location: location.description, message: reason)
        } catch {
            throw PostgresStoreError.unreachable(location: location.description, message: "\(error)")
        }
        do {
            try await body(connection, logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            if let error = error as? PSQLError {
                throw PostgresStoreError.server(location: location.description, message: error.serverInfo?[.message] ?? "\(error.code)")
            }
            throw error
        }
    }

    /// Stops the connection pool; the store cannot be used afterwards.
    public func close() async {
        runner.cancel()
        _ = await runner.result
    }

    /// Names of the migrations applied to the workspace, oldest first.
    public func appliedMigrations() async throws -> [String] {
        try await read { connection in
            try await connection.query("SELECT name FROM schema_migrations ORDER BY version", logger: self.logger)
                .collect().map { try $0.decode(String.self) }
        }
    }

    /// Runs `body` in one transaction on a thread of its own, so its synchronous upserts can wait for the
    /// server without holding a thread of the concurrency pool; committed when it returns, rolled back when it throws.
    public func transaction<Result>(_ body: (any StoreTransaction) throws -> Result) async throws -> Result {
        do {
            return try await client.withConnectionHandingOver { connection in
                try await connection.query("BEGIN", logger: self.logger)
                let transaction = PostgresTransaction(connection: connection, logger: self.logger)
                do {
                    let result = try await DedicatedThread.run { try body(transaction) }
                    try await connection.query("COMMIT", logger: self.logger)
                    return result
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: self.logger)
                    throw error
                }
            }.value
        } catch {
            throw translate(error)
        }
    }

    /// Runs `body` on a pooled connection, reporting server failures in the store's terms.
    func read<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { try await body($0) }
        } catch {
            throw translate(error)
        }
    }

    func translate(_ error: any Error) -> any Error {
        if let error = error as? PSQLError {
            let message = error.serverInfo?[.message] ?? "\(error.code)"
            return PostgresStoreError.server(location: location.description, message: message)
        }
        return error
    }

    private static func migrate(_ connection: PostgresConnection, location: PostgresLocation, logger: Logger) async throws {
        try await connection.query("CREATE SCHEMA IF NOT EXISTS \(unescaped: "\"\(location.schema)\"")", logger: logger)
        try await connection.query("BEGIN", logger: logger)
        do {
            // Two processes running `shequ init` at once apply each migration once.
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.schema_migrations'))", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version bigint PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            let applied = Set(try await connection.query("SELECT version FROM schema_migrations", logger: logger)
                .collect().map { try $0.decode(Int.self) })
            if let newest = applied.max(), let known = PostgresSchema.migrations.last?.version, newest > known {
                throw StoreError.notAWorkspace(path: location.description, reason: "it was written by a newer version of Shequ (schema \(newest))")
            }
            for migration in PostgresSchema.migrations where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))", logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }
}

/// A value handed across threads while its sender waits for it: safe because only one side touches it at a time.
struct Handover<Value>: @unchecked Sendable {
    var value: Value
}

extension PostgresClient {
    /// `withConnection` for results that are not `Sendable`, handed back to the waiting caller.
    func withConnectionHandingOver<Result>(_ body: (PostgresConnection) async throws -> Result) async throws -> Handover<Result> {
        try await withConnection { connection in Handover(value: try await body(connection)) }
    }
}
