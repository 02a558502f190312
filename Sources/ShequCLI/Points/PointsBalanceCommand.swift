import ArgumentParser
import ShequCore

/// `shequ points balance [SUBJECT] [--community C] [--month YYYY-MM]`.
struct PointsBalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Balances per resident and household, and totals per period and community."
    )

    @Argument(help: ArgumentHelp("One subject: resident:ID or household:ID (default: every subject).", valueName: "SUBJECT"))
    var subject: PointsSubject?

    @Option(help: "Only subjects with entries in this community, and its totals.")
    var community: String?

    @Option(help: "Totals for the month containing this day (YYYY-MM-DD); default: the month of the latest entry.")
    var month: CivilDate?

    @Option(help: "Only the N highest balances (积分排行), highest first.")
    var top: Int?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Balance: Encodable {
        var subject: String
        var type: String
        var id: String
        var balance: Int
    }

    struct Report: Encodable {
        var balances: [Balance]
        var period: String?
        var totals: PointsTotals?
    }

    func run() async throws {
        try await reportingFailures {
            let ledger = try await storeOptions.open().ledger()
            let communityID = community.map(CommunityID.init)
            var subjects: [PointsSubject: Int]
            if let subject {
                subjects = [subject: ledger.balance(of: subject)]
            } else {
                subjects = ledger.balances()
                if let communityID {
                    let inCommunity = Set(ledger.entries.filter { $0.community == communityID }.flatMap { entry in
                        [entry.subject] + (entry.household.map { [PointsSubject.household($0)] } ?? [])
                    })
                    subjects = subjects.filter { inCommunity.contains($0.key) }
                }
            }
            var ordered = subjects.sorted { $0.key < $1.key }
            if let top {
                ordered = Array(ordered.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(max(0, top)))
            }
            let balances = ordered.map {
                Balance(subject: $0.key.description, type: $0.key.type.rawValue, id: $0.key.id, balance: $0.value)
            }
            let day = month ?? ledger.entries.map(\.on).max()
            let range = day.map(DayRange.month(containing:))
            let totals = range.map { ledger.totals(in: $0, community: communityID) }
            let report = Report(balances: balances, period: range?.description, totals: totals)
            switch output.format {
            case .json: try JSONOutput.print(report)
            case .text:
                for balance in balances {
                    let name = PointsSubject(type: PointsSubject.Kind(rawValue: balance.type)!, id: balance.id).chineseName
                    print("\(name)\t\(balance.balance)分")
                }
                if subject == nil, let totals, let range {
                    print("\(range.first.year)年\(range.first.month)月\(community.map { "（社区\($0)）" } ?? "")合计：奖励\(totals.awarded)分，扣减\(totals.deducted)分，撤销退回\(totals.reversed)分，兑换\(totals.redeemed)分，净增\(totals.net)分（\(totals.entryCount)条记录）")
                }
            }
        }
    }
}
