/// Why a community worker left (离职原因, Art. 39: 晋升辞退).
public enum CommunityWorkerDepartureReason: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Resigned (辞职).
    case resignation
    /// Dismissed (辞退); a reason must be recorded.
    case dismissal
    /// Contract ended and was not renewed (合同期满).
    case contractEnded
    /// Not re-elected (换届未当选).
    case notReelected
    /// Retired (退休).
    case retirement
    /// Moved to another unit (调出).
    case transferOut

    public var chineseName: String {
        switch self {
        case .resignation: "辞职"
        case .dismissal: "辞退"
        case .contractEnded: "合同期满"
        case .notReelected: "换届未当选"
        case .retirement: "退休"
        case .transferOut: "调出"
        }
    }
}
