/// Where a convention version is in its life: drafted → reviewed → adopted → filed.
///
/// A filed version is in force from its filing's effective date until a later filed
/// version takes effect. A version sent back by the township, or voted down, is closed:
/// the committee drafts a new version.
public enum ConventionStage: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Written by the committee; opinions may be gathered.
    case drafted
    /// Approved by the township or street office for the vote.
    case reviewed
    /// Adopted by the residents' or villagers' meeting.
    case adopted
    /// Filed with the township (备案) and published; applies from its effective date.
    case filed
    /// Sent back by the township or street office; closed.
    case returned
    /// Not adopted by the meeting (no quorum or no majority); closed.
    case rejected

    /// The stage's name on notices.
    public var chineseName: String {
        switch self {
        case .drafted: "草拟（征求意见）"
        case .reviewed: "乡镇（街道）审核通过"
        case .adopted: "会议表决通过"
        case .filed: "已备案公布"
        case .returned: "审核退回"
        case .rejected: "表决未通过"
        }
    }

    /// Whether the version can still move.
    public var isOpen: Bool { self == .drafted || self == .reviewed || self == .adopted }

    public var description: String { rawValue }
}
