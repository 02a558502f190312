import ArgumentParser

/// `shequ shop`: a community's points shop (积分超市).
struct ShopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shop",
        abstract: "Stock and list a community's points shop (积分超市); redeem with `shequ points redeem`.",
        subcommands: [ShopStockCommand.self, ShopListCommand.self]
    )
}
