import ArgumentParser
import ShequCore

/// `shequ init`: creates the workspace (or migrates an existing one to the current schema).
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace (an SQLite file, or a schema in a postgres:// database) or migrate an existing one.")

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let created = try await storeOptions.create()
            print("workspace \(created.description) ready (schema: \(created.migrations.count) migration(s) applied)")
        }
    }
}
