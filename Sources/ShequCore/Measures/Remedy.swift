/// What a request to put things right (`rectification_request`) asks the person to do.
///
/// Money is never a remedy: a committee cannot demand payment (see ``LegalRule/moneyDemand``).
public enum Remedy: String, Sendable, Hashable, Codable, CaseIterable {
    /// 恢复原状: restore what was damaged or changed.
    case restore
    /// 清理: clean up (rubbish, obstruction, dog waste …).
    case cleanUp = "clean_up"
    /// 赔礼道歉: apologise to the person wronged.
    case apologise
    /// 履行义务: perform a duty (e.g. support elderly parents).
    case performDuty = "perform_duty"
    /// 其他改正: another non-monetary correction described in the reason.
    case other

    /// The remedy's Chinese name.
    public var chineseName: String {
        switch self {
        case .restore: "恢复原状"
        case .cleanUp: "清理"
        case .apologise: "赔礼道歉"
        case .performDuty: "履行义务"
        case .other: "其他改正"
        }
    }
}
