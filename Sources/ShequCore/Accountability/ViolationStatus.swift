/// Where a violation stands between recording and closing (纠正, Art. 44, 45; 处分, Art. 45, 46).
///
/// ```text
/// recorded ──▶ correctionOrdered ──▶ corrected ──▶ verified
///     │               │   ▲               │
///     │               │   └── reopened ───┘
///     ▼               ▼
/// dismissed   referredForDiscipline ◀── (also from corrected)
/// ```
public enum ViolationStatus: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 已登记: recorded, nothing ordered yet.
    case recorded
    /// 责令纠正: the government ordered a correction.
    case correctionOrdered = "correction_ordered"
    /// 已整改: the unit reports the correction done.
    case corrected
    /// 已核实: the government checked the correction; closed.
    case verified
    /// 移送处分: serious case referred for discipline of the persons responsible; closed here.
    case referredForDiscipline = "referred_for_discipline"
    /// 不予认定: found not to be a violation; closed.
    case dismissed

    /// The statuses a violation may move to from this one.
    public var allowedNext: [ViolationStatus] {
        switch self {
        case .recorded: [.correctionOrdered, .dismissed]
        case .correctionOrdered: [.corrected, .referredForDiscipline]
        case .corrected: [.verified, .correctionOrdered, .referredForDiscipline]
        case .verified, .referredForDiscipline, .dismissed: []
        }
    }

    /// True when no further transition is allowed.
    public var isClosed: Bool { allowedNext.isEmpty }

    /// The status in Chinese, as reports show it.
    public var chineseName: String {
        switch self {
        case .recorded: "已登记"
        case .correctionOrdered: "责令纠正"
        case .corrected: "已整改"
        case .verified: "已核实"
        case .referredForDiscipline: "移送处分"
        case .dismissed: "不予认定"
        }
    }

    public var description: String { rawValue }
}
