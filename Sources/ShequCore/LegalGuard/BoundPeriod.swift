/// The period a per-subject points bound counts over.
public enum BoundPeriod: String, Sendable, Hashable, Codable, CaseIterable {
    case month
    case quarter
    case year

    /// The period of this length that contains `day`.
    public func range(containing day: CivilDate) -> DayRange {
        switch self {
        case .month: .month(containing: day)
        case .quarter: .quarter(containing: day)
        case .year: .year(containing: day)
        }
    }
}
