extension PointsLedger {
    /// Files an appeal against a measure entry.
    ///
    /// - Throws: ``LedgerError`` when the entry is unknown, not a measure, already
    ///   overturned or under an open appeal, when the appellant is not concerned, or when
    ///   the appeal predates the entry.
    public func filing(_ appeal: Appeal) throws(LedgerError) -> PointsLedger {
        guard !appeals.contains(where: { $0.appeal.id == appeal.id }) else { throw .duplicateAppeal(appeal.id) }
        guard let entry = entry(appeal.entryID) else { throw .unknownEntry(appeal.entryID) }
        guard entry.kind == .measure else { throw .notAppealable(entryID: entry.id, kind: entry.kind) }
        let concerned = appeal.appellant == entry.subject
            || (appeal.appellant.type == .household && appeal.appellant.id == entry.household)
        guard concerned else { throw .notConcerned(appellant: appeal.appellant, entryID: entry.id) }
        guard reversal(of: entry.id) == nil else { throw .alreadyReversed(entryID: entry.id) }
        if let open = appeals.first(where: { $0.appeal.entryID == entry.id && $0.decision == nil }) {
            throw .appealOpen(appealID: open.appeal.id, entryID: entry.id)
        }
        guard appeal.filedOn >= entry.on else { throw .dateBefore(field: "filed_on", day: appeal.filedOn, earlier: entry.on) }
        var next = self
        next.appeals.append(AppealRecord(appeal: appeal, decision: nil, reversalEntryID: nil))
        return next
    }

    /// Decides an appeal. Upheld: the entry stands. Overturned: a reversal entry of the
    /// opposite points is appended, restoring the balance; the original is never edited.
    ///
    /// ```swift
    /// let decided = try ledger.deciding("a-1", decision)
    /// decided.reversal?.points   // e.g. +6 for an overturned 6-point deduction
    /// ```
    ///
    /// - Throws: ``LedgerError`` when the appeal is unknown or already decided, or the
    ///   decision predates it.
    public func deciding(_ appealID: String, _ decision: AppealDecision) throws(LedgerError) -> AppealOutcome {
        guard let index = appeals.firstIndex(where: { $0.appeal.id == appealID }) else { throw .unknownAppeal(appealID) }
        let record = appeals[index]
        guard record.decision == nil else { throw .alreadyDecided(appealID) }
        guard decision.decidedOn >= record.appeal.filedOn else {
            throw .dateBefore(field: "decided_on", day: decision.decidedOn, earlier: record.appeal.filedOn)
        }
        guard let original = entry(record.appeal.entryID) else { throw .unknownEntry(record.appeal.entryID) }
        var next = self
        var reversal: LedgerEntry?
        if decision.outcome == .overturned {
            let change = -original.points
            let signed = change > 0 ? "退回\(change)分" : change < 0 ? "扣回\(-change)分" : "撤销该措施"
            let what = original.measure?.kind.chineseName ?? "记录"
            reversal = next.append { sequence in
                LedgerEntry(id: "reversal:\(original.id)", sequence: sequence, kind: .reversal, subject: original.subject,
                            household: original.household, community: original.community, points: change,
                            on: decision.decidedOn, recordedOn: decision.decidedOn, eventID: original.eventID,
                            measure: original.measure, convention: original.convention, plugin: original.plugin,
                            reverses: original.id, appealID: appealID,
                            explanation: "申诉成立，撤销\(original.on.chinese)的\(what)（\(original.explanation)），\(signed)。复核意见：\(decision.reason)")
            }
        }
        next.appeals[index] = AppealRecord(appeal: record.appeal, decision: decision, reversalEntryID: reversal?.id)
        return AppealOutcome(ledger: next, record: next.appeals[index], reversal: reversal)
    }
}
