/// Whether a grid worker (网格员) serves full-time (专职) or part-time (兼职) (Art. 34, 39).
///
/// Encoded as `"full_time"` or `"part_time"`.
public enum GridWorkerEmployment: String, Sendable, Hashable, Codable, CaseIterable {
    /// A full-time grid worker (专职网格员).
    case fullTime = "full_time"
    /// A part-time grid worker (兼职网格员), e.g. a committee member or volunteer.
    case partTime = "part_time"

    /// The employment as county staff read it.
    public var chineseName: String {
        switch self {
        case .fullTime: "专职网格员"
        case .partTime: "兼职网格员"
        }
    }
}
