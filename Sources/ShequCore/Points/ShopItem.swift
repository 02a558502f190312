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

    /// The highest price a shop may set, in points: far above any balance a points scheme
    /// gives, and low enough that price times stock can never overflow.
    public static let maximumPrice = 1_000_000
    /// The largest stock a shop may hold of one item.
    public static let maximumStock = 1_000_000

    /// Creates an item.
    public init(id: String, name: String, price: Int, stock: Int) {
        self.id = id
        self.name = name
        self.price = price
        self.stock = stock
    }
}
