import Foundation

/// One jurisdiction's work-affairs catalogue (工作事务指导目录, Art. 40): its versions, oldest first.
///
/// A catalogue holds only its own changes; what applies on a date, with what a county
/// inherits from its city, is computed by ``CatalogueHierarchy/effectiveCatalogue(for:on:)``.
public struct WorkAffairsCatalogue: Sendable, Hashable, Codable {
    /// The city, county or district that keeps the catalogue.
    public var jurisdiction: CatalogueJurisdiction
    /// The versions in number order; effective dates never go back.
    public internal(set) var versions: [CatalogueVersion]

    /// Creates an empty catalogue for a jurisdiction.
    public init(jurisdiction: CatalogueJurisdiction) {
        self.jurisdiction = jurisdiction
        self.versions = []
    }

    /// The versions in force on `date`, oldest first.
    public func versions(effectiveOn date: Date) -> [CatalogueVersion] {
        versions.filter { $0.effectiveFrom <= date }
    }
}
