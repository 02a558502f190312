import ArgumentParser
import ShequCore

/// `shequ disputes …`: dispute resolution at the lowest level first (矛盾纠纷化解, Art. 35).
struct DisputesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disputes",
        abstract: "Dispute resolution (Art. 35): intake, mediators, sessions, outcomes and escalation on time-out up the county ladder.",
        subcommands: [DisputesIntakeCommand.self, DisputesImportCommand.self, DisputesAssignCommand.self, DisputesSessionCommand.self,
                      DisputesResolveCommand.self, DisputesEscalateCommand.self, DisputesShowCommand.self, DisputesListCommand.self])
}

/// Loads a dispute or fails naming it.
func loadDispute(_ id: String, from store: any DisputeStore) async throws -> Dispute {
    guard let dispute = try await store.dispute(id: id) else {
        throw CommandFailure.rule("no dispute \(id); see `shequ disputes list`")
    }
    return dispute
}


/// Saves one dispute after a change; a closed or rewritten record is a rule failure.
func saveDispute(_ dispute: Dispute, to store: any DisputeStore) async throws {
    do { _ = try await store.save([dispute]) } catch let error as GovernanceRecordError { throw CommandFailure.rule(error) }
}
