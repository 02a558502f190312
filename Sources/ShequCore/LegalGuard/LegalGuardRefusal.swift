/// Why the legal guard refused a measure: the rule broken, where in the measure, the
/// words that showed it, and the legal basis.
///
/// ```swift
/// if case let .failure(refusal) = LegalGuard().review(proposal, actor: .resident("r-1")) {
///     print(refusal)            // English, for the plugin author
///     print(refusal.chineseExplanation)   // for county staff and residents
/// }
/// ```
public struct LegalGuardRefusal: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The rule the measure breaks.
    public let rule: LegalRule
    /// The kind the script gave.
    public let kind: String
    /// The field that showed it (`kind`, `reason`, `subject`, …).
    public let field: String
    /// The words or value that showed it, if any.
    public let evidence: String?
    /// What is wrong and what to do, for the plugin author.
    public let detail: String

    /// Creates a refusal.
    public init(rule: LegalRule, kind: String, field: String, evidence: String?, detail: String) {
        self.rule = rule
        self.kind = kind
        self.field = field
        self.evidence = evidence
        self.detail = detail
    }

    /// The articles the refusal rests on.
    public var legalBases: [LegalProvision] { rule.legalBases }

    /// The refusal as county staff read it: reason, then legal basis.
    public var chineseExplanation: String {
        let bases = legalBases.map(\.citation).joined(separator: "、")
        return "该措施不予执行：\(rule.chineseReason)。依据：\(bases)。"
    }

    public var description: String {
        var text = "measure `\(kind)` refused (\(rule.rawValue)) at field `\(field)`"
        if let evidence { text += " because of “\(evidence)”" }
        text += ": \(detail). \(rule.chineseReason)（依据：\(legalBases.map(\.citation).joined(separator: "、"))）"
        return text
    }
}
