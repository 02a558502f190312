import ArgumentParser
import Foundation
import ShequCore
import ShequSQLite

/// Selects the workspace every data command works on: `--store PATH` (alias `--db`), else the
/// `SHEQU_STORE` environment variable, else `./shequ.sqlite`.
public struct StoreOptions: ParsableArguments {
    @Option(
        name: [.customLong("store"), .customLong("db")],
        help: ArgumentHelp("Workspace file (or later a postgres:// URL); default $SHEQU_STORE or ./shequ.sqlite.", valueName: "PATH"))
    public var store: String?

    public init() {}

    /// The location chosen by the option, the environment or the default.
    public var location: StoreLocation {
        StoreLocation(parsing: store ?? ProcessInfo.processInfo.environment["SHEQU_STORE"] ?? StoreLocation.defaultPath)
    }

    /// Opens the existing workspace.
    func open() throws -> SQLiteStore {
        switch location {
        case .sqlite(let path): return try SQLiteStore.open(path: path)
        case .postgres: throw StoreError.unsupportedLocation(location.description)
        }
    }

    /// Creates the workspace, or migrates an existing one.
    func create() throws -> SQLiteStore {
        switch location {
        case .sqlite(let path): return try SQLiteStore.create(path: path)
        case .postgres: throw StoreError.unsupportedLocation(location.description)
        }
    }
}
