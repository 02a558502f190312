import Foundation

/// Which hotline requests a read returns: a time range and, optionally, one community,
/// grid or category (service-code prefix).
///
/// ```swift
/// let march = HotlineRequestFilter(from: start, to: end, community: "411502001001")
/// let requests = try await store.hotlineRequests(march)
/// ```
public struct HotlineRequestFilter: Sendable, Hashable {
    /// Earliest request time, inclusive.
    public var from: Date?
    /// Latest request time, exclusive.
    public var to: Date?
    /// Only requests about this community (its code).
    public var community: String?
    /// Only requests about this grid (its code).
    public var grid: String?
    /// Only requests whose service code starts with this prefix.
    public var serviceCodePrefix: String?
    /// The most requests to return, oldest first; `nil` for all.
    public var limit: Int?

    /// Creates a filter; every part left `nil` does not restrict.
    public init(from: Date? = nil, to: Date? = nil, community: String? = nil, grid: String? = nil,
                serviceCodePrefix: String? = nil, limit: Int? = nil) {
        self.from = from
        self.to = to
        self.community = community
        self.grid = grid
        self.serviceCodePrefix = serviceCodePrefix
        self.limit = limit
    }
}
