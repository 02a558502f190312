import ArgumentParser
import Foundation
import ShequCore

/// `shequ care needs`: raises a need on a case, or lists the needs still open (masked unless `--disclose`).
struct CareNeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "needs",
        abstract: "List outstanding needs of all cases (masked unless --disclose), or raise one with --case --need-id --kind --summary.")

    @Option(name: .customLong("case"), help: "The case to raise a need on.")
    var caseID: String?
    @Option(help: "The need's identifier.")
    var needID: String?
    @Option(help: "The kind of service needed: \(CareServiceKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String?
    @Option(help: "What is needed (sensitive).")
    var summary: String?

    @OptionGroup var disclosure: CareDisclosureOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Outstanding: Encodable {
        var caseID: String
        var communityCode: String
        var need: CareCaseSummary.Need
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            if let caseID {
                guard let needID, let kindText = kind, let summary else {
                    throw CommandFailure.usage("raising a need takes --need-id, --kind and --summary")
                }
                guard let chosen = CareServiceKind(rawValue: kindText) ?? CareServiceKind(chineseName: kindText) else {
                    throw CommandFailure.usage("--kind \(kindText): use \(CareServiceKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                guard var record = try await store.careCase(id: caseID) else {
                    throw CommandFailure.rule("no care case '\(caseID)': list them with `shequ care list`")
                }
                do { try record.raiseNeed(CareNeed(id: needID, kind: chosen, summary: summary, raisedAt: Date())) } catch {
                    throw CommandFailure.rule(error)
                }
                _ = try await store.saveCareCases([record])
                print("\(caseID) 需求 \(needID) 已登记")
                return
            }
            let outstanding = try await store.careCases(community: nil).flatMap { record in
                record.summary(disclosure: disclosure.disclosure).outstandingNeeds.map {
                    Outstanding(caseID: record.id, communityCode: record.communityCode, need: $0)
                }
            }
            switch output.format {
            case .json: try JSONOutput.print(outstanding)
            case .text:
                for item in outstanding {
                    print("\(item.caseID)  \(item.communityCode)  \(item.need.id)  \(item.need.kind.chineseName)  \(item.need.state.chineseName)  \(item.need.summary)")
                }
                if outstanding.isEmpty { print("（无待解决需求）") }
            }
        }
    }
}
