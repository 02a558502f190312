/// How a count moved against the previous period of the same length.
public enum HotlineTrend: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// More than before (上升).
    case rising
    /// Fewer than before (下降).
    case falling
    /// The same as before (持平).
    case steady
    /// None before, some now (新增).
    case new

    public var chineseName: String {
        switch self {
        case .rising: "上升"
        case .falling: "下降"
        case .steady: "持平"
        case .new: "新增"
        }
    }

    /// The trend from `previous` to `current`.
    public init(current: Int, previous: Int) {
        if previous == 0, current > 0 {
            self = .new
        } else if current > previous {
            self = .rising
        } else if current < previous {
            self = .falling
        } else {
            self = .steady
        }
    }
}
