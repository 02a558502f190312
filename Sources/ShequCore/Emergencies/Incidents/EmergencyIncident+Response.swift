import Foundation

extension EmergencyIncident {
    /// Moves the incident to `next`, adding it to the timeline.
    ///
    /// Throws if the step is not allowed, is dated before the last change, goes to
    /// 已调度 with no unit dispatched, or closes with aftermath tasks still open.
    public mutating func advance(
        to next: EmergencyStatus, at date: Date, by actor: String, note: String? = nil
    ) throws(EmergencyError) {
        do {
            try status.checkTransition(to: next, record: recordName)
        } catch {
            throw .transition(error)
        }
        guard date >= lastChangeAt else { throw .changeBeforeLastChange(incident: id, at: date, last: lastChangeAt) }
        if next == .dispatched, dispatches.isEmpty { throw .nothingDispatched(incident: id) }
        if next == .closed, !isAftermathComplete {
            throw .aftermathOutstanding(incident: id, tasks: aftermath.filter { $0.completedAt == nil }.map(\.summary))
        }
        timeline.append(EmergencyStatusChange(from: status, to: next, at: date, by: actor, note: note))
        status = next
    }

    /// Records a unit sent; the first dispatch of a reported incident moves it to 已调度.
    public mutating func dispatch(_ dispatch: EmergencyDispatch, by actor: String) throws(EmergencyError) {
        guard !status.isFinal else { throw .incidentFinished(incident: id, status: status) }
        dispatches.append(dispatch)
        if status == .reported {
            do {
                try advance(to: .dispatched, at: dispatch.dispatchedAt, by: actor, note: "调度\(dispatch.unit)")
            } catch {
                dispatches.removeLast()
                throw error
            }
        }
    }

    /// Records that a dispatched unit arrived on the spot.
    public mutating func recordArrival(of unit: String, at date: Date) throws(EmergencyError) {
        guard let index = dispatches.lastIndex(where: { $0.unit == unit && $0.arrivedAt == nil && $0.dispatchedAt <= date }) else {
            throw .arrivalNotMatching(incident: id, unit: unit)
        }
        dispatches[index].arrivedAt = date
    }

    /// Records something the community did to assist (Art. 37 ¶3).
    public mutating func recordCommunityAction(_ action: EmergencyCommunityAction) throws(EmergencyError) {
        guard !status.isFinal else { throw .incidentFinished(incident: id, status: status) }
        communityActions.append(action)
    }

    /// Adds a line to the running record of how the incident is dealt with (处置情况).
    public mutating func recordHandling(_ note: String) throws(EmergencyError) {
        guard !status.isFinal else { throw .incidentFinished(incident: id, status: status) }
        handling.append(note)
    }

    /// Adds a piece of aftermath work.
    public mutating func addAftermath(_ task: EmergencyAftermathTask) throws(EmergencyError) {
        guard !status.isFinal else { throw .incidentFinished(incident: id, status: status) }
        aftermath.append(task)
    }

    /// Marks the aftermath task at `index` done.
    public mutating func completeAftermath(at index: Int, on date: Date) throws(EmergencyError) {
        guard !status.isFinal else { throw .incidentFinished(incident: id, status: status) }
        precondition(aftermath.indices.contains(index), "no aftermath task at \(index)")
        aftermath[index].completedAt = date
    }

    /// The incident as county staff may share it: the reporter's name and phone masked.
    public var masked: EmergencyIncident {
        var copy = self
        copy.reporter = reporter?.masked
        return copy
    }
}
