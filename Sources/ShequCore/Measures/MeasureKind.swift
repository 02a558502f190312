/// The lawful kinds of measure a convention may attach to behaviour (Art. 30): four
/// incentives for keeping the rules and five constraints for breaking them.
///
/// Nothing else exists as a kind: a script that returns any other kind (a fine, a
/// confiscation, cutting water …) is refused by ``LegalGuard``.
///
/// | kind | 中文 | direction |
/// | --- | --- | --- |
/// | `award_points` | 奖励积分 | incentive |
/// | `commendation` | 表扬 | incentive |
/// | `honour` | 授予荣誉称号（如文明家庭） | incentive |
/// | `priority` | 优先享受本委员会自有的非法定福利 | incentive |
/// | `deduct_points` | 扣减积分 | constraint |
/// | `criticism_education` | 批评教育 | constraint |
/// | `notice` | 书面提醒（仅告知本人） | constraint |
/// | `rectification_request` | 责令改正（恢复原状、清理、赔礼道歉、履行义务） | constraint |
/// | `suspension` | 暂停参评本委员会自设的评优评先资格 | constraint |
public enum MeasureKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case awardPoints = "award_points"
    case commendation
    case honour
    case priority
    case deductPoints = "deduct_points"
    case criticismEducation = "criticism_education"
    case notice
    case rectificationRequest = "rectification_request"
    case suspension

    /// Whether the kind rewards keeping the rules (守规奖励) rather than constrains breaking them (违规约束).
    public var isIncentive: Bool {
        switch self {
        case .awardPoints, .commendation, .honour, .priority: true
        case .deductPoints, .criticismEducation, .notice, .rectificationRequest, .suspension: false
        }
    }

    /// Whether the kind moves points.
    public var movesPoints: Bool { self == .awardPoints || self == .deductPoints }

    /// The kind's Chinese name.
    public var chineseName: String {
        switch self {
        case .awardPoints: "奖励积分"
        case .commendation: "表扬"
        case .honour: "授予荣誉称号"
        case .priority: "优先享受村（居）委会自有福利"
        case .deductPoints: "扣减积分"
        case .criticismEducation: "批评教育"
        case .notice: "书面提醒"
        case .rectificationRequest: "责令改正"
        case .suspension: "暂停评优资格"
        }
    }

    public var description: String { rawValue }
}
