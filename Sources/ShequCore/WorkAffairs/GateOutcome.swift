/// The three answers of the assignment gate (Art. 40, 45).
public enum GateOutcome: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 接收: main-duty work, or assistance work with funding and working conditions stated.
    case accepted
    /// 拒绝并登记违规: negative-list work, or assistance work without funding and working
    /// conditions; a violation is recorded (Art. 45).
    case refusedAsViolation = "refused_as_violation"
    /// 待县级政府决定: the work is not in the catalogue.
    case heldForCountyDecision = "held_for_county_decision"

    /// The outcome in Chinese.
    public var chineseName: String {
        switch self {
        case .accepted: "接收"
        case .refusedAsViolation: "拒绝并登记违规"
        case .heldForCountyDecision: "待县级政府决定"
        }
    }

    public var description: String { rawValue }
}
