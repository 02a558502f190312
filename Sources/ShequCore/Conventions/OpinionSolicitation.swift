/// The round in which the committee gathered residents' opinions on a draft
/// (征求意见), before sending it to the township or street office.
///
/// ```swift
/// let round = OpinionSolicitation(from: CivilDate("2025-04-01")!,
///                                 through: CivilDate("2025-04-15")!,
///                                 opinionsReceived: 37, summary: "多数意见建议宴席桌数上限定为10桌")
/// ```
public struct OpinionSolicitation: Sendable, Hashable, Codable {
    /// First day opinions were taken.
    public let from: CivilDate
    /// Last day opinions were taken.
    public let through: CivilDate
    /// How many opinions came in.
    public let opinionsReceived: Int
    /// What they said and how the draft answered them, in Chinese.
    public let summary: String

    /// Records a round of opinions.
    public init(from: CivilDate, through: CivilDate, opinionsReceived: Int, summary: String) {
        self.from = from
        self.through = through
        self.opinionsReceived = opinionsReceived
        self.summary = summary
    }

    enum CodingKeys: String, CodingKey {
        case from, through
        case opinionsReceived = "opinions_received"
        case summary
    }
}
