/// Whether a division unit is a building (urban) or a natural village (rural).
///
/// Encoded as `"building"` or `"natural_village"`.
public enum DivisionUnitKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A residential building (楼栋).
    case building
    /// A natural village (自然村), usually a villagers' group.
    case naturalVillage = "natural_village"
}
