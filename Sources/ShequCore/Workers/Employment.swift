/// Whether a worker is full-time (专职) or part-time (兼职).
public enum Employment: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case fullTime = "full-time"
    case partTime = "part-time"

    /// `专职` or `兼职`.
    public var chineseName: String { self == .fullTime ? "专职" : "兼职" }

    public var description: String { rawValue }
}
