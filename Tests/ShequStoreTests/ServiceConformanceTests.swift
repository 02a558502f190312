import Foundation
import Testing
import ShequCore

/// The contract of the 12345 hotline (Art. 15), facilities (Art. 11–12, 41) and the volunteer register
/// (Art. 25, 28), run unchanged against both stores.
@Suite("Service conformance")
struct ServiceConformanceTests {
    static let community = Hierarchy.community.id.rawValue

    static func at(_ text: String) -> Date { Open311ServiceRequest.parseTime(text)! }

    static func request(_ id: String, code: String = "0301", at time: String, community: String = community) -> HotlineRequest {
        HotlineRequest(id: id, serviceCode: code, serviceName: "噪音扰民", type: .complaint, channel: .phone,
                       description: "夜间施工噪音", address: "胜利路12号", communityCode: community, requestedAt: at(time))
    }

    @Test(arguments: StoreKind.allCases) func requestsAreFoundByTimeCommunityAndCategoryPrefix(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let requests = [
            Self.request("H-1", at: "2026-03-01 09:00"),
            Self.request("H-2", code: "0302", at: "2026-03-02 09:00"),
            Self.request("H-3", code: "0401", at: "2026-03-03 09:00", community: "411502001/三里店居委会"),
            Self.request("H-4", at: "2026-04-01 09:00"),
            Self.request("H-5", at: "2026-03-04 09:00", community: "411503100/新集村委会"),
        ]
        let outcome = try await store.saveHotlineRequests(requests)
        #expect(outcome == BatchOutcome(written: 5, unchanged: 0))
        #expect(try await store.saveHotlineRequests(requests) == BatchOutcome(written: 0, unchanged: 5))
        #expect(try await store.hotlineRequestCount() == 5)
        let march = HotlineRequestFilter(from: Self.at("2026-03-01"), to: Self.at("2026-04-01"))
        #expect(try await store.hotlineRequests(march).map(\.id) == ["H-1", "H-2", "H-3", "H-5"])
        var noise = march
        noise.serviceCodePrefix = "03"
        #expect(try await store.hotlineRequests(noise).map(\.id) == ["H-1", "H-2", "H-5"])
        noise.serviceCodePrefix = "0302"
        #expect(try await store.hotlineRequests(noise).map(\.id) == ["H-2"])
        #expect(try await store.hotlineRequests(HotlineRequestFilter(community: "411502001/三里店居委会")).map(\.id) == ["H-3"])
        #expect(try await store.hotlineRequests(HotlineRequestFilter(limit: 2)).map(\.id) == ["H-1", "H-2"])
        #expect(try await store.hotlineRequest(id: "H-4") == requests[3])
        #expect(try await store.hotlineRequest(id: "H-5") == requests[4])
        #expect(try await store.hotlineRequest(id: "H-9") == nil)
    }

    @Test(arguments: StoreKind.allCases) func statusChangesAreAppendedAndNeverRewritten(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        var order = Self.request("H-1", at: "2026-03-01 09:00")
        _ = try await store.saveHotlineRequests([order])
        try order.dispatch(to: "浉河区城市管理局", at: Self.at("2026-03-01 10:00"), by: "12345")
        #expect(try await store.saveHotlineRequests([order]) == BatchOutcome(written: 1, unchanged: 0))
        try order.advance(to: .accepted, at: Self.at("2026-03-01 11:00"), by: "浉河区城市管理局")
        _ = try await store.saveHotlineRequests([order])
        #expect(try await store.saveHotlineRequests([order]) == BatchOutcome(written: 0, unchanged: 1))
        #expect(try await store.hotlineStatusHistory(request: "H-1").map(\.to) == [.dispatched, .accepted])

        var rewritten = order
        rewritten.history[0].by = "别的单位"
        await #expect(throws: HotlineStoreError.historyRewritten(request: "H-1")) {
            try await store.saveHotlineRequests([rewritten])
        }
        var shortened = order
        shortened.history.removeLast()
        await #expect(throws: HotlineStoreError.historyRewritten(request: "H-1")) {
            try await store.saveHotlineRequests([shortened])
        }
        #expect(try await store.hotlineRequest(id: "H-1") == order)
        #expect(try await store.hotlineStatusHistory(request: "H-1").map(\.to) == [.dispatched, .accepted])
    }

    @Test(arguments: StoreKind.allCases) func aBatchIsOneTransaction(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        var order = Self.request("H-1", at: "2026-03-01 09:00")
        try order.dispatch(to: "浉河区城市管理局", at: Self.at("2026-03-01 10:00"), by: "12345")
        _ = try await store.saveHotlineRequests([order])
        var rewritten = order
        rewritten.history[0].note = "改写"
        await #expect(throws: HotlineStoreError.self) {
            try await store.saveHotlineRequests([Self.request("H-2", at: "2026-03-02 09:00"), rewritten])
        }
        #expect(try await store.hotlineRequest(id: "H-2") == nil)
        #expect(try await store.hotlineRequestCount() == 1)
    }

    @Test(arguments: StoreKind.allCases) func facilitiesPlansAndHouseholdCounts(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        try await store.transaction { tx in
            for index in 1...250 {
                _ = try tx.upsert(Household(id: HouseholdID(rawValue: "H\(index)"), communityID: Hierarchy.community.id,
                                            address: "胜利路\(index)号"))
            }
        }
        #expect(try await store.householdCounts() == [Self.community: 250])
        let facility = CommunityFacility(id: "F-1", communityCode: Self.community, name: "党群服务中心",
                                         kind: .partyMassServiceCentre, areaSquareMetres: 50, tenure: .owned)
        #expect(try await store.saveFacilities([facility]) == BatchOutcome(written: 1, unchanged: 0))
        #expect(try await store.saveFacilities([facility]) == BatchOutcome(written: 0, unchanged: 1))
        try await store.save(FacilityRemedyPlan(communityCode: Self.community, remedy: .lease, addedSquareMetres: 30, responsibleUnit: "老城街道"))
        let report = FacilityComplianceReport(households: try await store.householdCounts(),
                                              facilities: try await store.facilities(community: nil),
                                              plans: try await store.facilityRemedyPlans(community: Self.community))
        let row = try #require(report.rows.first)
        #expect(row.requiredSquareMetres == 75)
        #expect(row.shortfallSquareMetres == 25)
        #expect(row.status == .shortfallCovered)
        #expect(try await store.facilities(community: "411502001/三里店居委会").isEmpty)
        #expect(try await store.facilityRemedyPlans(community: nil).count == 1)
    }

    @Test(arguments: StoreKind.allCases) func theVolunteerRegisterSurvivesAReopen(_ kind: StoreKind) async throws {
        let address = try await kind.makeAddressWithHierarchy()
        let store = try await address.open()
        #expect(try await store.volunteerRegister() == VolunteerRegister())
        var register = VolunteerRegister()
        try register.addVolunteer(Volunteer(id: "V-1", name: "刘洋", occupation: .deliveryRider))
        try register.addProject(VolunteerProject(id: "P-1", title: "助餐", communityCode: Self.community, area: .elderlyCare,
                                                 organiserIDs: ["W-12"], startsAt: Self.at("2026-03-01")))
        try register.advanceProject("P-1", to: .recruiting)
        try register.signUp(volunteerID: "V-1", projectID: "P-1", at: Self.at("2026-03-01"))
        try register.logHours(ServiceHourEntry(id: "E-1", volunteerID: "V-1", projectID: "P-1", servedAt: Self.at("2026-03-02 11:00"),
                                               minutes: 90, activity: "送餐", loggedAt: Self.at("2026-03-02 18:00")))
        try register.confirm("E-1", by: "W-12", at: Self.at("2026-03-03"))
        try await store.save(register)
        let reopened = try await address.open()
        #expect(try await reopened.volunteerRegister() == register)
        #expect(try await reopened.volunteerRegister().totalsByVolunteer().first?.confirmedMinutes == 90)
    }

    @Test(arguments: StoreKind.allCases) func anIncidentAndAnInspectionAreFoundByIdentifier(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let incidents = ["E-1", "E-2"].map { id in
            EmergencyIncident(id: id, source: .fire119, category: .accident, kind: "居民楼火灾", severity: .ordinary,
                              place: EmergencyPlace(communityCode: Self.community, address: "胜利路 12 号"),
                              reporter: EmergencyReporter(name: "王大明", phone: "13912345678"), reportedAt: Self.at("2026-03-01 20:00"))
        }
        _ = try await store.saveIncidents(incidents)
        #expect(try await store.incident(id: "E-2") == incidents[1])
        #expect(try await store.incident(id: "E-9") == nil)
        let inspection = HazardInspection(id: "I-1", communityCode: Self.community, scope: "消防通道", inspectedAt: Self.at("2026-03-01 09:00"),
                                          inspectors: ["W-12"])
        _ = try await store.saveHazardInspections([inspection])
        #expect(try await store.hazardInspection(id: "I-1") == inspection)
        #expect(try await store.hazardInspection(id: "I-2") == nil)
    }
}
