/// Whether a community is urban (a residents' committee, 居委会) or rural (a villagers'
/// committee, 村委会).
///
/// Encoded as `"urban"` or `"rural"`.
public enum CommunityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An urban community run by a residents' committee.
    case urban
    /// A rural village run by a villagers' committee.
    case rural
}
