/// Where a division stands on its way to being applied.
///
/// `proposed` → `previewed` (its changes against the division in force were shown) →
/// `applied` from a date. Applied divisions are never removed or changed: the history
/// stays readable.
public enum DivisionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Validated and stored, not yet compared with the division in force.
    case proposed
    /// Compared with the division in force; may now be applied.
    case previewed
    /// In force from its ``GridDivision/appliedFrom`` date until a later division applies.
    case applied
}
