import ArgumentParser
import ShequCore

/// `shequ points appeal ENTRY --by SUBJECT --grounds TEXT`: a resident appeals a ledger entry.
struct PointsAppealCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appeal",
        abstract: "File an appeal against a ledger entry (by its subject or the subject's household)."
    )

    @Argument(help: "The entry appealed, e.g. e-2025-04-0001#1 (see `shequ points explain`).")
    var entry: String

    @Option(help: ArgumentHelp("Who appeals: resident:ID or household:ID.", valueName: "SUBJECT"))
    var by: PointsSubject

    @Option(help: "The grounds, in the appellant's words.")
    var grounds: String

    @Option(help: "The appeal's identifier (default: appeal-N).")
    var id: String?

    @Option(name: .customLong("on"), help: "The day it is filed (default: today in China Standard Time).")
    var day: CivilDate?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let ledger = try await store.ledger()
            let appeal = Appeal(id: id ?? "appeal-\(ledger.appeals.count + 1)", entryID: entry, appellant: by,
                                filedOn: day ?? .todayInChina, grounds: grounds)
            let next: PointsLedger
            do { next = try ledger.filing(appeal) } catch { throw CommandFailure.rule(error) }
            try await store.commit(LedgerChange(from: ledger, to: next))
            switch output.format {
            case .json: try JSONOutput.print(appeal)
            case .text: print("已受理申诉 \(appeal.id)：\(by.chineseName) 对记录 \(entry) 提出申诉，理由：\(grounds)")
            }
        }
    }
}
