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
