/// The government that keeps a work-affairs catalogue: a city, county or district (Art. 40 ¶1).
///
/// ```swift
/// let xinyang = CatalogueJurisdiction(divisionCode: "411500", name: "信阳市", level: .city)
/// let guangshan = CatalogueJurisdiction(
///     divisionCode: "411522", name: "光山县", level: .county, parentDivisionCode: "411500")
/// ```
public struct CatalogueJurisdiction: Sendable, Hashable, Codable {
    /// The level of government that keeps the catalogue.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        /// 市
        case city
        /// 县
        case county
        /// 区
        case district
    }

    /// The division's statistical code (6 digits, e.g. `"411522"`) or its name path.
    public var divisionCode: String
    /// The division's name, e.g. `光山县`.
    public var name: String
    /// City, county or district.
    public var level: Level
    /// For a county or district: the code of the city whose catalogue it inherits.
    public var parentDivisionCode: String?

    /// Creates a jurisdiction; a county or district names its city in `parentDivisionCode`.
    public init(divisionCode: String, name: String, level: Level, parentDivisionCode: String? = nil) {
        self.divisionCode = divisionCode
        self.name = name
        self.level = level
        self.parentDivisionCode = parentDivisionCode
    }
}
