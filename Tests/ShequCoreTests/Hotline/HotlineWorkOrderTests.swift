import Foundation
import Testing
@testable import ShequCore

@Suite("Hotline work orders: status history, transfers, callbacks, deadlines")
struct HotlineWorkOrderTests {
    @Test func fullLifecycleKeepsHistory() throws {
        var request = HotlineFixture.request("H-1", at: "2026-03-01 09:00")
        request.expectedAt = ServiceClock.at("2026-03-04 09:00")
        try request.dispatch(to: "浉河区城管局", at: ServiceClock.at("2026-03-01 09:10"), by: "12345")
        try request.advance(to: .accepted, at: ServiceClock.at("2026-03-01 10:00"), by: "浉河区城管局")
        try request.advance(to: .inProgress, at: ServiceClock.at("2026-03-01 11:00"), by: "浉河区城管局", note: "已到场")
        try request.advance(to: .completed, at: ServiceClock.at("2026-03-02 16:00"), by: "浉河区城管局", note: "已责令停工")
        try request.recordCallback(.satisfied, at: ServiceClock.at("2026-03-03 10:00"), by: "12345")
        try request.advance(to: .closed, at: ServiceClock.at("2026-03-03 10:05"), by: "12345")

        #expect(request.history.map(\.to) == [.dispatched, .accepted, .inProgress, .completed, .visited, .closed])
        #expect(request.history.first?.from == .received)
        #expect(request.agencyResponsible == "浉河区城管局")
        #expect(request.satisfaction == .satisfied)
        #expect(request.completedAt == ServiceClock.at("2026-03-02 16:00"))
        #expect(request.wasCompletedOnTime == true)
        #expect(request.status.open311Status == "closed")
        #expect(request.updatedAt == ServiceClock.at("2026-03-03 10:05"))
        #expect(request.statusNotes == "回访：满意")
    }

    @Test func skippingStepsIsRefused() {
        var request = HotlineFixture.request("H-2", at: "2026-03-01 09:00")
        #expect(throws: HotlineError.self) {
            try request.advance(to: .inProgress, at: ServiceClock.at("2026-03-01 10:00"), by: "x")
        }
        #expect(request.status == .received)
        #expect(request.history.isEmpty)
    }

    @Test func dispatchNeedsAUnit() {
        var request = HotlineFixture.request("H-3", at: "2026-03-01 09:00")
        #expect(throws: HotlineError.noAgency(request: "H-3")) {
            try request.advance(to: .dispatched, at: ServiceClock.at("2026-03-01 10:00"), by: "12345")
        }
    }

    @Test func changesCannotGoBackInTime() throws {
        var request = HotlineFixture.request("H-4", at: "2026-03-01 09:00")
        try request.dispatch(to: "A", at: ServiceClock.at("2026-03-01 10:00"), by: "12345")
        #expect(throws: HotlineError.self) {
            try request.advance(to: .accepted, at: ServiceClock.at("2026-03-01 09:30"), by: "A")
        }
    }

    @Test func transferHandsOverAndRestartsSigning() throws {
        var request = HotlineFixture.request("H-5", at: "2026-03-01 09:00")
        try request.dispatch(to: "浉河区住建局", at: ServiceClock.at("2026-03-01 09:10"), by: "12345")
        try request.advance(to: .accepted, at: ServiceClock.at("2026-03-01 09:30"), by: "浉河区住建局")
        try request.transfer(to: "浉河区城管局", at: ServiceClock.at("2026-03-01 10:00"), by: "12345", reason: "属城管职责")

        #expect(request.status == .dispatched)
        #expect(request.agencyResponsible == "浉河区城管局")
        #expect(request.transfers == [HotlineTransfer(fromUnit: "浉河区住建局", toUnit: "浉河区城管局",
                                                      at: ServiceClock.at("2026-03-01 10:00"), by: "12345", reason: "属城管职责")])
        #expect(request.history.last?.from == .accepted)
        #expect(request.history.last?.note == "转办：属城管职责")
    }

    @Test func transferRules() throws {
        var request = HotlineFixture.request("H-6", at: "2026-03-01 09:00")
        #expect(throws: HotlineError.notTransferable(request: "H-6", status: .received)) {
            try request.transfer(to: "B", at: ServiceClock.at("2026-03-01 10:00"), by: "12345", reason: "r")
        }
        try request.dispatch(to: "A", at: ServiceClock.at("2026-03-01 10:00"), by: "12345")
        #expect(throws: HotlineError.transferToSameUnit(request: "H-6", unit: "A")) {
            try request.transfer(to: "A", at: ServiceClock.at("2026-03-01 11:00"), by: "12345", reason: "r")
        }
        #expect(throws: HotlineError.missingText(request: "H-6", field: "reason")) {
            try request.transfer(to: "B", at: ServiceClock.at("2026-03-01 11:00"), by: "12345", reason: "")
        }
    }

    @Test func dissatisfiedCallbackReopens() throws {
        var request = HotlineFixture.request("H-7", at: "2026-03-01 09:00")
        #expect(throws: HotlineError.callbackBeforeCompletion(request: "H-7", status: .received)) {
            try request.recordCallback(.satisfied, at: ServiceClock.at("2026-03-01 10:00"), by: "12345")
        }
        try request.advance(to: .completed, at: ServiceClock.at("2026-03-01 09:05"), by: "12345", note: "当场答复")
        try request.recordCallback(.dissatisfied, at: ServiceClock.at("2026-03-02 10:00"), by: "12345")
        try request.advance(to: .inProgress, at: ServiceClock.at("2026-03-02 10:05"), by: "12345", note: "重办")
        #expect(request.completedAt == nil)
        #expect(request.satisfaction == nil)
        #expect(request.status.open311Status == "open")
    }

    @Test func overdueAgainstAnInjectedClock() throws {
        var request = HotlineFixture.request("H-8", at: "2026-03-01 09:00")
        request.expectedAt = ServiceClock.at("2026-03-02 09:00")
        #expect(!request.isOverdue(at: ServiceClock.at("2026-03-02 08:59")))
        #expect(request.isOverdue(at: ServiceClock.at("2026-03-02 09:01")))
        try request.advance(to: .completed, at: ServiceClock.at("2026-03-03 09:00"), by: "x")
        #expect(!request.isOverdue(at: ServiceClock.at("2026-03-05")))
        #expect(request.wasCompletedOnTime == false)
    }

    @Test func open311ShapeUsesStandardFieldNames() throws {
        var request = HotlineFixture.request("H-9", at: "2026-03-01 09:00", lat: 32.123, lon: 114.07)
        request.expectedAt = ServiceClock.at("2026-03-04 09:00")
        let data = try JSONEncoder().encode(Open311ServiceRequest(request))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["service_request_id"] as? String == "H-9")
        #expect(object["status"] as? String == "open")
        #expect(object["status_notes"] as? String == "已受理")
        #expect(object["requested_datetime"] as? String == "2026-03-01T09:00:00+08:00")
        #expect(object["expected_datetime"] as? String == "2026-03-04T09:00:00+08:00")
        #expect(object["lat"] as? Double == 32.123)
        #expect(object["long"] as? Double == 114.07)
        #expect(object["service_code"] as? String == "0301")
    }

    @Test func requestRoundTripsThroughJSON() throws {
        var request = HotlineFixture.request("H-10", at: "2026-03-01 09:00", caller: HotlineCaller(name: "张三", phone: "13800001111"))
        try request.dispatch(to: "A", at: ServiceClock.at("2026-03-01 10:00"), by: "12345")
        let decoded = try JSONDecoder().decode(HotlineRequest.self, from: JSONEncoder().encode(request))
        #expect(decoded == request)
    }
}
