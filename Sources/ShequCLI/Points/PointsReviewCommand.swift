import ArgumentParser
import ShequCore

/// `shequ points review APPEAL --outcome upheld|overturned --reason TEXT --reviewer NAME`.
struct PointsReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Decide an appeal: uphold the entry, or overturn it with a reversal entry (never an edit)."
    )

    @Argument(help: "The appeal's identifier.")
    var appeal: String

    @Option(help: "upheld or overturned.")
    var outcome: AppealDecision.Outcome

    @Option(help: "The reviewer's reason, shown to the resident.")
    var reason: String

    @Option(help: "Who decided (e.g. 村务监督委员会).")
    var reviewer: String

    @Option(name: .customLong("on"), help: "The day of the decision (default: today in China Standard Time).")
    var day: CivilDate?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let ledger = try await store.ledger()
            let decision = AppealDecision(reviewer: reviewer, decidedOn: day ?? .todayInChina, outcome: outcome, reason: reason)
            let result: AppealOutcome
            do { result = try ledger.deciding(appeal, decision) } catch { throw CommandFailure.rule(error) }
            try await store.commit(LedgerChange(from: ledger, to: result.ledger))
            switch output.format {
            case .json: try JSONOutput.print(result.record)
            case .text:
                if let reversal = result.reversal {
                    print("申诉 \(appeal) 成立，已撤销原记录并写入更正记录 \(reversal.id)（\(reversal.points > 0 ? "+" : "")\(reversal.points)分）")
                } else {
                    print("申诉 \(appeal) 不成立，维持原记录。理由：\(reason)")
                }
            }
        }
    }
}
