import Foundation
import Testing
@testable import ShequCore

@Suite("Volunteer hours: logged by volunteers, confirmed by organisers, only confirmed hours count")
struct VolunteerHoursTests {
    func register() throws -> VolunteerRegister {
        var register = VolunteerRegister()
        try register.addVolunteer(Volunteer(id: "V-1", name: "赵强", occupation: .deliveryRider))
        try register.addVolunteer(Volunteer(id: "V-2", name: "钱丽"))
        try register.addVolunteer(Volunteer(id: "V-3", name: "孙伟", occupation: .courier))
        try register.addProject(VolunteerProject(id: "P-1", title: "独居老人助餐", communityCode: "411502001001", area: .elderlyCare,
                                                 organiserIDs: ["W-12"], startsAt: ServiceClock.at("2026-03-01"), capacity: 2,
                                                 invitesNewEconomyWorkers: true))
        try register.addProject(VolunteerProject(id: "P-2", title: "平安巡逻", communityCode: "411502001001", area: .safetyPatrol,
                                                 organiserIDs: ["W-13", "V-2"], startsAt: ServiceClock.at("2026-03-01")))
        try register.advanceProject("P-1", to: .recruiting)
        try register.advanceProject("P-2", to: .recruiting)
        return register
    }

    func entry(_ id: String, _ volunteer: String, _ project: String, minutes: Int, day: String = "2026-03-02 09:00") -> ServiceHourEntry {
        ServiceHourEntry(id: id, volunteerID: volunteer, projectID: project, servedAt: ServiceClock.at(day), minutes: minutes,
                         activity: "服务", loggedAt: ServiceClock.at("2026-03-02 20:00"))
    }

    @Test func unconfirmedHoursDoNotCount() throws {
        var register = try register()
        try register.signUp(volunteerID: "V-1", projectID: "P-1", at: ServiceClock.at("2026-03-01"))
        try register.signUp(volunteerID: "V-2", projectID: "P-1", at: ServiceClock.at("2026-03-01"))
        try register.logHours(entry("H-1", "V-1", "P-1", minutes: 120))
        try register.logHours(entry("H-2", "V-1", "P-1", minutes: 90))
        try register.logHours(entry("H-3", "V-2", "P-1", minutes: 60))
        try register.logHours(entry("H-4", "V-2", "P-1", minutes: 45))
        try register.confirm("H-1", by: "W-12", at: ServiceClock.at("2026-03-03"))
        try register.confirm("H-3", by: "W-12", at: ServiceClock.at("2026-03-03"))
        try register.reject("H-4", by: "W-12", at: ServiceClock.at("2026-03-03"), reason: "当日未签到")

        let byVolunteer = register.totalsByVolunteer()
        #expect(byVolunteer == [
            VolunteerHoursTotal(id: "V-1", name: "赵强", confirmedMinutes: 120, pendingMinutes: 90, confirmedEntries: 1),
            VolunteerHoursTotal(id: "V-2", name: "钱丽", confirmedMinutes: 60, pendingMinutes: 0, confirmedEntries: 1),
        ])
        #expect(register.totalsByProject() == [
            VolunteerHoursTotal(id: "P-1", name: "独居老人助餐", confirmedMinutes: 180, pendingMinutes: 90, confirmedEntries: 2),
        ])
        #expect(byVolunteer.first?.confirmedHours == 2)
        let confirmed = try #require(register.entries.first { $0.id == "H-1" })
        #expect(confirmed.reviewedBy == "W-12")
        #expect(confirmed.reviewedAt == ServiceClock.at("2026-03-03"))
        #expect(register.entries.first { $0.id == "H-4" }?.rejectionReason == "当日未签到")
    }

    @Test func onlyTheProjectsOrganisersReviewAndNeverTheirOwnHours() throws {
        var register = try register()
        try register.signUp(volunteerID: "V-1", projectID: "P-2", at: ServiceClock.at("2026-03-01"))
        try register.signUp(volunteerID: "V-2", projectID: "P-2", at: ServiceClock.at("2026-03-01"))
        try register.logHours(entry("H-1", "V-1", "P-2", minutes: 60))
        try register.logHours(entry("H-2", "V-2", "P-2", minutes: 60))
        #expect(throws: VolunteerError.notAnOrganiser(project: "P-2", reviewer: "W-12")) {
            try register.confirm("H-1", by: "W-12", at: ServiceClock.at("2026-03-03"))
        }
        #expect(throws: VolunteerError.selfConfirmation(entry: "H-2", volunteer: "V-2")) {
            try register.confirm("H-2", by: "V-2", at: ServiceClock.at("2026-03-03"))
        }
        try register.confirm("H-1", by: "V-2", at: ServiceClock.at("2026-03-03"))
        #expect(throws: VolunteerError.self) {
            try register.reject("H-1", by: "W-13", at: ServiceClock.at("2026-03-04"), reason: "重复")
        }
        #expect(throws: VolunteerError.missingReason(entry: "H-2")) {
            try register.reject("H-2", by: "W-13", at: ServiceClock.at("2026-03-04"), reason: "")
        }
    }

    @Test func hoursNeedASignUpAndASensibleLength() throws {
        var register = try register()
        #expect(throws: VolunteerError.notSignedUp(project: "P-1", volunteer: "V-1")) {
            try register.logHours(entry("H-1", "V-1", "P-1", minutes: 60))
        }
        try register.signUp(volunteerID: "V-1", projectID: "P-1", at: ServiceClock.at("2026-03-01"))
        #expect(throws: VolunteerError.invalidMinutes(entry: "H-1", minutes: 0)) {
            try register.logHours(entry("H-1", "V-1", "P-1", minutes: 0))
        }
        #expect(throws: VolunteerError.invalidMinutes(entry: "H-1", minutes: 1441)) {
            try register.logHours(entry("H-1", "V-1", "P-1", minutes: 1441))
        }
        #expect(throws: VolunteerError.self) {
            try register.logHours(entry("H-1", "V-1", "P-1", minutes: 60, day: "2026-03-05"))
        }
        try register.withdraw(volunteerID: "V-1", projectID: "P-1", at: ServiceClock.at("2026-03-02 12:00"))
        try register.logHours(entry("H-1", "V-1", "P-1", minutes: 60, day: "2026-03-02 09:00"))
        #expect(throws: VolunteerError.notSignedUp(project: "P-1", volunteer: "V-1")) {
            try register.logHours(entry("H-2", "V-1", "P-1", minutes: 60, day: "2026-03-02 13:00"))
        }
    }

    @Test func signUpsRespectStateAndCapacity() throws {
        var register = try register()
        try register.signUp(volunteerID: "V-1", projectID: "P-1", at: ServiceClock.at("2026-03-01"))
        #expect(throws: VolunteerError.alreadySignedUp(project: "P-1", volunteer: "V-1")) {
            try register.signUp(volunteerID: "V-1", projectID: "P-1", at: ServiceClock.at("2026-03-01"))
        }
        try register.signUp(volunteerID: "V-2", projectID: "P-1", at: ServiceClock.at("2026-03-01"))
        #expect(throws: VolunteerError.projectFull(project: "P-1", capacity: 2)) {
            try register.signUp(volunteerID: "V-3", projectID: "P-1", at: ServiceClock.at("2026-03-01"))
        }
        try register.withdraw(volunteerID: "V-2", projectID: "P-1", at: ServiceClock.at("2026-03-02"))
        try register.signUp(volunteerID: "V-3", projectID: "P-1", at: ServiceClock.at("2026-03-02"))
        try register.advanceProject("P-1", to: .running)
        try register.advanceProject("P-1", to: .finished)
        #expect(throws: VolunteerError.notRecruiting(project: "P-1", state: .finished)) {
            try register.signUp(volunteerID: "V-2", projectID: "P-1", at: ServiceClock.at("2026-03-03"))
        }
        #expect(throws: VolunteerError.self) { try register.advanceProject("P-1", to: .running) }
    }

    @Test func newEconomyWorkersTakePartAndAreCounted() throws {
        var register = try register()
        try register.signUp(volunteerID: "V-1", projectID: "P-1", at: ServiceClock.at("2026-03-01"))
        try register.signUp(volunteerID: "V-3", projectID: "P-1", at: ServiceClock.at("2026-03-01"))
        try register.logHours(entry("H-1", "V-1", "P-1", minutes: 30))
        try register.logHours(entry("H-2", "V-3", "P-1", minutes: 40))
        try register.logHours(entry("H-3", "V-3", "P-1", minutes: 50))
        try register.confirm("H-1", by: "W-12", at: ServiceClock.at("2026-03-03"))
        try register.confirm("H-2", by: "W-12", at: ServiceClock.at("2026-03-03"))
        #expect(register.newEconomyMinutes() == [.deliveryRider: 30, .courier: 40])
        let table = register.volunteerTable()
        #expect(table.rows == [["孙伟", "快递员", "0.7", "0.8", "1"], ["赵强", "外卖送餐员", "0.5", "0.0", "1"]])
    }
}
