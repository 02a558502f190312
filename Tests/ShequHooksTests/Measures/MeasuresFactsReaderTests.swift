import Foundation
import ShequCore
import ShequHooks
import ShequSQLite
import Testing

/// What a rule sees of a subject (ctx.subject, 条例第三十条) must not depend on where it is
/// read from or on how many events of the same household came before.
@Suite("Facts of event subjects")
struct MeasuresFactsReaderTests {
    static let community = Division(id: "411502001/义阳居委会", level: .community, name: "义阳居委会", parentID: "411502001", committee: .residents)

    static func makeStore() async throws -> SQLiteStore {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-facts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try SQLiteStore.create(path: directory.appendingPathComponent("shequ.sqlite").path)
        try await store.transaction { tx in
            _ = try tx.upsert(Division(id: "411500", level: .city, name: "信阳市", code: DivisionCode(unchecked: "411500")))
            _ = try tx.upsert(Division(id: "411502", level: .county, name: "浉河区", code: DivisionCode(unchecked: "411502"), parentID: "411500"))
            _ = try tx.upsert(Division(id: "411502001", level: .township, name: "老城街道办事处", code: DivisionCode(unchecked: "411502001"), parentID: "411502"))
            _ = try tx.upsert(community)
            for household in ["H-1", "H-2"] {
                _ = try tx.upsert(Household(id: HouseholdID(rawValue: household), communityID: community.id, address: "\(household)号"))
            }
            for (id, role, born) in [("H-1-1", HouseholdRole.head, 1940), ("H-1-2", .spouse, 1942), ("H-1-3", .child, 1970)] {
                _ = try tx.upsert(Resident(id: ResidentID(rawValue: id), householdID: "H-1", name: "居民\(id)", sex: .female,
                                           birthDate: CivilDate(year: born, month: 3, day: 9)!, idNumber: "411502195003091234",
                                           phone: "13800000000", role: role, care: [.elderlyLivingAlone]))
            }
        }
        return store
    }

    // H-2 is a household without residents, H-9 an unknown one; each is seen twice.
    static let events: [BehaviourEvent] = [
        (PointsSubject.household("H-1"), nil), (.household("H-2"), nil), (.household("H-9"), nil),
        (.resident("H-1-1"), "H-1"), (.resident("H-404"), "H-2"), (.household("H-2"), nil), (.household("H-9"), nil),
        (.resident("H-1-3"), "H-1"), (.household("H-1"), nil), (.resident("H-405"), "H-2"),
    ].enumerated().map { index, item in
        BehaviourEvent(id: "ev-\(index)", kind: "garbage_sorted", subject: item.0, household: item.1,
                       community: CommunityID(community.id.rawValue), occurredOn: CivilDate(year: 2025, month: 4, day: 1)!,
                       reporter: "网格员")
    }

    static func facts(_ store: any ResidentStore, includeCare: Bool) async throws -> [MeasuresFacts] {
        let reader = MeasuresFactsReader(store: store, includeCare: includeCare)
        var facts: [MeasuresFacts] = []
        for event in events { facts.append(try await reader.facts(for: event)) }
        return facts
    }

    @Test func aSnapshotOfSizesGivesWhatTheStoreGives() async throws {
        let store = try await Self.makeStore()
        let residents = Self.events.filter { $0.subject.type == .resident }.map { ResidentID(rawValue: $0.subject.id) }
        let households = Self.events.compactMap { $0.household.map(HouseholdID.init(rawValue:)) }
        let sizes = try await store.residentSnapshot(residents: residents, households: households, members: false)
        let members = try await store.residentSnapshot(residents: residents, households: households)
        let expected = try await Self.facts(store, includeCare: false)
        #expect(try await Self.facts(sizes, includeCare: false) == expected)
        #expect(try await Self.facts(members, includeCare: false) == expected)
        #expect(try await Self.facts(members, includeCare: true) == (try await Self.facts(store, includeCare: true)))
        #expect(expected[0] == MeasuresFacts(householdSize: 3))
        #expect(expected[3].age == 85 && expected[3].householdSize == 3)
    }

    @Test func aHouseholdWithoutResidentsHasNoSizeEveryTimeItIsSeen() async throws {
        let store = try await Self.makeStore()
        for includeCare in [false, true] {
            let facts = try await Self.facts(store, includeCare: includeCare)
            // H-2 and H-9, first and second time, and the unknown residents counted to H-2.
            for index in [1, 2, 4, 5, 6, 9] {
                #expect(facts[index].householdSize == nil, "event \(index), care \(includeCare)")
            }
        }
    }
}
