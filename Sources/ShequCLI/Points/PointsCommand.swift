import ArgumentParser

/// `shequ points`: the points ledger of the convention measures (积分, Art. 30).
struct PointsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points",
        abstract: "Judge events, show balances and explanations, handle appeals and redemptions.",
        subcommands: [PointsRunCommand.self, PointsIngestCommand.self, PointsBalanceCommand.self, PointsExplainCommand.self,
                      PointsAppealCommand.self, PointsReviewCommand.self, PointsRedeemCommand.self]
    )
}
