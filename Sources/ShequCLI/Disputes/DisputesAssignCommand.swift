import ArgumentParser
import Foundation
import ShequCore

/// `shequ disputes assign ID`: assigns a mediator (grid worker, people's mediator, legal adviser, volunteer).
struct DisputesAssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign a mediator to a dispute: grid_worker, peoples_mediator, legal_adviser or volunteer.")

    @Argument(help: "The dispute's id.") var dispute: String
    @Option(help: "The mediator's id.") var mediator: String
    @Option(help: "The mediator's name.") var name: String
    @Option(help: "\(Mediator.Kind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: String
    @Option(help: "When (default now).") var at: String?
    @Option(help: "Who assigns.") var by: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let kind = try choice(self.kind, "--kind", as: Mediator.Kind.self)
            let store = try await storeOptions.open()
            var record = try await loadDispute(dispute, from: store)
            do { try record.assign(Mediator(id: mediator, name: name, kind: kind), at: try ChinaInstant.option(at, "--at") ?? Date(), by: by) } catch {
                throw CommandFailure.rule(error)
            }
            try await saveDispute(record, to: store)
            switch output.format {
            case .json: try JSONOutput.print(record.mediators)
            case .text: print("\(dispute)：\(record.history.last?.note ?? "")")
            }
        }
    }
}
