/// A community worker or grid worker, with the community they serve and their contact (Art. 39).
///
/// ```swift
/// let worker = Worker(
///     id: "W-0001", communityID: "411502001/义阳居委会", name: "王芳",
///     role: .gridWorker, employment: .fullTime, phone: "13812345678", grid: "第3网格")
/// ```
public struct Worker: Sendable, Hashable, Codable, Identifiable {
    public var id: WorkerID
    public var communityID: DivisionID
    public var name: String
    public var role: WorkerRole
    public var employment: Employment
    /// Contact phone; masked unless the caller asks for ``Disclosure/identifiers``.
    public var phone: String?
    /// The grid a grid worker is responsible for, e.g. `第3网格`.
    public var grid: String?

    public init(
        id: WorkerID, communityID: DivisionID, name: String, role: WorkerRole, employment: Employment,
        phone: String? = nil, grid: String? = nil
    ) {
        self.id = id
        self.communityID = communityID
        self.name = name
        self.role = role
        self.employment = employment
        self.phone = phone
        self.grid = grid
    }

    /// This worker as `disclosure` allows it to be shown: the phone masked unless identifiers are disclosed.
    public func redacted(for disclosure: Disclosure) -> Worker {
        guard !disclosure.contains(.identifiers) else { return self }
        var copy = self
        copy.phone = phone.map(Masking.phone)
        return copy
    }
}

/// The stable identity of a ``Worker``.
public struct WorkerID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: WorkerID, rhs: WorkerID) -> Bool { lhs.rawValue < rhs.rawValue }
}
