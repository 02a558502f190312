import Foundation
import Testing
@testable import ShequCore

/// One proposal a script might return, and what the guard must do with it.
struct GuardCase: CustomTestStringConvertible, Sendable {
    let name: String
    let proposal: MeasureProposal
    let actor: PointsSubject
    let household: String?
    let rule: LegalRule
    let field: String

    init(_ name: String, _ proposal: MeasureProposal, actor: PointsSubject = .resident("r-1"), household: String? = "h-1",
         _ rule: LegalRule, at field: String) {
        self.name = name
        self.proposal = proposal
        self.actor = actor
        self.household = household
        self.rule = rule
        self.field = field
    }

    var testDescription: String { name }
}

@Suite("The legal guard")
struct LegalGuardTests {
    static let p = Fixtures.proposal

    static let forbiddenKinds: [GuardCase] = [
        GuardCase("a fine", p("fine", 200, "banquet_spending", "第六条", "超标宴席罚款", [:]), .moneyDemand, at: "kind"),
        GuardCase("a money demand", p("payment_demand", nil, "dog_keeping", "第七条", "交钱", [:]), .moneyDemand, at: "kind"),
        GuardCase("a fine named in Chinese", p("罚款", nil, "dog_keeping", "第七条", "遛狗不牵绳", [:]), .moneyDemand, at: "kind"),
        GuardCase("confiscation", p("confiscate_dog", nil, "dog_keeping", "第七条", "没收犬只", [:]), .confiscation, at: "kind"),
        GuardCase("detention", p("detain", nil, "public_order", "第三条", "关押", [:]), .personalLiberty, at: "kind"),
        GuardCase("a curfew", p("curfew", nil, "public_order", "第三条", "晚上不得外出", [:]), .personalLiberty, at: "kind"),
        GuardCase("cutting water", p("cut_water", nil, "living_environment", "第八条", "乱倒垃圾", [:]), .utilityCut, at: "kind"),
        GuardCase("cutting power", p("cut_power", nil, "living_environment", "第八条", "乱倒垃圾", [:]), .utilityCut, at: "kind"),
        GuardCase("withholding the subsistence allowance", p("withhold_subsistence_allowance", nil, "respect_elderly", "第五条", "不赡养老人", [:]),
                  .statutoryEntitlement, at: "kind"),
        GuardCase("denying schooling", p("deny_schooling", nil, "respect_elderly", "第五条", "x", [:]), .statutoryEntitlement, at: "kind"),
        GuardCase("cancelling medical insurance", p("cancel_medical_insurance", nil, "respect_elderly", "第五条", "x", [:]),
                  .statutoryEntitlement, at: "kind"),
        GuardCase("revoking a land contract", p("revoke_land_contract", nil, "living_environment", "第八条", "x", [:]),
                  .statutoryEntitlement, at: "kind"),
        GuardCase("stopping married-out daughters' dividends", p("withhold_dividend_married_daughters", nil, "local_custom", "第二条", "x", [:]),
                  .marriedOutWomensRights, at: "kind"),
        GuardCase("punishing relatives", p("punish_relatives", nil, "public_order", "第三条", "x", [:]), .collectivePunishment, at: "kind"),
        GuardCase("public exposure", p("public_exposure", nil, "public_order", "第三条", "x", [:]), .privateDataExposure, at: "kind"),
        GuardCase("an unknown kind", p("send_to_township", nil, "public_order", "第三条", "x", [:]), .unlawfulKind, at: "kind"),
        GuardCase("no kind at all", MeasureProposal(kind: "", fields: ["reason": .string("x")]), .unlawfulKind, at: "kind"),
    ]

    static let disguised: [GuardCase] = [
        GuardCase("a rectification whose reason demands a deposit",
                  p("rectification_request", nil, "living_environment", "第八条", "限期清理垃圾，并缴纳保证金200元", [:]),
                  .moneyDemand, at: "reason"),
        GuardCase("a rectification that asks for an amount in yuan",
                  p("rectification_request", nil, "dog_keeping", "第七条", "犬只伤人，向受害人支付五百元", [:]),
                  .moneyDemand, at: "reason"),
        GuardCase("a rectification whose remedy is paying",
                  p("rectification_request", nil, "dog_keeping", "第七条", "犬只伤人", ["remedy": .string("pay_compensation")]),
                  .moneyDemand, at: "remedy"),
        GuardCase("a deduction carrying a fine field",
                  p("deduct_points", 5, "banquet_spending", "第六条", "超标宴席", ["fine": .integer(200)]),
                  .moneyDemand, at: "fine"),
        GuardCase("criticism with an amount field",
                  p("criticism_education", nil, "banquet_spending", "第六条", "超标宴席", ["amount": .integer(500)]),
                  .moneyDemand, at: "amount"),
        GuardCase("a suspension of the subsistence allowance",
                  p("suspension", nil, "respect_elderly", "第五条", "不赡养老人", ["award": .string("低保资格"), "months": .integer(6)]),
                  .statutoryEntitlement, at: "award"),
        GuardCase("a suspension of collective dividends",
                  p("suspension", nil, "living_environment", "第八条", "乱倒垃圾", ["award": .string("集体经济收益分红")]),
                  .statutoryEntitlement, at: "award"),
        GuardCase("priority for a statutory benefit",
                  p("priority", nil, "respect_elderly", "第五条", "孝老爱亲", ["benefit": .string("优先纳入低保")]),
                  .statutoryEntitlement, at: "benefit"),
        GuardCase("criticism that stops a schoolchild's enrolment",
                  p("criticism_education", nil, "banquet_spending", "第六条", "大操大办的，其孩子暂停办理入学手续", [:]),
                  .statutoryEntitlement, at: "reason"),
        GuardCase("criticism that takes married-out women's share",
                  p("criticism_education", nil, "local_custom", "第二条", "外嫁女户口未迁出的，不再参与集体收益分配", [:]),
                  .marriedOutWomensRights, at: "reason"),
        GuardCase("a deduction aimed at a relative",
                  p("deduct_points", 5, "respect_elderly", "第五条", "不赡养老人", ["subject": .table(["type": .string("resident"), "id": .string("r-2")])]),
                  .collectivePunishment, at: "subject"),
        GuardCase("a deduction aimed at the actor's whole household",
                  p("deduct_points", 5, "dog_keeping", "第七条", "遛狗不牵绳", ["subject": .table(["type": .string("household"), "id": .string("h-1")])]),
                  .collectivePunishment, at: "subject"),
        GuardCase("criticism of the relatives as a group",
                  p("criticism_education", nil, "respect_elderly", "第五条", "x", ["subject": .table(["type": .string("relatives")])]),
                  .collectivePunishment, at: "subject"),
        GuardCase("a deduction whose reason punishes the children",
                  p("deduct_points", 5, "banquet_spending", "第六条", "大操大办，其子女取消当年评优资格", [:]),
                  .collectivePunishment, at: "reason"),
        GuardCase("a notice posted publicly",
                  p("notice", nil, "dog_keeping", "第七条", "遛狗不牵绳", ["audience": .string("public")]),
                  .privateDataExposure, at: "audience"),
        GuardCase("a notice that publishes an ID number",
                  p("notice", nil, "dog_keeping", "第七条", "张三（411522199001011234）遛狗不牵绳", [:]),
                  .privateDataExposure, at: "reason"),
        GuardCase("a notice that publishes a phone number",
                  p("notice", nil, "dog_keeping", "第七条", "犬主电话13812345678，请注意", [:]),
                  .privateDataExposure, at: "reason"),
        GuardCase("criticism by public shaming",
                  p("criticism_education", nil, "living_environment", "第八条", "在村务公开栏曝光乱倒垃圾者", [:]),
                  .privateDataExposure, at: "reason"),
        GuardCase("criticism on a blacklist board",
                  p("criticism_education", nil, "banquet_spending", "第六条", "大操大办的，上村红黑榜的黑榜", [:]),
                  .privateDataExposure, at: "reason"),
        GuardCase("an ID number even in an award",
                  p("award_points", 5, "respect_elderly", "第五条", "411522199001011234照料老人", [:]),
                  .privateDataExposure, at: "reason"),
        GuardCase("a rectification that cuts water and power",
                  p("rectification_request", nil, "living_environment", "第八条", "拒不清理的，停水停电", [:]),
                  .utilityCut, at: "reason"),
        GuardCase("a rectification that takes the dog",
                  p("rectification_request", nil, "dog_keeping", "第七条", "犬只伤人的，由村委会没收犬只", [:]),
                  .confiscation, at: "reason"),
        GuardCase("criticism with confinement",
                  p("criticism_education", nil, "public_order", "第三条", "酗酒闹事的，关禁闭反省", [:]),
                  .personalLiberty, at: "reason"),
        GuardCase("a rectification in English that fines",
                  p("rectification_request", nil, "living_environment", "第八条", "clean up or be fined", [:]),
                  .moneyDemand, at: "reason"),
        GuardCase("a field that claims to switch the guard off",
                  p("award_points", 5, "respect_elderly", "第五条", "照料老人", ["legal_guard": .string("off")]),
                  .malformed, at: "legal_guard"),
        GuardCase("negative award points, a deduction in disguise",
                  p("award_points", -5, "respect_elderly", "第五条", "x", [:]),
                  .malformed, at: "points"),
        GuardCase("points that are not whole", MeasureProposal(kind: "deduct_points", fields: [
                      "points": .number(2.5), "topic": .string("dog_keeping"), "article": .string("第七条"), "reason": .string("x")]),
                  .malformed, at: "points"),
        GuardCase("a missing article", MeasureProposal(kind: "commendation", fields: [
                      "topic": .string("respect_elderly"), "reason": .string("x")]),
                  .malformed, at: "article"),
    ]

    @Test("refuses every forbidden kind, with reason and legal basis", arguments: forbiddenKinds)
    func forbiddenKind(_ c: GuardCase) throws {
        try expectRefused(c)
    }

    @Test("refuses forbidden measures disguised as lawful kinds", arguments: disguised)
    func disguisedMeasure(_ c: GuardCase) throws {
        try expectRefused(c)
    }

    func expectRefused(_ c: GuardCase) throws {
        let result = LegalGuard().review(c.proposal, actor: c.actor, actorHousehold: c.household)
        guard case let .failure(refusal) = result else {
            Issue.record("\(c.name) was allowed: \(result)")
            return
        }
        #expect(refusal.rule == c.rule, "\(refusal)")
        #expect(refusal.field == c.field, "\(refusal)")
        #expect(!refusal.legalBases.isEmpty)
        #expect(refusal.chineseExplanation.contains("依据：《"))
        #expect(refusal.description.contains(c.field))
    }

    static let lawful: [(String, MeasureProposal)] = [
        ("elder care award", p("award_points", 5, "respect_elderly", "第五条", "照料孤寡、空巢老人，奖励5分", [:])),
        ("public commendation", p("commendation", nil, "respect_elderly", "第五条", "在村务公开栏表扬孝老爱亲行为", [:])),
        ("criticism for neglect", p("criticism_education", nil, "respect_elderly", "第五条", "不履行赡养义务，由村民委员会批评教育", [:])),
        ("a duty to perform", p("rectification_request", nil, "respect_elderly", "第五条", "限期履行赡养义务", ["remedy": .string("perform_duty")])),
        ("banquet deduction", p("deduct_points", 6, "banquet_spending", "第六条", "宴席13桌，超出上限3桌，扣6分", [:])),
        ("banquet persuasion", p("criticism_education", nil, "banquet_spending", "第六条", "除婚丧事外不大操大办（升学宴、乔迁宴等），予以劝导", [:])),
        ("dog reminder", p("criticism_education", nil, "dog_keeping", "第七条", "遛狗未牵绳，首次提醒教育", [:])),
        ("dog apology", p("rectification_request", nil, "dog_keeping", "第七条", "犬只伤人，向受害人赔礼道歉并配合就医", ["remedy": .string("apologise")])),
        ("clean up", p("rectification_request", nil, "living_environment", "第八条", "限期清理乱倒的垃圾", ["remedy": .string("clean_up")])),
        ("volunteer award", p("award_points", 6, "volunteer_service", "第九条", "参加志愿服务3小时，奖励6分", [:])),
        ("an honour", p("honour", nil, "respect_elderly", "第五条", "孝老爱亲表现突出", ["honour": .string("文明家庭")])),
        ("priority for the committee's own outing", p("priority", nil, "respect_elderly", "第五条", "积分前十名", ["benefit": .string("村委会组织的健康体检活动优先报名")])),
        ("suspension of the committee's own award", p("suspension", nil, "banquet_spending", "第六条", "大操大办", ["award": .string("年度文明家庭评选"), "months": .integer(12)])),
        ("a notice to the person", p("notice", nil, "dog_keeping", "第七条", "请您遛狗时牵绳", ["audience": .string("person")])),
        ("an award describing help to a 低保户", p("award_points", 5, "respect_elderly", "第五条", "帮助低保户老人收割小麦，奖励5分", [:])),
        ("criticism mentioning children as victims", p("criticism_education", nil, "respect_elderly", "第五条", "不得虐待子女，予以批评教育", [:])),
        ("a farm-land rule that does not touch the contract", p("criticism_education", nil, "living_environment", "第八条", "在承包地焚烧秸秆，予以批评教育", [:])),
    ]

    @Test("lets lawful measures through, including every measure of the Guangshan sample",
          arguments: lawful.map(\.0))
    func lawfulMeasure(_ name: String) throws {
        let proposal = try #require(Self.lawful.first { $0.0 == name }?.1)
        let measure = try LegalGuard().review(proposal, actor: .resident("r-1"), actorHousehold: "h-1").get()
        #expect(measure.kind.rawValue == proposal.kind)
        #expect(measure.proposal == proposal || proposal.fields["remedy"] == nil || measure.proposal.fields["remedy"] == proposal.fields["remedy"])
    }

    @Test("an incentive may go to the acting resident's household, a constraint may not")
    func householdOfActor() throws {
        let toHousehold: [String: PlainValue] = ["subject": .table(["type": .string("household"), "id": .string("h-1")])]
        let award = Fixtures.proposal("award_points", points: 3, extra: toHousehold)
        let measure = try LegalGuard().review(award, actor: .resident("r-1"), actorHousehold: "h-1").get()
        #expect(measure.subject == .household("h-1"))
        // Another household is never the actor's.
        let elsewhere = Fixtures.proposal("award_points", points: 3, extra: [
            "subject": .table(["type": .string("household"), "id": .string("h-9")])])
        #expect(throws: LegalGuardRefusal.self) {
            try LegalGuard().review(elsewhere, actor: .resident("r-1"), actorHousehold: "h-1").get()
        }
    }

    @Test("reads a measure exactly as a plugin returns it, as JSON")
    func pluginShape() throws {
        let json = #"{ "kind": "award_points", "points": 5, "topic": "respect_elderly", "article": "第五条", "reason": "照料孤寡、空巢老人，奖励5分" }"#
        let proposal = try JSONDecoder().decode(MeasureProposal.self, from: Data(json.utf8))
        let measure = try LegalGuard().review(proposal, actor: .household("h-1")).get()
        #expect(measure.action == .awardPoints(5))
        #expect(measure.topic == .respectElderly)
        #expect(measure.article == ArticleReference(number: 5))
        #expect(measure.pointsChange == 5)
        // A typed measure encodes back to the same table.
        let encoded = try JSONDecoder().decode(PlainValue.self, from: JSONEncoder().encode(measure))
        #expect(encoded == proposal.plainValue)
    }

    @Test("a typed measure built in Swift is screened too")
    func typedMeasure() {
        let measure = Measure(action: .rectificationRequest(.other), topic: .livingEnvironment,
                              article: ArticleReference(number: 8), reason: "限期清理，逾期罚款100元")
        guard case let .failure(refusal) = LegalGuard().review(measure, actor: .household("h-1")) else {
            Issue.record("allowed")
            return
        }
        #expect(refusal.rule == .moneyDemand)
        #expect(refusal.legalBases.contains(.administrativePenaltyLawArticle17))
    }

    @Test("every rule cites real articles, each with a provision")
    func bases() {
        for rule in LegalRule.allCases {
            #expect(!rule.legalBases.isEmpty, "\(rule)")
            for basis in rule.legalBases {
                #expect(basis.citation.hasPrefix("《") && basis.article.hasPrefix("第") && basis.article.hasSuffix("条"))
                #expect(!basis.provision.isEmpty)
            }
        }
        #expect(LegalRule.personalLiberty.legalBases.contains(.constitutionArticle37))
        #expect(LegalRule.marriedOutWomensRights.legalBases.contains(.womensRightsLawArticle56))
        #expect(LegalRule.privateDataExposure.legalBases.contains(.personalInformationProtectionLawArticle10))
        #expect(LegalRule.unlawfulKind.legalBases.contains(.villagersCommitteeLawArticle27))
    }
}
