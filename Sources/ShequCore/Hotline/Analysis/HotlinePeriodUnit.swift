/// The step of the time series in a hotline analysis.
public enum HotlinePeriodUnit: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// One entry per day (按日).
    case day
    /// One entry per month (按月).
    case month

    public var chineseName: String {
        switch self {
        case .day: "日"
        case .month: "月"
        }
    }
}
