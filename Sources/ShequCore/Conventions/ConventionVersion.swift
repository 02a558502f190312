/// One version of a convention: its numbered articles and the record of how it was
/// drafted, reviewed, adopted and filed (Art. 30).
///
/// Versions are values. Each step of the lifecycle returns a new value and an audit
/// record (see ``applying(_:by:)``); an amendment is a new version, so a filed
/// version's text and record never change.
///
/// ```swift
/// let draft = try ConventionVersion(convention: ConventionID("cgmy"), community: CommunityID("411522100201"),
///                                   kind: .villageRules, number: 1, title: "某村村规民约",
///                                   articles: [ConventionArticle(number: 1, text: "……")],
///                                   draftedOn: CivilDate("2025-03-20")!)
/// let next = try draft.applying(.gatherOpinions(round), by: "村民委员会")
/// next.version.stage   // .drafted, with the opinions recorded
/// ```
public struct ConventionVersion: Sendable, Hashable, Codable {
    /// The convention this version belongs to.
    public let convention: ConventionID
    /// The community whose committee owns the convention.
    public let community: CommunityID
    /// The kind of convention.
    public let kind: ConventionKind
    /// The version number: 1 for the first text, then one more per amendment.
    public let number: Int
    /// The title, e.g. `某村村规民约（2025年修订）`.
    public let title: String
    /// The numbered articles, 第一条 first.
    public let articles: [ConventionArticle]
    /// The day the committee drafted the text.
    public let draftedOn: CivilDate
    /// The stage reached.
    public internal(set) var stage: ConventionStage
    /// The rounds of opinions gathered on the draft.
    public internal(set) var opinions: [OpinionSolicitation]
    /// The township's or street office's review, once done.
    public internal(set) var review: TownshipReview?
    /// The meeting's vote, once held with a quorum.
    public internal(set) var vote: MeetingVote?
    /// The filing and publication, once filed.
    public internal(set) var filing: ConventionFiling?

    /// Drafts a version.
    ///
    /// - Throws: ``ConventionError/articlesNotNumbered(expected:found:)`` unless the
    ///   articles are numbered 1, 2, 3 … in order; ``ConventionError/noArticles`` when empty.
    public init(convention: ConventionID, community: CommunityID, kind: ConventionKind, number: Int,
                title: String, articles: [ConventionArticle], draftedOn: CivilDate) throws(ConventionError) {
        guard !articles.isEmpty else { throw .noArticles }
        for (index, article) in articles.enumerated() where article.reference.number != index + 1 {
            throw .articlesNotNumbered(expected: index + 1, found: article.reference.number)
        }
        self.convention = convention
        self.community = community
        self.kind = kind
        self.number = number
        self.title = title
        self.articles = articles
        self.draftedOn = draftedOn
        self.stage = .drafted
        self.opinions = []
    }

    /// The article with this reference, if the version has it.
    public func article(_ reference: ArticleReference) -> ConventionArticle? {
        let index = reference.number - 1
        return articles.indices.contains(index) ? articles[index] : nil
    }

    /// The first day this version applies, once filed.
    public var effectiveFrom: CivilDate? { filing?.effectiveFrom }

    /// A short reference to this version, as ledger entries record it.
    public var reference: ConventionVersionReference {
        ConventionVersionReference(convention: convention, version: number)
    }

    enum CodingKeys: String, CodingKey {
        case convention, community, kind, number, title, articles
        case draftedOn = "drafted_on"
        case stage, opinions, review, vote, filing
    }
}
