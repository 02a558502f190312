/// A resident's relation to the head of the household (与户主关系).
public enum HouseholdRole: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 户主
    case head
    /// 配偶
    case spouse
    /// 子女
    case child
    /// 父母
    case parent
    /// 孙子女
    case grandchild
    /// 其他
    case other

    /// The Chinese name of the relation.
    public var chineseName: String {
        switch self {
        case .head: "户主"
        case .spouse: "配偶"
        case .child: "子女"
        case .parent: "父母"
        case .grandchild: "孙子女"
        case .other: "其他"
        }
    }

    public var description: String { rawValue }
}
