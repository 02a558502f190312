import Foundation

extension HazardFinding {
    /// The responsible unit starts fixing the hazard (整改中).
    public mutating func startRectification(at date: Date) throws(HazardError) {
        try move(to: .rectifying, at: date)
    }

    /// The responsible unit reports the hazard fixed (待验收).
    public mutating func reportRectified(at date: Date, note: String? = nil) throws(HazardError) {
        try move(to: .awaitingVerification, at: date)
        rectifiedAt = date
        rectificationNote = note
    }

    /// Records a verification: passed strikes the hazard off, failed sends it back to 整改中.
    ///
    /// The responsible unit may not verify its own fix.
    public mutating func verify(_ verification: HazardVerification) throws(HazardError) {
        guard verification.by != responsibleUnit else {
            throw .selfVerification(finding: id, unit: responsibleUnit)
        }
        try move(to: verification.passed ? .verified : .rectifying, at: verification.at)
        verifications.append(verification)
    }

    /// Sets a new deadline (延期), which must not be before the hazard was found.
    public mutating func extendDeadline(to deadline: Date) throws(HazardError) {
        guard deadline >= foundAt else { throw .deadlineBeforeFinding(finding: id) }
        self.deadline = deadline
    }

    private mutating func move(to next: HazardState, at date: Date) throws(HazardError) {
        do {
            try state.checkTransition(to: next, record: recordName)
        } catch {
            throw .transition(error)
        }
        let latest = [foundAt, rectifiedAt, verifications.last?.at].compactMap { $0 }.max() ?? foundAt
        guard date >= latest else { throw .dateOutOfOrder(finding: id, at: date) }
        state = next
    }
}
