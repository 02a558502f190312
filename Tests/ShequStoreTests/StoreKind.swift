import Foundation
import Testing
import ShequCore
import ShequPostgres
import ShequSQLite

/// The stores every conformance test runs against: the embedded SQLite store and the PostgreSQL store.
///
/// PostgreSQL cases need a server: `scripts/with-postgres.sh` starts a throw-away one and exports
/// `SHEQU_TEST_POSTGRES_URL` (`scripts/test.sh` runs the suite under it). Each case gets a fresh schema
/// in that database, so cases share one server and run in parallel.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The server URL PostgreSQL cases use, from the environment.
    static let postgresURL = ProcessInfo.processInfo.environment["SHEQU_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    static let skipReason: Comment =
        "SHEQU_TEST_POSTGRES_URL is not set: run through scripts/with-postgres.sh (scripts/test.sh does) to test the PostgreSQL store"

    /// A new, empty, migrated store of this kind; cancels the case (reported as skipped) when no server is configured.
    func makeStore() async throws -> any WorkspaceStore {
        try await makeAddress().create()
    }

    /// A fresh place for a workspace of this kind, so a case can open it again as another process would.
    func makeAddress() throws -> StoreAddress {
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return .sqlite(path: directory.appendingPathComponent("shequ.sqlite").path)
        case .postgres:
            return .postgres(try Self.freshPostgresLocation())
        }
    }

    /// A location in a schema no other case uses.
    static func freshPostgresLocation() throws -> PostgresLocation {
        guard let url = postgresURL else { try Test.cancel(skipReason) }
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        return try PostgresLocation(url: url).with(schema: String(schema))
    }
}

/// Where a test workspace lives.
enum StoreAddress: Sendable {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// Creates the workspace.
    func create() async throws -> any WorkspaceStore {
        switch self {
        case .sqlite(let path): try SQLiteStore.create(path: path)
        case .postgres(let location): try await PostgresStore.create(location: location)
        }
    }

    /// Opens the existing workspace with a store of its own (its own connections), as another process would.
    func open() async throws -> any WorkspaceStore {
        switch self {
        case .sqlite(let path): try SQLiteStore.open(path: path)
        case .postgres(let location): try await PostgresStore.open(location: location)
        }
    }
}
