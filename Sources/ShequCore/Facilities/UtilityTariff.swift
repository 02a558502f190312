/// The price class a utility is billed at. Community facilities must pay residential prices (Art. 41).
public enum UtilityTariff: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Residential prices (居民生活类价格): what Art. 41 requires.
    case residential
    /// Non-residential or commercial prices (非居民价格): a breach of Art. 41.
    case nonResidential

    public var chineseName: String {
        switch self {
        case .residential: "居民生活类价格"
        case .nonResidential: "非居民价格"
        }
    }
}
