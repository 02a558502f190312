import ArgumentParser
import ShequCore

/// `shequ points redeem SUBJECT --item ID --community C`: spends points in the points shop (积分超市).
struct PointsRedeemCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redeem",
        abstract: "Redeem points for an item of a community's points shop; never takes a balance below zero."
    )

    @Argument(help: ArgumentHelp("resident:ID or household:ID.", valueName: "SUBJECT"))
    var subject: PointsSubject

    @Option(help: "The item's identifier (see `shequ shop list`).")
    var item: String

    @Option(help: "How many.")
    var quantity: Int = 1

    @Option(help: "The community whose shop it is.")
    var community: String

    @Option(help: "The resident's own household, whose balance must also cover the cost (default: from the workspace); any other household is refused.")
    var household: String?

    @Option(help: "The redemption's identifier; redeeming the same id again changes nothing (default: redemption-N; on a PostgreSQL store redemption-COMMUNITY-N).")
    var id: String?

    @Option(name: .customLong("on"), help: "The day (default: today in China Standard Time).")
    var day: CivilDate?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            guard quantity >= 1 else { throw CommandFailure.usage("--quantity must be at least 1") }
            let store = try await storeOptions.open()
            let community = CommunityID(community)
            let household: String?
            do { household = try await store.payingHousehold(for: subject, claimed: self.household) } catch let error as LedgerError {
                throw CommandFailure.rule(error)
            }
            // On a shared store the balance is checked against the community's ledger under its lock: when
            // another process moved that ledger in between, the balance and stock are read and checked again.
            var attempt = 1
            var receipt: RedemptionReceipt
            var redemption: Redemption
            while true {
                let ledger = storeOptions.isShared ? try await store.ledger(of: community) : try await store.ledger()
                let shop = try await store.shop(of: community)
                let count = ledger.entries.filter { $0.kind == .redemption }.count
                let defaultID = storeOptions.isShared ? "redemption-\(community.rawValue)-\(count + 1)" : "redemption-\(count + 1)"
                redemption = Redemption(id: id ?? defaultID, subject: subject, household: household,
                                        itemID: item, quantity: quantity, on: day ?? .todayInChina)
                do { receipt = try ledger.redeeming(redemption, in: shop) } catch { throw CommandFailure.rule(error) }
                guard !receipt.alreadyApplied else { break }
                let change = LedgerChange(from: ledger, to: receipt.ledger, shop: receipt.shop)
                guard storeOptions.isShared else {
                    try await store.commit(change)
                    break
                }
                do {
                    try await store.commit(change, in: community)
                    break
                } catch LedgerStoreError.ledgerMoved where attempt < CommunityPointsRun.attempts {
                    attempt += 1
                }
            }
            switch output.format {
            case .json: try JSONOutput.print(receipt.entry)
            case .text:
                print(receipt.alreadyApplied ? "兑换 \(redemption.id) 已办理过，未作改动"
                      : "\(subject.chineseName) \(receipt.entry.explanation)，余额\(receipt.ledger.balance(of: subject))分")
            }
        }
    }
}
