/// A kind of service delivered to a cared-for person (Art. 17–24).
public enum CareServiceKind: String, Sendable, Hashable, Codable, CodingKeyRepresentable, ChineseNamedCase {
    /// A visit to see how the person is (走访探视).
    case visit
    /// Help with daily living (生活照料, Art. 20).
    case dailyCare
    /// Meals delivered or at a canteen (助餐服务, Art. 20).
    case meals
    /// Health checks and medical help (医疗保健, Art. 21).
    case healthCare
    /// Psychological counselling (心理服务, Art. 22).
    case psychological
    /// Legal aid and advice (法律服务, Art. 24).
    case legal
    /// Help finding work (就业帮扶).
    case employment
    /// Help with schooling (学业帮扶).
    case schooling
    /// Goods or money handed over (物资救助).
    case materialAid
    /// Help applying for an entitlement (政策对接).
    case entitlement
    /// Anything else (其他).
    case other

    public var chineseName: String {
        switch self {
        case .visit: "走访探视"
        case .dailyCare: "生活照料"
        case .meals: "助餐服务"
        case .healthCare: "医疗保健"
        case .psychological: "心理服务"
        case .legal: "法律服务"
        case .employment: "就业帮扶"
        case .schooling: "学业帮扶"
        case .materialAid: "物资救助"
        case .entitlement: "政策对接"
        case .other: "其他"
        }
    }
}
