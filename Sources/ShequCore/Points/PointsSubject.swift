/// Who points belong to: one resident or one household.
///
/// Written as plugins write an event's subject, `{ "type": "household", "id": "h-1" }`.
///
/// ```swift
/// let subject = PointsSubject.household("411522100201-0042")
/// subject.chineseName   // "户 411522100201-0042"
/// ```
public struct PointsSubject: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Whether the subject is a resident or a household.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case resident
        case household
    }

    /// Resident or household.
    public let type: Kind
    /// The resident's or household's identifier.
    public let id: String

    /// Creates a subject.
    public init(type: Kind, id: String) {
        self.type = type
        self.id = id
    }

    /// A resident.
    public static func resident(_ id: String) -> PointsSubject { PointsSubject(type: .resident, id: id) }

    /// A household.
    public static func household(_ id: String) -> PointsSubject { PointsSubject(type: .household, id: id) }

    /// How residents read it: `居民 r-1` or `户 h-1`.
    public var chineseName: String { (type == .resident ? "居民 " : "户 ") + id }

    public var description: String { "\(type.rawValue):\(id)" }

    public static func < (lhs: PointsSubject, rhs: PointsSubject) -> Bool {
        (lhs.type.rawValue, lhs.id) < (rhs.type.rawValue, rhs.id)
    }
}
