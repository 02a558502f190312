/// A field of a hotline export record shared with another system (Art. 15).
public enum HotlineExportField: String, Sendable, Hashable, Codable, CodingKeyRepresentable, ChineseNamedCase {
    case requestID = "request_id"
    case serviceCode = "service_code"
    case serviceName = "service_name"
    case type
    case channel
    case description
    case address
    case latitude
    case longitude
    case community
    case grid
    case callerName = "caller_name"
    case callerPhone = "caller_phone"
    case requestedAt = "requested_at"
    case expectedAt = "expected_at"
    case status
    case agencyResponsible = "agency_responsible"
    case transferCount = "transfer_count"
    case satisfaction
    case duplicateOf = "duplicate_of"

    /// The column heading in Chinese.
    public var chineseName: String {
        switch self {
        case .requestID: "工单编号"
        case .serviceCode: "分类编码"
        case .serviceName: "诉求分类"
        case .type: "诉求类型"
        case .channel: "来源渠道"
        case .description: "诉求内容"
        case .address: "地址"
        case .latitude: "纬度"
        case .longitude: "经度"
        case .community: "社区"
        case .grid: "网格"
        case .callerName: "来电人"
        case .callerPhone: "联系电话"
        case .requestedAt: "受理时间"
        case .expectedAt: "办理时限"
        case .status: "工单状态"
        case .agencyResponsible: "承办单位"
        case .transferCount: "转办次数"
        case .satisfaction: "回访满意度"
        case .duplicateOf: "重复工单"
        }
    }
}
