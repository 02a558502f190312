import ArgumentParser
import Foundation
import ShequCore
import ShequImport

/// `shequ disputes intake`: takes one dispute in (受理).
struct DisputesIntakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Take a dispute in: parties, category, description, place and channel; the first holder is the grid worker unless --level says otherwise.")

    @Option(help: "The dispute's id.") var id: String
    @Option(name: .customLong("party"), help: "name:role (applicant, respondent, third_party); may be repeated.") var parties: [String] = []
    @Option(help: "\(DisputeCategory.allCases.map(\.rawValue).joined(separator: ", ")).") var category: String
    @Option(help: "What the dispute is about.") var description: String
    @Option(help: "The community code.") var community: String
    @Option(help: "The grid code.") var grid: String?
    @Option(help: "\(IntakeChannel.allCases.map(\.rawValue).joined(separator: ", ")).") var channel: String
    @Option(help: "When it was received (YYYY-MM-DD or YYYY-MM-DDTHH:MM, China time; default now).") var at: String?
    @Option(help: "Who took it in.") var receivedBy: String
    @Option(help: "The first holder's level (default grid_worker).") var level: String = "grid_worker"
    @Option(help: "The first holder's unit.") var unit: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let category = try choice(self.category, "--category", as: DisputeCategory.self)
            let channel = try choice(self.channel, "--channel", as: IntakeChannel.self)
            let level = try choice(self.level, "--level", as: DisputeLevel.self)
            let parsedParties: [DisputeParty]
            do { parsedParties = try DisputeParty.parseList(parties.joined(separator: ";"), field: "--party") } catch {
                throw CommandFailure.usage("\(error)")
            }
            let store = try await storeOptions.open()
            if try await store.dispute(id: id) != nil { throw CommandFailure.rule("dispute \(id) already exists; give the new dispute another id") }
            let dispute: Dispute
            do {
                dispute = try Dispute(
                    id: id, parties: parsedParties, category: category, description: description,
                    place: DisputePlace(communityCode: community, gridCode: grid), channel: channel,
                    receivedAt: try ChinaInstant.option(at, "--at") ?? Date(), receivedBy: receivedBy,
                    firstHolder: DisputeHolder(level: level, unit: unit))
            } catch { throw CommandFailure.rule(error) }
            try await saveDispute(dispute, to: store)
            switch output.format {
            case .json: try JSONOutput.print(dispute)
            case .text: print("已受理 \(dispute.id)：\(category.chineseName)，经\(channel.chineseName)，由\(unit)（\(level.chineseName)）承办")
            }
        }
    }
}
