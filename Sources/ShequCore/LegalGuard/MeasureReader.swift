/// The guard's first line: reads a proposal into a typed ``Measure`` using only its
/// structure — a lawful kind, known fields with the right types, a concrete subject,
/// a notice addressed to the person. Words are left to ``TextScreen``.
enum MeasureReader {
    static let commonFields: Set = ["topic", "article", "reason", "subject"]

    static func fields(for kind: MeasureKind) -> Set<String> {
        fieldsByKind[kind] ?? commonFields
    }

    // Built once: every measure of every event is checked against its kind's fields.
    private static let fieldsByKind: [MeasureKind: Set<String>] = Dictionary(uniqueKeysWithValues: MeasureKind.allCases.map { kind in
        let own: Set<String> = switch kind {
        case .awardPoints, .deductPoints: ["points"]
        case .honour: ["honour"]
        case .priority: ["benefit"]
        case .rectificationRequest: ["remedy"]
        case .notice: ["audience"]
        case .suspension: ["award", "months"]
        case .commendation, .criticismEducation: []
        }
        return (kind, commonFields.union(own))
    })

    /// The largest number of points one measure may move, whatever a declaration says.
    static let pointsCeiling = 10_000

    static func read(_ proposal: MeasureProposal) -> Result<Measure, LegalGuardRefusal> {
        let rawKind = proposal.kind
        func refuse(_ rule: LegalRule, _ field: String, _ evidence: String?, _ detail: String) -> Result<Measure, LegalGuardRefusal> {
            .failure(LegalGuardRefusal(rule: rule, kind: rawKind, field: field, evidence: evidence, detail: detail))
        }

        guard let kind = MeasureKind(rawValue: rawKind) else {
            let lawful = MeasureKind.allCases.map(\.rawValue).joined(separator: ", ")
            if let rule = TokenClassifier.name(rawKind) ?? TextScreen.screen(rawKind, constraint: true)?.rule {
                return refuse(rule, "kind", rawKind, "no convention may impose this; return one of the lawful kinds: \(lawful)")
            }
            return refuse(.unlawfulKind, "kind", rawKind.isEmpty ? nil : rawKind,
                          rawKind.isEmpty ? "the measure has no `kind`; give one of: \(lawful)"
                                          : "`\(rawKind)` is not a lawful measure kind; use one of: \(lawful)")
        }

        let allowed = fields(for: kind)
        // The first refused field in name order, so the refusal is always the same.
        if let field = proposal.fields.keys.filter({ !allowed.contains($0) }).min() {
            if let rule = TokenClassifier.name(field) {
                return refuse(rule, field, field, "a `\(rawKind)` measure cannot carry `\(field)`")
            }
            return refuse(.malformed, field, field,
                          "`\(rawKind)` has no field `\(field)`; its fields are \(allowed.sorted().joined(separator: ", "))")
        }

        func text(_ field: String, required: Bool = true) -> Result<String?, LegalGuardRefusal> {
            guard let value = proposal.fields[field], value != .null else {
                if required {
                    return .failure(LegalGuardRefusal(rule: .malformed, kind: rawKind, field: field, evidence: nil,
                                                      detail: "`\(rawKind)` needs a `\(field)` string"))
                }
                return .success(nil)
            }
            guard let string = value.stringValue, !string.isBlank else {
                return .failure(LegalGuardRefusal(rule: .malformed, kind: rawKind, field: field, evidence: value.description,
                                                  detail: "`\(field)` must be a non-empty string"))
            }
            return .success(string)
        }

        let topicText: String, articleText: String, reason: String
        switch (text("topic"), text("article"), text("reason")) {
        case let (.success(t?), .success(a?), .success(r?)): (topicText, articleText, reason) = (t, a, r)
        case let (.failure(error), _, _), let (_, .failure(error), _), let (_, _, .failure(error)): return .failure(error)
        default: return refuse(.malformed, "topic", nil, "`topic`, `article` and `reason` are required")
        }
        guard let topic = MeasureTopic(rawValue: topicText) else {
            return refuse(.malformed, "topic", topicText,
                          "use respect_elderly, wedding_funeral_customs, banquet_spending, dog_keeping, living_environment or a snake_case local topic")
        }
        let article: ArticleReference
        if let number = proposal.fields["article"]?.integerValue, number >= 1 {
            article = ArticleReference(number: number)
        } else if let parsed = ArticleReference(parsing: articleText) {
            article = parsed
        } else {
            return refuse(.malformed, "article", articleText, "write the article as 第五条 or 第5条")
        }

        var subject: PointsSubject?
        if let value = proposal.fields["subject"], value != .null {
            let type = value["type"]?.stringValue ?? ""
            switch (PointsSubject.Kind(rawValue: type), value["id"]?.stringValue) {
            case let (kindOfSubject?, id?) where !id.isEmpty:
                subject = PointsSubject(type: kindOfSubject, id: id)
            default:
                if let rule = TokenClassifier.name(type), rule == .collectivePunishment || !kind.isIncentive {
                    return refuse(.collectivePunishment, "subject", value.description,
                                  "a measure applies to one resident or household: the person who acted")
                }
                return refuse(.malformed, "subject", value.description,
                              "`subject` is `{ type = \"resident\" | \"household\", id = \"…\" }`, or omit it for the event's subject")
            }
        }

        func points() -> Result<Int, LegalGuardRefusal> {
            guard let value = proposal.fields["points"], let points = value.integerValue else {
                return .failure(LegalGuardRefusal(rule: .malformed, kind: rawKind, field: "points",
                                                  evidence: proposal.fields["points"]?.description,
                                                  detail: "`points` must be a whole number"))
            }
            guard (1...pointsCeiling).contains(points) else {
                return .failure(LegalGuardRefusal(rule: .malformed, kind: rawKind, field: "points", evidence: String(points),
                                                  detail: "`points` must be between 1 and \(pointsCeiling); the kind says whether they are added or deducted"))
            }
            return .success(points)
        }

        let action: MeasureAction
        switch kind {
        case .awardPoints:
            switch points() { case let .success(p): action = .awardPoints(p); case let .failure(e): return .failure(e) }
        case .deductPoints:
            switch points() { case let .success(p): action = .deductPoints(p); case let .failure(e): return .failure(e) }
        case .commendation: action = .commendation
        case .criticismEducation: action = .criticismEducation
        case .honour:
            switch text("honour") { case let .success(t): action = .honour(t!); case let .failure(e): return .failure(e) }
        case .priority:
            switch text("benefit") { case let .success(t): action = .priority(benefit: t!); case let .failure(e): return .failure(e) }
        case .notice:
            if let audience = proposal.fields["audience"], audience != .null, audience != .string("person") {
                return refuse(.privateDataExposure, "audience", audience.description,
                              "a notice goes to the person concerned only (`audience = \"person\"`); publishing it names and shames")
            }
            action = .notice
        case .rectificationRequest:
            switch text("remedy", required: false) {
            case let .failure(e): return .failure(e)
            case let .success(value):
                guard let value else { action = .rectificationRequest(.other); break }
                guard let remedy = Remedy(rawValue: value) else {
                    if let hit = TokenClassifier.name(value) ?? TextScreen.screen(value, constraint: true)?.rule {
                        return refuse(hit, "remedy", value, "a remedy puts things right without money, property or liberty")
                    }
                    return refuse(.malformed, "remedy", value,
                                  "use one of: \(Remedy.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                action = .rectificationRequest(remedy)
            }
        case .suspension:
            let months = proposal.fields["months"]
            if let months, months != .null, !(months.integerValue.map { (1...36).contains($0) } ?? false) {
                return refuse(.malformed, "months", months.description, "`months` is a whole number from 1 to 36")
            }
            switch text("award") {
            case let .success(t): action = .suspension(award: t!, months: months?.integerValue)
            case let .failure(e): return .failure(e)
            }
        }
        return .success(Measure(action: action, topic: topic, article: article, reason: reason, subject: subject))
    }
}
