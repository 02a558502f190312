/// A batch of events the store refuses.
public enum EventStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An event id is already stored with other content.
    case conflictingEvent(id: String)
    /// An event id starts with a prefix the ledger keeps for the entries the host makes
    /// itself (reversals after an appeal, redemptions in the points shop).
    case reservedID(id: String, prefix: String)

    /// Refuses the first event whose id takes a prefix the host keeps for its own ledger
    /// entries: every store checks a batch with this before it writes anything.
    ///
    /// - Throws: ``reservedID(id:prefix:)``.
    public static func checkIDs(_ events: some Sequence<BehaviourEvent>) throws(EventStoreError) {
        for event in events {
            if let prefix = BehaviourEvent.reservedPrefix(of: event.id) { throw .reservedID(id: event.id, prefix: prefix) }
        }
    }

    public var description: String {
        switch self {
        case .conflictingEvent(let id):
            "事件 '\(id)' 已以不同内容记录，事件不得修改。event '\(id)' is already recorded with different content: events are never edited; record the correction as a new event with a new id"
        case let .reservedID(id, prefix):
            "事件编号 '\(id)' 不可用：以 '\(prefix)' 开头的编号留给申诉撤销和积分兑换记录。event id '\(id)' starts with '\(prefix)', which the ledger keeps for the entries it makes itself (appeal reversals, shop redemptions): give the event another id"
        }
    }
}
