/// Builds the records the hotline shares with the comprehensive-governance, petitions,
/// cyberspace and justice systems (信息互通共享, Art. 15).
///
/// ```swift
/// let exporter = HotlineExporter(legalServiceCodePrefixes: ["08"])
/// let records = exporter.records(for: .petitions, from: requests)
/// let table = exporter.table(for: .petitions, from: requests) // Chinese headings
/// ```
public struct HotlineExporter: Sendable, Hashable, Codable {
    /// The service-code prefixes of legal matters (disputes, legal aid) shared with 司法.
    public var legalServiceCodePrefixes: [String]

    /// Creates an exporter.
    public init(legalServiceCodePrefixes: [String]) {
        self.legalServiceCodePrefixes = legalServiceCodePrefixes
    }

    /// Whether a request concerns the target.
    public func concerns(_ request: HotlineRequest, target: HotlineExportTarget) -> Bool {
        switch target {
        case .comprehensiveGovernance:
            true
        case .petitions:
            [.complaint, .report, .help].contains(request.type)
        case .cyberspace:
            request.channel.isOnline
        case .justice:
            legalServiceCodePrefixes.contains { request.serviceCode.hasPrefix($0) }
        }
    }

    /// The records for one target, in the order of the requests given.
    public func records(for target: HotlineExportTarget, from requests: [HotlineRequest]) -> [HotlineExportRecord] {
        requests.filter { concerns($0, target: target) }.map { record(of: $0, for: target) }
    }

    /// The records for one target as a text or JSON-ready table.
    public func table(for target: HotlineExportTarget, from requests: [HotlineRequest]) -> ReportTable {
        ReportTable(
            title: "12345热线共享数据（\(target.chineseName)）",
            headings: target.fields.map(\.chineseName),
            rows: records(for: target, from: requests).map(\.row)
        )
    }

    /// One request's record for one target, masked as the target requires.
    public func record(of request: HotlineRequest, for target: HotlineExportTarget) -> HotlineExportRecord {
        let masked = target.maskedFields
        var values: [HotlineExportField: String] = [:]
        for field in target.fields {
            guard let value = Self.value(of: field, in: request) else { continue }
            values[field] = masked.contains(field) ? Self.mask(value, as: field) : value
        }
        return HotlineExportRecord(target: target, values: values)
    }

    private static func value(of field: HotlineExportField, in request: HotlineRequest) -> String? {
        switch field {
        case .requestID: request.id
        case .serviceCode: request.serviceCode
        case .serviceName: request.serviceName
        case .type: request.type.chineseName
        case .channel: request.channel.chineseName
        case .description: request.description
        case .address: request.address
        case .latitude: request.latitude.map { String($0) }
        case .longitude: request.longitude.map { String($0) }
        case .community: request.communityCode
        case .grid: request.gridCode
        case .callerName: request.caller?.name
        case .callerPhone: request.caller?.phone
        case .requestedAt: ServiceTime.iso8601(request.requestedAt)
        case .expectedAt: request.expectedAt.map(ServiceTime.iso8601)
        case .status: request.status.chineseName
        case .agencyResponsible: request.agencyResponsible
        case .transferCount: String(request.transfers.count)
        case .satisfaction: request.satisfaction?.chineseName
        case .duplicateOf: request.duplicateOf
        }
    }

    private static func mask(_ value: String, as field: HotlineExportField) -> String {
        switch field {
        case .callerName: PersonalDataMask.name(value)
        case .callerPhone: PersonalDataMask.phone(value)
        case .address: PersonalDataMask.address(value)
        default: PersonalDataMask.withheld
        }
    }
}
