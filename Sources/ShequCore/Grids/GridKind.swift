/// What a grid covers: a basic grid of homes, or a dedicated grid (专属网格) for one
/// institution or site (Art. 34).
///
/// Encoded as snake_case text, the form a Lua division script writes:
/// `"basic"`, `"school"`, `"market"`, `"hospital"`, `"industrial_park"`.
///
/// ```swift
/// GridKind.school.isDedicated   // true
/// GridKind.basic.chineseName    // "基础网格"
/// ```
public enum GridKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A basic grid (基础网格) of residential buildings or natural villages.
    case basic
    /// A dedicated grid for a school (学校专属网格).
    case school
    /// A dedicated grid for a market (市场专属网格).
    case market
    /// A dedicated grid for a hospital (医院专属网格).
    case hospital
    /// A dedicated grid for an industrial park (园区专属网格).
    case industrialPark = "industrial_park"

    /// Whether this is a dedicated grid (专属网格) rather than a basic one.
    ///
    /// Household-count bounds apply to basic grids only: a dedicated grid is sized by
    /// the institution it covers and may hold no households at all.
    public var isDedicated: Bool { self != .basic }

    /// The kind as county staff read it.
    public var chineseName: String {
        switch self {
        case .basic: "基础网格"
        case .school: "学校专属网格"
        case .market: "市场专属网格"
        case .hospital: "医院专属网格"
        case .industrialPark: "园区专属网格"
        }
    }
}
