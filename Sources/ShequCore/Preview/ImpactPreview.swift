/// What a candidate rule would change, compared with the rule in force, over the same
/// recorded events: per-subject changes, totals, the distribution of changes and the
/// decisions that differ. This is how a county sees a rule change before residents vote.
///
/// Pure: it compares two lists of evaluations and writes nothing. Produce each list
/// with ``PointsLedger/run(_:convention:bounds:recordedOn:)`` on a copy of the ledger.
///
/// ```swift
/// let base = PointsLedger().run(events, convention: current, bounds: currentBounds, recordedOn: today)
/// let cand = PointsLedger().run(candidateEvents, convention: draft, bounds: draftBounds, recordedOn: today)
/// let report = ImpactPreview.compare(baseline: base.evaluations, candidate: cand.evaluations)
/// report.totals.candidate.net - report.totals.baseline.net
/// ```
public enum ImpactPreview {
    /// Compares two evaluations of the same events.
    public static func compare(baseline: [EventEvaluation], candidate: [EventEvaluation]) -> ImpactReport {
        let base = Dictionary(baseline.map { ($0.event.id, $0) }, uniquingKeysWith: { first, _ in first })
        let cand = Dictionary(candidate.map { ($0.event.id, $0) }, uniquingKeysWith: { first, _ in first })

        var before: [PointsSubject: Int] = [:]
        var after: [PointsSubject: Int] = [:]
        for evaluation in baseline { for (subject, points) in evaluation.pointsChanges { before[subject, default: 0] += points } }
        for evaluation in candidate { for (subject, points) in evaluation.pointsChanges { after[subject, default: 0] += points } }

        let subjects = Set(before.keys).union(after.keys).sorted()
        let changes = subjects.map {
            SubjectImpact(subject: $0, baseline: before[$0, default: 0], candidate: after[$0, default: 0])
        }
        var distribution: [ChangeBand: Int] = [:]
        for change in changes { distribution[ChangeBand(change.change), default: 0] += 1 }

        var decisions: [DecisionChange] = []
        var order: [String] = []
        var seen: Set<String> = []
        for id in baseline.map(\.event.id) + candidate.map(\.event.id) where seen.insert(id).inserted { order.append(id) }
        for id in order {
            let was = base[id].map(MeasureDecision.list) ?? []
            let would = cand[id].map(MeasureDecision.list) ?? []
            if was != would { decisions.append(DecisionChange(eventID: id, baseline: was, candidate: would)) }
        }
        return ImpactReport(subjects: changes.filter { $0.change != 0 },
                            unchangedSubjects: changes.filter { $0.change == 0 }.count,
                            totals: .init(baseline: sums(baseline), candidate: sums(candidate)),
                            distribution: distribution, decisionsChanged: decisions)
    }

    private static func sums(_ evaluations: [EventEvaluation]) -> ImpactReport.Sums {
        var sums = ImpactReport.Sums()
        for evaluation in evaluations {
            for applied in evaluation.applied {
                let points = applied.measure.pointsChange
                if points > 0 { sums.awarded += points } else { sums.deducted -= points }
                sums.measures += 1
            }
            sums.refused += evaluation.refused.count
            if evaluation.failure != nil { sums.failedEvents += 1 }
        }
        return sums
    }
}
