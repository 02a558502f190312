import Foundation
import Testing
import ShequCore
import ShequSQLite

/// What only the embedded store does: a WAL-mode file of its own; the shared behaviour is in ShequStoreTests.
@Suite("SQLite workspace store")
struct SQLiteStoreTests {
    @Test func createsAMigratedWorkspaceInWALMode() async throws {
        let workspace = try TemporaryWorkspace()
        let store = try await workspace.makeStore()
        let migrations = try await store.appliedMigrations()
        #expect(migrations.first == "v1 divisions, dwellings, households, residents, workers")
        #expect(migrations.contains("v2 grid divisions, grid workers, admission lists"))
        #expect(migrations.contains("v3 conventions, behaviour events, points ledger, appeals, points shop"))
        #expect(FileManager.default.fileExists(atPath: workspace.path + "-wal"))
        let summary = try await store.summary()
        #expect(summary == DivisionSummary(city: 1, county: 1, township: 1, community: 1))
    }

    @Test func openingAMissingWorkspaceSaysHowToCreateIt() throws {
        let workspace = try TemporaryWorkspace()
        #expect(throws: StoreError.missingWorkspace(path: workspace.path)) { try SQLiteStore.open(path: workspace.path) }
    }

    /// A file that exists but holds nothing (zero bytes, or an empty SQLite database) is not a
    /// workspace to open: it used to become an empty workspace silently, hiding a wrong path.
    @Test func refusesAnEmptyFileAndInitStillCreatesThere() async throws {
        let workspace = try TemporaryWorkspace()
        #expect(FileManager.default.createFile(atPath: workspace.path, contents: Data()))
        let error = try #require(throws: StoreError.self) { try SQLiteStore.open(path: workspace.path) }
        #expect(error.description.contains("shequ init"), "\(error)")
        let created = try SQLiteStore.create(path: workspace.path)
        #expect(try await created.appliedMigrations().isEmpty == false)
        _ = try SQLiteStore.open(path: workspace.path)
    }

    @Test func refusesAnotherApplicationsDatabase() throws {
        let workspace = try TemporaryWorkspace()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [workspace.path, "CREATE TABLE other(x);"]
        try process.run()
        process.waitUntilExit()
        #expect(throws: StoreError.self) { try SQLiteStore.open(path: workspace.path) }
    }

    /// A workspace another version of Shequ migrated further is refused before anything is
    /// changed: migrating it with this version's schema would fail half-way or write to tables
    /// it does not know.
    @Test func refusesAWorkspaceMigratedByAnotherVersion() async throws {
        let workspace = try TemporaryWorkspace()
        _ = try await workspace.makeStore()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [workspace.path, "INSERT INTO grdb_migrations VALUES ('v99 a schema from another version');"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let error = try #require(throws: StoreError.self) { try SQLiteStore.open(path: workspace.path) }
        #expect(error.description.contains("v99 a schema from another version"), "\(error)")
        #expect(error.description.contains("newer"), "\(error)")
    }
}
