import Foundation

/// A work order in the Open311 GeoReport v2 shape, for systems that speak that standard.
///
/// Encodes with the standard's field names (`service_request_id`, `lat`, `long`, …)
/// and ISO 8601 times in China Standard Time:
///
/// ```swift
/// let open311 = Open311ServiceRequest(request)
/// let json = try JSONEncoder().encode([open311])
/// ```
public struct Open311ServiceRequest: Sendable, Hashable, Codable {
    /// `service_request_id`: the work-order number.
    public var serviceRequestID: String
    /// `status`: `open` or `closed`.
    public var status: String
    /// `status_notes`: the latest note, or the Chinese work-order state.
    public var statusNotes: String?
    /// `service_name`: the category name.
    public var serviceName: String
    /// `service_code`: the category code.
    public var serviceCode: String
    /// `description`: the caller's account.
    public var description: String
    /// `agency_responsible`: the unit now responsible.
    public var agencyResponsible: String?
    /// `requested_datetime`: ISO 8601, UTC+8.
    public var requestedDatetime: String
    /// `updated_datetime`: ISO 8601, UTC+8.
    public var updatedDatetime: String
    /// `expected_datetime`: the deadline, ISO 8601, UTC+8.
    public var expectedDatetime: String?
    /// `address`: the place as given.
    public var address: String
    /// `lat`: WGS 84 latitude.
    public var lat: Double?
    /// `long`: WGS 84 longitude.
    public var long: Double?

    enum CodingKeys: String, CodingKey {
        case serviceRequestID = "service_request_id"
        case status
        case statusNotes = "status_notes"
        case serviceName = "service_name"
        case serviceCode = "service_code"
        case description
        case agencyResponsible = "agency_responsible"
        case requestedDatetime = "requested_datetime"
        case updatedDatetime = "updated_datetime"
        case expectedDatetime = "expected_datetime"
        case address
        case lat
        case long
    }

    /// The Open311 view of a work order; the Chinese work-order state goes into
    /// `status_notes` when the order has no note of its own.
    public init(_ request: HotlineRequest) {
        serviceRequestID = request.id
        status = request.status.open311Status
        statusNotes = request.statusNotes ?? request.status.chineseName
        serviceName = request.serviceName
        serviceCode = request.serviceCode
        description = request.description
        agencyResponsible = request.agencyResponsible
        requestedDatetime = ServiceTime.iso8601(request.requestedAt)
        updatedDatetime = ServiceTime.iso8601(request.updatedAt)
        expectedDatetime = request.expectedAt.map(ServiceTime.iso8601)
        address = request.address
        lat = request.latitude
        long = request.longitude
    }
}
