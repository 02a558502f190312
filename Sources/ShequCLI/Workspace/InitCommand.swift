import ArgumentParser
import ShequCore

/// `shequ init`: creates the workspace file (or migrates an existing one to the current schema).
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace (one SQLite file, WAL mode) or migrate an existing one.")

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let store = try storeOptions.create()
            let migrations = try await store.appliedMigrations()
            print("workspace \(store.path) ready (schema: \(migrations.count) migration(s) applied)")
        }
    }
}
