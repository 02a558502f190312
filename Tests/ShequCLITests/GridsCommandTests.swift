import Foundation
import Testing

@Suite("shequ grids", .serialized)
struct GridsCommandTests {
    static let plugins = ShequProcess.packageRoot.appendingPathComponent("Plugins")

    /// A workspace with Xinyang's divisions and households generated for 浉河区老城街道
    /// (urban), 新县新集镇 (rural) and 罗山县 (built-in).
    func workspace() throws -> ShequProcess {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions).status == 0)
        for under in ["411502001", "411523100", "411521"] {
            let generated = try shequ.run("generate", "--seed", "2", "--scale", "0.1", "--under", under)
            #expect(generated.status == 0, "\(generated.stderr)")
        }
        return shequ
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func csvRows(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func everyHouseholdIsInExactlyOneGridOfItsCommunity() throws {
        let shequ = try workspace()
        let households = try #require(try shequ.summary()["households"])
        #expect(households > 0)
        let divided = try shequ.run("grids", "divide", "--all", "--plugin", Self.plugins.appendingPathComponent("shihe-grids").path,
                                    "--plugin", Self.plugins.appendingPathComponent("xinxian-grids").path,
                                    "--apply", "--from", "2025-01-01", "--format", "json")
        #expect(divided.status == 0, "\(divided.stderr)")
        let summary = try json(divided.stdout)
        #expect(summary["failed"] as? Int == 0)
        #expect(summary["households"] as? Int == households)
        let counties = try #require(summary["counties"] as? [[String: Any]])
        #expect(counties.first { $0["county"] as? String == "411502" }?["method"] as? String == "xinyang.shihe.grids")
        #expect(counties.first { $0["county"] as? String == "411523" }?["method"] as? String == "xinyang.xinxian.grids")
        #expect(counties.first { $0["county"] as? String == "411521" }?["method"] as? String == "built-in")

        let exported = try shequ.run("grids", "export", "--all", "--households", "--on", "2025-02-01")
        #expect(exported.status == 0, "\(exported.stderr)")
        let rows = csvRows(exported.stdout)
        #expect(rows.count == households)
        #expect(Set(rows.map { $0[0] }).count == households, "no household in two grids")

        let grids = csvRows(try shequ.run("grids", "export", "--all", "--on", "2025-02-01").stdout)
        #expect(grids.allSatisfy { $0[0].hasPrefix($0[3]) }, "every grid code starts with its community's code")

        let geojson = try shequ.run("grids", "export", "--all", "--format", "geojson", "--on", "2025-02-01")
        let collection = try json(geojson.stdout)
        #expect(collection["type"] as? String == "FeatureCollection")
        let features = try #require(collection["features"] as? [[String: Any]])
        #expect(features.count == grids.count)
        #expect(Set(features.compactMap { $0["id"] as? String }) == Set(grids.map { $0[0] }))
    }

    @Test func aDivisionWithAHouseholdTwiceIsRefusedAndNothingIsStored() throws {
        let shequ = try workspace()
        let doubled = ShequProcess.fixtures.appendingPathComponent("grids-doubled").path
        let result = try shequ.run("grids", "divide", "--township", "411502001", "--plugin", doubled, "--apply", "--from", "2025-01-01")
        #expect(result.status == 1)
        #expect(result.stderr.contains("411502001/"))
        #expect(result.stderr.contains("household(s) are in more than one grid"), "\(result.stderr)")
        let shown = try shequ.run("grids", "show", "--community", "411502001/义阳居委会", "--on", "2025-02-01")
        #expect(shown.status == 1)
    }

    @Test func historyTellsWhichGridAHouseholdWasInOnADate() throws {
        let shequ = try workspace()
        let community = "411502001/义阳居委会"
        #expect(try shequ.run("grids", "divide", "--community", community, "--target", "300", "--min", "1", "--max", "500",
                              "--apply", "--from", "2025-01-01").status == 0)
        let proposed = try shequ.run("grids", "divide", "--community", community, "--target", "20", "--min", "1", "--max", "40",
                                     "--from", "2025-06-01")
        #expect(proposed.status == 0, "\(proposed.stderr)")
        let preview = try shequ.run("grids", "preview", "--community", community, "--format", "json")
        #expect(preview.status == 0, "\(preview.stderr)")
        let diff = try json(preview.stdout)
        #expect((diff["added"] as? [Any])?.isEmpty == false)
        #expect(try shequ.run("grids", "apply", "--community", community, "--from", "2025-07-01").status == 0)

        let households = csvRows(try shequ.run("grids", "export", "--community", community, "--households", "--on", "2025-08-01").stdout)
        let moved = try #require(households.first { !$0[1].hasSuffix("#001") })
        func grid(on date: String) throws -> Any? {
            let result = try shequ.run("grids", "history", "--household", moved[0], "--on", date, "--format", "json")
            #expect(result.status == 0, "\(result.stderr)")
            return try json(result.stdout)["grid"]
        }
        #expect(try grid(on: "2024-12-31") == nil)
        #expect(try grid(on: "2025-03-01") as? String == community + "#001")
        #expect(try grid(on: "2025-08-01") as? String == moved[1])
        let versions = try shequ.run("grids", "history", "--community", community, "--format", "json")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(versions.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["applied_from"] as? String } == ["2025-01-01", "2025-07-01"])
    }

    @Test func aWorkerCoversOneGridUnlessTheCountyAllowsMore() throws {
        let shequ = try workspace()
        let community = "411502001/义阳居委会"
        #expect(try shequ.run("grids", "divide", "--community", community, "--target", "10", "--min", "1", "--max", "20",
                              "--apply", "--from", "2025-01-01").status == 0)
        let workers = try shequ.run("workers", community, "--format", "json")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(workers.stdout.utf8)) as? [[String: Any]])
        let worker = try #require(list.first?["id"] as? String)
        func assign(_ number: String, _ extra: String...) throws -> ShequProcess.Result {
            try ShequProcess.run(["grids", "workers", "assign", "--grid", community + "#" + number, "--worker", worker, "--on", "2025-02-01"] + extra,
                                 currentDirectory: shequ.directory)
        }
        #expect(try assign("001").status == 0)
        let second = try assign("002")
        #expect(second.status == 1)
        #expect(second.stderr.contains(worker) && second.stderr.contains("--county-allows"), "\(second.stderr)")
        #expect(try assign("002", "--county-allows", "2").status == 0)
        #expect(try assign("999").stderr.contains("no grid"))
        let shown = try shequ.run("grids", "show", "--community", community, "--on", "2025-02-01", "--format", "json")
        let assigned = try #require(try json(shown.stdout)["workers"] as? [[String: Any]])
        #expect(assigned.count == 2)
    }

    @Test func theAdmissionCheckAcceptsRequiresApprovalAndRefuses() throws {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        let adjusted = try shequ.run("grids", "tasks", "adjust", "--county", "411502", "--add", "T01=人口信息采集",
                                     "--add", "T02=矛盾纠纷排查", "--from", "2025-01-01", "--by", "浉河区人民政府", "--reason", "首版清单")
        #expect(adjusted.status == 0, "\(adjusted.stderr)")
        func assign(_ task: String, _ name: String, _ unit: String) throws -> ShequProcess.Result {
            try shequ.run("grids", "tasks", "assign", "--county", "411502", "--task", task, "--name", name, "--unit", unit,
                          "--grid", "411502001001003", "--on", "2025-03-01", "--format", "json")
        }
        let listed = try assign("T01", "人口信息采集", "区公安分局")
        #expect(listed.status == 0)
        #expect((try json(listed.stdout)["outcome"] as? [String: Any])?["listed"] != nil)

        let refused = try assign("X09", "招商引资任务", "区商务局")
        #expect(refused.status == 1)
        #expect(try json(refused.stdout)["reason"] as? String ?? "" ~= "区商务局")
        let violations = try shequ.run("grids", "tasks", "violations", "--county", "411502", "--open", "--format", "json")
        let open = try #require(try JSONSerialization.jsonObject(with: Data(violations.stdout.utf8)) as? [[String: Any]])
        #expect(open.count == 1 && open[0]["assigning_unit"] as? String == "区商务局")
        let id = try #require(open[0]["id"] as? String)
        #expect(try shequ.run("grids", "tasks", "correct", "--county", "411502", "--violation", id, "--by", "浉河区人民政府",
                              "--on", "2025-03-05", "--measure", "收回任务").status == 0)
        #expect(try shequ.run("grids", "tasks", "violations", "--county", "411502", "--open").stdout.contains("无违规记录"))

        #expect(try shequ.run("grids", "tasks", "approve", "--county", "411502", "--task", "X10", "--by", "浉河区人民政府",
                              "--on", "2025-02-20", "--reason", "防汛应急").status == 0)
        let approved = try assign("X10", "防汛巡查", "区应急管理局")
        #expect(approved.status == 0, "\(approved.stderr)")
        #expect((try json(approved.stdout)["outcome"] as? [String: Any])?["approved"] != nil)
    }
}

private func ~= (text: String, part: String) -> Bool { text.contains(part) }
