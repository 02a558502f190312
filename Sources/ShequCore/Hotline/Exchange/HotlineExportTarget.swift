/// A system the hotline shares its data with (信息互通共享, Art. 15), and what it gets.
///
/// Each target receives only the requests that concern it and only the fields it needs;
/// personal data it needs to act on is masked, personal data it does not need is left out.
///
/// | target | requests | personal data |
/// | --- | --- | --- |
/// | 综治 | all | name and phone masked |
/// | 信访 | complaints, reports, help | name, phone and address masked |
/// | 网信 | made online | none |
/// | 司法 | legal categories | name, phone and address masked |
public enum HotlineExportTarget: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// The comprehensive social-governance centres (综治中心), for grid follow-up.
    case comprehensiveGovernance
    /// The petitions bureau (信访), for complaints that may become petitions.
    case petitions
    /// The cyberspace administration (网信), for requests made online.
    case cyberspace
    /// The justice bureau (司法), for legal aid and mediation.
    case justice

    public var chineseName: String {
        switch self {
        case .comprehensiveGovernance: "综治"
        case .petitions: "信访"
        case .cyberspace: "网信"
        case .justice: "司法"
        }
    }

    /// The fields the target receives, in column order.
    public var fields: [HotlineExportField] {
        switch self {
        case .comprehensiveGovernance:
            [.requestID, .serviceCode, .serviceName, .type, .description, .address, .latitude, .longitude,
             .community, .grid, .callerName, .callerPhone, .requestedAt, .expectedAt, .status,
             .agencyResponsible, .duplicateOf]
        case .petitions:
            [.requestID, .serviceName, .type, .description, .address, .community, .callerName, .callerPhone,
             .requestedAt, .status, .agencyResponsible, .transferCount, .satisfaction]
        case .cyberspace:
            [.requestID, .channel, .serviceName, .type, .description, .community, .requestedAt, .status,
             .agencyResponsible]
        case .justice:
            [.requestID, .serviceCode, .serviceName, .type, .description, .address, .community, .grid,
             .callerName, .callerPhone, .requestedAt, .status]
        }
    }

    /// The fields shown masked.
    public var maskedFields: Set<HotlineExportField> {
        switch self {
        case .comprehensiveGovernance: [.callerName, .callerPhone]
        case .petitions, .justice: [.callerName, .callerPhone, .address]
        case .cyberspace: []
        }
    }
}
