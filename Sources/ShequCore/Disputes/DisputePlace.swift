/// Where a dispute arose: the community and, when known, the grid.
public struct DisputePlace: Sendable, Hashable, Codable {
    /// The community: its 12-digit statistical code or name path.
    public var communityCode: String
    /// The grid's code within the community (Art. 34), when known.
    public var gridCode: String?

    /// Creates a place.
    public init(communityCode: String, gridCode: String? = nil) {
        self.communityCode = communityCode
        self.gridCode = gridCode
    }
}
