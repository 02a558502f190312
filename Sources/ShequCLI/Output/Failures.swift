import ArgumentParser
import ShequCore
import ShequImport
import ShequPostgres

/// Runs a command body, printing failures on standard error and mapping them to exit codes:
/// 1 for data or rule failures, 2 for usage errors and unreadable input.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ImportError {
        printError("error: \(error)")
        throw ExitCode(error.isUsage ? 2 : 1)
    } catch let error as StoreError {
        printError("error: \(error)")
        switch error {
        case .unknownReference: throw ExitCode(1)
        case .missingWorkspace, .notAWorkspace, .unsupportedLocation, .careNotDisclosed: throw ExitCode(2)
        }
    } catch let error as PostgresStoreError {
        printError("error: \(error)")
        switch error {
        case .badURL: throw ExitCode(2)
        case .unreachable: throw ExitCode(2)
        case .server: throw ExitCode(1)
        }
    } catch let error as CommandFailure {
        printError("error: \(error)")
        throw ExitCode(error.exitCode)
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        printError("error: \(error)")
        throw ExitCode(1)
    }
}
