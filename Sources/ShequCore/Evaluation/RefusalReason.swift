/// Why a returned measure does not apply.
public enum RefusalReason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// It conflicts with the law.
    case unlawful(LegalGuardRefusal)
    /// It is outside what the plugin declared.
    case outOfBounds(BoundsViolation)
    /// It names an article the version in force does not have.
    case unknownArticle(ArticleReference, version: ConventionVersionReference)
    /// No convention version was in force on the day of the behaviour.
    case noVersionInForce(NoVersionInForce)

    public var description: String {
        switch self {
        case let .unlawful(refusal): refusal.description
        case let .outOfBounds(violation): violation.description
        case let .unknownArticle(article, version):
            "\(version) has no \(article.label): the measure must apply an article of the version in force"
        case let .noVersionInForce(reason): reason.description
        }
    }

    /// A short name for reports: the legal rule, or `out_of_bounds`, `unknown_article`, `no_version_in_force`.
    public var code: String {
        switch self {
        case let .unlawful(refusal): refusal.rule.rawValue
        case .outOfBounds: "out_of_bounds"
        case .unknownArticle: "unknown_article"
        case .noVersionInForce: "no_version_in_force"
        }
    }
}
