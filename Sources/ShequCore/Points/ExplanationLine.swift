/// One entry explained.
public struct ExplanationLine: Sendable, Hashable, Codable {
    /// The ledger entry.
    public let entryID: String
    /// The day it counts for.
    public let on: CivilDate
    /// The signed points.
    public let points: Int
    /// What was done, e.g. `扣减积分`, `申诉撤销`, `积分兑换`.
    public let action: String
    /// Why, in Chinese.
    public let reason: String
    /// The convention and article applied, e.g. `《某村村规民约》第1版 第六条（餐饮消费）`.
    public let rule: String?
    /// The laws the measure rests on.
    public let legalBasis: [String]
    /// The plugin and version that produced it.
    public let plugin: String?
    /// `已撤销` when overturned on appeal, `申诉中` while an appeal is open.
    public let status: String?
    /// For a household's explanation, the member the entry is about (`居民 r-1`);
    /// `nil` when it is about the subject itself.
    public let member: String?

    enum CodingKeys: String, CodingKey {
        case entryID = "entry_id"
        case on, points, action, reason, rule
        case legalBasis = "legal_basis"
        case plugin, status, member
    }
}
