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
    /// - Throws: ``LedgerError/invalidItem(id:field:value:)`` for a price below 1 or stock below 0.
    public func stocking(_ item: ShopItem) throws(LedgerError) -> PointsShop {
        guard item.price >= 1 else { throw .invalidItem(id: item.id, field: "price", value: item.price) }
        guard item.stock >= 0 else { throw .invalidItem(id: item.id, field: "stock", value: item.stock) }
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

/// An exchange of points for items in the shop.
public struct Redemption: Sendable, Hashable, Codable {
    /// The redemption's identifier; redeeming with the same id again changes nothing.
    public let id: String
    /// Whose points are spent.
    public let subject: PointsSubject
    /// The household of a resident subject, whose balance also must stay at or above zero.
    public let household: String?
    /// The item.
    public let itemID: String
    /// How many.
    public let quantity: Int
    /// The day of the exchange.
    public let on: CivilDate

    /// Records a redemption.
    public init(id: String, subject: PointsSubject, household: String? = nil, itemID: String,
                quantity: Int = 1, on: CivilDate) {
        self.id = id
        self.subject = subject
        self.household = subject.type == .household ? subject.id : household
        self.itemID = itemID
        self.quantity = quantity
        self.on = on
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), subject: try c.decode(PointsSubject.self, forKey: .subject),
                  household: try c.decodeIfPresent(String.self, forKey: .household),
                  itemID: try c.decode(String.self, forKey: .itemID),
                  quantity: try c.decodeIfPresent(Int.self, forKey: .quantity) ?? 1,
                  on: try c.decode(CivilDate.self, forKey: .on))
    }

    enum CodingKeys: String, CodingKey {
        case id, subject, household
        case itemID = "item_id"
        case quantity, on
    }
}
