import Foundation

/// A version of a work-affairs catalogue as it was recorded (工作事务指导目录, Art. 40):
/// the version, which carries who made the change (`author`), why (`reason`) and from when
/// it applies, and the moment it entered the store.
public struct CatalogueVersionRecord: Sendable, Hashable, Codable {
    /// The city, county or district whose catalogue the version changes.
    public var divisionCode: String
    /// The version itself.
    public var version: CatalogueVersion
    /// When the version was recorded.
    public var recordedAt: Date

    /// Creates a record of a catalogue version.
    public init(divisionCode: String, version: CatalogueVersion, recordedAt: Date) {
        self.divisionCode = divisionCode
        self.version = version
        self.recordedAt = recordedAt
    }
}
