import Foundation
import Testing
@testable import ShequCore

@Suite("CSV and GeoJSON export")
struct GridExportTests {
    static func parse(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Twice the signed area of a ring in lon/lat; positive when counterclockwise.
    static func signedArea(_ ring: [[Double]]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + ($1.0[0] * $1.1[1] - $1.1[0] * $1.0[1]) }
    }

    @Test func geoJSONIsAValidFeatureCollectionOnGeneratedCommunities() throws {
        let parameters = DivisionParameters(targetHouseholds: 200, minHouseholds: 20, maxHouseholds: 450,
                                            splitsOversizedUnits: true)
        var polygons = 0, multipoints = 0, nulls = 0
        for index in 0..<150 {
            let community = CommunityGenerator.community(index: index, seed: 11)
            let grids = try DivisionValidator.validate(BuiltInDivision.divide(community, parameters: parameters),
                                                       of: community, parameters: parameters).grids
            let json = try Self.parse(try GridGeoJSON.featureCollection(grids))
            #expect(json["type"] as? String == "FeatureCollection")
            let features = try #require(json["features"] as? [[String: Any]])
            #expect(features.count == grids.count)
            for (feature, grid) in zip(features, grids) {
                #expect(feature["type"] as? String == "Feature")
                let properties = try #require(feature["properties"] as? [String: Any])
                #expect(properties["grid_code"] as? String == grid.code.rawValue)
                #expect(properties["household_count"] as? Int == grid.householdCount)
                if feature["geometry"] is NSNull {
                    nulls += 1
                    #expect(properties["geometry_method"] as? String == "none")
                    continue
                }
                let geometry = try #require(feature["geometry"] as? [String: Any])
                switch geometry["type"] as? String {
                case "Polygon":
                    polygons += 1
                    let rings = try #require(geometry["coordinates"] as? [[[Double]]])
                    #expect(rings.count == 1)
                    let ring = rings[0]
                    #expect(ring.count >= 4)
                    #expect(ring.first == ring.last)
                    #expect(Self.signedArea(ring) > 0, "exterior ring must be counterclockwise")
                    for position in ring {
                        #expect(position.count == 2)
                        #expect((113...116).contains(position[0]), "longitude first")
                        #expect((31...34).contains(position[1]))
                    }
                    // Every member lies inside or on the hull.
                    for point in grid.members.compactMap(\.coordinate) {
                        for (a, b) in zip(ring, ring.dropFirst()) {
                            let cross = (b[0] - a[0]) * (point.lat - a[1]) - (b[1] - a[1]) * (point.lon - a[0])
                            #expect(cross >= -1e-12)
                        }
                    }
                case "MultiPoint":
                    multipoints += 1
                    let points = try #require(geometry["coordinates"] as? [[Double]])
                    #expect((1...2).contains(points.count))
                default:
                    Issue.record("unexpected geometry \(geometry)")
                }
            }
        }
        #expect(polygons > 50)
        #expect(multipoints > 0)
        #expect(nulls > 0)
    }

    @Test func collinearMembersGiveAMultiPoint() throws {
        let units = (1...3).map { index in
            DivisionUnit(id: "B-\(index)", kind: .building, address: "\(index)号楼", householdIDs: ["H-\(index)"],
                         coordinate: GeoCoordinate(lon: 114.0 + Double(index) * 0.001, lat: 32.1))
        }
        let community = DivisionCommunity(communityCode: "411502001001", communityName: "义阳居委会",
                                          townshipName: "老城街道办事处", kind: .urban, units: units)
        let parameters = DivisionParameters(targetHouseholds: 3, minHouseholds: 1, maxHouseholds: 3)
        let grids = try DivisionValidator.validate(BuiltInDivision.divide(community, parameters: parameters),
                                                   of: community, parameters: parameters).grids
        let json = try Self.parse(try GridGeoJSON.featureCollection(grids))
        let feature = try #require((json["features"] as? [[String: Any]])?.first)
        let geometry = try #require(feature["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "MultiPoint")
        #expect((geometry["coordinates"] as? [[Double]])?.count == 3)
    }

    @Test func csvRowsQuoteWhatNeedsQuoting() throws {
        var community = CommunityGenerator.small()
        community.units[0].address = "义阳路3号楼,\"东\"区"
        let parameters = DivisionParameters(targetHouseholds: 8, minHouseholds: 1, maxHouseholds: 8)
        let grids = try DivisionValidator.validate(BuiltInDivision.divide(community, parameters: parameters),
                                                   of: community, parameters: parameters).grids
        let summary = GridCSV.grids(grids)
        #expect(summary == """
        grid_code,grid_name,kind,community_code,unit_count,household_count,unit_ids\r
        411502001001001,老城街道义阳社区第1网格,basic,411502001001,4,8,B-3;B-5;B-12;B-20\r

        """)
        let households = GridCSV.households(grids).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(households.count == 9)
        #expect(households.contains("H-1,411502001001001,老城街道义阳社区第1网格,B-3,\"义阳路3号楼,\"\"东\"\"区\""))
    }
}
