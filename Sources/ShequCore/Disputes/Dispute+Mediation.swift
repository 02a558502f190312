import Foundation

extension Dispute {
    /// Assigns a mediator (grid worker, people's mediator, legal adviser, volunteer; Art. 35 ¶3).
    public mutating func assign(_ mediator: Mediator, at date: Date, by actor: String) throws(DisputeError) {
        try checkOpen(at: date)
        if mediators.contains(where: { $0.id == mediator.id }) { throw .duplicateMediator(disputeID: id, mediatorID: mediator.id) }
        mediators.append(mediator)
        history.append(DisputeEvent(
            kind: .mediatorAssigned, at: date, level: currentLevel, actor: actor,
            note: "指派\(mediator.kind.chineseName)\(mediator.name)参与调解"))
    }

    /// Records a mediation session; every mediator in it must be assigned.
    public mutating func record(_ session: MediationSession) throws(DisputeError) {
        try checkOpen(at: session.date)
        if sessions.contains(where: { $0.id == session.id }) { throw .duplicateSession(disputeID: id, sessionID: session.id) }
        if session.mediatorIDs.isEmpty { throw .invalidIntake(field: "session.mediator_ids", problem: "is empty; name who mediated") }
        let assigned = Set(mediators.map(\.id))
        if let stranger = session.mediatorIDs.first(where: { !assigned.contains($0) }) {
            throw .mediatorNotAssigned(disputeID: id, mediatorID: stranger)
        }
        var session = session
        session.level = currentLevel
        sessions.append(session)
        let names = mediators.filter { session.mediatorIDs.contains($0.id) }.map(\.name).joined(separator: "、")
        history.append(DisputeEvent(
            kind: .sessionHeld, at: session.date, level: currentLevel, actor: names,
            note: "在\(session.place)调解：\(session.summary)"))
    }

    /// Closes the dispute with its outcome; the current holding ends.
    public mutating func close(with outcome: DisputeOutcome, by actor: String) throws(DisputeError) {
        try checkOpen(at: outcome.at)
        if outcome.kind == .mediationAgreement, outcome.agreementText?.isBlank ?? true {
            throw .agreementTextMissing(disputeID: id)
        }
        holdings[holdings.count - 1].until = outcome.at
        holdings[holdings.count - 1].end = .closed
        self.outcome = outcome
        history.append(DisputeEvent(
            kind: .closed, at: outcome.at, level: currentLevel, actor: actor,
            note: "\(outcome.kind.chineseName)：\(outcome.note)"))
    }
}
