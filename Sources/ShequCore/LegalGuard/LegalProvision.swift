/// An article of a law, regulation or the constitution that a rule rests on, with what
/// it says in brief (zh-CN).
///
/// ```swift
/// LegalProvision.constitutionArticle37.citation   // "《中华人民共和国宪法》第三十七条"
/// ```
public struct LegalProvision: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The instrument's name without book-title marks, e.g. `中华人民共和国宪法`.
    public let instrument: String
    /// The article, e.g. `第三十七条`.
    public let article: String
    /// What the article provides, in brief.
    public let provision: String

    /// Creates a basis.
    public init(instrument: String, article: String, provision: String) {
        self.instrument = instrument
        self.article = article
        self.provision = provision
    }

    /// `《instrument》article`.
    public var citation: String { "《\(instrument)》\(article)" }

    public var description: String { "\(citation)：\(provision)" }
}

extension LegalProvision {
    /// 条例第三十条: conventions may set incentive and constraint measures on the listed
    /// topics, which must not conflict with the constitution, laws, regulations or state policy.
    public static let regulationArticle30 = LegalProvision(
        instrument: "信阳市城乡社区治理促进条例", article: "第三十条",
        provision: "自治章程、居民公约、村规民约可以对尊老爱幼、婚丧礼俗、餐饮消费、文明养犬、人居环境等内容约定守规奖励和违规约束的措施，但不得与宪法、法律、法规以及国家政策相抵触")

    public static let villagersCommitteeLawArticle22 = LegalProvision(
        instrument: "中华人民共和国村民委员会组织法", article: "第二十二条",
        provision: "召开村民会议，应当有本村十八周岁以上村民的过半数，或者本村三分之二以上的户的代表参加，村民会议所作决定应当经到会人员的过半数通过")

    public static let villagersCommitteeLawArticle27 = LegalProvision(
        instrument: "中华人民共和国村民委员会组织法", article: "第二十七条",
        provision: "村民自治章程、村规民约不得与宪法、法律、法规和国家的政策相抵触，不得有侵犯村民的人身权利、民主权利和合法财产权利的内容")

    public static let residentsCommitteeLawArticle9 = LegalProvision(
        instrument: "中华人民共和国城市居民委员会组织法", article: "第九条",
        provision: "居民会议必须有全体十八周岁以上的居民、户的代表或者居民小组选举的代表的过半数出席，才能举行；会议的决定，由出席人的过半数通过")

    public static let residentsCommitteeLawArticle15 = LegalProvision(
        instrument: "中华人民共和国城市居民委员会组织法", article: "第十五条",
        provision: "居民公约由居民会议讨论制定，报人民政府或者它的派出机关备案；居民公约的内容不得与宪法、法律、法规和国家的政策相抵触")

    public static let administrativePenaltyLawArticle9 = LegalProvision(
        instrument: "中华人民共和国行政处罚法", article: "第九条",
        provision: "罚款、没收违法所得、没收非法财物、行政拘留等是行政处罚的种类")

    public static let administrativePenaltyLawArticle10 = LegalProvision(
        instrument: "中华人民共和国行政处罚法", article: "第十条",
        provision: "限制人身自由的行政处罚，只能由法律设定")

    public static let administrativePenaltyLawArticle17 = LegalProvision(
        instrument: "中华人民共和国行政处罚法", article: "第十七条",
        provision: "行政处罚由具有行政处罚权的行政机关在法定职权范围内实施")

    public static let constitutionArticle13 = LegalProvision(
        instrument: "中华人民共和国宪法", article: "第十三条",
        provision: "公民的合法的私有财产不受侵犯")

    public static let constitutionArticle37 = LegalProvision(
        instrument: "中华人民共和国宪法", article: "第三十七条",
        provision: "公民的人身自由不受侵犯；禁止非法拘禁和以其他方法非法剥夺或者限制公民的人身自由")

    public static let civilCodeArticle207 = LegalProvision(
        instrument: "中华人民共和国民法典", article: "第二百零七条",
        provision: "国家、集体、私人的物权和其他权利人的物权受法律平等保护，任何组织或者个人不得侵犯")

    public static let civilCodeArticle654 = LegalProvision(
        instrument: "中华人民共和国民法典", article: "第六百五十四条",
        provision: "只有供电人在用电人逾期不支付电费时，才可按照国家规定的程序中止供电，并应当事先通知；供水、供气、供热参照适用（第六百五十六条）")

    public static let socialAssistanceMeasuresArticle9 = LegalProvision(
        instrument: "社会救助暂行办法", article: "第九条",
        provision: "国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障")

    public static let compulsoryEducationLawArticle4 = LegalProvision(
        instrument: "中华人民共和国义务教育法", article: "第四条",
        provision: "适龄儿童、少年不分性别、民族、种族、家庭财产状况、宗教信仰等，依法享有平等接受义务教育的权利")

    public static let socialInsuranceLawArticle2 = LegalProvision(
        instrument: "中华人民共和国社会保险法", article: "第二条",
        provision: "国家建立基本养老保险、基本医疗保险等社会保险制度，保障公民依法从国家和社会获得物质帮助的权利")

    public static let ruralLandContractLawArticle5 = LegalProvision(
        instrument: "中华人民共和国农村土地承包法", article: "第五条",
        provision: "农村集体经济组织成员有权依法承包本集体经济组织发包的农村土地；任何组织和个人不得剥夺和非法限制")

    public static let ruralLandContractLawArticle31 = LegalProvision(
        instrument: "中华人民共和国农村土地承包法", article: "第三十一条",
        provision: "承包期内，妇女结婚在新居住地未取得承包地的，发包方不得收回其原承包地；离婚或者丧偶的亦同")

    public static let womensRightsLawArticle55 = LegalProvision(
        instrument: "中华人民共和国妇女权益保障法", article: "第五十五条",
        provision: "妇女在农村集体经济组织成员身份确认、土地承包经营、集体经济组织收益分配、土地征收补偿安置以及宅基地使用等方面，享有与男子平等的权利")

    public static let womensRightsLawArticle56 = LegalProvision(
        instrument: "中华人民共和国妇女权益保障法", article: "第五十六条",
        provision: "村民自治章程、村规民约不得以妇女未婚、结婚、离婚、丧偶、户无男性等为由，侵害妇女在农村集体经济组织中的各项权益")

    public static let personalInformationProtectionLawArticle10 = LegalProvision(
        instrument: "中华人民共和国个人信息保护法", article: "第十条",
        provision: "任何组织、个人不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息")

    public static let personalInformationProtectionLawArticle28 = LegalProvision(
        instrument: "中华人民共和国个人信息保护法", article: "第二十八条",
        provision: "生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等敏感个人信息，只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，方可处理")

    public static let civilCodeArticle1024 = LegalProvision(
        instrument: "中华人民共和国民法典", article: "第一千零二十四条",
        provision: "民事主体享有名誉权；任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权")

    public static let civilCodeArticle1034 = LegalProvision(
        instrument: "中华人民共和国民法典", article: "第一千零三十四条",
        provision: "自然人的个人信息受法律保护；个人信息包括自然人的姓名、出生日期、身份证件号码、住址、电话号码、健康信息等")

    public static let civilCodeArticle1032 = LegalProvision(
        instrument: "中华人民共和国民法典", article: "第一千零三十二条",
        provision: "自然人享有隐私权；任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权")
}
