import Testing
@testable import ShequCore

@Suite("Impact preview of a candidate rule")
struct ImpactPreviewTests {
    @Test("reports per-subject changes, totals, distribution and changed decisions, writing nothing")
    func preview() throws {
        let c = try Fixtures.villageRules()
        let bounds = try Fixtures.bounds()
        let events = [
            Fixtures.event("e-1", on: "2025-06-03", subject: .household("h-1")),
            Fixtures.event("e-2", on: "2025-06-04", subject: .household("h-2"), kind: "banquet"),
            Fixtures.event("e-3", on: "2025-06-05", subject: .household("h-3"), kind: "banquet"),
        ]
        let award5 = Fixtures.proposal("award_points", points: 5)
        let award8 = Fixtures.proposal("award_points", points: 8)
        let deduct4 = Fixtures.proposal("deduct_points", points: 4, topic: "banquet_spending", article: "第六条", reason: "宴席超标")
        let fine = Fixtures.proposal("fine", points: 100, topic: "banquet_spending", article: "第六条", reason: "罚款")
        let educate = Fixtures.proposal("criticism_education", topic: "banquet_spending", article: "第六条", reason: "予以批评教育")

        // The ledger as recorded so far; simulating on it must leave it as it is.
        let recorded = PointsLedger().run([(events[0], [award5])], convention: c, bounds: bounds,
                                          recordedOn: Fixtures.day("2025-06-30")).ledger
        let before = recorded
        _ = recorded.run([(events[1], [deduct4, fine])], convention: c, bounds: bounds, recordedOn: Fixtures.day("2025-07-01"))
        #expect(recorded == before && recorded.entries.count == 1)

        let baseline = PointsLedger().run([(events[0], [award5]), (events[1], [deduct4]), (events[2], [educate])],
                                          convention: c, bounds: bounds, recordedOn: Fixtures.day("2025-07-01"))
        let candidate = PointsLedger().run([(events[0], [award8]), (events[1], [deduct4]), (events[2], [deduct4, fine])],
                                           convention: c, bounds: bounds, recordedOn: Fixtures.day("2025-07-01"))
        let report = ImpactPreview.compare(baseline: baseline.evaluations, candidate: candidate.evaluations)
        #expect(report.subjects == [
            SubjectImpact(subject: .household("h-1"), baseline: 5, candidate: 8),
            SubjectImpact(subject: .household("h-3"), baseline: 0, candidate: -4),
        ])
        #expect(report.unchangedSubjects == 1)
        #expect(report.totals.baseline.awarded == 5 && report.totals.baseline.deducted == 4)
        #expect(report.totals.candidate.net == 0 && report.totals.candidate.refused == 1)
        #expect(report.distribution == [.gain1To10: 1, .loss1To10: 1, .none: 1])
        #expect(report.decisionsChanged.map(\.eventID) == ["e-1", "e-3"])
        #expect(report.decisionsChanged[1].candidate == [
            .applied(kind: .deductPoints, points: -4, subject: .household("h-3"), article: ArticleReference(number: 6)),
            .refused(kind: "fine", code: "money_demand"),
        ])
    }

    @Test("an event on which the candidate plugin fails is a changed decision and counted")
    func candidateFails() throws {
        let c = try Fixtures.villageRules()
        let bounds = try Fixtures.bounds()
        let event = Fixtures.event("e-1", on: "2025-06-03")
        let base = PointsLedger().run([(event: event, result: PluginResult.measures([Fixtures.proposal("award_points", points: 5)]))],
                                      convention: c, bounds: bounds, recordedOn: Fixtures.day("2025-07-01"))
        let cand = PointsLedger().run([(event: event, result: PluginResult.failed("out of instructions"))],
                                      convention: c, bounds: bounds, recordedOn: Fixtures.day("2025-07-01"))
        let report = ImpactPreview.compare(baseline: base.evaluations, candidate: cand.evaluations)
        #expect(report.totals.candidate.failedEvents == 1)
        #expect(report.decisionsChanged.first?.candidate == [.failed(message: "out of instructions")])
        #expect(report.subjects == [SubjectImpact(subject: .household("h-1"), baseline: 5, candidate: 0)])
    }

    @Test("identical evaluations show no change")
    func noChange() throws {
        let run = PointsLedger().run([(Fixtures.event("e-1", on: "2025-06-03"), [Fixtures.proposal("award_points", points: 5)])],
                                     convention: try Fixtures.villageRules(), bounds: try Fixtures.bounds(),
                                     recordedOn: Fixtures.day("2025-07-01"))
        let report = ImpactPreview.compare(baseline: run.evaluations, candidate: run.evaluations)
        #expect(report.subjects.isEmpty && report.decisionsChanged.isEmpty && report.unchangedSubjects == 1)
        #expect(ChangeBand(-11) == .lossOver10 && ChangeBand(11) == .gainOver10)
    }
}
