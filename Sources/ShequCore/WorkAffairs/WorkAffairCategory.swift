/// The three lists of a work-affairs catalogue (工作事务指导目录, Art. 40).
///
/// ```swift
/// let category = WorkAffairCategory.assistance
/// print(category.chineseName)   // 协助事项
/// ```
public enum WorkAffairCategory: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 主责事项: the committee's own duties; accepted as they come.
    case mainDuty = "main_duty"
    /// 协助事项: work the committee helps government with; needs funding and working conditions (Art. 40 ¶2).
    case assistance
    /// 负面事项: work that may not be pushed onto a committee (Art. 40 ¶2, Art. 45).
    case negative

    /// The name used in the catalogues: 主责事项, 协助事项 or 负面事项.
    public var chineseName: String {
        switch self {
        case .mainDuty: "主责事项"
        case .assistance: "协助事项"
        case .negative: "负面事项"
        }
    }

    public var description: String { chineseName }
}
