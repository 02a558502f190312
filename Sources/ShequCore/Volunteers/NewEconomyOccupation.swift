/// The work of a new-economy worker taking part in community service (新就业形态劳动者, Art. 28).
public enum NewEconomyOccupation: String, Sendable, Hashable, Codable, CodingKeyRepresentable, ChineseNamedCase {
    /// A courier (快递员).
    case courier
    /// A food-delivery rider (外卖送餐员).
    case deliveryRider
    /// A ride-hailing driver (网约车司机).
    case rideHailingDriver
    /// Another platform or gig job (其他新就业形态).
    case other

    public var chineseName: String {
        switch self {
        case .courier: "快递员"
        case .deliveryRider: "外卖送餐员"
        case .rideHailingDriver: "网约车司机"
        case .other: "其他新就业形态"
        }
    }
}
