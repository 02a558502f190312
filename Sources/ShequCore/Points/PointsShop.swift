/// A community's points shop (积分超市): items residents exchange points for.
///
/// ```swift
/// var shop = PointsShop(community: CommunityID("411522100201"))
/// shop = try shop.stocking(ShopItem(id: "soap", name: "洗衣皂", price: 10, stock: 50))
/// ```
public struct PointsShop: Sendable, Hashable, Codable {
    /// The community the shop serves.
    public let community: CommunityID
    /// The items, by id.
    public private(set) var items: [String: ShopItem]

    /// An empty shop.
    public init(community: CommunityID, items: [ShopItem] = []) {
        self.community = community
        self.items = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Adds an item, or replaces one with the same id (new price or stock).
    ///
    /// - Throws: ``LedgerError/invalidItem(id:field:value:)`` for a price outside 1…``ShopItem/maximumPrice``
    ///   or stock outside 0…``ShopItem/maximumStock``.
    public func stocking(_ item: ShopItem) throws(LedgerError) -> PointsShop {
        guard (1...ShopItem.maximumPrice).contains(item.price) else {
            throw .invalidItem(id: item.id, field: "price", value: item.price)
        }
        guard (0...ShopItem.maximumStock).contains(item.stock) else {
            throw .invalidItem(id: item.id, field: "stock", value: item.stock)
        }
        var next = self
        next.items[item.id] = item
        return next
    }

    func taking(_ quantity: Int, of id: String) -> PointsShop {
        var next = self
        next.items[id] = items[id].map { ShopItem(id: $0.id, name: $0.name, price: $0.price, stock: $0.stock - quantity) }
        return next
    }
}
