/// The four tiers of the administrative hierarchy the regulation governs (Art. 2, 5–7).
///
/// City (市) → county or district (县/区) → township or street office (乡镇/街道)
/// → community or village (社区/村).
///
/// ```swift
/// let level = DivisionLevel.township
/// level.parent      // .county
/// level.codeLength  // 9
/// ```
public enum DivisionLevel: Int, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// 市: the city (Art. 5).
    case city = 1
    /// 县/区: a county or district (Art. 5–6).
    case county = 2
    /// 乡镇/街道: a township or street office.
    case township = 3
    /// 社区/村: a community or village, run by its committee (Art. 7).
    case community = 4

    /// The level directly above, or `nil` for the city.
    public var parent: DivisionLevel? { DivisionLevel(rawValue: rawValue - 1) }

    /// The level directly below, or `nil` for a community.
    public var child: DivisionLevel? { DivisionLevel(rawValue: rawValue + 1) }

    /// Number of digits of this level's statistical code: 6 for city and county, 9 for a township, 12 for a community.
    public var codeLength: Int {
        switch self {
        case .city, .county: 6
        case .township: 9
        case .community: 12
        }
    }

    /// The stable English key used in files and JSON: `city`, `county`, `township`, `community`.
    public var key: String {
        switch self {
        case .city: "city"
        case .county: "county"
        case .township: "township"
        case .community: "community"
        }
    }

    /// The Chinese name of the level, as county staff read it.
    public var chineseName: String {
        switch self {
        case .city: "市"
        case .county: "县/区"
        case .township: "乡镇/街道"
        case .community: "社区/村"
        }
    }

    /// Creates a level from its key (`city`, `county`, `township`, `community`).
    public init?(key: String) {
        guard let level = Self.allCases.first(where: { $0.key == key }) else { return nil }
        self = level
    }

    public var description: String { key }

    public static func < (lhs: DivisionLevel, rhs: DivisionLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
