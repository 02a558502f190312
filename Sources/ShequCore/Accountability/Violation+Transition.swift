import Foundation

extension Violation {
    /// Moves the violation to a new status, if ``ViolationStatus/allowedNext`` permits it, and records who and why.
    ///
    /// ```swift
    /// try violation.transition(to: .corrected, by: "某街道办事处", note: "已收回该项工作", at: now)
    /// ```
    public mutating func transition(to next: ViolationStatus, by actor: String, note: String, at date: Date) throws(ViolationTransitionError) {
        guard status.allowedNext.contains(next) else {
            throw ViolationTransitionError(violationID: id, from: status, to: next, reason: .notAllowed)
        }
        if actor.isBlank { throw ViolationTransitionError(violationID: id, from: status, to: next, reason: .blankActor) }
        if let last = history.last, date < last.at {
            throw ViolationTransitionError(violationID: id, from: status, to: next, reason: .dateBeforeLastChange(last.at))
        }
        if next == .correctionOrdered, correction == nil {
            throw ViolationTransitionError(violationID: id, from: status, to: next, reason: .correctionMissing)
        }
        history.append(ViolationStatusChange(from: status, to: next, at: date, by: actor, note: note))
        status = next
    }

    /// Orders a correction (予以纠正) and moves the violation to ``ViolationStatus/correctionOrdered``; also reopens a correction found insufficient.
    public mutating func orderCorrection(_ instruction: String, by government: String, deadline: Date? = nil, at date: Date) throws(ViolationTransitionError) {
        guard !instruction.isBlank else {
            throw ViolationTransitionError(violationID: id, from: status, to: .correctionOrdered, reason: .correctionMissing)
        }
        let previous = correction
        correction = CorrectionOrder(instruction: instruction, orderedBy: government, orderedAt: date, deadline: deadline)
        do {
            try transition(to: .correctionOrdered, by: government, note: "责令纠正：\(instruction)", at: date)
        } catch {
            correction = previous
            throw error
        }
    }

    /// True when a correction was ordered with a deadline that has passed at `now` without the correction being reported.
    public func isCorrectionOverdue(at now: Date) -> Bool {
        guard status == .correctionOrdered, let deadline = correction?.deadline else { return false }
        return now > deadline
    }
}

/// Why a violation could not change status.
public struct ViolationTransitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reasons a transition is refused.
    public enum Reason: Sendable, Hashable {
        /// The status machine does not allow the move.
        case notAllowed
        /// No one is named as making the change.
        case blankActor
        /// The change is dated before the last one.
        case dateBeforeLastChange(Date)
        /// A correction is ordered without saying what to correct.
        case correctionMissing
    }

    /// The violation.
    public var violationID: String
    /// Its status.
    public var from: ViolationStatus
    /// The status asked for.
    public var to: ViolationStatus
    /// Why it was refused.
    public var reason: Reason

    public var description: String {
        let move = "violation \(violationID): cannot go from \(from) to \(to)"
        switch reason {
        case .notAllowed:
            let allowed = from.allowedNext.map(\.rawValue)
            return allowed.isEmpty
                ? "\(move); the violation is closed"
                : "\(move); allowed next: \(allowed.joined(separator: ", "))"
        case .blankActor:
            return "\(move); field by is blank, name who makes the change"
        case .dateBeforeLastChange(let last):
            return "\(move); field at is before the last change (\(last.formatted(.iso8601))), use a later date"
        case .correctionMissing:
            return "\(move); field instruction is blank, say what must be corrected (use orderCorrection)"
        }
    }
}
