import Foundation

/// The hotline import file (Art. 15): Open311 GeoReport v2 field names plus the Chinese
/// work-order fields, one request per line.
///
/// Columns: `service_request_id,service_code,service_name,type,channel,description,address,lat,long,`
/// `community,grid,caller_name,caller_phone,requested_datetime,updated_datetime,expected_datetime,`
/// `status,status_notes,agency_responsible,satisfaction,completed_datetime`. Only the first seven
/// plus `community` and `requested_datetime` are required. Vocabularies accept the English key or
/// the Chinese name (`complaint` or `投诉`); times are ISO 8601 (`2026-03-01T09:30:00+08:00`) or
/// `2026-03-01 09:30` in China Standard Time.
///
/// ```swift
/// let request = try HotlineRecordFormat.record(from: fields)
/// try request.validate(source: "requests.csv", line: 2)
/// ```
public enum HotlineRecordFormat: RecordFormat {
    public static let columns = [
        "service_request_id", "service_code", "service_name", "type", "channel", "description", "address", "lat", "long",
        "community", "grid", "caller_name", "caller_phone", "requested_datetime", "updated_datetime", "expected_datetime",
        "status", "status_notes", "agency_responsible", "satisfaction", "completed_datetime",
    ]
    public static let optionalColumns: Set<String> = [
        "lat", "long", "grid", "caller_name", "caller_phone", "updated_datetime", "expected_datetime", "status",
        "status_notes", "agency_responsible", "satisfaction", "completed_datetime",
    ]

    public static func record(from fields: RecordFields) throws(FieldError) -> HotlineRequest {
        let id = try fields.required("service_request_id", expected: "the work-order number")
        var request = HotlineRequest(
            id: id,
            serviceCode: try fields.required("service_code", expected: "the category code, e.g. 0301"),
            serviceName: try fields.required("service_name", expected: "the category name, e.g. 噪音扰民"),
            type: try fields.vocabulary("type", HotlineRequestType.self),
            channel: try fields.vocabulary("channel", HotlineChannel.self),
            description: try fields.required("description", expected: "the caller's account"),
            address: try fields.required("address", expected: "where the problem is"),
            latitude: try fields.degrees("lat"), longitude: try fields.degrees("long"),
            communityCode: try fields.required("community", expected: "the community's 12-digit code"),
            gridCode: fields.optional("grid"),
            caller: nil,
            requestedAt: try fields.serviceTime("requested_datetime")!
        )
        switch (fields.optional("caller_name"), fields.optional("caller_phone")) {
        case (nil, nil): break
        case (let name, let phone): request.caller = HotlineCaller(name: name ?? "", phone: phone ?? "")
        }
        request.updatedAt = try fields.serviceTime("updated_datetime", required: false) ?? request.requestedAt
        request.expectedAt = try fields.serviceTime("expected_datetime", required: false)
        if fields.optional("status") != nil { request.status = try fields.vocabulary("status", HotlineStatus.self) }
        request.statusNotes = fields.optional("status_notes")
        request.agencyResponsible = fields.optional("agency_responsible")
        if fields.optional("satisfaction") != nil {
            request.satisfaction = try fields.vocabulary("satisfaction", HotlineSatisfaction.self)
        }
        request.completedAt = try fields.serviceTime("completed_datetime", required: false)
        if request.completedAt == nil, request.status.isCompleted { request.completedAt = request.updatedAt }
        return request
    }

    /// The record's values under ``columns``, as written to a CSV export that imports again.
    public static func values(of request: HotlineRequest) -> [String] {
        func number(_ value: Double?) -> String { value.map { String($0) } ?? "" }
        return [
            request.id, request.serviceCode, request.serviceName, request.type.rawValue, request.channel.rawValue,
            request.description, request.address, number(request.latitude), number(request.longitude),
            request.communityCode, request.gridCode ?? "", request.caller?.name ?? "", request.caller?.phone ?? "",
            ServiceTime.iso8601(request.requestedAt), ServiceTime.iso8601(request.updatedAt),
            request.expectedAt.map(ServiceTime.iso8601) ?? "", request.status.rawValue, request.statusNotes ?? "",
            request.agencyResponsible ?? "", request.satisfaction?.rawValue ?? "",
            request.completedAt.map(ServiceTime.iso8601) ?? "",
        ]
    }
}
