import ArgumentParser
import ShequCore

/// `shequ shop stock --community C --item ID --name NAME --price P --stock N`.
struct ShopStockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stock",
        abstract: "Add an item to a community's points shop, or set its price and stock."
    )

    @Option(help: "The community whose shop it is.")
    var community: String

    @Option(help: "The item's identifier.")
    var item: String

    @Option(help: "The item's name (e.g. 洗衣粉).")
    var name: String

    @Option(help: "The price in points (at least 1).")
    var price: Int

    @Option(help: "How many are in stock.")
    var stock: Int

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let shop = try await store.shop(of: CommunityID(community))
            let next: PointsShop
            do {
                next = try shop.stocking(ShopItem(id: item, name: name, price: price, stock: stock))
            } catch { throw CommandFailure.rule(error) }
            try await store.save(next)
            switch output.format {
            case .json: try JSONOutput.print(next.items[item])
            case .text: print("积分超市（\(community)）上架 \(name)：\(price)分，库存\(stock)")
            }
        }
    }
}
