import Foundation
import Testing
@testable import ShequCore

@Suite("Emergency incidents: timeline, dispatch, community part, aftermath")
struct EmergencyIncidentTests {
    func fire() -> EmergencyIncident {
        EmergencyIncident(
            id: "E-1", source: .fire119, category: .accident, kind: "居民楼火灾", severity: .ordinary,
            place: EmergencyPlace(communityCode: "411502001001", address: "胜利路 12 号"),
            reporter: EmergencyReporter(name: "王大明", phone: "13912345678"), reportedAt: ServiceClock.at("2026-03-01 20:00")
        )
    }

    @Test func responseFromReportToClosure() throws {
        var incident = fire()
        try incident.dispatch(EmergencyDispatch(unit: "浉河区消防救援大队", role: .fireRescue, dispatchedAt: ServiceClock.at("2026-03-01 20:02")), by: "指挥中心")
        try incident.dispatch(EmergencyDispatch(unit: "民权社区居委会", role: .community, dispatchedAt: ServiceClock.at("2026-03-01 20:03")), by: "指挥中心")
        #expect(incident.status == .dispatched)
        try incident.recordArrival(of: "浉河区消防救援大队", at: ServiceClock.at("2026-03-01 20:11"))
        try incident.recordCommunityAction(EmergencyCommunityAction(kind: .evacuation, at: ServiceClock.at("2026-03-01 20:10"),
                                                                    summary: "疏散 3 单元 24 户", workerIDs: ["W-12"], residentsReached: 61))
        try incident.advance(to: .responding, at: ServiceClock.at("2026-03-01 20:11"), by: "现场指挥")
        try incident.recordHandling("20:25 明火扑灭，无人员伤亡")
        try incident.advance(to: .contained, at: ServiceClock.at("2026-03-01 20:40"), by: "现场指挥")
        try incident.advance(to: .aftermath, at: ServiceClock.at("2026-03-01 21:30"), by: "街道")
        try incident.addAftermath(EmergencyAftermathTask(summary: "受灾户临时安置", responsibleUnit: "民权街道办事处"))

        #expect(throws: EmergencyError.aftermathOutstanding(incident: "E-1", tasks: ["受灾户临时安置"])) {
            try incident.advance(to: .closed, at: ServiceClock.at("2026-03-02 10:00"), by: "街道")
        }
        try incident.completeAftermath(at: 0, on: ServiceClock.at("2026-03-03"))
        try incident.advance(to: .closed, at: ServiceClock.at("2026-03-03 10:00"), by: "街道")

        #expect(incident.timeline.map(\.to) == [.dispatched, .responding, .contained, .aftermath, .closed])
        #expect(incident.minutesToFirstArrival == 11)
        #expect(incident.handling == ["20:25 明火扑灭，无人员伤亡"])
        #expect(throws: EmergencyError.incidentFinished(incident: "E-1", status: .closed)) {
            try incident.recordHandling("补记")
        }
        #expect(incident.communityActions.first?.residentsReached == 61)
        #expect(throws: EmergencyError.incidentFinished(incident: "E-1", status: .closed)) {
            try incident.addAftermath(EmergencyAftermathTask(summary: "x", responsibleUnit: "y"))
        }
    }

    @Test func falseAlarmOnlyBeforeResponse() throws {
        var incident = fire()
        try incident.dispatch(EmergencyDispatch(unit: "派出所", role: .police, dispatchedAt: ServiceClock.at("2026-03-01 20:02")), by: "110")
        try incident.advance(to: .responding, at: ServiceClock.at("2026-03-01 20:10"), by: "派出所")
        #expect(throws: EmergencyError.self) {
            try incident.advance(to: .falseAlarm, at: ServiceClock.at("2026-03-01 20:15"), by: "派出所")
        }
        var other = fire()
        try other.advance(to: .falseAlarm, at: ServiceClock.at("2026-03-01 20:01"), by: "119")
        #expect(other.status == .falseAlarm)
    }

    @Test func dispatchedNeedsAUnit() {
        var incident = fire()
        #expect(throws: EmergencyError.nothingDispatched(incident: "E-1")) {
            try incident.advance(to: .dispatched, at: ServiceClock.at("2026-03-01 20:01"), by: "119")
        }
    }

    @Test func arrivalMustFollowADispatch() throws {
        var incident = fire()
        #expect(throws: EmergencyError.arrivalNotMatching(incident: "E-1", unit: "120急救中心")) {
            try incident.recordArrival(of: "120急救中心", at: ServiceClock.at("2026-03-01 20:10"))
        }
        try incident.dispatch(EmergencyDispatch(unit: "120急救中心", role: .medical, dispatchedAt: ServiceClock.at("2026-03-01 20:05")), by: "120")
        #expect(throws: EmergencyError.self) {
            try incident.recordArrival(of: "120急救中心", at: ServiceClock.at("2026-03-01 20:04"))
        }
    }

    @Test func timelineCannotGoBackInTime() throws {
        var incident = fire()
        try incident.dispatch(EmergencyDispatch(unit: "派出所", role: .police, dispatchedAt: ServiceClock.at("2026-03-01 20:05")), by: "110")
        #expect(throws: EmergencyError.self) {
            try incident.advance(to: .responding, at: ServiceClock.at("2026-03-01 20:04"), by: "派出所")
        }
    }

    @Test func maskedHidesTheReporter() {
        let masked = fire().masked
        #expect(masked.reporter == EmergencyReporter(name: "王**", phone: "139****5678"))
    }

    @Test func safetyRiskReview() {
        let risk = SafetyRisk(id: "R-1", communityCode: "411502001001", category: .accident, summary: "楼道电动车充电",
                              level: .significant, identifiedAt: ServiceClock.at("2026-01-05"), identifiedBy: "W-12",
                              reviewDue: ServiceClock.at("2026-04-01"))
        #expect(!risk.isReviewOverdue(at: ServiceClock.at("2026-03-31")))
        #expect(risk.isReviewOverdue(at: ServiceClock.at("2026-04-02")))
        #expect(risk.lacksControls)
        #expect(SafetyRiskLevel.major < .low)
    }
}
