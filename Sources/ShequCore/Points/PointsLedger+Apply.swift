extension PointsLedger {
    /// Writes the measures of an evaluation, once per event: an event already applied
    /// is recognised by its id and changes nothing (re-importing is safe).
    ///
    /// ```swift
    /// let receipt = ledger.applying(evaluation, recordedOn: today)
    /// receipt.alreadyApplied   // false the first time, true after
    /// ```
    public func applying(_ evaluation: EventEvaluation, recordedOn: CivilDate) -> LedgerReceipt {
        var next = self
        guard let appended = next.apply(evaluation, recordedOn: recordedOn) else {
            return LedgerReceipt(ledger: self, appended: [], alreadyApplied: true)
        }
        return LedgerReceipt(ledger: next, appended: appended, alreadyApplied: false)
    }

    /// Writes the measures of an evaluation in place (see ``applying(_:recordedOn:)``).
    ///
    /// - Returns: the entries written, or `nil` when the event had already been applied.
    @discardableResult
    public mutating func apply(_ evaluation: EventEvaluation, recordedOn: CivilDate) -> [LedgerEntry]? {
        let event = evaluation.event
        guard !appliedEvents.contains(event.id) else { return nil }
        // A failed evaluation writes nothing and leaves the event open for a later run.
        guard evaluation.failure == nil else { return [] }
        appliedEvents.insert(event.id)
        var appended: [LedgerEntry] = []
        for (index, applied) in evaluation.applied.enumerated() {
            let subject = applied.subject
            let household = subject.type == .household ? subject.id : event.household
            appended.append(append { sequence in
                LedgerEntry(id: "\(event.id)#\(index + 1)", sequence: sequence, kind: .measure, subject: subject,
                            household: household, community: event.community, points: applied.measure.pointsChange,
                            on: event.occurredOn, recordedOn: recordedOn, eventID: event.id, measure: applied.measure,
                            convention: evaluation.version, plugin: evaluation.plugin,
                            explanation: applied.measure.reason)
            })
        }
        return appended
    }

    /// Judges and applies a batch of events in order, each against the ledger as the
    /// events before it left it, and returns the new ledger with every evaluation.
    /// `self` is unchanged, so this is also how a candidate rule is simulated. An event
    /// on which the plugin failed is reported in its evaluation and writes nothing; the
    /// others are applied.
    ///
    /// - Parameter events: each event with what the plugin gave for it.
    public func run(_ events: [(event: BehaviourEvent, result: PluginResult)], convention: Convention,
                    bounds: MeasureBounds, recordedOn: CivilDate) -> (ledger: PointsLedger, evaluations: [EventEvaluation]) {
        var ledger = self
        var evaluations: [EventEvaluation] = []
        evaluations.reserveCapacity(events.count)
        for (event, result) in events {
            let evaluation = switch result {
            case let .measures(proposals):
                EventEvaluation.evaluate(event, proposals: proposals, convention: convention, bounds: bounds, ledger: ledger)
            case let .failed(message):
                EventEvaluation.failed(event, plugin: bounds.plugin, message: message)
            }
            ledger.apply(evaluation, recordedOn: recordedOn)
            evaluations.append(evaluation)
        }
        return (ledger, evaluations)
    }

    /// ``run(_:convention:bounds:recordedOn:)`` for events whose plugin calls all returned.
    public func run(_ events: [(event: BehaviourEvent, proposals: [MeasureProposal])], convention: Convention,
                    bounds: MeasureBounds, recordedOn: CivilDate) -> (ledger: PointsLedger, evaluations: [EventEvaluation]) {
        run(events.map { (event: $0.event, result: PluginResult.measures($0.proposals)) },
            convention: convention, bounds: bounds, recordedOn: recordedOn)
    }
}
