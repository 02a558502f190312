/// Filing an adopted version with the street office or township (备案, Art. 30), its
/// publication to residents, and the day it takes effect.
///
/// ```swift
/// let filing = ConventionFiling(office: "光山县弦山街道办事处",
///                               filedOn: try CalendarDay("2025-05-20"),
///                               publishedOn: try CalendarDay("2025-05-22"),
///                               effectiveFrom: try CalendarDay("2025-06-01"))
/// ```
public struct ConventionFiling: Sendable, Hashable, Codable {
    /// The office the version was filed with.
    public let office: String
    /// The day it was filed.
    public let filedOn: CalendarDay
    /// The day it was published to residents.
    public let publishedOn: CalendarDay
    /// The first day it applies to behaviour.
    public let effectiveFrom: CalendarDay

    /// Records a filing.
    public init(office: String, filedOn: CalendarDay, publishedOn: CalendarDay, effectiveFrom: CalendarDay) {
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
