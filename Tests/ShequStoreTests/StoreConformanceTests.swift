import Foundation
import Testing
import ShequCore

/// The storage contract, run unchanged against every store: the same outcomes, errors, privacy rules,
/// pages and counts whether the workspace is an SQLite file or a PostgreSQL schema.
@Suite("Store conformance")
struct StoreConformanceTests {
    let resident = Resident(
        id: "H-1-1", householdID: "H-1", name: "张伟", sex: .male, birthDate: CivilDate(year: 1949, month: 12, day: 31)!,
        idNumber: "11010519491231002X", phone: "13812345678", role: .head, care: [.disability, .elderlyLivingAlone])

    @Test(arguments: StoreKind.allCases) func upsertsReportWhetherAnythingChanged(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        var county = Hierarchy.county
        let outcomes = try await store.transaction { tx in
            let same = try tx.upsert(county)
            county.name = "浉河区（改）"
            let changed = try tx.upsert(county)
            return [same, changed]
        }
        #expect(outcomes == [.unchanged, .written])
        #expect(try await store.division(id: "411502")?.name == "浉河区（改）")
    }

    @Test(arguments: StoreKind.allCases) func aFailedTransactionKeepsNothing(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        struct Stop: Error {}
        await #expect(throws: Stop.self) {
            try await store.transaction { tx in
                _ = try tx.upsert(Household(id: "H-1", communityID: Hierarchy.community.id, address: "1号"))
                throw Stop()
            }
        }
        #expect(try await store.household(id: "H-1") == nil)
    }

    @Test(arguments: StoreKind.allCases) func unknownParentsAreReportedInDomainTerms(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        await #expect(throws: StoreError.unknownReference(entity: "household", id: "H-9", missing: "community", missingID: "nowhere")) {
            try await store.transaction { tx in
                _ = try tx.upsert(Household(id: "H-9", communityID: "nowhere", address: "1号"))
            }
        }
        await #expect(throws: StoreError.self) {
            try await store.transaction { tx in _ = try tx.upsert(resident) }
        }
    }

    @Test(arguments: StoreKind.allCases) func residentsAreMaskedAndCareHiddenUnlessDisclosed(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        try await store.transaction { tx in
            _ = try tx.upsert(Household(id: "H-1", communityID: Hierarchy.community.id, address: "1号"))
            _ = try tx.upsert(resident)
        }
        let masked = try #require(try await store.resident(id: "H-1-1", disclosure: []))
        #expect(masked.idNumber == "110105********002X")
        #expect(masked.phone == "138****5678")
        #expect(masked.care == nil)
        #expect(try await store.resident(id: "H-1-1", disclosure: .all) == resident)
        let listed = try await store.residents(inHousehold: "H-1", disclosure: [.care])
        #expect(listed.first?.care == [.disability, .elderlyLivingAlone])
        #expect(try await store.householdSize("H-1") == 1)
        #expect(try await store.householdSize("H-404") == 0)
        #expect(listed.first?.idNumber == "110105********002X")
        await #expect(throws: StoreError.careNotDisclosed) {
            try await store.residents(inCommunity: Hierarchy.community.id, in: .disability, page: PageRequest(), disclosure: [])
        }
        let disabled = try await store.residents(inCommunity: Hierarchy.community.id, in: .disability, page: PageRequest(), disclosure: .care)
        #expect(disabled.items.map(\.id) == ["H-1-1"])
        #expect(try await store.residents(inCommunity: Hierarchy.community.id, in: .leftBehindChild, page: PageRequest(), disclosure: .care).items.isEmpty)
        let counts = try await store.careCounts(in: Hierarchy.community.id)
        #expect(counts[.disability] == 1 && counts[.elderlyLivingAlone] == 1 && counts[.minimumSubsistence] == 0)
    }

    @Test(arguments: StoreKind.allCases) func householdsArePagedByIdentityAndStreamed(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let community = Hierarchy.community.id
        try await store.transaction { tx in
            for index in (1...25).reversed() {
                _ = try tx.upsert(Household(id: HouseholdID(rawValue: String(format: "H-%02d", index)), communityID: community, address: "\(index)号"))
            }
        }
        let first = try await store.households(in: community, page: PageRequest(limit: 10))
        #expect(first.items.map(\.id.rawValue) == (1...10).map { String(format: "H-%02d", $0) })
        let second = try await store.households(in: community, page: PageRequest(after: first.next, limit: 10))
        #expect(second.items.first?.id == "H-11")
        var streamed: [HouseholdID] = []
        for try await household in Page.stream(limit: 7, { try await store.households(in: community, page: $0) }) {
            streamed.append(household.id)
        }
        #expect(streamed.count == 25)
        #expect(streamed == streamed.sorted())
    }

    @Test(arguments: StoreKind.allCases) func childrenAndNamesFindDivisions(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        #expect(try await store.children(of: nil).map(\.id) == ["411500"])
        #expect(try await store.children(of: "411502001").map(\.name) == ["义阳居委会"])
        #expect(try await store.divisions(named: "浉河区").map(\.id) == ["411502"])
        let page = try await store.divisions(at: .community, page: PageRequest())
        #expect(page.items.count == 1 && page.next == nil)
    }

    @Test(arguments: StoreKind.allCases) func workersPhonesAreMasked(_ kind: StoreKind) async throws {
        let store = try await kind.makeStoreWithHierarchy()
        let worker = Worker(id: "W-1", communityID: Hierarchy.community.id, name: "王芳", role: .gridWorker, employment: .fullTime, phone: "13912345678", grid: "第1网格")
        try await store.transaction { tx in _ = try tx.upsert(worker) }
        #expect(try await store.workers(in: Hierarchy.community.id, disclosure: []).first?.phone == "139****5678")
        #expect(try await store.workers(in: Hierarchy.community.id, disclosure: .identifiers) == [worker])
    }
}
