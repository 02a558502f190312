/// A resident's or household's appeal (申诉) against a ledger entry about them.
///
/// ```swift
/// let appeal = Appeal(id: "a-1", entryID: "e-7#1", appellant: .household("h-1"),
///                     filedOn: CivilDate("2025-06-10")!, grounds: "当天宴席只有8桌，记录有误")
/// ```
public struct Appeal: Sendable, Hashable, Codable {
    /// The appeal's identifier.
    public let id: String
    /// The entry appealed against.
    public let entryID: String
    /// Who appeals: the entry's subject, or the household it counts to.
    public let appellant: PointsSubject
    /// The day it was filed.
    public let filedOn: CivilDate
    /// Why, in the appellant's words.
    public let grounds: String

    /// Files an appeal.
    public init(id: String, entryID: String, appellant: PointsSubject, filedOn: CivilDate, grounds: String) {
        self.id = id
        self.entryID = entryID
        self.appellant = appellant
        self.filedOn = filedOn
        self.grounds = grounds
    }

    enum CodingKeys: String, CodingKey {
        case id
        case entryID = "entry_id"
        case appellant
        case filedOn = "filed_on"
        case grounds
    }
}
