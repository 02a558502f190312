import Foundation
import ShequCore
import Testing
@testable import ShequSQLite

/// The ingest judges a batch against a snapshot of its residents instead of reading the store
/// once per event; the snapshot must answer exactly as the store does.
@Suite("Resident snapshot of a batch")
struct ResidentSnapshotTests {
    @Test func answersAsTheStoreDoes() async throws {
        let workspace = try TemporaryWorkspace()
        let store = try await workspace.makeStore()
        let born = CivilDate(year: 1950, month: 3, day: 9)!
        try await store.transaction { tx in
            for household in ["H-1", "H-2", "H-3"] {
                _ = try tx.upsert(Household(id: HouseholdID(rawValue: household), communityID: TemporaryWorkspace.community.id,
                                            address: "\(household)号"))
            }
            let members: [(String, String, HouseholdRole, CareCategories?)] = [
                ("H-1-3", "H-1", .child, []), ("H-1-1", "H-1", .head, [.disability]), ("H-1-2", "H-1", .spouse, nil),
                ("H-2-1", "H-2", .head, [.minimumSubsistence, .extremePoverty]), ("H-3-2", "H-3", .other, []),
            ]
            for (id, household, role, care) in members {
                _ = try tx.upsert(Resident(id: ResidentID(rawValue: id), householdID: HouseholdID(rawValue: household), name: "居民\(id)",
                                           sex: .female, birthDate: born, idNumber: "411502195003091234", phone: "13800000000",
                                           role: role, care: care))
            }
        }
        let residents: [ResidentID] = ["H-1-2", "H-2-1", "H-9-1"]
        let snapshot = try await store.residentSnapshot(residents: residents, households: ["H-3", "H-8"])
        for disclosure in [Disclosure(), .care, .identifiers, .all] {
            for id in residents + ["H-1-1", "H-3-2"] {
                #expect(try await snapshot.resident(id: id, disclosure: disclosure) == store.resident(id: id, disclosure: disclosure))
            }
            for household: HouseholdID in ["H-1", "H-2", "H-3", "H-8", "H-9"] {
                let members = try await snapshot.residents(inHousehold: household, disclosure: disclosure)
                #expect(members == (try await store.residents(inHousehold: household, disclosure: disclosure)))
            }
        }
        #expect(try await snapshot.residents(inHousehold: "H-1", disclosure: []).map(\.role) == [.head, .spouse, .child])
        #expect(try await snapshot.resident(id: "H-9-1", disclosure: .all) == nil)
        #expect(try await snapshot.careCounts(in: nil) == store.careCounts(in: nil))

        // Without members it holds only counts, and still answers everything as the store does.
        let sizesOnly = try await store.residentSnapshot(residents: residents, households: ["H-3", "H-8"], members: false)
        for household: HouseholdID in ["H-1", "H-2", "H-3", "H-8", "H-9"] {
            let listed = try await store.residents(inHousehold: household, disclosure: []).count
            #expect(try await store.householdSize(household) == listed)
            #expect(try await snapshot.householdSize(household) == listed)
            #expect(try await sizesOnly.householdSize(household) == listed)
            #expect(try await sizesOnly.residents(inHousehold: household, disclosure: .care)
                        == store.residents(inHousehold: household, disclosure: .care))
        }
        #expect(try await sizesOnly.householdSize("H-1") == 3)
        for id in residents {
            #expect(try await sizesOnly.resident(id: id, disclosure: .all) == store.resident(id: id, disclosure: .all))
        }
    }
}
