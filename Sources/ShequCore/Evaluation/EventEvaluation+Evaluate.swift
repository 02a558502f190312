extension EventEvaluation {
    /// Judges what a plugin returned for one event: finds the version in force on the day
    /// the behaviour happened, runs the ``LegalGuard`` on each measure, checks its article
    /// exists in that version, and checks the plugin's declared bounds — counting points
    /// already in `ledger` and those earlier in this same result.
    ///
    /// Pure: the ledger is read, never changed. Apply the result with
    /// ``PointsLedger/applying(_:recordedOn:)``; when judging a batch, apply each event
    /// before judging the next so that per-period bounds see it (see
    /// ``PointsLedger/run(_:convention:bounds:recordedOn:)``).
    public static func evaluate(_ event: BehaviourEvent, proposals: [MeasureProposal], convention: Convention,
                                bounds: MeasureBounds, ledger: PointsLedger) -> EventEvaluation {
        let version: ConventionVersion
        switch convention.versionInForce(on: event.occurredOn) {
        case let .inForce(found): version = found
        case let .none(reason):
            return EventEvaluation(event: event, version: nil, plugin: bounds.plugin, applied: [],
                                   refused: proposals.map { RefusedMeasure(proposal: $0, reason: .noVersionInForce(reason)) })
        }
        let guardrail = LegalGuard()
        var applied: [AppliedMeasure] = []
        var refused: [RefusedMeasure] = []
        var pendingPoints: [PeriodKey: Int] = [:]
        var eventPoints: [MeasureKind: Int] = [:]
        for proposal in proposals {
            let measure: Measure
            switch guardrail.review(proposal, actor: event.subject, actorHousehold: event.household) {
            case let .failure(refusal):
                refused.append(RefusedMeasure(proposal: proposal, reason: .unlawful(refusal)))
                continue
            case let .success(lawful): measure = lawful
            }
            guard version.article(measure.article) != nil else {
                refused.append(RefusedMeasure(proposal: proposal, reason: .unknownArticle(measure.article, version: version.reference)))
                continue
            }
            let subject = measure.subject ?? event.subject
            var inPeriod = 0
            var key: PeriodKey?
            if let period = bounds.bounds[measure.kind]?.period {
                let range = period.range(containing: event.occurredOn)
                key = PeriodKey(subject: subject, kind: measure.kind, range: range)
                inPeriod = ledger.points(of: subject, kind: measure.kind, plugin: bounds.plugin, in: range)
                    + pendingPoints[key!, default: 0]
            }
            do {
                try bounds.check(measure, subject: subject, on: event.occurredOn, pointsInPeriod: inPeriod,
                                 pointsInEvent: eventPoints[measure.kind, default: 0])
            } catch {
                refused.append(RefusedMeasure(proposal: proposal, reason: .outOfBounds(error)))
                continue
            }
            if let key { pendingPoints[key, default: 0] += abs(measure.pointsChange) }
            eventPoints[measure.kind, default: 0] += abs(measure.pointsChange)
            applied.append(AppliedMeasure(measure: measure, subject: subject))
        }
        return EventEvaluation(event: event, version: version.reference, plugin: bounds.plugin,
                               applied: applied, refused: refused)
    }

    private struct PeriodKey: Hashable {
        let subject: PointsSubject
        let kind: MeasureKind
        let range: DayRange
    }
}
