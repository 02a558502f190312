/// What a caller to the 12345 hotline wants (诉求类型, Art. 15).
public enum HotlineRequestType: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// A question about a policy or a procedure (咨询).
    case enquiry
    /// A request for help with a difficulty (求助).
    case help
    /// A suggestion for improvement (建议).
    case suggestion
    /// A complaint about a problem or a unit's conduct (投诉).
    case complaint
    /// A report of a violation by someone else (举报).
    case report
    /// Praise or thanks (表扬/感谢).
    case praise
    /// Anything else (其他).
    case other

    public var chineseName: String {
        switch self {
        case .enquiry: "咨询"
        case .help: "求助"
        case .suggestion: "建议"
        case .complaint: "投诉"
        case .report: "举报"
        case .praise: "表扬/感谢"
        case .other: "其他"
        }
    }
}
