import Foundation

extension HotlineRequest {
    /// Moves the order to `next`, recording who did it and when (Art. 15).
    ///
    /// ```swift
    /// try request.advance(to: .inProgress, at: now, by: "浉河区城管局", note: "已安排人员到场")
    /// ```
    ///
    /// Throws if the step is not allowed, the time is before the last change, or the
    /// order is dispatched without a responsible unit.
    public mutating func advance(
        to next: HotlineStatus, at date: Date, by actor: String, note: String? = nil
    ) throws(HotlineError) {
        do {
            try status.checkTransition(to: next, record: recordName)
        } catch {
            throw .transition(error)
        }
        guard date >= updatedAt else {
            throw .changeBeforeLastUpdate(request: id, at: date, lastUpdate: updatedAt)
        }
        if next == .dispatched, agencyResponsible?.isEmpty ?? true {
            throw .noAgency(request: id)
        }
        record(next, at: date, by: actor, note: note)
    }

    /// Names the responsible unit and dispatches the order to it (派单).
    public mutating func dispatch(
        to unit: String, at date: Date, by actor: String, note: String? = nil
    ) throws(HotlineError) {
        guard !unit.isEmpty else { throw .missingText(request: id, field: "unit") }
        let previous = agencyResponsible
        agencyResponsible = unit
        do {
            try advance(to: .dispatched, at: date, by: actor, note: note)
        } catch {
            agencyResponsible = previous
            throw error
        }
    }

    /// Hands the order over to another unit (转办), which must sign for it again.
    ///
    /// Allowed while a unit holds the order (已派单, 已签收, 办理中, 已退回); the order
    /// goes back to 已派单 with the new unit responsible.
    public mutating func transfer(
        to unit: String, at date: Date, by actor: String, reason: String
    ) throws(HotlineError) {
        guard [.dispatched, .accepted, .inProgress, .returned].contains(status) else {
            throw .notTransferable(request: id, status: status)
        }
        guard !unit.isEmpty else { throw .missingText(request: id, field: "unit") }
        guard !reason.isEmpty else { throw .missingText(request: id, field: "reason") }
        guard unit != agencyResponsible else { throw .transferToSameUnit(request: id, unit: unit) }
        guard date >= updatedAt else {
            throw .changeBeforeLastUpdate(request: id, at: date, lastUpdate: updatedAt)
        }
        transfers.append(HotlineTransfer(fromUnit: agencyResponsible, toUnit: unit, at: date, by: actor, reason: reason))
        agencyResponsible = unit
        record(.dispatched, at: date, by: actor, note: "转办：\(reason)")
    }

    /// Records the caller's satisfaction at the callback and moves the order to 已回访.
    public mutating func recordCallback(
        _ answer: HotlineSatisfaction, at date: Date, by actor: String, note: String? = nil
    ) throws(HotlineError) {
        guard status == .completed else { throw .callbackBeforeCompletion(request: id, status: status) }
        try advance(to: .visited, at: date, by: actor, note: note ?? "回访：\(answer.chineseName)")
        satisfaction = answer
    }

    /// Whether the order is past its deadline and not yet handled, at `now`.
    public func isOverdue(at now: Date) -> Bool {
        guard let expectedAt, !status.isCompleted, status != .invalid else { return false }
        return now > expectedAt
    }

    /// Whether the order was handled by its deadline; `nil` when not handled or without one.
    public var wasCompletedOnTime: Bool? {
        guard status.isCompleted, let completedAt, let expectedAt else { return nil }
        return completedAt <= expectedAt
    }

    private mutating func record(_ next: HotlineStatus, at date: Date, by actor: String, note: String?) {
        history.append(HotlineStatusChange(from: status, to: next, at: date, by: actor, note: note))
        if next == .completed { completedAt = date }
        if next == .inProgress, status == .visited {
            completedAt = nil
            satisfaction = nil
        }
        status = next
        updatedAt = date
        if let note { statusNotes = note }
    }
}
