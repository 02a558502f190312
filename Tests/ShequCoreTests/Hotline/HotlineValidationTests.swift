import Foundation
import Testing
@testable import ShequCore

@Suite("Hotline records checked before they are taken in")
struct HotlineValidationTests {
    private func problem(_ request: HotlineRequest) -> HotlineRecordError? {
        do {
            try request.validate(source: "requests.jsonl", line: 7)
            return nil
        } catch {
            return error
        }
    }

    @Test func aWellFormedOrderPasses() throws {
        var request = HotlineFixture.request("H-1", at: "2026-03-01 09:00", lat: 32.1, lon: 114.0)
        try request.dispatch(to: "A", at: ServiceClock.at("2026-03-01 10:00"), by: "12345")
        try request.advance(to: .accepted, at: ServiceClock.at("2026-03-01 11:00"), by: "A")
        try request.transfer(to: "B", at: ServiceClock.at("2026-03-01 12:00"), by: "12345", reason: "职责调整")
        try request.validate(source: "requests.jsonl", line: 7)
        #expect(problem(HotlineFixture.request("H-2", at: "2026-03-01 09:00")) == nil)
    }

    @Test func errorsNameFileLineAndField() {
        var request = HotlineFixture.request("H-1", at: "2026-03-01 09:00", lat: 132.5, lon: 114.0)
        #expect(problem(request)?.description == "requests.jsonl:7: lat: 132.5 is outside -90...90; give WGS 84 degrees, latitude first")
        request.latitude = nil
        #expect(problem(request)?.field == "lat")
        request.longitude = nil
        request.communityCode = "  "
        #expect(problem(request)?.field == "community")
    }

    @Test func timesAndStatesMustAgree() {
        var early = HotlineFixture.request("H-1", at: "2026-03-01 09:00")
        early.expectedAt = ServiceClock.at("2026-02-28")
        #expect(problem(early)?.field == "expected_datetime")

        var held = HotlineFixture.request("H-2", at: "2026-03-01 09:00")
        held.status = .inProgress
        #expect(problem(held)?.field == "agency_responsible")

        var rated = HotlineFixture.request("H-3", at: "2026-03-01 09:00")
        rated.satisfaction = .satisfied
        #expect(problem(rated)?.field == "satisfaction")
    }

    @Test func historyMustBeAChainOfAllowedSteps() {
        var request = HotlineFixture.request("H-1", at: "2026-03-01 09:00")
        request.agencyResponsible = "A"
        request.status = .inProgress
        request.history = [
            HotlineStatusChange(from: .received, to: .dispatched, at: ServiceClock.at("2026-03-01 10:00"), by: "12345"),
            HotlineStatusChange(from: .dispatched, to: .inProgress, at: ServiceClock.at("2026-03-01 11:00"), by: "A"),
        ]
        let error = problem(request)
        #expect(error?.field == "history[2]")
        #expect(error?.message == "已派单 → 办理中 is not an allowed step")

        request.history.insert(HotlineStatusChange(from: .dispatched, to: .accepted, at: ServiceClock.at("2026-03-01 10:30"), by: "A"), at: 1)
        request.history[2].from = .accepted
        #expect(problem(request) == nil)
        request.status = .completed
        #expect(problem(request)?.field == "status")
    }

    @Test func duplicateIdentifiersInABatch() {
        let batch = ["H-1", "H-2", "H-1", "H-3", "H-2", "H-1"].map { HotlineFixture.request($0, at: "2026-03-01 09:00") }
        #expect(HotlineRequest.duplicateIDs(in: batch) == ["H-1", "H-2"])
    }
}
