/// A state of a record whose changes follow a fixed set of allowed steps.
///
/// Work orders (Art. 15), incidents and hazard findings (Art. 37), care needs
/// (Art. 19), volunteer hours (Art. 25) and facility projects (Art. 12) each list,
/// for every state, the states that may follow it. Checking a step is then one call:
///
/// ```swift
/// try HotlineStatus.received.checkTransition(to: .dispatched, record: "工单 H-1")
/// ```
public protocol LifecycleState: Hashable, Codable, ChineseNamedCase {
    /// The states that may directly follow this one; empty for a final state.
    var successors: Set<Self> { get }
}

extension LifecycleState {
    /// Whether no state may follow this one.
    public var isFinal: Bool { successors.isEmpty }

    /// Throws unless `next` may directly follow this state.
    ///
    /// - Parameter record: names the record in the error, e.g. `工单 H-1`.
    public func checkTransition(to next: Self, record: String) throws(LifecycleTransitionError) {
        guard successors.contains(next) else {
            let allowed = Self.allCases.filter { successors.contains($0) }.map(\.chineseName)
            throw LifecycleTransitionError(
                record: record, from: chineseName, to: next.chineseName, allowed: allowed
            )
        }
    }
}
