/// A rule of law a convention's measure must not break, with the reason residents read
/// and the articles it rests on.
///
/// These rules are fixed: there is no setting, plugin field or manifest entry that
/// turns one off (deny wins).
///
/// ```swift
/// LegalRule.moneyDemand.legalBases.map(\.citation)
/// // ["《中华人民共和国行政处罚法》第九条", "《中华人民共和国行政处罚法》第十七条", …]
/// ```
public enum LegalRule: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Fines or any other demand for money (罚款、收费、押金、赔偿金 …).
    case moneyDemand = "money_demand"
    /// Confiscating, seizing or destroying property.
    case confiscation
    /// Restricting personal liberty (detention, confinement, bans on leaving).
    case personalLiberty = "personal_liberty"
    /// Cutting water, power, gas or other utilities.
    case utilityCut = "utility_cut"
    /// Withholding statutory entitlements: subsistence allowance, schooling, medical
    /// insurance, land contract or collective income rights.
    case statutoryEntitlement = "statutory_entitlement"
    /// Taking rights from women because they married out, divorced or were widowed.
    case marriedOutWomensRights = "married_out_womens_rights"
    /// Punishing relatives, a household or a whole group for one person's act.
    case collectivePunishment = "collective_punishment"
    /// Exposing private data (ID numbers, phone numbers, health, public shaming).
    case privateDataExposure = "private_data_exposure"
    /// A kind that is not one of the lawful measure kinds.
    case unlawfulKind = "unlawful_kind"
    /// A measure whose fields are missing or wrong, so it cannot be checked.
    case malformed

    /// Why the measure is refused, in Chinese.
    public var chineseReason: String {
        switch self {
        case .moneyDemand:
            "居（村）民委员会不是行政机关，无权罚款或者以任何名义向居（村）民收取钱款"
        case .confiscation:
            "居（村）民委员会无权没收、扣押或者毁损居（村）民的财物"
        case .personalLiberty:
            "公民人身自由不受侵犯，村规民约不得限制人身自由"
        case .utilityCut:
            "居（村）民委员会不是供水、供电、供气单位，不得以停水、停电、停气等方式约束居（村）民"
        case .statutoryEntitlement:
            "低保、义务教育、医疗保险、土地承包、集体收益分配等是法定权利，村规民约不得取消、暂停或者限制"
        case .marriedOutWomensRights:
            "不得以妇女结婚、离婚、丧偶等为由，侵害其在农村集体经济组织中的各项权益"
        case .collectivePunishment:
            "责任自负，约束措施只能针对行为人本人，不得株连亲属、家庭或者集体"
        case .privateDataExposure:
            "不得公开居（村）民的身份证号、电话、健康等个人信息，不得以曝光等方式侵害名誉和隐私"
        case .unlawfulKind:
            "该措施不属于公约可以约定的守规奖励或者违规约束措施"
        case .malformed:
            "措施内容不完整或者格式错误，无法审查"
        }
    }

    /// The articles the rule rests on.
    public var legalBases: [LegalProvision] {
        switch self {
        case .moneyDemand:
            [.administrativePenaltyLawArticle9, .administrativePenaltyLawArticle17,
             .villagersCommitteeLawArticle27, .constitutionArticle13]
        case .confiscation:
            [.administrativePenaltyLawArticle9, .administrativePenaltyLawArticle17,
             .constitutionArticle13, .civilCodeArticle207]
        case .personalLiberty:
            [.constitutionArticle37, .administrativePenaltyLawArticle10, .villagersCommitteeLawArticle27]
        case .utilityCut:
            [.civilCodeArticle654, .villagersCommitteeLawArticle27]
        case .statutoryEntitlement:
            [.socialAssistanceMeasuresArticle9, .compulsoryEducationLawArticle4, .socialInsuranceLawArticle2,
             .ruralLandContractLawArticle5, .villagersCommitteeLawArticle27]
        case .marriedOutWomensRights:
            [.womensRightsLawArticle55, .womensRightsLawArticle56, .ruralLandContractLawArticle31]
        case .collectivePunishment:
            [.villagersCommitteeLawArticle27, .residentsCommitteeLawArticle15, .regulationArticle30]
        case .privateDataExposure:
            [.personalInformationProtectionLawArticle10, .personalInformationProtectionLawArticle28,
             .civilCodeArticle1034, .civilCodeArticle1032, .civilCodeArticle1024]
        case .unlawfulKind:
            [.regulationArticle30, .villagersCommitteeLawArticle27]
        case .malformed:
            [.regulationArticle30]
        }
    }

    public var description: String { rawValue }
}
