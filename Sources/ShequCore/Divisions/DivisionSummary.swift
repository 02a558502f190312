/// How many divisions a workspace holds per level, and how many households and residents.
///
/// Encoded as JSON with the keys `city`, `county`, `township`, `community`, `households`, `residents`:
///
/// ```swift
/// let summary = try await store.divisions.summary()
/// print(summary.count(of: .community))  // 3358 for Xinyang
/// ```
public struct DivisionSummary: Sendable, Hashable, Codable {
    /// Cities (市).
    public var city: Int
    /// Counties and districts (县/区).
    public var county: Int
    /// Townships and street offices (乡镇/街道).
    public var township: Int
    /// Communities and villages (社区/村).
    public var community: Int
    /// Households (户).
    public var households: Int
    /// Residents (居民).
    public var residents: Int

    public init(city: Int = 0, county: Int = 0, township: Int = 0, community: Int = 0, households: Int = 0, residents: Int = 0) {
        self.city = city
        self.county = county
        self.township = township
        self.community = community
        self.households = households
        self.residents = residents
    }

    /// The number of divisions at `level`.
    public func count(of level: DivisionLevel) -> Int {
        switch level {
        case .city: city
        case .county: county
        case .township: township
        case .community: community
        }
    }

    /// Sets the number of divisions at `level`.
    public mutating func setCount(_ count: Int, of level: DivisionLevel) {
        switch level {
        case .city: city = count
        case .county: county = count
        case .township: township = count
        case .community: community = count
        }
    }
}
