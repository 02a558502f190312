extension PointsLedger {
    /// Explains a subject's balance entry by entry (see ``PointsExplanation``).
    ///
    /// - Parameter conventions: conventions to name titles and kinds from; entries of
    ///   other conventions are named by identifier and version.
    public func explain(_ subject: PointsSubject, conventions: [Convention] = []) -> PointsExplanation {
        let underAppeal = Set(appeals.filter { $0.decision == nil }.map(\.appeal.entryID))
        let lines = entries(of: subject).map { entry -> ExplanationLine in
            var rule: String?
            var bases: [String] = []
            if let reference = entry.convention, let measure = entry.measure {
                let convention = conventions.first { $0.id == reference.convention }
                let title = convention?.version(reference.version)?.title ?? reference.convention.rawValue
                rule = "《\(title)》第\(reference.version)版 \(measure.article.label)（\(measure.topic.chineseName)）"
                bases.append(LegalProvision.regulationArticle30.citation)
                switch convention?.kind {
                case .villageRules?: bases.append(LegalProvision.villagersCommitteeLawArticle27.citation)
                case .residentsConvention?: bases.append(LegalProvision.residentsCommitteeLawArticle15.citation)
                case .autonomyCharter?, nil: break
                }
            }
            let action: String
            switch entry.kind {
            case .measure: action = entry.measure?.kind.chineseName ?? "积分变动"
            case .reversal: action = "申诉撤销"
            case .redemption: action = "积分兑换"
            }
            let status = reversal(of: entry.id) != nil ? "已撤销" : underAppeal.contains(entry.id) ? "申诉中" : nil
            return ExplanationLine(entryID: entry.id, on: entry.on, points: entry.points, action: action,
                                   reason: entry.explanation, rule: rule, legalBasis: bases,
                                   plugin: entry.plugin?.description, status: status,
                                   member: entry.subject == subject ? nil : entry.subject.chineseName)
        }
        return PointsExplanation(subject: subject, balance: balance(of: subject), lines: lines)
    }
}
