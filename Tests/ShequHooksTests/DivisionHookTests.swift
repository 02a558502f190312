import Foundation
import ShequCore
import ShequLua
import Testing
@testable import ShequHooks

@Suite("Grid division hook")
struct DivisionHookTests {
    static let community = DivisionCommunity(
        communityCode: "411523101001", communityName: "新集村", townshipName: "新集镇", kind: .rural,
        units: [
            DivisionUnit(id: "V1", kind: .naturalVillage, address: "张湾", householdIDs: ["H1", "H2", "H3"]),
            DivisionUnit(id: "V2", kind: .naturalVillage, address: "李湾", householdIDs: ["H4", "H5"]),
        ])
    static let parameters = DivisionParameters(targetHouseholds: 3, minHouseholds: 1, maxHouseholds: 4)

    func pool(_ divide: String) throws -> PluginPool {
        let source = PluginSource(
            manifestText: #"return { id = "tests.grids", version = "1.0.0", api = 1, hooks = { grids = "m.divide" } }"#,
            modules: ["m": LuaModuleFile(path: "m.lua", text: "return { divide = function(community, ctx) \(divide) end }")])
        return try PluginPool(plugin: Plugin.load(source: source), workers: 1)
    }

    func failure(_ divide: String) async throws -> String {
        let outcomes = await GridDivisionRunner.divide(
            [Self.community], countyCode: "411523", method: .plugin(try pool(divide), parameters: Self.parameters))
        guard case .failure(let error) = try #require(outcomes.first).result else {
            Issue.record("the division was accepted")
            return ""
        }
        return error.description
    }

    static let bounds = "bounds = { min_households = 1, max_households = 4 }"

    @Test func aWellFormedDivisionIsValidatedAndNamed() async throws {
        let outcomes = await GridDivisionRunner.divide([Self.community], countyCode: "411523", method: .plugin(try pool("""
            assert(ctx.county_code == "411523" and ctx.params.max_households == 4)
            local grids = {}
            for i, unit in ipairs(community.units) do grids[i] = { members = { { unit_id = unit.id } } } end
            return { \(Self.bounds), grids = grids }
            """), parameters: Self.parameters))
        let division = try #require(try outcomes.first?.result.get())
        #expect(division.grids.map(\.householdCount) == [3, 2])
        #expect(division.grids.map(\.code.rawValue) == ["411523101001001", "411523101001002"])
        #expect(division.grids[0].name == "新集镇新集村第1网格")
    }

    @Test func aHouseholdTwiceIsNamedWithItsGrids() async throws {
        let text = try await failure("""
            return { \(Self.bounds), grids = {
              { members = { { unit_id = "V1" } } },
              { members = { { unit_id = "V2" }, { unit_id = "V1", household_ids = { "H2" } } } } } }
            """)
        #expect(text.contains("H2"))
        #expect(text.contains("411523101001"))
    }

    @Test func aMissingHouseholdIsNamed() async throws {
        let text = try await failure("""
            return { \(Self.bounds), grids = { { members = { { unit_id = "V1" }, { unit_id = "V2", household_ids = { "H4" } } } } } }
            """)
        #expect(text.contains("H5"))
    }

    @Test func aForeignHouseholdIsNamed() async throws {
        let text = try await failure("""
            return { \(Self.bounds), grids = {
              { members = { { unit_id = "V1", household_ids = { "H1", "H2", "H3", "H99" } } } },
              { members = { { unit_id = "V2" } } } } }
            """)
        #expect(text.contains("H99"))
    }

    @Test func anEmptyGridIsNamed() async throws {
        let text = try await failure("""
            return { \(Self.bounds), grids = { { members = { { unit_id = "V1" } } }, { members = { { unit_id = "V2" } } }, { members = {} } } }
            """)
        #expect(text.contains("3"))
        #expect(text.lowercased().contains("empty"))
    }

    @Test func aMillionGridsAreRefusedBeforeAnyIsRead() async throws {
        let text = try await failure("""
            local grids = {}
            for i = 1, 1000000 do grids[i] = { members = { { unit_id = "V1" } } } end
            return { \(Self.bounds), grids = grids }
            """)
        #expect(text.contains("1000000") || text.contains("1,000,000") || text.contains("limit"))
    }

    @Test func aGridOutOfBoundsNamesItsSize() async throws {
        let text = try await failure("""
            return { \(Self.bounds), grids = { { members = { { unit_id = "V1" }, { unit_id = "V2" } } } } }
            """)
        #expect(text.contains("5"))
    }

    @Test func aScriptErrorNamesThePluginAndCommunity() async throws {
        let text = try await failure("error('no grids today')")
        #expect(text.contains("tests.grids"))
        #expect(text.contains("411523101001"))
        #expect(text.contains("no grids today"))
    }
}
