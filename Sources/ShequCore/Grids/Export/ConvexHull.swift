/// The convex hull of positions, by Andrew's monotone chain.
enum ConvexHull {
    /// The hull's vertices counterclockwise (in lon/lat as planar x/y), starting at the
    /// lowest-left point, without repeating it; fewer than 3 when the points are collinear.
    static func counterclockwise(_ points: [GeoCoordinate]) -> [GeoCoordinate] {
        let sorted = Array(Set(points)).sorted { ($0.lon, $0.lat) < ($1.lon, $1.lat) }
        guard sorted.count >= 3 else { return sorted }

        func cross(_ o: GeoCoordinate, _ a: GeoCoordinate, _ b: GeoCoordinate) -> Double {
            (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon)
        }
        var lower: [GeoCoordinate] = []
        for point in sorted {
            while lower.count >= 2, cross(lower[lower.count - 2], lower[lower.count - 1], point) <= 0 { lower.removeLast() }
            lower.append(point)
        }
        var upper: [GeoCoordinate] = []
        for point in sorted.reversed() {
            while upper.count >= 2, cross(upper[upper.count - 2], upper[upper.count - 1], point) <= 0 { upper.removeLast() }
            upper.append(point)
        }
        return Array(lower.dropLast()) + Array(upper.dropLast())
    }
}
