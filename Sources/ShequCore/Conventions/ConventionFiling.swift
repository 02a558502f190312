/// Filing an adopted version with the street office or township (备案, Art. 30), its
/// publication to residents, and the day it takes effect.
///
/// ```swift
/// let filing = ConventionFiling(office: "光山县弦山街道办事处",
///                               filedOn: CivilDate("2025-05-20")!,
///                               publishedOn: CivilDate("2025-05-22")!,
///                               effectiveFrom: CivilDate("2025-06-01")!)
/// ```
public struct ConventionFiling: Sendable, Hashable, Codable {
    /// The office the version was filed with.
    public let office: String
    /// The day it was filed.
    public let filedOn: CivilDate
    /// The day it was published to residents.
    public let publishedOn: CivilDate
    /// The first day it applies to behaviour.
    public let effectiveFrom: CivilDate

    /// Records a filing.
    public init(office: String, filedOn: CivilDate, publishedOn: CivilDate, effectiveFrom: CivilDate) {
        self.office = office
        self.filedOn = filedOn
        self.publishedOn = publishedOn
        self.effectiveFrom = effectiveFrom
    }

    enum CodingKeys: String, CodingKey {
        case office
        case filedOn = "filed_on"
        case publishedOn = "published_on"
        case effectiveFrom = "effective_from"
    }
}
