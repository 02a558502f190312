/// How much of a care record may be shown (个人信息保护, Art. 19).
public enum CareDisclosure: String, Sendable, Hashable, Codable {
    /// Names, phones and addresses masked; notes and need details withheld. The default.
    case masked
    /// Everything, for the carers of the case and the officers entitled to it.
    case full
}
