import Foundation
import Testing
@testable import ShequCore

@Suite("Stored service records obey the same rules when loaded")
struct StoredRecordTests {
    @Test func careerReplayRefusesABrokenRecord() throws {
        let staff1 = try CommunityWorkerPayGrade(post: .staff, level: 1)
        let staff2 = try CommunityWorkerPayGrade(post: .staff, level: 2)
        let good: [CommunityWorkerCareerEvent] = [
            .hired(position: .fullTimeWorker, grade: staff1, route: .openRecruitment, at: ServiceClock.at("2024-01-02")),
            .evaluated(year: 2024, grade: .competent, at: ServiceClock.at("2025-01-05")),
            .promoted(position: .fullTimeWorker, grade: staff2, reason: "晋级", at: ServiceClock.at("2025-02-01")),
        ]
        let career = try CommunityWorkerCareer(workerID: "W-1", communityCode: "c", replaying: good)
        #expect(career.currentGrade == staff2)

        var bad = good
        bad[1] = .evaluated(year: 2024, grade: .incompetent, at: ServiceClock.at("2025-01-05"))
        #expect(throws: CommunityWorkerError.promotionAfterIncompetent(worker: "W-1", year: 2024)) {
            try CommunityWorkerCareer(workerID: "W-1", communityCode: "c", replaying: bad)
        }

        struct Stored: Encodable { var workerID = "W-1"; var communityCode = "c"; var events: [CommunityWorkerCareerEvent] }
        let data = try JSONEncoder().encode(Stored(events: bad))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CommunityWorkerCareer.self, from: data) }
        let decoded = try JSONDecoder().decode(CommunityWorkerCareer.self, from: JSONEncoder().encode(Stored(events: good)))
        #expect(decoded == career)
    }

    @Test func housingProjectRestoreReplaysStages() throws {
        let restored = try HousingProjectFacility(
            id: "HP-1", name: "n", communityCode: "c", kind: .urbanRenewal, plannedHouseholds: 100, plannedFacilitySquareMetres: 30,
            housingStages: [.planning: ServiceClock.at("2025-01-01"), .construction: ServiceClock.at("2025-03-01")],
            facilityStages: [.planning: ServiceClock.at("2025-01-01")]
        )
        #expect(restored.stage(of: .housing) == .construction)
        let roundTrip = try JSONDecoder().decode(HousingProjectFacility.self, from: JSONEncoder().encode(restored))
        #expect(roundTrip == restored)
        #expect(throws: HousingProjectError.self) {
            try HousingProjectFacility(
                id: "HP-2", name: "n", communityCode: "c", kind: .newEstate, plannedHouseholds: 100, plannedFacilitySquareMetres: 30,
                housingStages: [.planning: ServiceClock.at("2025-01-01"), .acceptance: ServiceClock.at("2025-03-01")],
                facilityStages: [:]
            )
        }
    }

    @Test func volunteerRegisterRestoreChecksReferences() throws {
        let volunteer = Volunteer(id: "V-1", name: "赵强")
        let project = VolunteerProject(id: "P-1", title: "t", communityCode: "c", area: .other, organiserIDs: ["W-1"],
                                       startsAt: ServiceClock.at("2026-03-01"))
        var entry = ServiceHourEntry(id: "H-1", volunteerID: "V-1", projectID: "P-1", servedAt: ServiceClock.at("2026-03-02"),
                                     minutes: 60, activity: "a", loggedAt: ServiceClock.at("2026-03-02"))
        entry.state = .confirmed
        let register = try VolunteerRegister(volunteers: [volunteer], projects: [project],
                                             signUps: [VolunteerSignUp(projectID: "P-1", volunteerID: "V-1", signedUpAt: ServiceClock.at("2026-03-01"))],
                                             entries: [entry])
        #expect(register.totalsByVolunteer().first?.confirmedMinutes == 60)
        #expect(throws: VolunteerError.unknownVolunteer("V-9")) {
            var stray = entry
            stray.volunteerID = "V-9"
            _ = try VolunteerRegister(volunteers: [volunteer], projects: [project], signUps: [], entries: [stray])
        }
        #expect(throws: VolunteerError.duplicateID(kind: "hour entry", id: "H-1")) {
            _ = try VolunteerRegister(volunteers: [volunteer], projects: [project], signUps: [], entries: [entry, entry])
        }
    }
}
