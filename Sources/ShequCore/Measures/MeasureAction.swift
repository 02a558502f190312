/// What a measure does, with the data its kind needs.
///
/// ```swift
/// MeasureAction.awardPoints(5).kind          // .awardPoints
/// MeasureAction.honour("文明家庭").pointsChange   // 0
/// ```
public enum MeasureAction: Sendable, Hashable {
    /// 奖励积分: award a positive number of points.
    case awardPoints(Int)
    /// 表扬: commend the person (e.g. on the village notice board).
    case commendation
    /// 授予荣誉称号: confer an honour such as 文明家庭 or 好媳妇.
    case honour(String)
    /// 优先: priority for a benefit the committee itself provides (not a statutory one).
    case priority(benefit: String)
    /// 扣减积分: deduct a positive number of points.
    case deductPoints(Int)
    /// 批评教育.
    case criticismEducation
    /// 书面提醒: a notice addressed to the person only.
    case notice
    /// 责令改正: ask the person to put things right.
    case rectificationRequest(Remedy)
    /// 暂停评优资格: suspend eligibility for one of the committee's own awards, for some months.
    case suspension(award: String, months: Int?)

    /// The action's kind.
    public var kind: MeasureKind {
        switch self {
        case .awardPoints: .awardPoints
        case .commendation: .commendation
        case .honour: .honour
        case .priority: .priority
        case .deductPoints: .deductPoints
        case .criticismEducation: .criticismEducation
        case .notice: .notice
        case .rectificationRequest: .rectificationRequest
        case .suspension: .suspension
        }
    }

    /// The signed change to the subject's points: positive for an award, negative for a
    /// deduction, zero otherwise.
    public var pointsChange: Int {
        switch self {
        case let .awardPoints(points): points
        case let .deductPoints(points): -points
        default: 0
        }
    }
}
