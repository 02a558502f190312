import Foundation

/// Grids as a GeoJSON FeatureCollection (RFC 7946), one feature per grid.
///
/// A grid's geometry is the **convex hull of its members' coordinates**: a `Polygon`
/// whose single ring is closed (first position repeated last) and counterclockwise (the
/// right-hand rule of RFC 7946 §3.1.6), positions as `[longitude, latitude]`. When the
/// members give fewer than three distinct, non-collinear positions the geometry is a
/// `MultiPoint` of them; with no coordinates at all it is `null`. The property
/// `geometry_method` says which (`convex_hull`, `multipoint`, `none`). Members without
/// coordinates are left out of the geometry but counted in the properties.
///
/// The hull is a drawing aid, not a boundary: grids that interleave may overlap.
///
/// ```swift
/// let data = try GridGeoJSON.featureCollection(division.grids)
/// try data.write(to: URL(fileURLWithPath: "grids.geojson"))   // in the caller, not in ShequCore
/// ```
public enum GridGeoJSON {
    /// The FeatureCollection as UTF-8 JSON bytes, keys sorted for stable output.
    public static func featureCollection(_ grids: [Grid]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(FeatureCollection(features: grids.map(feature)))
    }

    static func feature(_ grid: Grid) -> Feature {
        let points = grid.members.compactMap(\.coordinate).filter(\.isValid)
        let hull = ConvexHull.counterclockwise(points)
        let geometry: Geometry?
        let method: String
        if hull.count >= 3 {
            geometry = .polygon([(hull + [hull[0]]).map { [$0.lon, $0.lat] }])
            method = "convex_hull"
        } else if !points.isEmpty {
            geometry = .multiPoint(Array(Set(points)).sorted { ($0.lon, $0.lat) < ($1.lon, $1.lat) }.map { [$0.lon, $0.lat] })
            method = "multipoint"
        } else {
            geometry = nil
            method = "none"
        }
        return Feature(
            id: grid.code.rawValue,
            geometry: geometry,
            properties: Properties(
                gridCode: grid.code.rawValue, name: grid.name, kind: grid.kind.rawValue,
                communityCode: grid.communityCode, householdCount: grid.householdCount,
                unitCount: grid.members.count, geometryMethod: method
            )
        )
    }

    struct FeatureCollection: Encodable {
        let type = "FeatureCollection"
        var features: [Feature]
    }

    struct Feature: Encodable {
        let type = "Feature"
        var id: String
        var geometry: Geometry?
        var properties: Properties

        enum CodingKeys: String, CodingKey { case type, id, geometry, properties }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encode(id, forKey: .id)
            // RFC 7946 §3.2: a feature without location has "geometry": null, not a missing member.
            if let geometry { try container.encode(geometry, forKey: .geometry) } else { try container.encodeNil(forKey: .geometry) }
            try container.encode(properties, forKey: .properties)
        }
    }

    enum Geometry: Encodable {
        case polygon([[[Double]]])
        case multiPoint([[Double]])

        enum CodingKeys: String, CodingKey { case type, coordinates }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .polygon(let rings):
                try container.encode("Polygon", forKey: .type)
                try container.encode(rings, forKey: .coordinates)
            case .multiPoint(let points):
                try container.encode("MultiPoint", forKey: .type)
                try container.encode(points, forKey: .coordinates)
            }
        }
    }

    struct Properties: Encodable {
        var gridCode: String
        var name: String
        var kind: String
        var communityCode: String
        var householdCount: Int
        var unitCount: Int
        var geometryMethod: String

        enum CodingKeys: String, CodingKey {
            case gridCode = "grid_code"
            case name, kind
            case communityCode = "community_code"
            case householdCount = "household_count"
            case unitCount = "unit_count"
            case geometryMethod = "geometry_method"
        }
    }
}
