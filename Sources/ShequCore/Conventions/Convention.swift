/// A committee's autonomy charter, residents' convention or village rules (Art. 30),
/// with every version it has had.
///
/// The version list only grows: drafting and amending append a version, and a step can
/// only move an open version; filed, returned and rejected versions stay as they were.
///
/// ```swift
/// var change = try Convention.draft(id: ConventionID("cgmy"), community: CommunityID("411522100201"),
///                                   kind: .villageRules, title: "某村村规民约",
///                                   articles: articles, on: CivilDate("2025-03-20")!, by: "村民委员会")
/// change = try change.convention.advancing(version: 1, with: .gatherOpinions(round), by: "村民委员会")
/// // … review, vote, file …
/// change.convention.versionInForce(on: CivilDate("2025-07-01")!)
/// ```
///
/// ## Topics
///
/// ### Drafting and amending
/// - ``draft(id:community:kind:title:articles:on:by:)``
/// - ``amend(title:articles:on:by:)``
///
/// ### Moving a version on
/// - ``advancing(version:with:by:)``
/// - ``ConventionStep``
/// - ``ConventionAuditRecord``
///
/// ### The version in force
/// - ``versionInForce(on:)``
/// - ``VersionInForce``
public struct Convention: Sendable, Hashable, Codable {
    /// The convention's identifier.
    public let id: ConventionID
    /// The community whose committee owns it.
    public let community: CommunityID
    /// The kind of convention.
    public let kind: ConventionKind
    /// Every version, oldest first.
    public private(set) var versions: [ConventionVersion]

    /// Drafts a new convention with its first version.
    ///
    /// - Throws: ``ConventionError`` when the articles are empty or misnumbered.
    public static func draft(id: ConventionID, community: CommunityID, kind: ConventionKind, title: String,
                             articles: [ConventionArticle], on day: CivilDate,
                             by actor: String) throws(ConventionError) -> ConventionChange {
        let first = try ConventionVersion(convention: id, community: community, kind: kind, number: 1,
                                          title: title, articles: articles, draftedOn: day)
        let convention = Convention(id: id, community: community, kind: kind, versions: [first])
        let record = ConventionAuditRecord(version: first.reference, action: "draft", from: nil, to: .drafted,
                                           on: day, actor: actor,
                                           summary: "起草\(kind.chineseName)《\(title)》（共\(articles.count)条）")
        return ConventionChange(convention: convention, record: record)
    }

    /// Drafts an amendment: a new version with the full amended text. Earlier versions
    /// are kept unchanged.
    ///
    /// - Throws: ``ConventionError/versionStillOpen(number:stage:)`` when an earlier
    ///   version is still being drafted, reviewed or adopted.
    public func amend(title: String, articles: [ConventionArticle], on day: CivilDate,
                      by actor: String) throws(ConventionError) -> ConventionChange {
        if let open = versions.first(where: { $0.stage.isOpen }) {
            throw .versionStillOpen(number: open.number, stage: open.stage)
        }
        let number = (versions.last?.number ?? 0) + 1
        let version = try ConventionVersion(convention: id, community: community, kind: kind, number: number,
                                            title: title, articles: articles, draftedOn: day)
        var next = self
        next.versions.append(version)
        let record = ConventionAuditRecord(version: version.reference, action: "amend", from: nil, to: .drafted,
                                           on: day, actor: actor,
                                           summary: "起草修订稿《\(title)》（第\(number)版，共\(articles.count)条）")
        return ConventionChange(convention: next, record: record)
    }

    /// Applies a lifecycle step to version `number` (see ``ConventionVersion/applying(_:by:)``).
    ///
    /// - Throws: ``ConventionError`` from the step, or
    ///   ``ConventionError/unknownVersion(_:)``.
    public func advancing(version number: Int, with step: ConventionStep,
                          by actor: String) throws(ConventionError) -> ConventionChange {
        guard let index = versions.firstIndex(where: { $0.number == number }) else { throw .unknownVersion(number) }
        let transition = try versions[index].applying(step, by: actor)
        var next = self
        next.versions[index] = transition.version
        return ConventionChange(convention: next, record: transition.record)
    }

    /// The version with this number.
    public func version(_ number: Int) -> ConventionVersion? { versions.first { $0.number == number } }

    /// The filed version in force on `day` (see ``VersionInForce``).
    public func versionInForce(on day: CivilDate) -> VersionInForce {
        VersionInForce.resolve(versions, on: day)
    }
}
