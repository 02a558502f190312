/// What a dwelling below a community is: a building in a residents' community, or a natural village (自然村) in a village.
public enum DwellingKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 楼栋: a residential building in an urban community.
    case building
    /// 自然村: a natural village inside an administrative village.
    case naturalVillage = "natural-village"

    /// The Chinese name of the kind.
    public var chineseName: String {
        switch self {
        case .building: "楼栋"
        case .naturalVillage: "自然村"
        }
    }

    public var description: String { rawValue }
}
