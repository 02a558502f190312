/// A provision of the Xinyang regulation that a decision or record rests on.
///
/// Every gate decision, violation and escalation carries its legal basis so that a
/// reader can check it against the text (条例, in force 2025-03-01).
///
/// ```swift
/// let basis = LegalBasis.negativeListForbidden
/// print(basis)   // 《信阳市城乡社区治理促进条例》第四十条第二款：不得要求居(村)民委员会办理列入负面清单内的工作事务
/// ```
public struct LegalBasis: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The article number (Art. N).
    public var article: Int
    /// The paragraph (款) within the article, when the basis is one paragraph.
    public var paragraph: Int?
    /// What the provision says, in Chinese, shortened to the part that applies.
    public var summary: String

    /// Creates a legal basis from an article (1–47) of the regulation.
    public init(article: Int, paragraph: Int? = nil, summary: String) {
        self.article = article
        self.paragraph = paragraph
        self.summary = summary
    }

    /// The citation in Chinese, e.g. `第四十条第二款`.
    public var citation: String {
        let articlePart = "第\(ChineseNumeral.text(article))条"
        guard let paragraph else { return articlePart }
        return articlePart + "第\(ChineseNumeral.text(paragraph))款"
    }

    /// The citation with the regulation's title, e.g. `《信阳市城乡社区治理促进条例》第四十四条`.
    public var fullCitation: String {
        "《信阳市城乡社区治理促进条例》\(citation)"
    }

    public var description: String {
        "\(fullCitation)：\(summary)"
    }
}

extension LegalBasis {
    /// 主责事项清单 (Art. 40 ¶1): the catalogue lists the committee's own duties.
    public static let mainDutyList = LegalBasis(
        article: 40, paragraph: 1,
        summary: "市、县、区人民政府应当制定居(村)民委员会工作事务指导目录，明确主责事项清单、协助事项清单以及负面事项清单")

    /// 协助事项 (Art. 40 ¶2): assistance work must come with funding and working conditions.
    public static let assistanceNeedsFunding = LegalBasis(
        article: 40, paragraph: 2,
        summary: "安排居(村)民委员会办理协助事项清单内的工作事务，应当提供相应的经费和必要的工作条件")

    /// 负面事项 (Art. 40 ¶2): negative-list work may not be required of a committee.
    public static let negativeListForbidden = LegalBasis(
        article: 40, paragraph: 2,
        summary: "不得要求居(村)民委员会办理列入负面清单内的工作事务")

    /// 动态调整 (Art. 40 ¶1): work outside the catalogue waits for the government that keeps it.
    public static let catalogueAdjustment = LegalBasis(
        article: 40, paragraph: 1,
        summary: "工作事务指导目录由市、县、区人民政府制定，并根据工作需要动态调整")

    /// Art. 43: where a law or regulation already sets a liability, it applies.
    public static let otherLawsApply = LegalBasis(
        article: 43,
        summary: "违反本条例规定的行为，法律、法规已有法律责任规定的，从其规定")

    /// 准入清单 (Art. 34 ¶2): grid work is admitted by list; nobody may hand grid staff
    /// work outside the list without approval.
    public static let gridAdmission = LegalBasis(
        article: 34, paragraph: 2,
        summary: "网格化服务管理事项实行准入制度和清单化管理，并进行动态调整。任何单位未经批准不得将准入清单外事项交由网格化服务管理人员办理")

    /// 准入清单 (Art. 44): work outside the grid admission list handed to grid staff is corrected by the county.
    public static let gridAdmissionViolation = LegalBasis(
        article: 44,
        summary: "未经批准将准入清单外事项交由网格化服务管理人员办理的，由县、区人民政府予以纠正")

    /// Art. 45: pushing a department's own duties onto a committee is corrected; serious cases lead to discipline.
    public static let committeeBurdenViolation = LegalBasis(
        article: 45,
        summary: "有关部门、街道办事处、乡镇人民政府将职责范围内的事项转交给居(村)民委员会承担的，由市、县、区人民政府予以纠正；情节严重的，对负有责任的领导人员和直接责任人员依法给予处分")

    /// Art. 46: dereliction, abuse of power or favouritism by departments and their staff leads to discipline.
    public static let officialMisconduct = LegalBasis(
        article: 46,
        summary: "有关部门、街道办事处、乡镇人民政府及其工作人员违反本条例规定或者有其他玩忽职守、滥用职权、徇私舞弊行为的，对负有责任的领导人员和直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任")

    /// 议事协商 (Art. 33 ¶2): committees support residents' consultation on matters of public interest.
    public static let deliberation = LegalBasis(
        article: 33, paragraph: 2,
        summary: "居(村)民委员会应当支持、引导居(村)民对涉及公共利益、公益事业、社会治理等关系群众切身利益的重大问题开展议事协商")

    /// 矛盾纠纷就地化解 (Art. 35 ¶3): committees organise grid workers, mediators, legal advisers and volunteers.
    public static let localMediation = LegalBasis(
        article: 35, paragraph: 3,
        summary: "居(村)民委员会应当组织网格员、人民调解员、法律顾问、平安志愿者等人员，就地预防、化解矛盾纠纷")

    /// Art. 35 ¶2: street offices and townships coordinate police stations, judicial offices and people's courts.
    public static let townshipCoordination = LegalBasis(
        article: 35, paragraph: 2,
        summary: "街道办事处、乡镇人民政府应当组织、协调辖区内公安派出所、司法所、人民法庭、居(村)民委员会和各类调解组织等矛盾纠纷化解力量")

    /// Art. 35 ¶1: governments keep a coordinated, multi-channel mechanism for resolving disputes.
    public static let multiChannelResolution = LegalBasis(
        article: 35, paragraph: 1,
        summary: "市、县、区人民政府及其有关部门，人民法院、人民检察院应当完善矛盾纠纷多元预防化解工作协调机制")
}
