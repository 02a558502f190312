/// A request found to repeat an earlier one about the same place and category.
public struct HotlineDuplicateLink: Sendable, Hashable, Codable {
    /// How the two places were found to be the same.
    public enum Match: Sendable, Hashable, Codable {
        /// Same community and the same address once normalised.
        case sameAddress
        /// Both have positions, this many metres apart, within the detector's radius.
        case nearby(metres: Double)
    }

    /// The repeating request.
    public var requestID: String
    /// The first request of the group, the one handled; the repeat is linked to it.
    public var primaryID: String
    /// How the places matched.
    public var match: Match

    /// Creates a link.
    public init(requestID: String, primaryID: String, match: Match) {
        self.requestID = requestID
        self.primaryID = primaryID
        self.match = match
    }
}
