/// Who holds a dispute at a level: the unit and, when named, the person handling it.
///
/// ```swift
/// let holder = DisputeHolder(level: .township, unit: "弦山街道司法所", townshipBody: .judicialOffice, handlerID: "w-88")
/// ```
public struct DisputeHolder: Sendable, Hashable, Codable {
    /// The level.
    public var level: DisputeLevel
    /// The unit's name (a grid, a mediation committee, a township body, a county office).
    public var unit: String
    /// At the township level, which body handles it.
    public var townshipBody: TownshipBody?
    /// The worker handling it, when named: a `workerID`.
    public var handlerID: String?

    /// Creates a holder.
    public init(level: DisputeLevel, unit: String, townshipBody: TownshipBody? = nil, handlerID: String? = nil) {
        self.level = level
        self.unit = unit
        self.townshipBody = townshipBody
        self.handlerID = handlerID
    }

    /// A holder named after its level only, for when the county has not said which unit takes escalated disputes.
    public static func generic(_ level: DisputeLevel) -> DisputeHolder {
        DisputeHolder(level: level, unit: level.chineseName)
    }
}
