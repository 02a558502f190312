import Foundation
import Testing

/// Conventions, events and the points ledger end to end, through the built `shequ`.
@Suite("shequ conventions, events, points, shop and simulate")
struct PointsCommandTests {
    static let sample = ShequProcess.packageRoot.appendingPathComponent("Plugins/guangshan-points").path
    static let faulty = ShequProcess.fixtures.appendingPathComponent("measures-faulty").path
    static let village = "411522001/方楼村委会"

    /// A workspace with Xinyang's divisions and the village's rules: version 1 (8 articles)
    /// in force from 2025-03-15 and version 2 (adding 第九条 志愿服务) from 2025-06-01.
    func workspace() throws -> ShequProcess {
        let shequ = try ShequProcess()
        try expectOK(shequ.run("init"))
        try expectOK(shequ.run("import", "divisions", ShequProcess.xinyangDivisions))
        let articles = (1...9).map { "第\($0)条内容" }
        let eight = try shequ.write("v1.txt", articles.prefix(8).joined(separator: "\n"))
        let nine = try shequ.write("v2.txt", articles.joined(separator: "\n"))
        try expectOK(shequ.run("conventions", "create", "--id", "fl", "--community", Self.village, "--kind", "village_rules",
                               "--title", "方楼村村规民约", "--articles", eight, "--on", "2025-01-06"))
        // The sample plugin declares 第九条, which version 1 lacks: filing it with the plugin is refused.
        try adoptAndFile(shequ, opinions: "2025-01-20", effective: "2025-03-15", checking: false)
        try expectOK(shequ.run("conventions", "amend", "fl", "--title", "方楼村村规民约（修订）", "--articles", nine, "--on", "2025-04-01"))
        try adoptAndFile(shequ, opinions: "2025-04-10", effective: "2025-06-01")
        return shequ
    }

    func adoptAndFile(_ shequ: ShequProcess, opinions: String, effective: String, checking: Bool = true) throws {
        let day = { (offset: Int) -> String in
            let parts = opinions.split(separator: "-").map { Int($0)! }
            return String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2] + offset)
        }
        try expectOK(shequ.run("conventions", "opinions", "fl", "--from", day(-5), "--through", day(0), "--received", "12", "--summary", "无异议"))
        try expectOK(shequ.run("conventions", "review", "fl", "--office", "弦山街道办事处", "--on", day(2), "--opinion", "同意"))
        try expectOK(shequ.run("conventions", "adopt", "fl", "--body", "villagers_meeting", "--held", day(4), "--eligible", "800",
                               "--present", "500", "--for", "450", "--against", "30", "--abstained", "20", "--women-present", "230"))
        let file = ["conventions", "file", "fl", "--office", "弦山街道办事处", "--filed", day(6), "--published", day(6),
                    "--effective", effective]
        if !checking {
            let refused = try ShequProcess.run(file + ["--plugin", Self.sample], currentDirectory: shequ.directory)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("第九条"), "\(refused.stderr)")
        }
        try expectOK(ShequProcess.run(file + (checking ? ["--plugin", Self.sample] : []), currentDirectory: shequ.directory))
    }

    func expectOK(_ result: ShequProcess.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
    }

    static func event(_ id: String, _ kind: String, on day: String, subject: String = "household", subjectID: String = "h-1",
                      facts: String = "{}") -> String {
        #"{"id":"\#(id)","kind":"\#(kind)","subject":{"type":"\#(subject)","id":"\#(subjectID)"},"household":"h-1","community":"\#(village)","occurred_at":"\#(day)","reporter":"网格员","facts":\#(facts)}"#
    }

    func balance(_ shequ: ShequProcess, _ subject: String = "household:h-1") throws -> Int {
        let result = try shequ.run("points", "balance", subject, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let balances = try #require(object["balances"] as? [[String: Any]])
        return try #require(balances.first?["balance"] as? Int)
    }

    @Test func aMonthIsJudgedAndReImportingChangesNoBalance() throws {
        let shequ = try workspace()
        let file = try shequ.write("april.jsonl", [
            Self.event("e-1", "elder_care", on: "2025-04-03"),
            Self.event("e-2", "banquet", on: "2025-04-10", facts: #"{"ceremony":"wedding","tables":13}"#),
            Self.event("e-3", "garbage_sorted", on: "2025-04-12"),
        ].joined(separator: "\n") + "\n")
        let first = try shequ.run("events", "import", file, "--plugin", Self.sample, "--today", "2025-05-01")
        expectOK(first)
        #expect(try balance(shequ) == 5 - 6 + 1)

        let again = try shequ.run("events", "import", file, "--plugin", Self.sample, "--today", "2025-05-01", "--format", "json")
        expectOK(again)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(summary["written"] as? Int == 0)
        #expect(summary["unchanged"] as? Int == 3)
        #expect(try balance(shequ) == 0)

        let explanation = try shequ.run("points", "explain", "household:h-1")
        #expect(explanation.stdout.contains("宴席13桌，超出上限3桌，扣6分"))
        #expect(explanation.stdout.contains("《方楼村村规民约》第1版 第六条"))
    }

    @Test func aBadLineNamesFileLineAndFieldAndNothingIsRecorded() throws {
        let shequ = try workspace()
        let file = try shequ.write("bad.jsonl", [
            Self.event("e-1", "elder_care", on: "2025-04-03"),
            Self.event("e-2", "elder_care", on: "2025-04-31"),
        ].joined(separator: "\n"))
        let result = try shequ.run("events", "import", file, "--plugin", Self.sample)
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.jsonl:2"), "\(result.stderr)")
        #expect(result.stderr.contains("occurred_at"))
        let run = try shequ.run("points", "run", "--plugin", Self.sample, "--format", "json")
        expectOK(run)
        #expect(run.stdout.contains(#""judged" : 0"#))
    }

    @Test func anUnknownCommunityIsRefusedAndNothingIsRecorded() throws {
        let shequ = try workspace()
        let file = try shequ.write("typo.jsonl", [
            Self.event("u-1", "elder_care", on: "2025-04-03"),
            Self.event("u-2", "elder_care", on: "2025-04-03").replacingOccurrences(of: Self.village, with: "411522001/方楼村"),
        ].joined(separator: "\n"))
        let result = try shequ.run("events", "import", file)
        #expect(result.status == 1)
        #expect(result.stderr.contains("event 'u-2' field community"), "\(result.stderr)")
        let run = try shequ.run("points", "run", "--plugin", Self.sample, "--format", "json")
        #expect(run.stdout.contains(#""judged" : 0"#))
    }

    @Test func csvEventsAreRead() throws {
        let shequ = try workspace()
        let file = try shequ.write("april.csv", """
            id,kind,subject_type,subject_id,household,community,occurred_at,reporter,evidence,facts
            c-1,volunteer_service,resident,r-1,h-1,\(Self.village),2025-06-03,网格员,photo-1;photo-2,"{""hours"": 3}"
            """)
        expectOK(try shequ.run("events", "import", file, "--plugin", Self.sample, "--today", "2025-07-01"))
        #expect(try balance(shequ, "resident:r-1") == 6)
    }

    @Test func anEventBeforeAVersionsEffectiveDateUsesTheEarlierVersion() throws {
        let shequ = try workspace()
        // 第九条 (volunteer service) exists only in version 2, in force from 2025-06-01.
        let file = try shequ.write("volunteers.jsonl", [
            Self.event("v-1", "volunteer_service", on: "2025-05-31", subject: "resident", subjectID: "r-1", facts: #"{"hours":2}"#),
            Self.event("v-2", "volunteer_service", on: "2025-06-01", subject: "resident", subjectID: "r-1", facts: #"{"hours":2}"#),
        ].joined(separator: "\n"))
        let result = try shequ.run("events", "import", file, "--plugin", Self.sample, "--format", "json")
        expectOK(result)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let refused = try #require((summary["points"] as? [String: Any])?["refused"] as? [[String: Any]])
        #expect(refused.map { $0["event"] as? String } == ["v-1"])
        #expect(refused.first?["code"] as? String == "unknown_article")
        #expect(try balance(shequ, "resident:r-1") == 4)
        #expect(try shequ.run("points", "explain", "resident:r-1").stdout.contains("第2版 第九条"))
    }

    @Test func anAppealOverturnRestoresTheBalance() throws {
        let shequ = try workspace()
        let file = try shequ.write("dog.jsonl", Self.event("d-1", "dog_unleashed", on: "2025-04-03", facts: #"{"prior_count":1}"#))
        expectOK(try shequ.run("events", "import", file, "--plugin", Self.sample))
        #expect(try balance(shequ) == -2)
        expectOK(try shequ.run("points", "appeal", "d-1#1", "--by", "household:h-1", "--grounds", "不是我家的狗", "--on", "2025-04-05"))
        expectOK(try shequ.run("points", "review", "appeal-1", "--outcome", "overturned", "--reason", "经核实为邻村犬只",
                               "--reviewer", "村务监督委员会", "--on", "2025-04-08"))
        #expect(try balance(shequ) == 0)
        let explanation = try shequ.run("points", "explain", "household:h-1").stdout
        #expect(explanation.contains("已撤销"))
        #expect(explanation.contains("经核实为邻村犬只"))
        let twice = try shequ.run("points", "review", "appeal-1", "--outcome", "upheld", "--reason", "改判", "--reviewer", "村委会")
        #expect(twice.status == 1)
    }

    @Test func aRedemptionCannotTakeABalanceBelowZero() throws {
        let shequ = try workspace()
        let file = try shequ.write("care.jsonl", Self.event("c-1", "elder_care", on: "2025-04-03"))
        expectOK(try shequ.run("events", "import", file, "--plugin", Self.sample))
        expectOK(try shequ.run("shop", "stock", "--community", Self.village, "--item", "oil", "--name", "食用油",
                               "--price", "4", "--stock", "5"))
        expectOK(try shequ.run("points", "redeem", "household:h-1", "--item", "oil", "--community", Self.village, "--on", "2025-04-20"))
        #expect(try balance(shequ) == 1)
        let refused = try shequ.run("points", "redeem", "household:h-1", "--item", "oil", "--community", Self.village, "--on", "2025-04-21")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("below zero"), "\(refused.stderr)")
        #expect(try balance(shequ) == 1)
        #expect(try shequ.run("shop", "list", "--community", Self.village).stdout.contains("库存4"))
    }

    @Test func aHugeQuantityOrStockIsRefusedNotACrash() throws {
        let shequ = try workspace()
        let file = try shequ.write("care.jsonl", Self.event("c-1", "elder_care", on: "2025-04-03"))
        expectOK(try shequ.run("events", "import", file, "--plugin", Self.sample))
        let hugeStock = try shequ.run("shop", "stock", "--community", Self.village, "--item", "oil", "--name", "食用油",
                                      "--price", "10", "--stock", "9223372036854775807")
        #expect(hugeStock.status == 1, "\(hugeStock.stderr)")
        #expect(hugeStock.stderr.contains("库存"), "zh-CN first: \(hugeStock.stderr)")
        expectOK(try shequ.run("shop", "stock", "--community", Self.village, "--item", "oil", "--name", "食用油",
                               "--price", "1000000", "--stock", "1000000"))
        let huge = try shequ.run("points", "redeem", "household:h-1", "--item", "oil", "--community", Self.village,
                                 "--quantity", "1000000", "--on", "2025-04-20")
        #expect(huge.status == 1, "\(huge.stderr)")
        #expect(huge.stderr.contains("兑换所需积分超出范围"), "\(huge.stderr)")
        #expect(!huge.stderr.contains("Backtrac"), "a refusal, not a crash: \(huge.stderr)")
        #expect(try balance(shequ) == 5)
    }

    @Test func aResidentCannotSpendWithAnotherHousehold() throws {
        let shequ = try workspace()
        // r-1's volunteer hours are counted in h-1.
        let file = try shequ.write("hours.jsonl", Self.event("v-1", "volunteer_service", on: "2025-06-03", subject: "resident",
                                                              subjectID: "r-1", facts: #"{"hours":3}"#))
        expectOK(try shequ.run("events", "import", file, "--plugin", Self.sample, "--today", "2025-07-01"))
        expectOK(try shequ.run("shop", "stock", "--community", Self.village, "--item", "oil", "--name", "食用油",
                               "--price", "2", "--stock", "5"))
        let other = try shequ.run("points", "redeem", "resident:r-1", "--household", "h-2", "--item", "oil",
                                  "--community", Self.village, "--on", "2025-07-02")
        #expect(other.status == 1, "\(other.stdout)\(other.stderr)")
        #expect(other.stderr.contains("只能以本户积分兑换"), "\(other.stderr)")
        #expect(try balance(shequ, "resident:r-1") == 6)
        // With no --household, the household the points were counted in pays too.
        expectOK(try shequ.run("points", "redeem", "resident:r-1", "--item", "oil", "--community", Self.village, "--on", "2025-07-02"))
        #expect(try balance(shequ, "resident:r-1") == 4)
        #expect(try balance(shequ, "household:h-1") == 4)
    }

    @Test func anEventCannotTakeTheIdOfAReversalOrRedemption() throws {
        let shequ = try workspace()
        // A reversal of d-1's first measure is `reversal:d-1#1`; an event `reversal:d-1` would have taken that id.
        let file = try shequ.write("squat.jsonl", [
            Self.event("d-1", "dog_unleashed", on: "2025-04-03", facts: #"{"prior_count":1}"#),
            Self.event("reversal:d-1", "elder_care", on: "2025-04-04"),
        ].joined(separator: "\n"))
        let refused = try shequ.run("events", "import", file, "--plugin", Self.sample)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("squat.jsonl:2"), "\(refused.stderr)")
        #expect(refused.stderr.contains("reversal:"), "\(refused.stderr)")
        let recorded = try shequ.run("events", "record", "--id", "redemption:r-1", "--kind", "elder_care", "--subject", "household:h-1",
                                     "--community", Self.village, "--on", "2025-04-04", "--reporter", "网格员")
        #expect(recorded.status == 1, "\(recorded.stdout)\(recorded.stderr)")
        #expect(recorded.stderr.contains("事件编号"), "\(recorded.stderr)")
        // The appeal that needs `reversal:d-1#1` still works.
        expectOK(try shequ.run("events", "import", try shequ.write("dog.jsonl", Self.event("d-1", "dog_unleashed", on: "2025-04-03", facts: #"{"prior_count":1}"#)), "--plugin", Self.sample))
        expectOK(try shequ.run("points", "appeal", "d-1#1", "--by", "household:h-1", "--grounds", "不是我家的狗", "--on", "2025-04-05"))
        expectOK(try shequ.run("points", "review", "appeal-1", "--outcome", "overturned", "--reason", "经核实为邻村犬只",
                               "--reviewer", "村务监督委员会", "--on", "2025-04-08"))
        #expect(try balance(shequ) == 0)
    }

    @Test func aPluginErrorOnOneEventIsReportedAndTheRestApplied() throws {
        let shequ = try workspace()
        let file = try shequ.write("mixed.jsonl", [
            Self.event("m-1", "elder_care", on: "2025-04-03"),
            Self.event("m-2", "broken", on: "2025-04-04"),
            Self.event("m-3", "sneaky", on: "2025-04-05"),
            Self.event("m-4", "elder_care", on: "2025-04-06"),
        ].joined(separator: "\n"))
        let result = try shequ.run("events", "import", file, "--plugin", Self.faulty, "--format", "json")
        #expect(result.status == 1)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let points = try #require(summary["points"] as? [String: Any])
        let failed = try #require(points["failed"] as? [[String: Any]])
        #expect(failed.map { $0["event"] as? String } == ["m-2"])
        #expect((failed.first?["message"] as? String)?.contains("no rule for m-2") == true)
        let refused = try #require(points["refused"] as? [[String: Any]])
        #expect(refused.map { $0["code"] as? String } == ["money_demand"])
        #expect(try balance(shequ) == 8)

        // The failed event stays open; the others are not judged twice.
        let again = try shequ.run("points", "run", "--plugin", Self.faulty, "--format", "json")
        #expect(again.status == 1)
        #expect(again.stdout.contains(#""already_applied" : 3"#), "\(again.stdout)")
        #expect(try balance(shequ) == 8)
    }

    @Test func anAwardSplitOverThePerEventBoundIsRefused() throws {
        let shequ = try workspace()
        let file = try shequ.write("split.jsonl", Self.event("p-1", "split", on: "2025-04-03"))
        let result = try shequ.run("events", "import", file, "--plugin", Self.faulty, "--format", "json")
        expectOK(result)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let refused = try #require((summary["points"] as? [String: Any])?["refused"] as? [[String: Any]])
        #expect(refused.map { $0["code"] as? String } == ["out_of_bounds"], "\(result.stdout)")
        #expect((refused.first?["reason"] as? String)?.contains("12 points in all") == true, "\(result.stdout)")
        // Two awards of 4 fit the declared 10 per event; the third would make 12.
        #expect(try balance(shequ) == 8)
    }

    @Test func simulateWritesNothingAndReportsTheChange() throws {
        let shequ = try workspace()
        let file = try shequ.write("april.jsonl", [
            Self.event("s-1", "garbage_sorted", on: "2025-04-03"),
            Self.event("s-2", "banquet", on: "2025-04-10", facts: #"{"ceremony":"wedding","tables":9}"#),
        ].joined(separator: "\n"))
        expectOK(try shequ.run("events", "import", file, "--plugin", Self.sample))
        let config = try shequ.write("candidate.json", #"{"banquet_table_limit": 8, "garbage_sorting_points": 2}"#)
        let before = try shequ.run("points", "explain", "household:h-1", "--format", "json").stdout
        let balancesBefore = try shequ.run("points", "balance", "--format", "json").stdout

        let result = try shequ.run("simulate", "--plugin", Self.sample, "--baseline", Self.sample, "--config", config, "--format", "json")
        expectOK(result)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let subjects = try #require(report["subjects"] as? [[String: Any]])
        // 5 + 1 under the rule in force; 2 for sorting and -2 for a 9-table wedding over a limit of 8.
        #expect(subjects.first?["baseline"] as? Int == 6)
        #expect(subjects.first?["candidate"] as? Int == 0)
        #expect((report["decisions_changed"] as? [Any])?.count == 2)

        #expect(try shequ.run("points", "explain", "household:h-1", "--format", "json").stdout == before)
        #expect(try shequ.run("points", "balance", "--format", "json").stdout == balancesBefore)
        // The ledger still holds exactly the two events applied before the preview.
        #expect(try shequ.run("points", "run", "--plugin", Self.sample, "--format", "json").stdout.contains(#""already_applied" : 2"#))
    }

    @Test func conventionHistoryKeepsEveryStep() throws {
        let shequ = try workspace()
        let history = try shequ.run("conventions", "history", "fl", "--format", "json")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 10)
        let show = try shequ.run("conventions", "show", "fl", "--version", "1")
        #expect(show.stdout.contains("第1版《方楼村村规民约》：已备案公布，2025-03-15起施行"))
        #expect(show.stdout.contains("第2版《方楼村村规民约（修订）》：已备案公布，2025-06-01起施行"))
        let early = try shequ.run("conventions", "adopt", "fl", "--version", "2", "--body", "villagers_meeting", "--held", "2025-05-01",
                                  "--eligible", "800", "--present", "300", "--for", "290", "--against", "5", "--abstained", "5",
                                  "--women-present", "100")
        #expect(early.status == 1)
    }

    @Test func ctxGivesAgeAndHouseholdSizeAndCareOnlyWhenDeclared() throws {
        let shequ = try workspace()
        expectOK(try shequ.run("generate", "--seed", "1", "--under", Self.village))
        let listed = try shequ.run("residents", "list", "--community", Self.village, "--care", "elderly-alone", "--include-care",
                                   "--limit", "1", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let resident = try #require((object["residents"] as? [[String: Any]])?.first)
        let id = try #require(resident["id"] as? String)
        let household = try #require(resident["household_id"] as? String)
        let birth = try #require(resident["birth_date"] as? String).split(separator: "-").map { Int($0)! }
        let age = 2025 - birth[0] - ((birth[1], birth[2]) > (4, 3) ? 1 : 0)
        let shown = try shequ.run("households", "show", household, "--format", "json")
        let members = try #require((try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])?["residents"] as? [Any])

        func event(_ eventID: String) -> String {
            Self.event(eventID, "visit", on: "2025-04-03", subject: "resident", subjectID: id)
                .replacingOccurrences(of: #""household":"h-1""#, with: "\"household\":\"\(household)\"")
        }
        let facts = ShequProcess.fixtures.appendingPathComponent("measures-facts").path
        let withCare = ShequProcess.fixtures.appendingPathComponent("measures-facts-care").path
        expectOK(try shequ.run("events", "import", try shequ.write("f1.jsonl", event("f-1")), "--plugin", facts))
        expectOK(try shequ.run("events", "import", try shequ.write("f2.jsonl", event("f-2")), "--plugin", withCare))
        let explanation = try shequ.run("points", "explain", "resident:\(id)").stdout
        #expect(explanation.contains("age=\(age);size=\(members.count);care=none"), "\(explanation)")
        #expect(explanation.contains("age=\(age);size=\(members.count);care=elderly-alone")
                || explanation.contains("+elderly-alone"), "\(explanation)")
    }
}
