import Foundation

extension CareCase {
    /// Records a visit or service by one of the case's carers.
    public mutating func addVisit(_ visit: CareVisit) throws(CareServiceError) {
        guard closedAt == nil else { throw .caseClosed(caseID: id) }
        guard providers.contains(where: { $0.id == visit.providerID }) else {
            throw .unknownProvider(caseID: id, providerID: visit.providerID)
        }
        guard !visit.services.isEmpty else { throw .emptyVisit(caseID: id) }
        visits.append(visit)
    }

    /// Records a new need.
    public mutating func raiseNeed(_ need: CareNeed) throws(CareServiceError) {
        guard closedAt == nil else { throw .caseClosed(caseID: id) }
        guard !needs.contains(where: { $0.id == need.id }) else { throw .duplicateNeed(caseID: id, needID: need.id) }
        needs.append(need)
    }

    /// Moves a need to `next`; final states record the time and how it ended.
    public mutating func updateNeed(
        _ needID: String, to next: CareNeedState, at date: Date, resolution: String? = nil
    ) throws(CareServiceError) {
        guard closedAt == nil else { throw .caseClosed(caseID: id) }
        guard let index = needs.firstIndex(where: { $0.id == needID }) else {
            throw .unknownNeed(caseID: id, needID: needID)
        }
        do {
            try needs[index].state.checkTransition(to: next, record: "关爱档案 \(id) 需求 \(needID)")
        } catch {
            throw .transition(error)
        }
        needs[index].state = next
        if let resolution { needs[index].resolution = resolution }
        if next.isFinal { needs[index].resolvedAt = date }
    }

    /// Closes the case; every need must be met, referred on to the end, or withdrawn.
    public mutating func close(at date: Date) throws(CareServiceError) {
        guard closedAt == nil else { throw .caseClosed(caseID: id) }
        let open = outstandingNeeds.map(\.id)
        guard open.isEmpty else { throw .openNeeds(caseID: id, needIDs: open) }
        closedAt = date
    }
}
