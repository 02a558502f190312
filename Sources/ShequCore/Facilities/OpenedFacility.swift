/// A resource a unit based in the community opens to residents free of charge (Art. 29).
public struct OpenedFacility: Sendable, Hashable, Codable, Identifiable {
    /// What kind of resource.
    public enum Kind: String, Sendable, Hashable, Codable, ChineseNamedCase {
        /// Parking spaces (停车场地).
        case parking
        /// Cultural and sports facilities (文化体育设施).
        case cultureAndSports
        /// Meeting and activity rooms (会议活动场地).
        case meetingRooms
        /// Anything else (其他).
        case other

        public var chineseName: String {
            switch self {
            case .parking: "停车场地"
            case .cultureAndSports: "文化体育设施"
            case .meetingRooms: "会议活动场地"
            case .other: "其他"
            }
        }
    }

    /// The record's identifier.
    public var id: String
    /// The unit that opens it, e.g. a school or a state-owned company.
    public var hostUnit: String
    /// The community it serves: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// What it is.
    public var kind: Kind
    /// Its name, e.g. `信阳市第九中学操场`.
    public var name: String
    /// When residents may use it, e.g. `工作日 18:00–21:00，节假日全天`.
    public var openingHours: String
    /// Whether use is free, as Art. 29 encourages.
    public var isFree: Bool

    /// Creates a record.
    public init(id: String, hostUnit: String, communityCode: String, kind: Kind, name: String, openingHours: String, isFree: Bool = true) {
        self.id = id
        self.hostUnit = hostUnit
        self.communityCode = communityCode
        self.kind = kind
        self.name = name
        self.openingHours = openingHours
        self.isFree = isFree
    }
}
