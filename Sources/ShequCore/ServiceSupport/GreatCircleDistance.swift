import Foundation

/// Distances on the earth's surface between WGS 84 positions, for "same place" checks.
enum GreatCircleDistance {
    /// Mean earth radius in metres (IUGG).
    static let earthRadiusMetres = 6_371_008.8

    /// Haversine distance in metres between two positions given in degrees.
    static func metres(latitude lat1: Double, longitude lon1: Double, latitude lat2: Double, longitude lon2: Double) -> Double {
        let phi1 = lat1 * .pi / 180, phi2 = lat2 * .pi / 180
        let dPhi = (lat2 - lat1) * .pi / 180, dLambda = (lon2 - lon1) * .pi / 180
        let a = sin(dPhi / 2) * sin(dPhi / 2) + cos(phi1) * cos(phi2) * sin(dLambda / 2) * sin(dLambda / 2)
        return 2 * earthRadiusMetres * asin(min(1, sqrt(a)))
    }

    /// Metres per degree of latitude, used to size spatial buckets.
    static let metresPerDegreeLatitude = earthRadiusMetres * .pi / 180
}
