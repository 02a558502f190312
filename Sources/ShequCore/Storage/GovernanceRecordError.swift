/// A write to the work-affairs, violations, deliberation or disputes records that would
/// rewrite what is already recorded; nothing was written.
public enum GovernanceRecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A jurisdiction, catalogue version or decision is stored with other content.
    case conflicting(what: String, id: String)
    /// The history being saved does not begin with the stored history.
    case historyRewritten(what: String, id: String, storedCount: Int)

    /// What was refused and what to do instead.
    public var description: String {
        switch self {
        case .conflicting(let what, let id):
            "\(what) \(id) is already recorded with other content; records are never rewritten: record a new version or use another id"
        case .historyRewritten(let what, let id, let count):
            "\(what) \(id): its stored history of \(count) entries would be rewritten; load the latest record and add to it"
        }
    }
}
