/// Where an emergency happened.
public struct EmergencyPlace: Sendable, Hashable, Codable {
    /// The community concerned: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// The address as reported.
    public var address: String
    /// The building concerned, when known.
    public var buildingID: String?
    /// Latitude in WGS 84 degrees, when known.
    public var latitude: Double?
    /// Longitude in WGS 84 degrees, when known.
    public var longitude: Double?

    /// Creates a place.
    public init(communityCode: String, address: String, buildingID: String? = nil, latitude: Double? = nil, longitude: Double? = nil) {
        self.communityCode = communityCode
        self.address = address
        self.buildingID = buildingID
        self.latitude = latitude
        self.longitude = longitude
    }
}
