import Foundation

/// A citizen request to the 12345 hotline: a work order (工单, Art. 15).
///
/// It carries the Open311 GeoReport v2 fields (service code and name, description,
/// address or position, requested/updated/expected times, status, status notes,
/// agency responsible) and the fields of a Chinese work order (type, channel,
/// community, grid, caller, callback satisfaction, history, transfers).
///
/// ```swift
/// var request = HotlineRequest(
///     id: "H-20260301-0001", serviceCode: "0301", serviceName: "噪音扰民",
///     type: .complaint, channel: .phone, description: "夜间施工噪音",
///     address: "民权街道胜利路 12 号", communityCode: "411502001001",
///     requestedAt: now)
/// try request.dispatch(to: "浉河区城管局", at: now, by: "12345")
/// try request.advance(to: .accepted, at: later, by: "浉河区城管局")
/// ```
public struct HotlineRequest: Sendable, Hashable, Codable, Identifiable {
    /// The work-order number (Open311 `service_request_id`).
    public var id: String
    /// The category code (Open311 `service_code`), e.g. `0301`; routing matches its prefixes.
    public var serviceCode: String
    /// The category name (Open311 `service_name`), e.g. `噪音扰民`.
    public var serviceName: String
    /// What the caller wants (诉求类型).
    public var type: HotlineRequestType
    /// How the request came in (来源渠道).
    public var channel: HotlineChannel
    /// The caller's account of the problem (Open311 `description`).
    public var description: String
    /// Where the problem is, as the caller gave it (Open311 `address`).
    public var address: String
    /// Latitude in WGS 84 degrees when known (Open311 `lat`).
    public var latitude: Double?
    /// Longitude in WGS 84 degrees when known (Open311 `long`).
    public var longitude: Double?
    /// The community concerned: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// The grid concerned (Art. 34), by its code, when the place has been assigned one.
    public var gridCode: String?
    /// Who called; personal data, masked when shared.
    public var caller: HotlineCaller?
    /// When the request was made (Open311 `requested_datetime`).
    public var requestedAt: Date
    /// When it last changed (Open311 `updated_datetime`).
    public var updatedAt: Date
    /// When it must be handled by (Open311 `expected_datetime`), set by routing.
    public var expectedAt: Date?
    /// The work-order state.
    public var status: HotlineStatus
    /// The latest note on the state, shown to the caller (Open311 `status_notes`).
    public var statusNotes: String?
    /// The unit now responsible (Open311 `agency_responsible`).
    public var agencyResponsible: String?
    /// The caller's answer at the callback (回访满意度).
    public var satisfaction: HotlineSatisfaction?
    /// When the request was last completed; cleared when it is reopened.
    public var completedAt: Date?
    /// Every change of state, oldest first.
    public var history: [HotlineStatusChange]
    /// Every hand-over between units, oldest first.
    public var transfers: [HotlineTransfer]
    /// The earlier request this one repeats, when duplicate detection linked them.
    public var duplicateOf: String?

    /// Creates a newly received request.
    public init(
        id: String, serviceCode: String, serviceName: String, type: HotlineRequestType,
        channel: HotlineChannel, description: String, address: String,
        latitude: Double? = nil, longitude: Double? = nil, communityCode: String,
        gridCode: String? = nil, caller: HotlineCaller? = nil, requestedAt: Date
    ) {
        self.id = id
        self.serviceCode = serviceCode
        self.serviceName = serviceName
        self.type = type
        self.channel = channel
        self.description = description
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.communityCode = communityCode
        self.gridCode = gridCode
        self.caller = caller
        self.requestedAt = requestedAt
        self.updatedAt = requestedAt
        self.expectedAt = nil
        self.status = .received
        self.statusNotes = nil
        self.agencyResponsible = nil
        self.satisfaction = nil
        self.completedAt = nil
        self.history = []
        self.transfers = []
        self.duplicateOf = nil
    }

    /// The record name used in errors, e.g. `工单 H-1`.
    var recordName: String { "工单 \(id)" }

    /// Whether the request has both a latitude and a longitude.
    public var hasPosition: Bool { latitude != nil && longitude != nil }
}
