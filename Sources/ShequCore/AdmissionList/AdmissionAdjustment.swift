/// A change to a county's admission list (准入清单, Art. 34 "动态调整"): what was added
/// or removed, by whom and why.
public struct AdmissionAdjustment: Sendable, Hashable, Codable {
    /// Who decided the change, e.g. "浉河区人民政府".
    public var adjustedBy: String
    /// Why, in Chinese, e.g. "新增防汛巡查事项".
    public var reason: String
    /// Task types added, by code.
    public var added: [String]
    /// Task types removed, by code.
    public var removed: [String]

    /// Creates an adjustment record.
    public init(adjustedBy: String, reason: String, added: [String], removed: [String]) {
        self.adjustedBy = adjustedBy
        self.reason = reason
        self.added = added
        self.removed = removed
    }

    enum CodingKeys: String, CodingKey {
        case adjustedBy = "adjusted_by"
        case reason, added, removed
    }
}
