/// Refuses measures that conflict with the law, whatever a script returns (Art. 30:
/// 不得与宪法、法律、法规以及国家政策相抵触).
///
/// It works in three steps, each of which can only refuse:
///
/// 1. **Structure.** The kind must be one of the nine lawful ``MeasureKind``s; every
///    field must be one that kind has; `points` are whole and bounded; a notice goes to
///    the person only. Unknown kinds and fields are refused, and their names are read
///    for the rule they announce (`fine`, `cut_water`, `relatives` …).
/// 2. **Typed content.** A measure applies to the person who acted: a constraint whose
///    subject is anyone else (a relative, the household of a resident who acted, a
///    group) is collective punishment; an incentive may go to the actor or the actor's
///    household. The benefit of a `priority` and the award of a `suspension` must be
///    the committee's own: any statutory entitlement named there is refused.
/// 3. **Words** (``TextScreen``), as a second line with stated limits.
///
/// There is no option to relax it: deny wins.
///
/// ```swift
/// let guardrail = LegalGuard()
/// let proposal = MeasureProposal(kind: "rectification_request", fields: [
///     "topic": .string("living_environment"), "article": .string("第八条"),
///     "reason": .string("限期清理垃圾，并缴纳保证金200元"),
/// ])
/// guardrail.review(proposal, actor: .household("h-1"))   // .failure(moneyDemand at `reason`)
/// ```
///
/// ## Topics
///
/// ### Reviewing
/// - ``review(_:actor:actorHousehold:)-(MeasureProposal,_,_)``
/// - ``review(_:actor:actorHousehold:)-(Measure,_,_)``
///
/// ### Refusals
/// - ``LegalGuardRefusal``
/// - ``LegalRule``
/// - ``LegalProvision``
public struct LegalGuard: Sendable {
    /// Creates the guard. It has no settings.
    public init() {}

    /// Reviews what a script returned for an event whose subject is `actor`.
    ///
    /// - Parameters:
    ///   - proposal: the measure as returned.
    ///   - actor: the event's subject, the person or household whose behaviour it is.
    ///   - actorHousehold: the household of a resident actor, to which incentives may go.
    /// - Returns: the lawful measure, or the refusal with its reason and legal basis.
    public func review(_ proposal: MeasureProposal, actor: PointsSubject,
                       actorHousehold: String? = nil) -> Result<Measure, LegalGuardRefusal> {
        let measure: Measure
        switch MeasureReader.read(proposal) {
        case let .success(read): measure = read
        case let .failure(refusal): return .failure(refusal)
        }
        func refuse(_ rule: LegalRule, _ field: String, _ evidence: String?, _ detail: String) -> Result<Measure, LegalGuardRefusal> {
            .failure(LegalGuardRefusal(rule: rule, kind: proposal.kind, field: field, evidence: evidence, detail: detail))
        }

        if let subject = measure.subject, subject != actor {
            let toOwnHousehold = measure.kind.isIncentive && actor.type == .resident
                && actorHousehold.map { subject == .household($0) } == true
            if !toOwnHousehold {
                return refuse(.collectivePunishment, "subject", subject.description,
                              measure.kind.isIncentive
                                  ? "an incentive goes to the person who acted (\(actor)) or their household"
                                  : "a constraint applies only to the person who acted (\(actor)), never to a relative, household or group")
            }
        }

        var benefitFields: [(String, String)] = []
        switch measure.action {
        case let .priority(benefit): benefitFields.append(("benefit", benefit))
        case let .suspension(award, _): benefitFields.append(("award", award))
        default: break
        }
        for (field, text) in benefitFields {
            if let hit = TextScreen.screenBenefit(text) {
                return refuse(hit.rule, field, hit.term,
                              "a committee may only give priority for, or suspend, its own non-statutory awards and benefits")
            }
        }

        var texts: [(String, String)] = [("reason", measure.reason)]
        if case let .honour(title) = measure.action { texts.append(("honour", title)) }
        texts += benefitFields
        for (field, text) in texts {
            if let hit = TextScreen.screen(text, constraint: !measure.kind.isIncentive) {
                return refuse(hit.rule, field, hit.term, "the measure's words show what it would do; rewrite the rule without it")
            }
        }
        return .success(measure)
    }

    /// Reviews a typed measure (built in Swift rather than returned by a script) the same way.
    public func review(_ measure: Measure, actor: PointsSubject,
                       actorHousehold: String? = nil) -> Result<Measure, LegalGuardRefusal> {
        review(measure.proposal, actor: actor, actorHousehold: actorHousehold)
    }
}
