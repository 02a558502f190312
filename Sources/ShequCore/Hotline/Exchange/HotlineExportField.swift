/// A field of a hotline export record shared with another system (Art. 15).
public enum HotlineExportField: String, Sendable, Hashable, Codable, CodingKeyRepresentable, ChineseNamedCase {
    /// 工单编号.
    case requestID = "request_id"
    /// 分类编码.
    case serviceCode = "service_code"
    /// 诉求分类.
    case serviceName = "service_name"
    /// 诉求类型.
    case type
    /// 来源渠道.
    case channel
    /// 诉求内容.
    case description
    /// 地址.
    case address
    /// 纬度.
    case latitude
    /// 经度.
    case longitude
    /// 社区.
    case community
    /// 网格.
    case grid
    /// 来电人.
    case callerName = "caller_name"
    /// 联系电话.
    case callerPhone = "caller_phone"
    /// 受理时间.
    case requestedAt = "requested_at"
    /// 办理时限.
    case expectedAt = "expected_at"
    /// 工单状态.
    case status
    /// 承办单位.
    case agencyResponsible = "agency_responsible"
    /// 转办次数.
    case transferCount = "transfer_count"
    /// 回访满意度.
    case satisfaction
    /// 重复工单.
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
