/// A volunteer's or a project's service time: confirmed minutes count, pending do not.
public struct VolunteerHoursTotal: Sendable, Hashable, Codable {
    /// The volunteer's or the project's identifier.
    public var id: String
    /// The volunteer's name or the project's title.
    public var name: String
    /// Minutes confirmed by an organiser: the total that counts.
    public var confirmedMinutes: Int
    /// Minutes logged and still waiting for an organiser; shown, never counted.
    public var pendingMinutes: Int
    /// Confirmed entries.
    public var confirmedEntries: Int

    /// Creates a total.
    public init(id: String, name: String, confirmedMinutes: Int, pendingMinutes: Int, confirmedEntries: Int) {
        self.id = id
        self.name = name
        self.confirmedMinutes = confirmedMinutes
        self.pendingMinutes = pendingMinutes
        self.confirmedEntries = confirmedEntries
    }

    /// Confirmed time in hours, e.g. `2.5`.
    public var confirmedHours: Double { Double(confirmedMinutes) / 60 }
}
