/// A WGS 84 position in degrees, longitude first as in GeoJSON (RFC 7946).
///
/// In Lua: `{ lon = 114.07, lat = 32.12 }`.
public struct GeoCoordinate: Sendable, Hashable, Codable {
    /// Longitude in degrees east, −180 to 180.
    public var lon: Double
    /// Latitude in degrees north, −90 to 90.
    public var lat: Double

    /// Creates a position from longitude and latitude in degrees.
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }

    /// Whether both parts are finite and inside their ranges.
    public var isValid: Bool {
        lon.isFinite && lat.isFinite && (-180...180).contains(lon) && (-90...90).contains(lat)
    }
}
