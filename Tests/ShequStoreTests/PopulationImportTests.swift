import Foundation
import Testing
import ShequCore
import ShequImport

@Suite("Importing and generating households and residents")
struct PopulationImportTests {
    static let divisions = ImportFixtures.header + "\n411500,信阳市,411502,浉河区,411502001,老城街道办事处,义阳居委会\n"

    func storeWithDivisions(_ fixtures: ImportFixtures) async throws -> any GovernanceStore {
        let store = try await fixtures.store()
        _ = try await Importer(store: store).importDivisions(from: try fixtures.file("d.csv", Self.divisions))
        return store
    }

    @Test(arguments: StoreKind.allCases) func csvHouseholdsAndResidentsAreImportedOnce(_ kind: StoreKind) async throws {
        let fixtures = try ImportFixtures(kind)
        let store = try await storeWithDivisions(fixtures)
        let households = try fixtures.file("households.csv", """
            id,community_id,dwelling_kind,dwelling_name,address
            H-1,411502001/义阳居委会,building,1号楼,"1号楼1单元101室, 东侧"
            H-2,411502001/义阳居委会,building,1号楼,1号楼1单元102室
            """)
        let residents = try fixtures.file("residents.csv", """
            id,household_id,name,sex,birth_date,id_number,phone,role,care
            H-1-1,H-1,张伟,male,1949-12-31,11010519491231002X,13812345678,head,elderly-alone;disability
            H-2-1,H-2,李娜,female,1990-05-01,,,head,
            """)
        let first = try await Importer(store: store).importHouseholds(from: households)
        #expect(first.records == 2 && first.written == 3)
        _ = try await Importer(store: store).importResidents(from: residents)
        let again = try await Importer(store: store).importResidents(from: residents)
        #expect(again.written == 0 && again.unchanged == 2)
        #expect(try await store.household(id: "H-1")?.address == "1号楼1单元101室, 东侧")
        #expect(try await store.dwellings(in: "411502001/义阳居委会").map(\.name) == ["1号楼"])
        let zhang = try #require(try await store.resident(id: "H-1-1", disclosure: .all))
        #expect(zhang.care == [.elderlyLivingAlone, .disability])
        #expect(try await store.summary().residents == 2)
    }

    @Test(arguments: StoreKind.allCases) func jsonLinesResidentsAreImported(_ kind: StoreKind) async throws {
        let fixtures = try ImportFixtures(kind)
        let store = try await storeWithDivisions(fixtures)
        let households = try fixtures.file("households.jsonl", """
            {"id": "H-1", "community_id": "411502001/义阳居委会", "address": "胜利路1号"}
            """)
        let residents = try fixtures.file("residents.jsonl", """
            {"id": "H-1-1", "household_id": "H-1", "name": "张伟", "sex": "male", "birth_date": "1949-12-31", "role": "head", "care": ["dibao"]}

            {"id": "H-1-2", "household_id": "H-1", "name": "王芳", "sex": "female", "birth_date": "1952-01-02", "role": "spouse", "phone": null}
            """)
        _ = try await Importer(store: store).importHouseholds(from: households)
        let summary = try await Importer(store: store).importResidents(from: residents)
        #expect(summary.records == 2)
        #expect(try await store.resident(id: "H-1-1", disclosure: .care)?.care == [.minimumSubsistence])
    }

    @Test(arguments: StoreKind.allCases) func anUnknownCommunityIsReportedAndNothingIsKept(_ kind: StoreKind) async throws {
        let fixtures = try ImportFixtures(kind)
        let store = try await storeWithDivisions(fixtures)
        let households = try fixtures.file("households.csv", """
            id,community_id,dwelling_kind,dwelling_name,address
            H-1,411502001/义阳居委会,,,1号
            H-2,411502001/不存在居委会,,,2号
            """)
        do {
            _ = try await Importer(store: store).importHouseholds(from: households)
            Issue.record("expected an ImportError")
        } catch let error as ImportError {
            #expect(error.line == 3)
            #expect(error.field == "community_id")
            #expect(error.column == 2)
        }
        #expect(try await store.household(id: "H-1") == nil)
    }

    @Test(arguments: StoreKind.allCases) func aBadIDNumberIsReportedWithItsField(_ kind: StoreKind) async throws {
        let fixtures = try ImportFixtures(kind)
        let store = try await storeWithDivisions(fixtures)
        _ = try await Importer(store: store).importHouseholds(from: try fixtures.file("h.csv", "id,community_id,address\nH-1,411502001/义阳居委会,1号\n"))
        let residents = try fixtures.file("r.jsonl", """
            {"id": "H-1-1", "household_id": "H-1", "name": "张伟", "sex": "male", "birth_date": "1949-12-31", "role": "head", "id_number": "110105194912310021"}
            """)
        do {
            _ = try await Importer(store: store).importResidents(from: residents)
            Issue.record("expected an ImportError")
        } catch let error as ImportError {
            #expect(error.line == 1 && error.field == "id_number" && error.column == nil)
        }
    }

    @Test(arguments: StoreKind.allCases) func generatedCSVImportsToTheSameDataAsGeneratingIntoTheStore(_ kind: StoreKind) async throws {
        let fixtures = try ImportFixtures(kind)
        var profile = PopulationProfile.xinyang
        profile.scale = 0.05
        let generator = PopulationGenerator(seed: 11, profile: profile)

        let direct = try await storeWithDivisions(fixtures)
        let generated = try await PopulationRun(store: direct, generator: generator).writeToStore()
        #expect(generated.communities == 1 && generated.households > 0)

        let other = try ImportFixtures(kind)
        let viaCSV = try await storeWithDivisions(other)
        let csv = try await PopulationRun(store: viaCSV, generator: generator).writeCSV(directory: other.directory.path)
        #expect(csv.residents == generated.residents)
        _ = try await Importer(store: viaCSV).importHouseholds(from: other.directory.appendingPathComponent("households.csv").path)
        _ = try await Importer(store: viaCSV).importResidents(from: other.directory.appendingPathComponent("residents.csv").path)

        _ = try await Importer(store: viaCSV).importWorkers(from: other.directory.appendingPathComponent("workers.csv").path)

        #expect(try await viaCSV.summary() == direct.summary())
        let community: DivisionID = "411502001/义阳居委会"
        let workers = try await viaCSV.workers(in: community, disclosure: .all)
        #expect(!workers.isEmpty)
        #expect(workers == (try await direct.workers(in: community, disclosure: .all)))
        let fromCSV = try await viaCSV.residents(inCommunity: community, page: PageRequest(limit: 10_000), disclosure: .all).items
        let fromStore = try await direct.residents(inCommunity: community, page: PageRequest(limit: 10_000), disclosure: .all).items
        #expect(fromCSV == fromStore)

        let rerun = try await PopulationRun(store: direct, generator: generator).writeToStore()
        #expect(rerun.households == generated.households)
        #expect(try await direct.summary().households == generated.households)
    }
}
