import Testing
@testable import ShequCore

@Suite("Judging an event under the convention in force")
struct EventEvaluationTests {
    let volunteer = Fixtures.proposal("award_points", points: 6, topic: "volunteer_service", article: "第九条",
                                      reason: "参加志愿服务3小时，奖励6分")

    @Test("an event before version 2's effective date is judged under version 1")
    func versionByDate() throws {
        let c = try Fixtures.villageRules()
        let bounds = try Fixtures.bounds()
        // 第九条 (volunteer service) exists only from version 2.
        let before = EventEvaluation.evaluate(Fixtures.event("e-1", on: "2025-08-31"), proposals: [volunteer],
                                              convention: c, bounds: bounds, ledger: PointsLedger())
        #expect(before.version?.version == 1)
        #expect(before.applied.isEmpty)
        #expect(before.refused.first?.reason == .unknownArticle(ArticleReference(number: 9), version: c.versions[0].reference))
        let after = EventEvaluation.evaluate(Fixtures.event("e-2", on: "2025-09-01"), proposals: [volunteer],
                                             convention: c, bounds: bounds, ledger: PointsLedger())
        #expect(after.version?.version == 2)
        #expect(after.applied.map(\.measure.pointsChange) == [6])
    }

    @Test("no measure applies before any version took effect")
    func noVersion() throws {
        let evaluation = EventEvaluation.evaluate(Fixtures.event("e-1", on: "2025-04-01"),
                                                  proposals: [Fixtures.proposal("award_points", points: 5)],
                                                  convention: try Fixtures.villageRules(), bounds: try Fixtures.bounds(),
                                                  ledger: PointsLedger())
        #expect(evaluation.version == nil && evaluation.applied.isEmpty)
        #expect(evaluation.refused.map(\.reason.code) == ["no_version_in_force"])
    }

    @Test("a forbidden measure appearing only at run time is refused; the lawful ones still apply")
    func runtimeOnly() throws {
        let proposals = [
            Fixtures.proposal("deduct_points", points: 6, topic: "banquet_spending", article: "第六条", reason: "宴席超标，扣6分"),
            Fixtures.proposal("rectification_request", topic: "banquet_spending", article: "第六条", reason: "限期缴纳违约金500元"),
            Fixtures.proposal("criticism_education", topic: "banquet_spending", article: "第六条", reason: "大操大办，予以批评教育"),
        ]
        let evaluation = EventEvaluation.evaluate(Fixtures.event("e-1", on: "2025-06-03", kind: "banquet"), proposals: proposals,
                                                  convention: try Fixtures.villageRules(), bounds: try Fixtures.bounds(),
                                                  ledger: PointsLedger())
        #expect(evaluation.applied.map(\.measure.kind) == [.deductPoints, .criticismEducation])
        #expect(evaluation.refused.map(\.reason.code) == ["money_demand"])
    }

    @Test("measures over their declared bounds are refused")
    func bounds() throws {
        let evaluation = EventEvaluation.evaluate(
            Fixtures.event("e-1", on: "2025-06-03"),
            proposals: [Fixtures.proposal("award_points", points: 11), Fixtures.proposal("honour", extra: ["honour": .string("文明家庭")])],
            convention: try Fixtures.villageRules(), bounds: try Fixtures.bounds(), ledger: PointsLedger())
        #expect(evaluation.applied.isEmpty)
        #expect(evaluation.refused.map(\.reason) == [
            .outOfBounds(.overEventBound(kind: .awardPoints, points: 11, max: 10)),
            .outOfBounds(.undeclaredKind(.honour, plugin: Fixtures.plugin)),
        ])
    }

    @Test("the per-event bound holds for the sum of an event's measures of a kind, not for each")
    func eventBoundSums() throws {
        let deduction = Fixtures.proposal("deduct_points", points: 6, topic: "banquet_spending", article: "第六条", reason: "宴席超标，扣6分")
        let evaluation = EventEvaluation.evaluate(Fixtures.event("e-1", on: "2025-06-03", kind: "banquet"),
                                                  proposals: [deduction, deduction, deduction],
                                                  convention: try Fixtures.villageRules(), bounds: try Fixtures.bounds(),
                                                  ledger: PointsLedger())
        // 6, then 12 > 10: the split deduction gets no further than one whole would.
        #expect(evaluation.applied.count == 1)
        #expect(evaluation.refused.map(\.reason) == [
            .outOfBounds(.overEventBound(kind: .deductPoints, points: 12, max: 10)),
            .outOfBounds(.overEventBound(kind: .deductPoints, points: 12, max: 10)),
        ])
    }

    @Test("per-period bounds count earlier events of the batch and earlier measures of the same event")
    func periodBounds() throws {
        let c = try Fixtures.villageRules()
        let award = Fixtures.proposal("award_points", points: 8)
        let events: [(event: BehaviourEvent, proposals: [MeasureProposal])] = [
            (Fixtures.event("e-1", on: "2025-06-01"), [award]),
            (Fixtures.event("e-2", on: "2025-06-10"), [award, award]),   // 16, then 24 > 20
            (Fixtures.event("e-3", on: "2025-07-01"), [award]),          // a new month
        ]
        let run = PointsLedger().run(events, convention: c, bounds: try Fixtures.bounds(), recordedOn: Fixtures.day("2025-07-02"))
        #expect(run.evaluations.map(\.applied.count) == [1, 1, 1])
        #expect(run.evaluations[1].refused.map(\.reason.code) == ["out_of_bounds"])
        #expect(run.ledger.balance(of: .household("h-1")) == 24)
    }

    @Test("a plugin that fails on one event does not stop the batch; that event writes nothing and stays open")
    func failureInBatch() throws {
        let c = try Fixtures.villageRules()
        let bounds = try Fixtures.bounds()
        let award = Fixtures.proposal("award_points", points: 5)
        let events: [(event: BehaviourEvent, result: PluginResult)] = [
            (Fixtures.event("e-1", on: "2025-06-01"), .measures([award])),
            (Fixtures.event("e-2", on: "2025-06-02"), .failed("rules.lua:42: attempt to index a nil value (field 'facts')")),
            (Fixtures.event("e-3", on: "2025-06-03"), .measures([award])),
        ]
        let run = PointsLedger().run(events, convention: c, bounds: bounds, recordedOn: Fixtures.day("2025-06-30"))
        #expect(run.evaluations.map(\.failure) == [nil, "rules.lua:42: attempt to index a nil value (field 'facts')", nil])
        #expect(run.ledger.entries.map(\.eventID) == ["e-1", "e-3"])
        #expect(run.ledger.appliedEvents == ["e-1", "e-3"])
        // Once the plugin is fixed, running the batch again applies only the failed event.
        let fixed = events.map { (event: $0.event, result: PluginResult.measures([award])) }
        let again = run.ledger.run(fixed, convention: c, bounds: bounds, recordedOn: Fixtures.day("2025-07-01"))
        #expect(again.ledger.entries.map(\.eventID) == ["e-1", "e-3", "e-2"])
        #expect(again.ledger.balance(of: .household("h-1")) == 15)
    }

    @Test("evaluation is deterministic")
    func deterministic() throws {
        let c = try Fixtures.villageRules()
        let bounds = try Fixtures.bounds()
        let event = Fixtures.event("e-1", on: "2025-06-03")
        let proposals = [Fixtures.proposal("award_points", points: 5), Fixtures.proposal("fine", points: 50)]
        #expect(EventEvaluation.evaluate(event, proposals: proposals, convention: c, bounds: bounds, ledger: PointsLedger())
            == EventEvaluation.evaluate(event, proposals: proposals, convention: c, bounds: bounds, ledger: PointsLedger()))
    }
}
