import Foundation
import Testing
import ShequCore
import ShequSQLite

@Suite("SQLite workspace store")
struct SQLiteStoreTests {
    let resident = Resident(
        id: "H-1-1", householdID: "H-1", name: "张伟", sex: .male, birthDate: CivilDate(year: 1949, month: 12, day: 31)!,
        idNumber: "11010519491231002X", phone: "13812345678", role: .head, care: [.disability, .elderlyLivingAlone])

    @Test func createsAMigratedWorkspaceInWALMode() async throws {
        let workspace = try TemporaryWorkspace()
        let store = try await workspace.makeStore()
        let migrations = try await store.appliedMigrations()
        #expect(migrations.first == "v1 divisions, dwellings, households, residents, workers")
        #expect(migrations.contains("v2 grid divisions, grid workers, admission lists"))
        #expect(migrations.contains("v3 conventions, behaviour events, points ledger, appeals, points shop"))
        #expect(FileManager.default.fileExists(atPath: workspace.path + "-wal"))
        let summary = try await store.summary()
        #expect(summary == DivisionSummary(city: 1, county: 1, township: 1, community: 1))
    }

    @Test func openingAMissingWorkspaceSaysHowToCreateIt() throws {
        let workspace = try TemporaryWorkspace()
        #expect(throws: StoreError.missingWorkspace(path: workspace.path)) { try SQLiteStore.open(path: workspace.path) }
    }

    @Test func refusesAnotherApplicationsDatabase() throws {
        let workspace = try TemporaryWorkspace()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [workspace.path, "CREATE TABLE other(x);"]
        try process.run()
        process.waitUntilExit()
        #expect(throws: StoreError.self) { try SQLiteStore.open(path: workspace.path) }
    }

    @Test func upsertsReportWhetherAnythingChanged() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        var county = TemporaryWorkspace.county
        let outcomes = try await store.transaction { tx in
            let same = try tx.upsert(county)
            county.name = "浉河区（改）"
            let changed = try tx.upsert(county)
            return [same, changed]
        }
        #expect(outcomes == [.unchanged, .written])
        #expect(try await store.division(id: "411502")?.name == "浉河区（改）")
    }

    @Test func aFailedTransactionKeepsNothing() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        struct Stop: Error {}
        await #expect(throws: Stop.self) {
            try await store.transaction { tx in
                _ = try tx.upsert(Household(id: "H-1", communityID: TemporaryWorkspace.community.id, address: "1号"))
                throw Stop()
            }
        }
        #expect(try await store.household(id: "H-1") == nil)
    }

    @Test func unknownParentsAreReportedInDomainTerms() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        await #expect(throws: StoreError.unknownReference(entity: "household", id: "H-9", missing: "community", missingID: "nowhere")) {
            try await store.transaction { tx in
                _ = try tx.upsert(Household(id: "H-9", communityID: "nowhere", address: "1号"))
            }
        }
        await #expect(throws: StoreError.self) {
            try await store.transaction { tx in _ = try tx.upsert(resident) }
        }
    }

    @Test func residentsAreMaskedAndCareHiddenUnlessDisclosed() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        try await store.transaction { tx in
            _ = try tx.upsert(Household(id: "H-1", communityID: TemporaryWorkspace.community.id, address: "1号"))
            _ = try tx.upsert(resident)
        }
        let masked = try #require(try await store.resident(id: "H-1-1", disclosure: []))
        #expect(masked.idNumber == "110105********002X")
        #expect(masked.phone == "138****5678")
        #expect(masked.care == nil)
        #expect(try await store.resident(id: "H-1-1", disclosure: .all) == resident)
        let listed = try await store.residents(inHousehold: "H-1", disclosure: [.care])
        #expect(listed.first?.care == [.disability, .elderlyLivingAlone])
        #expect(listed.first?.idNumber == "110105********002X")
        await #expect(throws: StoreError.careNotDisclosed) {
            try await store.residents(inCommunity: TemporaryWorkspace.community.id, in: .disability, page: PageRequest(), disclosure: [])
        }
        let disabled = try await store.residents(inCommunity: TemporaryWorkspace.community.id, in: .disability, page: PageRequest(), disclosure: .care)
        #expect(disabled.items.map(\.id) == ["H-1-1"])
        #expect(try await store.residents(inCommunity: TemporaryWorkspace.community.id, in: .leftBehindChild, page: PageRequest(), disclosure: .care).items.isEmpty)
        let counts = try await store.careCounts(in: TemporaryWorkspace.community.id)
        #expect(counts[.disability] == 1 && counts[.elderlyLivingAlone] == 1 && counts[.minimumSubsistence] == 0)
    }

    @Test func householdsArePagedByIdentityAndStreamed() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        let community = TemporaryWorkspace.community.id
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

    @Test func childrenAndNamesFindDivisions() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        #expect(try await store.children(of: nil).map(\.id) == ["411500"])
        #expect(try await store.children(of: "411502001").map(\.name) == ["义阳居委会"])
        #expect(try await store.divisions(named: "浉河区").map(\.id) == ["411502"])
        let page = try await store.divisions(at: .community, page: PageRequest())
        #expect(page.items.count == 1 && page.next == nil)
    }

    @Test func workersPhonesAreMasked() async throws {
        let store = try await TemporaryWorkspace().makeStore()
        let worker = Worker(id: "W-1", communityID: TemporaryWorkspace.community.id, name: "王芳", role: .gridWorker, employment: .fullTime, phone: "13912345678", grid: "第1网格")
        try await store.transaction { tx in _ = try tx.upsert(worker) }
        #expect(try await store.workers(in: TemporaryWorkspace.community.id, disclosure: []).first?.phone == "139****5678")
        #expect(try await store.workers(in: TemporaryWorkspace.community.id, disclosure: .identifiers) == [worker])
    }
}
