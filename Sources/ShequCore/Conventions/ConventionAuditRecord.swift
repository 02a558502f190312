/// What happened to a convention version, by whom and when: one record per step,
/// draft and amendment, kept for as long as the convention.
///
/// ```swift
/// let change = try version.applying(.review(review), by: "弦山街道办事处")
/// change.record.summary   // "乡镇（街道）审核通过：未发现与法律法规相抵触的内容"
/// ```
public struct ConventionAuditRecord: Sendable, Hashable, Codable {
    /// The version concerned.
    public let version: ConventionVersionReference
    /// The step's name: `draft`, `amend`, or a ``ConventionStep/name``.
    public let action: String
    /// The stage before, `nil` for a new draft.
    public let from: ConventionStage?
    /// The stage after.
    public let to: ConventionStage
    /// The day it happened.
    public let on: CivilDate
    /// Who did it (a committee, office or person).
    public let actor: String
    /// What happened, in Chinese.
    public let summary: String

    /// Creates a record.
    public init(version: ConventionVersionReference, action: String, from: ConventionStage?,
                to: ConventionStage, on: CivilDate, actor: String, summary: String) {
        self.version = version
        self.action = action
        self.from = from
        self.to = to
        self.on = on
        self.actor = actor
        self.summary = summary
    }
}
