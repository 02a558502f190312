/// A place with repeated complaints in a period: a recurring problem (Art. 15).
public struct HotlineRepeatedPlace: Sendable, Hashable, Codable {
    /// The community and normalised address.
    public var place: HotlinePlaceKey
    /// The address as first given, for reading.
    public var address: String
    /// Complaints about the place in the period.
    public var count: Int
    /// The category names complained about, sorted.
    public var categories: [String]
    /// The complaints, oldest first.
    public var requestIDs: [String]

    /// Creates an entry.
    public init(place: HotlinePlaceKey, address: String, count: Int, categories: [String], requestIDs: [String]) {
        self.place = place
        self.address = address
        self.count = count
        self.categories = categories
        self.requestIDs = requestIDs
    }
}
