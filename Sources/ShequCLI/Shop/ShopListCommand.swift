import ArgumentParser
import ShequCore

/// `shequ shop list --community C`.
struct ShopListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a community's points shop.")

    @Option(help: "The community whose shop it is.")
    var community: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let shop = try await storeOptions.open().shop(of: CommunityID(community))
            let items = shop.items.values.sorted { $0.id < $1.id }
            switch output.format {
            case .json: try JSONOutput.print(items)
            case .text:
                if items.isEmpty { print("积分超市（\(community)）暂无商品：用 `shequ shop stock` 上架") }
                for item in items { print("\(item.id)\t\(item.name)\t\(item.price)分\t库存\(item.stock)") }
            }
        }
    }
}
