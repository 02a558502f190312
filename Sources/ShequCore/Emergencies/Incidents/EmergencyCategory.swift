/// The four kinds of emergency of the Emergency Response Law (突发事件类别).
public enum EmergencyCategory: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// Floods, earthquakes, storms, landslides (自然灾害).
    case naturalDisaster
    /// Fires, traffic, building and gas accidents (事故灾难).
    case accident
    /// Epidemics, food poisoning (公共卫生事件).
    case publicHealth
    /// Mass incidents, violent crime (社会安全事件).
    case socialSecurity

    public var chineseName: String {
        switch self {
        case .naturalDisaster: "自然灾害"
        case .accident: "事故灾难"
        case .publicHealth: "公共卫生事件"
        case .socialSecurity: "社会安全事件"
        }
    }
}
