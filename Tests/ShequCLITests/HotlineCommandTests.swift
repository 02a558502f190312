import Foundation
import Testing

@Suite("shequ hotline", .serialized)
struct HotlineCommandTests {
    static let samples = ShequProcess.packageRoot.appendingPathComponent("Samples/services")
    static let requests = samples.appendingPathComponent("hotline-2026-03.csv").path
    static let routing = samples.appendingPathComponent("shihe-routing.json").path
    static let plugin = ShequProcess.packageRoot.appendingPathComponent("Plugins/shihe-hotline").path
    static let yiyang = "411502001/义阳居委会"
    static let sanlidian = "411502001/三里店居委会"
    static let dongfanghong = "411502001/东方红居委会"

    /// A workspace with Xinyang's divisions and the sample month of work orders.
    func workspace() throws -> ShequProcess {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions).status == 0)
        let imported = try shequ.run("hotline", "import", Self.requests, "--format", "json")
        #expect(imported.status == 0, "\(imported.stderr)")
        return shequ
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func jsonList(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func reimportingTheSameFileChangesNothing() throws {
        let shequ = try workspace()
        let again = try shequ.run("hotline", "import", Self.requests, "--format", "json")
        #expect(again.status == 0, "\(again.stderr)")
        let summary = try json(again.stdout)
        #expect(summary["requests"] as? Int == 18)
        #expect(summary["written"] as? Int == 0)
        #expect(summary["unchanged"] as? Int == 18)
        let listed = try jsonList(try shequ.run("hotline", "list", "--limit", "100", "--format", "json").stdout)
        #expect(listed.count == 18)
    }

    @Test func hotspotsTrendsAndIndicatorsOfTheSampleMonth() throws {
        let shequ = try workspace()
        let result = try shequ.run("hotline", "analyse", "--from", "2026-03-01", "--to", "2026-03-31",
                                   "--now", "2026-04-01T00:00:00+08:00", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let analysis = try json(result.stdout)
        #expect(analysis["total"] as? Int == 12)
        #expect(analysis["previous_total"] as? Int == 6)
        let byCommunity = try #require(analysis["by_community"] as? [[String: Any]])
        let counts = Dictionary(uniqueKeysWithValues: byCommunity.map { ($0["key"] as! String, ($0["count"] as! Int, $0["previous_count"] as! Int)) })
        #expect(counts[Self.yiyang]! == (6, 2))
        #expect(counts[Self.sanlidian]! == (4, 4))
        #expect(counts[Self.dongfanghong]! == (2, 0))
        #expect(byCommunity.first?["key"] as? String == Self.yiyang)

        let places = try #require(analysis["repeated_complaint_places"] as? [[String: Any]])
        #expect(places.count == 1)
        #expect(places.first?["address"] as? String == "胜利路12号")
        #expect(places.first?["request_ids"] as? [String] == ["SH-20260302-007", "SH-20260303-008", "SH-20260320-009"])

        let indicators = try #require(analysis["indicators"] as? [String: Any])
        #expect(indicators["valid"] as? Int == 12)
        #expect(indicators["completed"] as? Int == 8)
        #expect(indicators["completed_with_deadline"] as? Int == 6)
        #expect(indicators["completed_on_time"] as? Int == 5)
        #expect(indicators["overdue_open"] as? Int == 1)
        #expect(indicators["rated"] as? Int == 2)
        #expect(indicators["satisfied"] as? Int == 1)

        let text = try shequ.run("hotline", "analyse", "--from", "2026-03-01", "--to", "2026-03-31", "--by", "category",
                                 "--now", "2026-04-01")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("按诉求分类统计"))
        #expect(!text.stdout.contains("按社区统计"))
        #expect(text.stdout.contains("噪音扰民"))
    }

    @Test func duplicatesAreLinkedBySameAddressAndByDistance() throws {
        let shequ = try workspace()
        let found = try shequ.run("hotline", "duplicates", "--from", "2026-03-01", "--to", "2026-03-31", "--link", "--format", "json")
        #expect(found.status == 0, "\(found.stderr)")
        let links = try jsonList(found.stdout)
        let pairs = links.map { "\($0["request_id"] as? String ?? "")→\($0["primary_id"] as? String ?? "")" }
        #expect(pairs == ["SH-20260303-008→SH-20260302-007", "SH-20260308-014→SH-20260308-013"])
        let shown = try json(try shequ.run("hotline", "show", "SH-20260303-008", "--format", "json").stdout)
        let request = try #require(shown["request"] as? [String: Any])
        #expect(request["duplicate_of"] as? String == "SH-20260302-007")
        let shorter = try jsonList(try shequ.run("hotline", "duplicates", "--window-hours", "12", "--format", "json").stdout)
        #expect(shorter.count == 1)
    }

    @Test func routingByTableAndCountyPluginThenTransferAndCallback() throws {
        let shequ = try workspace()
        let routed = try shequ.run("hotline", "route", "--table", Self.routing, "--plugin", Self.plugin,
                                   "--at", "2026-04-01T08:00:00+08:00", "--format", "json")
        #expect(routed.status == 0, "\(routed.stderr)")
        let decisions = try jsonList(routed.stdout)
        let byID = Dictionary(uniqueKeysWithValues: decisions.map { ($0["request"] as! String, $0["decision"] as? [String: Any]) })
        // The three orders still received: 0401 and 0301 by the table, 0801 to justice.
        #expect(byID.count == 3)
        #expect(byID["SH-20260312-011"]??["department"] as? String == "浉河区住房和城乡建设局")
        #expect(byID["SH-20260315-015"]??["department"] as? String == "浉河区司法局")
        #expect(byID["SH-20260328-018"]??["deadline_hours"] as? Int == 48)

        let transferred = try shequ.run("hotline", "transfer", "SH-20260312-011", "--to", "浉河区城市管理局",
                                        "--reason", "充电桩设置属城管审批", "--at", "2026-04-01T09:00:00+08:00", "--by", "浉河区住房和城乡建设局")
        #expect(transferred.status == 0, "\(transferred.stderr)")
        for step in ["accepted", "completed"] {
            let moved = try shequ.run("hotline", "status", "SH-20260312-011", "--to", step, "--at", "2026-04-02 10:00", "--by", "浉河区城市管理局")
            #expect(moved.status == 0, "\(moved.stderr)")
        }
        let callback = try shequ.run("hotline", "status", "SH-20260312-011", "--to", "visited", "--satisfaction", "satisfied",
                                     "--at", "2026-04-03 10:00")
        #expect(callback.status == 0, "\(callback.stderr)")
        let shown = try json(try shequ.run("hotline", "show", "SH-20260312-011", "--format", "json").stdout)
        let history = try #require(shown["stored_history"] as? [[String: Any]])
        #expect(history.map { $0["to"] as? String } == ["dispatched", "dispatched", "accepted", "completed", "visited"])

        let backwards = try shequ.run("hotline", "status", "SH-20260312-011", "--to", "accepted")
        #expect(backwards.status == 1)
        #expect(backwards.stderr.contains("SH-20260312-011"))
    }

    @Test func aPluginNamingAnUnknownDepartmentIsReportedWithItsName() throws {
        let shequ = try workspace()
        let folder = try shequ.write("rogue", "")
        try FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("""
            return { id = "test.rogue.hotline", version = "1.0.0", api = 1, title = "rogue",
                     hooks = { hotline_routing = "route.route" } }
            """.utf8).write(to: URL(fileURLWithPath: folder + "/plugin.lua"))
        try Data("""
            local M = {}
            function M.route(input, ctx) return { department = "不存在的局" } end
            return M
            """.utf8).write(to: URL(fileURLWithPath: folder + "/route.lua"))
        let routed = try shequ.run("hotline", "route", "--table", Self.routing, "--plugin", folder, "--id", "SH-20260315-015")
        #expect(routed.status == 1)
        #expect(routed.stderr.contains("test.rogue.hotline"))
        #expect(routed.stderr.contains("不存在的局"))
        let shown = try json(try shequ.run("hotline", "show", "SH-20260315-015", "--format", "json").stdout)
        #expect((shown["request"] as? [String: Any])?["status"] as? String == "received")
    }

    @Test func exportsForOtherSystemsMaskTheCaller() throws {
        let shequ = try workspace()
        let petitions = try shequ.run("hotline", "export", "--target", "petitions", "--from", "2026-03-01", "--to", "2026-03-31")
        #expect(petitions.status == 0, "\(petitions.stderr)")
        #expect(!petitions.stdout.contains("13712345678"))
        #expect(!petitions.stdout.contains("王秀英"))
        let file = shequ.directory.appendingPathComponent("open311.csv").path
        let exported = try shequ.run("hotline", "export", "--target", "open311", "--output", file)
        #expect(exported.status == 0, "\(exported.stderr)")
        let reimported = try json(try shequ.run("hotline", "import", file, "--format", "json").stdout)
        #expect(reimported["unchanged"] as? Int == 18)
    }

    @Test func badInputNamesFileLineAndFieldAndWritesNothing() throws {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions).status == 0)
        let lines = try String(contentsOfFile: Self.requests, encoding: .utf8).split(separator: "\n").map(String.init)
        let cases: [(String, String, String)] = [
            ("type", ",help,", ",grumble,"),
            ("requested_datetime", "2026-03-05T08:00:00+08:00", "yesterday"),
            ("community", Self.yiyang, "411502001/不存在居委会"),
        ]
        for (field, good, bad) in cases {
            var broken = lines
            let index = try #require(broken.firstIndex { $0.contains("SH-20260305-010") })
            broken[index] = broken[index].replacingOccurrences(of: good, with: bad)
            let path = try shequ.write("bad-\(field).csv", broken.joined(separator: "\n") + "\n")
            let result = try shequ.run("hotline", "import", path)
            #expect(result.status == 1, "\(field): \(result.stderr)")
            #expect(result.stderr.contains("bad-\(field).csv:\(index + 1):"), "\(result.stderr)")
            #expect(result.stderr.contains(field), "\(result.stderr)")
        }
        let late = lines.map { $0.contains("SH-20260305-010") ? $0.replacingOccurrences(of: "2026-03-05T10:00:00+08:00", with: "2026-03-01T10:00:00+08:00") : $0 }
        let path = try shequ.write("bad-deadline.csv", late.joined(separator: "\n") + "\n")
        let result = try shequ.run("hotline", "import", path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("expected_datetime"), "\(result.stderr)")
        let listed = try shequ.run("hotline", "list", "--format", "json")
        #expect(try jsonList(listed.stdout).isEmpty)
    }

    @Test func aGeneratedMonthIsDeterministicBySeedAndAnalysable() throws {
        var outputs: [String] = []
        for _ in 0..<2 {
            let shequ = try ShequProcess()
            #expect(try shequ.run("init").status == 0)
            #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions).status == 0)
            #expect(try shequ.run("generate", "--seed", "2", "--scale", "0.1", "--under", "411502001").status == 0)
            let generated = try shequ.run("hotline", "generate", "--month", "2026-03", "--seed", "5", "--format", "json")
            #expect(generated.status == 0, "\(generated.stderr)")
            let summary = try json(generated.stdout)
            #expect((summary["requests"] as? Int ?? 0) > 0)
            let analysed = try shequ.run("hotline", "analyse", "--from", "2026-03-01", "--to", "2026-03-31", "--now", "2026-04-01", "--format", "json")
            #expect(analysed.status == 0, "\(analysed.stderr)")
            #expect(try json(analysed.stdout)["total"] as? Int == summary["requests"] as? Int)
            outputs.append(try shequ.run("hotline", "list", "--limit", "100000", "--format", "json").stdout)
        }
        #expect(outputs[0] == outputs[1])
    }
}
