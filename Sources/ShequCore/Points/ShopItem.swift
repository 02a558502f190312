/// An item in the points shop, with its price in points and its stock.
public struct ShopItem: Sendable, Hashable, Codable {
    /// The item's identifier.
    public let id: String
    /// Its name, in Chinese, e.g. `洗衣粉`.
    public let name: String
    /// The price in points, at least 1.
    public let price: Int
    /// How many are left.
    public let stock: Int

    /// Creates an item.
    public init(id: String, name: String, price: Int, stock: Int) {
        self.id = id
        self.name = name
        self.price = price
        self.stock = stock
    }
}
