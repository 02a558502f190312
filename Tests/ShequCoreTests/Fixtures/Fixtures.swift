import ShequCore

/// Builders for the tests: a village's rules taken through their real lifecycle.
enum Fixtures {
    static let village = CommunityID("411522100201")
    static let conventionID = ConventionID("411522100201-cgmy")
    static let plugin = PluginReference(id: "xinyang.guangshan.points", version: "1.0.0")

    static func day(_ text: String) -> CivilDate {
        // Test dates are literals; a typo should stop the test loudly.
        CivilDate(text)!
    }

    static func articles(_ count: Int) -> [ConventionArticle] {
        let texts = ["总则", "村民权利义务", "公共秩序", "矛盾调解", "尊老爱幼", "婚丧礼俗与餐饮消费", "文明养犬", "人居环境", "志愿服务"]
        return (1...count).map { ConventionArticle(number: $0, text: $0 <= texts.count ? texts[$0 - 1] : "第\($0)条内容") }
    }

    static let opinions = OpinionSolicitation(from: day("2025-03-01"), through: day("2025-03-15"),
                                              opinionsReceived: 37, summary: "建议宴席桌数上限为10桌")
    static let review = TownshipReview(office: "光山县弦山街道办事处", on: day("2025-03-20"), approved: true,
                                       opinion: "未发现与法律法规相抵触的内容")
    static let vote = MeetingVote(body: .villagersMeeting, held: day("2025-04-10"), eligible: 820, present: 530,
                                  votesFor: 498, against: 20, abstained: 12, womenPresent: 241)
    static let filing = ConventionFiling(office: "光山县弦山街道办事处", filedOn: day("2025-04-20"),
                                         publishedOn: day("2025-04-22"), effectiveFrom: day("2025-05-01"))

    /// Takes version `number` of `convention` from drafted to filed, in the two months
    /// before `effectiveFrom`.
    static func adoptAndFile(_ convention: Convention, version number: Int,
                             effectiveFrom: CivilDate) throws -> Convention {
        let month = effectiveFrom.month
        func d(_ m: Int, _ dd: Int) -> CivilDate { CivilDate(year: effectiveFrom.year, month: m, day: dd)! }
        precondition(month >= 3, "fixtures need two months before the effective date")
        var c = convention
        c = try c.advancing(version: number, with: .gatherOpinions(
            OpinionSolicitation(from: d(month - 2, 1), through: d(month - 2, 10), opinionsReceived: 12, summary: "无异议")),
            by: "村民委员会").convention
        c = try c.advancing(version: number, with: .review(
            TownshipReview(office: "弦山街道办事处", on: d(month - 2, 15), approved: true, opinion: "同意提交表决")),
            by: "弦山街道办事处").convention
        c = try c.advancing(version: number, with: .vote(
            MeetingVote(body: .villagersMeeting, held: d(month - 1, 5), eligible: 800, present: 500,
                        votesFor: 450, against: 30, abstained: 20, womenPresent: 230)),
            by: "村民会议").convention
        c = try c.advancing(version: number, with: .file(
            ConventionFiling(office: "弦山街道办事处", filedOn: d(month - 1, 10), publishedOn: d(month - 1, 12),
                             effectiveFrom: effectiveFrom)),
            by: "弦山街道办事处").convention
        return c
    }

    /// Village rules with version 1 (8 articles) in force from 2025-05-01 and version 2
    /// (9 articles, adding 第九条 志愿服务) in force from 2025-09-01.
    static func villageRules() throws -> Convention {
        var c = try Convention.draft(id: conventionID, community: village, kind: .villageRules, title: "某村村规民约",
                                     articles: articles(8), on: day("2025-02-20"), by: "村民委员会").convention
        c = try adoptAndFile(c, version: 1, effectiveFrom: day("2025-05-01"))
        c = try c.amend(title: "某村村规民约（2025年修订）", articles: articles(9), on: day("2025-06-20"),
                        by: "村民委员会").convention
        c = try adoptAndFile(c, version: 2, effectiveFrom: day("2025-09-01"))
        return c
    }

    static func declaration() -> MeasureDeclaration {
        MeasureDeclaration(plugin: plugin, measures: [
            DeclaredMeasure(kind: "award_points", maxPointsPerEvent: 10, maxPointsPerPeriod: 20, period: "month", line: 3),
            DeclaredMeasure(kind: "deduct_points", maxPointsPerEvent: 10, line: 4),
            DeclaredMeasure(kind: "commendation", line: 5),
            DeclaredMeasure(kind: "criticism_education", line: 6),
            DeclaredMeasure(kind: "rectification_request", line: 7),
        ])
    }

    static func bounds() throws -> MeasureBounds {
        try declaration().validate(file: "Plugins/guangshan-points/plugin.lua")
    }

    static func proposal(_ kind: String, points: Int? = nil, topic: String = "respect_elderly",
                         article: String = "第五条", reason: String = "照料空巢老人",
                         extra: [String: PlainValue] = [:]) -> MeasureProposal {
        var fields: [String: PlainValue] = ["topic": .string(topic), "article": .string(article), "reason": .string(reason)]
        if let points { fields["points"] = .integer(points) }
        fields.merge(extra) { _, new in new }
        return MeasureProposal(kind: kind, fields: fields)
    }

    static func event(_ id: String, on date: String, subject: PointsSubject = .household("h-1"),
                      household: String? = nil, kind: String = "elder_care") -> BehaviourEvent {
        BehaviourEvent(id: id, kind: kind, subject: subject, household: household, community: village,
                       occurredOn: day(date), reporter: "网格员张敏")
    }
}
