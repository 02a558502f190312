import Foundation
import Testing

@Suite("shequ affairs and violations", .serialized)
struct AffairsCommandTests {
    static let samples = ShequProcess.packageRoot.appendingPathComponent("Samples/governance")
    static let plugin = ShequProcess.packageRoot.appendingPathComponent("Plugins/luoshan-governance").path

    /// A workspace with the sample city catalogue and Luoshan county's adjustments.
    func workspace() throws -> ShequProcess {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        let imported = try shequ.run("affairs", "catalogue", "import", Self.samples.appendingPathComponent("catalogue.csv").path)
        #expect(imported.status == 0, "\(imported.stderr)")
        return shequ
    }

    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    func assign(_ shequ: ShequProcess, _ id: String, item: String, on date: String = "2025-05-01", extra: [String] = []) throws -> ShequProcess.Result {
        try ShequProcess.run(["affairs", "assign", "--id", id, "--title", "任务\(id)", "--unit", "罗山县某局", "--person", "某某",
                              "--community", "411521001001", "--county", "411521", "--at", date, "--item", item, "--format", "json"] + extra,
                             currentDirectory: shequ.directory)
    }

    func decision(_ result: ShequProcess.Result) throws -> [String: Any] {
        let list = try #require(try json(result.stdout) as? [[String: Any]])
        return try #require(list.first?["decision"] as? [String: Any])
    }

    func articles(_ decision: [String: Any]) -> [Int] {
        (decision["basis"] as? [[String: Any]] ?? []).compactMap { $0["article"] as? Int }
    }

    @Test func reimportingTheCatalogueChangesNothingAndJSONLinesReadTheSame() throws {
        let shequ = try workspace()
        let again = try shequ.run("affairs", "catalogue", "import", Self.samples.appendingPathComponent("catalogue.csv").path, "--format", "json")
        let summary = try #require(try json(again.stdout) as? [String: Any])
        #expect(summary["written"] as? Int == 0)
        #expect(summary["unchanged"] as? Int == 5)

        let lines = try shequ.write("catalogue.jsonl", """
            {"division_code": "411521", "division_name": "罗山县", "level": "county", "parent_code": "411500", "version": 3, "effective_from": "2026-01-01", "author": "罗山县人民政府", "reason": "取消森林防火协助事项", "change": "remove", "item_id": "X-10"}

            """)
        let third = try shequ.run("affairs", "catalogue", "import", lines)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(try shequ.run("affairs", "catalogue", "show", "--county", "411521", "--on", "2025-12-31").stdout.contains("X-10"))
        #expect(!(try shequ.run("affairs", "catalogue", "show", "--county", "411521", "--on", "2026-01-01").stdout.contains("X-10")))
        #expect(try shequ.run("affairs", "catalogue", "history", "--county", "411521").stdout.contains("  - 删除 X-10"))
    }

    @Test func mainDutyWorkIsAcceptedOnArticle40() throws {
        let shequ = try workspace()
        let result = try assign(shequ, "A1", item: "Z-01")
        #expect(result.status == 0, "\(result.stderr)")
        let decided = try decision(result)
        #expect(decided["outcome"] as? String == "accepted")
        #expect(articles(decided) == [40])
        #expect(decided["violation"] == nil)
    }

    @Test func fundedAssistanceIsAcceptedAndUnfundedIsRefusedAsAViolation() throws {
        let shequ = try workspace()
        let funded = try assign(shequ, "A2", item: "X-01", extra: ["--funding-amount", "3000", "--funding-source", "县财政", "--conditions", "提供平板电脑"])
        #expect(funded.status == 0, "\(funded.stderr)")
        #expect(try decision(funded)["outcome"] as? String == "accepted")

        let unfunded = try assign(shequ, "A3", item: "X-01", extra: ["--funding-amount", "3000", "--funding-source", "县财政"])
        #expect(unfunded.status == 1)
        let refused = try decision(unfunded)
        #expect(refused["outcome"] as? String == "refused_as_violation")
        #expect(articles(refused) == [40, 45])
        #expect(refused["missing_conditions"] as? [String] == ["working_conditions"])

        let text = try shequ.run("violations", "list")
        #expect(text.stdout.contains("A3-violation"))
        #expect(text.stdout.contains("必要的工作条件"))
        #expect(!text.stdout.contains("A2-violation"))
    }

    @Test func negativeWorkIsRefusedAndRecordedAndUnknownWorkIsHeld() throws {
        let shequ = try workspace()
        let negative = try assign(shequ, "A4", item: "F-01")
        #expect(negative.status == 1)
        let refused = try decision(negative)
        #expect(refused["outcome"] as? String == "refused_as_violation")
        #expect(articles(refused) == [40, 45])
        #expect((refused["reason"] as? String)?.contains("负面清单") == true)

        let unknown = try assign(shequ, "A5", item: "Q-99")
        #expect(unknown.status == 1)
        let held = try decision(unknown)
        #expect(held["outcome"] as? String == "held_for_county_decision")
        #expect(held["unknown_item_ids"] as? [String] == ["Q-99"])

        let decisions = try shequ.run("affairs", "decisions", "--county", "411521", "--outcome", "refused_as_violation")
        #expect(decisions.stdout.contains("A4"))
        #expect(!decisions.stdout.contains("A5"))
        let text = try shequ.run("affairs", "assign", "--id", "A6", "--title", "拆违", "--unit", "罗山县城管局", "--community", "411521001001",
                                 "--county", "411521", "--at", "2025-05-01", "--item", "F-01")
        #expect(text.stdout.contains("依据：《信阳市城乡社区治理促进条例》第四十五条"))
    }

    @Test func theCatalogueInForceOnTheAssignmentDateDecides() throws {
        let shequ = try workspace()
        let extra = ["--funding-amount", "800", "--funding-source", "县医保局", "--conditions", "提供宣传材料"]
        #expect(try decision(try assign(shequ, "B1", item: "X-02", on: "2025-06-30", extra: extra))["outcome"] as? String == "accepted")
        #expect(try decision(try assign(shequ, "B2", item: "X-02", on: "2025-07-01", extra: extra))["outcome"] as? String == "refused_as_violation")

        let before = try shequ.run("affairs", "catalogue", "show", "--county", "411521", "--on", "2025-06-30")
        let after = try shequ.run("affairs", "catalogue", "show", "--county", "411521", "--on", "2025-07-01")
        #expect(before.stdout.contains("X-02  协助做好城乡居民医疗保险参保登记  〔继承自411500 v1〕"))
        #expect(after.stdout.contains("X-02  代办城乡居民医疗保险参保登记  〔本级 v2"))
        let history = try shequ.run("affairs", "catalogue", "history", "--county", "411521")
        #expect(history.stdout.contains("v2  2025-07-01起施行  罗山县人民政府"))
    }

    @Test func theFileOfTasksIsDecidedAndReimportingChangesNothing() throws {
        let shequ = try workspace()
        let file = Self.samples.appendingPathComponent("tasks.csv").path
        let first = try shequ.run("affairs", "assign", "--file", file, "--format", "json")
        #expect(first.status == 0, "\(first.stderr)")
        let records = try #require(try json(first.stdout) as? [[String: Any]])
        let outcomes = records.compactMap { ($0["decision"] as? [String: Any])?["outcome"] as? String }
        #expect(outcomes == ["accepted", "accepted", "refused_as_violation", "refused_as_violation", "refused_as_violation", "held_for_county_decision"])
        let again = try shequ.run("affairs", "assign", "--file", file)
        #expect(again.status == 0)
        #expect(again.stdout.components(separatedBy: "记录未变").count - 1 == 6)
        let violations = try #require(try json(try shequ.run("violations", "list", "--format", "json").stdout) as? [[String: Any]])
        #expect(violations.count == 3)
    }

    @Test func aCountyPluginMapsFreeTextToItemsAndTheHostDecides() throws {
        let shequ = try workspace()
        let file = Self.samples.appendingPathComponent("tasks-free-text.jsonl").path
        let result = try shequ.run("affairs", "assign", "--file", file, "--plugin", Self.plugin)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("事项对应：xinyang.luoshan.governance：X-01（关键词：摸底→X-01）"))
        #expect(result.stdout.contains("事项对应：xinyang.luoshan.governance：F-01"))
        #expect(result.stdout.contains("LS-2025-102-violation"))
    }

    @Test func correctionsFollowTheStatusRulesAndReportsCountPerUnitAndPeriod() throws {
        let shequ = try workspace()
        _ = try assign(shequ, "C1", item: "F-01", on: "2025-03-10")
        _ = try assign(shequ, "C2", item: "F-02", on: "2025-05-10")
        let ordered = try shequ.run("violations", "correct", "C1-violation", "--order", "撤回任务", "--by", "罗山县人民政府", "--at", "2025-03-12")
        #expect(ordered.status == 0, "\(ordered.stderr)")
        let skipped = try shequ.run("violations", "correct", "C1-violation", "--status", "verified", "--by", "罗山县人民政府", "--at", "2025-03-13")
        #expect(skipped.status == 1)
        #expect(skipped.stderr.contains("allowed next: corrected, referred_for_discipline"))
        let corrected = try shequ.run("violations", "correct", "C1-violation", "--status", "corrected", "--by", "罗山县某局", "--note", "已撤回", "--at", "2025-03-20")
        #expect(corrected.status == 0)
        let listed = try shequ.run("violations", "list", "--history")
        #expect(listed.stdout.contains("责令纠正  罗山县人民政府：责令纠正：撤回任务"))
        #expect(listed.stdout.contains("已整改  罗山县某局：已撤回"))

        let byUnit = try #require(try json(try shequ.run("violations", "report", "--from", "2025-01-01", "--to", "2026-01-01", "--format", "json").stdout) as? [[String: Any]])
        #expect(byUnit.first?["key"] as? String == "罗山县某局")
        #expect(byUnit.first?["total"] as? Int == 2)
        #expect(byUnit.first?["open"] as? Int == 2)
        let byQuarter = try #require(try json(try shequ.run("violations", "report", "--by", "quarter", "--from", "2025-01-01", "--to", "2026-01-01", "--format", "json").stdout) as? [[String: Any]])
        #expect(byQuarter.map { $0["total"] as? Int } == [1, 1, 0, 0])
    }

    @Test func aBadCatalogueFileNamesFileLineAndFieldAndWritesNothing() throws {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        let header = "division_code,division_name,level,parent_code,version,effective_from,author,reason,change,item_id,category,title,keywords,responsible_department,note\n"
        let good = "411500,信阳市,city,,1,2025-03-01,信阳市人民政府,制定目录,add,Z-01,main_duty,议事协商,,,\n"
        let badCategory = try shequ.write("bad.csv", header + good + "411500,信阳市,city,,1,2025-03-01,信阳市人民政府,制定目录,add,Z-02,chores,调解,,,\n")
        let result = try shequ.run("affairs", "catalogue", "import", badCategory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv:3:"))
        #expect(result.stderr.contains("(category)"))
        let adjustUnknown = try shequ.write("unknown.csv", header + good + "411521,罗山县,county,411500,1,2025-03-01,罗山县人民政府,调整,adjust,X-77,assistance,某事项,,,\n")
        let unknown = try shequ.run("affairs", "catalogue", "import", adjustUnknown)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown.csv:3: field change:"))
        #expect(unknown.stderr.contains("X-77"))
        let shown = try shequ.run("affairs", "catalogue", "show", "--county", "411500", "--on", "2025-04-01")
        #expect(shown.status == 1, "nothing of either file was written")
    }

    @Test func aBadTasksFileNamesFileLineAndFieldAndDecidesNothing() throws {
        let shequ = try workspace()
        let header = "id,title,assigning_unit,unit_kind,community_code,county_code,assigned_at,item_ids,funding_amount\n"
        let file = try shequ.write("tasks.csv", header
            + "T1,议事,某局,department,411521001001,411521,2025-05-01,Z-01,\n"
            + "T2,普查,某局,department,411521001001,411521,2025-05-01,X-01,三千\n")
        let result = try shequ.run("affairs", "assign", "--file", file)
        #expect(result.status == 1)
        #expect(result.stderr.contains("tasks.csv:3: column 9 (funding_amount):"))
        #expect(try shequ.run("affairs", "decisions").stdout.contains("没有记录的决定"))
    }
}
