import Foundation
import ShequCore
import ShequLua
import Testing
import ShequHooks

@Suite("Hotline routing hook")
struct HotlineRoutingHookTests {
    static let table = HotlineRoutingTable(
        rules: [HotlineRoutingRule(serviceCodePrefix: "03", department: "浉河区城市管理局", deadlineHours: 72),
                HotlineRoutingRule(serviceCodePrefix: "05", department: "浉河区应急管理局", deadlineHours: 24)],
        fallbackDepartment: "浉河区人民政府办公室", fallbackDeadlineHours: 120)

    static func request(_ id: String, code: String, description: String) -> HotlineRequest {
        HotlineRequest(id: id, serviceCode: code, serviceName: "测试", type: .help, channel: .phone, description: description,
                       address: "胜利路12号", communityCode: "411502001001", requestedAt: Date(timeIntervalSince1970: 1_772_330_400))
    }

    func router(_ body: String) throws -> HotlineRouter {
        let source = PluginSource(
            manifestText: #"return { id = "tests.hotline", version = "1.0.0", api = 1, hooks = { hotline_routing = "m.route" } }"#,
            modules: ["m": LuaModuleFile(path: "m.lua", text: "return { route = function(input, ctx) \(body) end }")])
        return HotlineRouter(table: Self.table, pool: try PluginPool(plugin: Plugin.load(source: source), workers: 1))
    }

    @Test func theTableDecidesWithoutAPlugin() async throws {
        let results = await HotlineRouter(table: Self.table).route([Self.request("H-1", code: "0301", description: "噪音")])
        let decision = try #require(try results.first?.get())
        #expect(decision.department == "浉河区城市管理局")
        #expect(decision.deadlineHours == 72)
        #expect(decision.source == .table)
    }

    @Test func thePluginSeesTheProposalAndMayKeepOrChangeIt() async throws {
        let router = try router("""
            assert(input.proposal.department ~= nil and #input.departments == 3)
            if string.find(input.request.description, "燃气", 1, true) then
              return { department = "浉河区应急管理局", deadline_hours = 2, reason = "燃气隐患" }
            end
            return nil
            """)
        let results = await router.route([Self.request("H-1", code: "0301", description: "噪音"),
                                          Self.request("H-2", code: "0401", description: "楼道燃气味")])
        let kept = try results[0].get()
        #expect(kept.department == "浉河区城市管理局")
        #expect(kept.source == .table)
        let changed = try results[1].get()
        #expect(changed.department == "浉河区应急管理局")
        #expect(changed.deadlineHours == 2)
        #expect(changed.source == .hook)
        #expect(changed.reason == "燃气隐患")
    }

    @Test func anUnknownDepartmentIsRefusedNamingThePlugin() async throws {
        let results = try await router(#"return { department = "不存在的局" }"#).route([Self.request("H-1", code: "0301", description: "噪音")])
        guard case .failure(let failure) = try #require(results.first) else {
            Issue.record("an unknown department was accepted")
            return
        }
        #expect(failure.description.contains("tests.hotline"))
        #expect(failure.description.contains("不存在的局"))
        #expect(failure.description.contains("H-1"))
    }

    @Test func aWrongShapeOrAnErrorFailsOnlyThatRequest() async throws {
        let router = try router("""
            if input.request.id == "H-1" then return { deadline_hours = "soon" } end
            if input.request.id == "H-2" then error("no rule for this") end
            return nil
            """)
        let results = await router.route([Self.request("H-1", code: "0301", description: "a"),
                                          Self.request("H-2", code: "0301", description: "b"),
                                          Self.request("H-3", code: "0501", description: "c")])
        for result in results.prefix(2) {
            guard case .failure(let failure) = result else {
                Issue.record("a failing plugin answer was accepted")
                continue
            }
            #expect(failure.description.contains("tests.hotline"))
        }
        #expect(try results[2].get().department == "浉河区应急管理局")
    }

    @Test func theShippedShiheHotlinePluginPassesItsOwnTests() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Plugins/shihe-hotline")
        let plugin = try Plugin.load(from: folder)
        #expect(plugin.manifest.hooks["hotline_routing"] != nil)
        let report = PluginTestRunner(plugin: plugin).run()
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.passedCount == 5)
    }
}
