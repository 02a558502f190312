/// How a request reached the 12345 hotline (来源渠道, Art. 15).
public enum HotlineChannel: String, Sendable, Hashable, Codable, ChineseNamedCase {
    /// A call to 12345 (电话).
    case phone
    /// The hotline's web portal (网站).
    case web
    /// The WeChat official account or mini-program (微信).
    case wechat
    /// The government service app (移动应用).
    case app
    /// A text message (短信).
    case sms
    /// The mayor's mailbox (市长信箱).
    case mayorMailbox
    /// A non-emergency call handed over by the police 110 desk (110 转办).
    case transferFrom110
    /// An online forum on public affairs (网络问政).
    case onlineForum
    /// A visit in person (来访).
    case walkIn
    /// Any other channel (其他).
    case other

    public var chineseName: String {
        switch self {
        case .phone: "电话"
        case .web: "网站"
        case .wechat: "微信"
        case .app: "移动应用"
        case .sms: "短信"
        case .mayorMailbox: "市长信箱"
        case .transferFrom110: "110转办"
        case .onlineForum: "网络问政"
        case .walkIn: "来访"
        case .other: "其他"
        }
    }

    /// Whether the request was made online; online requests are shared with the
    /// cyberspace administration (网信, Art. 15).
    public var isOnline: Bool {
        switch self {
        case .web, .wechat, .app, .onlineForum, .mayorMailbox: true
        default: false
        }
    }
}
