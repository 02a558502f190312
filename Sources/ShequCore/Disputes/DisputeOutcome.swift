import Foundation

/// How a dispute ended (Art. 35).
///
/// ```swift
/// let outcome = DisputeOutcome(kind: .mediationAgreement, at: day, note: "签订人民调解协议书",
///                              agreementText: "张某于三十日内拆除越界围墙……")
/// ```
public struct DisputeOutcome: Sendable, Hashable, Codable {
    /// The ways a dispute can end here.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 达成调解协议
        case mediationAgreement = "mediation_agreement"
        /// 引导申请仲裁
        case referredToArbitration = "referred_to_arbitration"
        /// 引导诉讼
        case referredToCourt = "referred_to_court"
        /// 当事人撤回
        case withdrawn

        /// The kind in Chinese.
        public var chineseName: String {
            switch self {
            case .mediationAgreement: "达成调解协议"
            case .referredToArbitration: "引导申请仲裁"
            case .referredToCourt: "引导诉讼"
            case .withdrawn: "当事人撤回"
            }
        }
    }

    /// How it ended.
    public var kind: Kind
    /// When.
    public var at: Date
    /// A note, in Chinese.
    public var note: String
    /// The text of the agreement, for ``Kind/mediationAgreement``.
    public var agreementText: String?

    /// Creates an outcome.
    public init(kind: Kind, at: Date, note: String, agreementText: String? = nil) {
        self.kind = kind
        self.at = at
        self.note = note
        self.agreementText = agreementText
    }
}
