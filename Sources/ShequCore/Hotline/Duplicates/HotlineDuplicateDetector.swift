import Foundation

/// Links requests about the same place and category made within a time window (Art. 15).
///
/// Two requests are about the same place when they name the same community and the
/// same address (normalised, see ``HotlinePlaceKey``), or when both carry positions
/// at most ``radiusMetres`` apart. The first request of a place and category is the
/// primary; every later one within ``window`` of it is linked to it. After the window
/// a new primary starts.
///
/// ```swift
/// let detector = HotlineDuplicateDetector(window: 72 * 3600, radiusMetres: 50)
/// for link in detector.links(in: requests) {
///     print(link.requestID, "重复于", link.primaryID)
/// }
/// ```
///
/// Requests are sorted once and bucketed by address and by a grid of cells one radius
/// wide, so a city's month of requests is linked in O(n log n), not by comparing pairs.
public struct HotlineDuplicateDetector: Sendable, Hashable, Codable {
    /// How long after a primary request a repeat is linked to it, in seconds.
    public var window: TimeInterval
    /// How close two positions must be to count as one place, in metres.
    public var radiusMetres: Double

    /// Creates a detector; the defaults are three days and 50 metres.
    public init(window: TimeInterval = 72 * 3600, radiusMetres: Double = 50) {
        precondition(window >= 0 && radiusMetres > 0, "window must not be negative and radius must be positive")
        self.window = window
        self.radiusMetres = radiusMetres
    }

    /// The links found, in the order of the repeats' times.
    public func links(in requests: [HotlineRequest]) -> [HotlineDuplicateLink] {
        let order = requests.indices.sorted { a, b in
            let (x, y) = (requests[a], requests[b])
            return (x.serviceCode, x.requestedAt, x.id) < (y.serviceCode, y.requestedAt, y.id)
        }
        let grid = CellGrid(radiusMetres: radiusMetres, requests: requests)
        var links: [HotlineDuplicateLink] = []
        var start = order.startIndex
        while start < order.endIndex {
            let code = requests[order[start]].serviceCode
            var end = start
            while end < order.endIndex, requests[order[end]].serviceCode == code { end += 1 }
            links += linksInCategory(order[start..<end], requests, grid)
            start = end
        }
        let timeByID = Dictionary(requests.map { ($0.id, $0.requestedAt) }, uniquingKeysWith: { first, _ in first })
        return links.sorted { a, b in
            (timeByID[a.requestID]!, a.requestID) < (timeByID[b.requestID]!, b.requestID)
        }
    }

    /// The requests with ``HotlineRequest/duplicateOf`` set from the links found.
    public func linking(_ requests: [HotlineRequest]) -> [HotlineRequest] {
        let primaryByID = Dictionary(links(in: requests).map { ($0.requestID, $0.primaryID) }, uniquingKeysWith: { a, _ in a })
        return requests.map { request in
            var copy = request
            if let primary = primaryByID[request.id] { copy.duplicateOf = primary }
            return copy
        }
    }

    private func linksInCategory(
        _ indices: ArraySlice<Int>, _ requests: [HotlineRequest], _ grid: CellGrid
    ) -> [HotlineDuplicateLink] {
        var primaryAtPlace: [HotlinePlaceKey: Int] = [:]
        var primariesInCell: [CellGrid.Cell: [Int]] = [:]
        var links: [HotlineDuplicateLink] = []
        for index in indices {
            let request = requests[index]
            let earliest = request.requestedAt.addingTimeInterval(-window)
            let place = HotlinePlaceKey(request)
            if !place.isEmpty, let primary = primaryAtPlace[place], requests[primary].requestedAt >= earliest {
                links.append(HotlineDuplicateLink(requestID: request.id, primaryID: requests[primary].id, match: .sameAddress))
                continue
            }
            if let cell = grid.cell(of: request), let lat = request.latitude, let lon = request.longitude {
                var nearest: (index: Int, metres: Double)?
                for neighbour in cell.neighbourhood {
                    guard var primaries = primariesInCell[neighbour] else { continue }
                    // Times only grow, so a primary out of the window now is out of it for good.
                    primaries.removeAll { requests[$0].requestedAt < earliest }
                    primariesInCell[neighbour] = primaries
                    for primary in primaries {
                        let metres = GreatCircleDistance.metres(
                            latitude: lat, longitude: lon,
                            latitude: requests[primary].latitude!, longitude: requests[primary].longitude!
                        )
                        if metres <= radiusMetres, metres < nearest?.metres ?? .infinity {
                            nearest = (primary, metres)
                        }
                    }
                }
                if let nearest {
                    links.append(HotlineDuplicateLink(
                        requestID: request.id, primaryID: requests[nearest.index].id, match: .nearby(metres: nearest.metres)
                    ))
                    continue
                }
                primariesInCell[cell, default: []].append(index)
            }
            if !place.isEmpty { primaryAtPlace[place] = index }
        }
        return links
    }
}

/// Square cells at least one radius wide at every latitude in the data set, so two
/// positions within the radius are in the same or neighbouring cells.
private struct CellGrid {
    struct Cell: Hashable {
        var row: Int
        var column: Int

        var neighbourhood: [Cell] {
            (-1...1).flatMap { dr in (-1...1).map { dc in Cell(row: row + dr, column: column + dc) } }
        }
    }

    let metresPerDegreeLatitude = GreatCircleDistance.metresPerDegreeLatitude
    let longitudeScale: Double
    let radiusMetres: Double

    init(radiusMetres: Double, requests: [HotlineRequest]) {
        self.radiusMetres = radiusMetres
        // The narrowest degree of longitude in the data sets the column width for all.
        let highestLatitude = requests.compactMap(\.latitude).map(abs).max() ?? 0
        longitudeScale = max(0.01, cos(min(89.9, highestLatitude) * .pi / 180))
    }

    func cell(of request: HotlineRequest) -> Cell? {
        guard let lat = request.latitude, let lon = request.longitude, lat.isFinite, lon.isFinite else { return nil }
        return Cell(
            row: Int((lat * metresPerDegreeLatitude / radiusMetres).rounded(.down)),
            column: Int((lon * metresPerDegreeLatitude * longitudeScale / radiusMetres).rounded(.down))
        )
    }
}
