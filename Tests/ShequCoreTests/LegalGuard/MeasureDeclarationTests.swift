import Testing
@testable import ShequCore

@Suite("A plugin's declared measures and their bounds")
struct MeasureDeclarationTests {
    let file = "Plugins/guangshan-points/plugin.lua"

    func validate(_ measures: [DeclaredMeasure]) throws(MeasureDeclarationError) -> MeasureBounds {
        try MeasureDeclaration(plugin: Fixtures.plugin, measures: measures).validate(file: file)
    }

    @Test("a sound declaration validates into bounds")
    func valid() throws {
        let bounds = try Fixtures.bounds()
        #expect(bounds.bounds[.awardPoints]?.maxPointsPerEvent == 10)
        #expect(bounds.bounds[.awardPoints]?.period == .month)
        #expect(bounds.bounds[.commendation]?.maxPointsPerEvent == nil)
    }

    @Test("declaring a forbidden kind is refused at load, naming file, line and field, with the law")
    func forbiddenKind() {
        do {
            _ = try validate([DeclaredMeasure(kind: "award_points", maxPointsPerEvent: 5, line: 3),
                              DeclaredMeasure(kind: "fine", line: 4)])
            Issue.record("a fine was declared")
        } catch {
            #expect(error.file == file && error.line == 4 && error.field == "measures[2].kind")
            #expect(error.description.hasPrefix("Plugins/guangshan-points/plugin.lua:4: measures[2].kind:"))
            #expect(error.problem.contains("行政处罚法"))
        }
    }

    @Test("bad bounds are refused", arguments: [
        (DeclaredMeasure(kind: "award_points"), "measures[1].max_points_per_event"),
        (DeclaredMeasure(kind: "award_points", maxPointsPerEvent: 0), "measures[1].max_points_per_event"),
        (DeclaredMeasure(kind: "deduct_points", maxPointsPerEvent: 10, maxPointsPerPeriod: 5, period: "month"), "measures[1].max_points_per_period"),
        (DeclaredMeasure(kind: "deduct_points", maxPointsPerEvent: 10, maxPointsPerPeriod: 50), "measures[1].period"),
        (DeclaredMeasure(kind: "deduct_points", maxPointsPerEvent: 10, maxPointsPerPeriod: 50, period: "week"), "measures[1].period"),
        (DeclaredMeasure(kind: "commendation", maxPointsPerEvent: 3), "measures[1].max_points_per_event"),
        (DeclaredMeasure(kind: "award_points", topics: ["尊老爱幼"], maxPointsPerEvent: 3), "measures[1].topics"),
        (DeclaredMeasure(kind: "award_points", articles: ["Art. 5"], maxPointsPerEvent: 3), "measures[1].articles"),
        (DeclaredMeasure(kind: "gift_voucher"), "measures[1].kind"),
    ])
    func badBounds(_ entry: DeclaredMeasure, field: String) {
        #expect(throws: MeasureDeclarationError.self) { try validate([entry]) }
        do { _ = try validate([entry]) } catch { #expect(error.field == field, "\(error)") }
    }

    @Test("the Guangshan sample's declaration (docs/conventions.md) admits every measure the sample returns")
    func guangshan() throws {
        let bounds = try validate([
            DeclaredMeasure(kind: "award_points",
                            topics: ["respect_elderly", "wedding_funeral_customs", "living_environment", "volunteer_service"],
                            articles: ["第五条", "第六条", "第八条", "第九条"],
                            maxPointsPerEvent: 10, maxPointsPerPeriod: 40, period: "month"),
            DeclaredMeasure(kind: "deduct_points", topics: ["banquet_spending", "dog_keeping"], maxPointsPerEvent: 10),
            DeclaredMeasure(kind: "commendation"),
            DeclaredMeasure(kind: "criticism_education"),
            DeclaredMeasure(kind: "rectification_request"),
        ])
        let c = try Fixtures.villageRules()
        try bounds.check(against: c.versions[1], file: file)
        // What the sample's rules.lua returns for each event kind, at its default config.
        let p = Fixtures.proposal
        let returned: [(String, [MeasureProposal])] = [
            ("elder_care", [p("award_points", 5, "respect_elderly", "第五条", "照料孤寡、空巢老人，奖励5分", [:])]),
            ("filial_piety", [p("award_points", 3, "respect_elderly", "第五条", "孝敬父母，奖励3分", [:]),
                              p("commendation", nil, "respect_elderly", "第五条", "在村务公开栏表扬孝老爱亲行为", [:])]),
            ("elder_neglect", [p("criticism_education", nil, "respect_elderly", "第五条", "不履行赡养义务，由村民委员会批评教育", [:]),
                               p("rectification_request", nil, "respect_elderly", "第五条", "限期履行赡养义务", [:])]),
            ("banquet", [p("deduct_points", 10, "banquet_spending", "第六条", "宴席40桌，超出上限30桌，扣10分", [:]),
                         p("criticism_education", nil, "banquet_spending", "第六条", "大操大办，予以批评教育", [:])]),
            ("wedding", [p("award_points", 5, "wedding_funeral_customs", "第六条", "婚事新办、丧事简办（8桌，不超过10桌），奖励5分", [:])]),
            ("dog_unleashed", [p("deduct_points", 2, "dog_keeping", "第七条", "遛狗未牵绳（第3次），扣2分", [:])]),
            ("dog_bite", [p("rectification_request", nil, "dog_keeping", "第七条", "犬只伤人，向受害人赔礼道歉并配合就医", [:])]),
            ("garbage_sorted", [p("award_points", 1, "living_environment", "第八条", "垃圾分类投放合格，奖励1分", [:])]),
            ("garbage_dumped", [p("criticism_education", nil, "living_environment", "第八条", "乱倒垃圾，予以批评教育", [:]),
                                p("rectification_request", nil, "living_environment", "第八条", "限期清理乱倒的垃圾", [:])]),
            ("volunteer_service", [p("award_points", 10, "volunteer_service", "第九条", "参加志愿服务30小时，奖励10分", [:])]),
        ]
        for (index, (kind, proposals)) in returned.enumerated() {
            let event = Fixtures.event("e-\(index)", on: "2025-09-\(10 + index)", subject: .household("h-\(index)"), kind: kind)
            let evaluation = EventEvaluation.evaluate(event, proposals: proposals, convention: c, bounds: bounds, ledger: PointsLedger())
            #expect(evaluation.refused.isEmpty, "\(kind): \(evaluation.refused.map(\.reason.description))")
            #expect(evaluation.applied.count == proposals.count)
        }
    }

    @Test("each kind is declared once, and at least one is declared")
    func duplicatesAndEmpty() {
        do {
            _ = try validate([DeclaredMeasure(kind: "commendation"), DeclaredMeasure(kind: "commendation")])
            Issue.record("duplicate accepted")
        } catch { #expect(error.field == "measures[2].kind") }
        do {
            _ = try validate([])
            Issue.record("empty accepted")
        } catch { #expect(error.field == "measures") }
    }

    @Test("at filing, declared articles must exist in the version filed")
    func atFiling() throws {
        let bounds = try validate([DeclaredMeasure(kind: "award_points", articles: ["第九条"], maxPointsPerEvent: 10)])
        let c = try Fixtures.villageRules()
        try bounds.check(against: c.versions[1], file: file)
        do {
            try bounds.check(against: c.versions[0], file: file)
            Issue.record("version 1 has no 第九条")
        } catch {
            #expect(error.field == "measures.award_points.articles")
            #expect(error.problem.contains("第九条"))
        }
    }

    @Test("at run time, measures over their bounds are refused")
    func runtime() throws {
        let bounds = try validate([
            DeclaredMeasure(kind: "award_points", topics: ["respect_elderly"], articles: ["第五条"],
                            maxPointsPerEvent: 5, maxPointsPerPeriod: 12, period: "month"),
        ])
        let day = Fixtures.day("2025-06-03")
        func award(_ points: Int, topic: MeasureTopic = .respectElderly, article: Int = 5) -> Measure {
            Measure(action: .awardPoints(points), topic: topic, article: ArticleReference(number: article), reason: "x")
        }
        try bounds.check(award(5), subject: .household("h-1"), on: day, pointsInPeriod: 7)
        #expect(throws: BoundsViolation.overEventBound(kind: .awardPoints, points: 6, max: 5)) {
            try bounds.check(award(6), subject: .household("h-1"), on: day, pointsInPeriod: 0)
        }
        #expect(throws: BoundsViolation.overPeriodBound(kind: .awardPoints, subject: .household("h-1"), already: 8, points: 5,
                                                        max: 12, period: .month(containing: day))) {
            try bounds.check(award(5), subject: .household("h-1"), on: day, pointsInPeriod: 8)
        }
        #expect(throws: BoundsViolation.undeclaredTopic(.dogKeeping, kind: .awardPoints)) {
            try bounds.check(award(2, topic: .dogKeeping), subject: .household("h-1"), on: day, pointsInPeriod: 0)
        }
        #expect(throws: BoundsViolation.undeclaredArticle(ArticleReference(number: 6), kind: .awardPoints)) {
            try bounds.check(award(2, article: 6), subject: .household("h-1"), on: day, pointsInPeriod: 0)
        }
        let deduct = Measure(action: .deductPoints(1), topic: .dogKeeping, article: ArticleReference(number: 7), reason: "x")
        #expect(throws: BoundsViolation.undeclaredKind(.deductPoints, plugin: Fixtures.plugin)) {
            try bounds.check(deduct, subject: .household("h-1"), on: day, pointsInPeriod: 0)
        }
    }
}
