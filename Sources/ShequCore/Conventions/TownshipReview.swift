/// The township government's or street office's review of a draft before the vote
/// (乡镇人民政府、街道办事处审核), which checks it against the law.
///
/// A draft that is sent back cannot go to the vote; the committee drafts a new version.
///
/// ```swift
/// let review = TownshipReview(office: "光山县弦山街道办事处", on: CivilDate("2025-04-25")!,
///                             approved: true, opinion: "未发现与法律法规相抵触的内容")
/// ```
public struct TownshipReview: Sendable, Hashable, Codable {
    /// The reviewing office.
    public let office: String
    /// The day of the review.
    public let on: CivilDate
    /// Whether the draft may go to the vote.
    public let approved: Bool
    /// The office's written opinion, in Chinese.
    public let opinion: String

    /// Records a review.
    public init(office: String, on: CivilDate, approved: Bool, opinion: String) {
        self.office = office
        self.on = on
        self.approved = approved
        self.opinion = opinion
    }
}
