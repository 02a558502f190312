import Foundation
import Testing

@Suite("shequ facilities and volunteers", .serialized)
struct ServicesCommandTests {
    static let samples = ShequProcess.packageRoot.appendingPathComponent("Samples/services")
    static let yiyang = "411502001/义阳居委会"
    static let sanlidian = "411502001/三里店居委会"
    static let dongfanghong = "411502001/东方红居委会"

    /// Xinyang's divisions with households generated for 老城街道.
    func workspace() throws -> ShequProcess {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        #expect(try shequ.run("import", "divisions", ShequProcess.xinyangDivisions).status == 0)
        let generated = try shequ.run("generate", "--seed", "2", "--scale", "0.1", "--under", "411502001")
        #expect(generated.status == 0, "\(generated.stderr)")
        return shequ
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func row(_ report: [String: Any], _ community: String) throws -> [String: Any] {
        let rows = try #require(report["rows"] as? [[String: Any]])
        return try #require(rows.first { $0["community_code"] as? String == community })
    }

    @Test func complianceAboveAndBelowTheStandardWithTheRemedyChosen() throws {
        let shequ = try workspace()
        let imported = try shequ.run("facilities", "import", Self.samples.appendingPathComponent("facilities.csv").path)
        #expect(imported.status == 0, "\(imported.stderr)")

        let report = try json(try shequ.run("facilities", "compliance", "--format", "json").stdout)
        // 义阳: 420 + 260 m² in service, far above 30 m² per 100 of its households.
        let yiyang = try row(report, Self.yiyang)
        let yiyangHouseholds = try #require(yiyang["households"] as? Int)
        #expect(yiyangHouseholds > 0 && yiyangHouseholds < 2_000)
        #expect(yiyang["actual_square_metres"] as? Double == 680)
        let requiredShown = try #require(yiyang["required_square_metres"] as? Double)
        #expect(abs(requiredShown - Double(yiyangHouseholds) * 30 / 100) < 0.001)
        #expect(yiyang["status"] as? String == "compliant")
        // 三里店: only the 60 m² office counts; the 80 m² room is out of service.
        #expect(try row(report, Self.sanlidian)["actual_square_metres"] as? Double == 60)
        // 东方红 has households and no facility: below the standard, no remedy yet.
        let dongfanghong = try row(report, Self.dongfanghong)
        let households = try #require(dongfanghong["households"] as? Int)
        #expect(households > 0)
        #expect(dongfanghong["actual_square_metres"] as? Double == 0)
        let shortfallShown = try #require(dongfanghong["shortfall_square_metres"] as? Double)
        #expect(abs(shortfallShown - Double(households) * 30 / 100) < 0.001)
        #expect(dongfanghong["status"] as? String == "shortfallUnplanned")

        let shortfall = Double(households) * 30 / 100
        let remedy = try shequ.run("facilities", "remedy", "--community", Self.dongfanghong, "--remedy", "renovation",
                                   "--area", String(shortfall.rounded(.up)), "--unit", "老城街道办事处")
        #expect(remedy.status == 0, "\(remedy.stderr)")
        let after = try json(try shequ.run("facilities", "compliance", "--community", Self.dongfanghong, "--format", "json").stdout)
        let covered = try row(after, Self.dongfanghong)
        #expect(covered["status"] as? String == "shortfallCovered")
        #expect((covered["plans"] as? [[String: Any]])?.first?["remedy"] as? String == "renovation")
        #expect((after["rows"] as? [Any])?.count == 1)
        let text = try shequ.run("facilities", "compliance", "--community", Self.dongfanghong)
        #expect(text.stdout.contains("改建"))
        #expect(text.stdout.contains("不达标，已定整改方式"))

        // A standard of 100 m² per 100 households puts 义阳 below it too when it has over 680 households.
        let strict = try json(try shequ.run("facilities", "compliance", "--standard", "100", "--format", "json").stdout)
        #expect(try row(strict, Self.yiyang)["status"] as? String == (yiyangHouseholds > 680 ? "shortfallUnplanned" : "compliant"))
    }

    @Test func facilitiesImportIsAllOrNothing() throws {
        let shequ = try workspace()
        let path = try shequ.write("facilities.csv", """
            id,community,name,kind,area,tenure
            F-1,\(Self.yiyang),活动室,activityVenue,100,owned
            F-2,\(Self.yiyang),卫生室,clinic,-5,owned
            """)
        let result = try shequ.run("facilities", "import", path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("facilities.csv:3:"), "\(result.stderr)")
        #expect(result.stderr.contains("area"), "\(result.stderr)")
        let listed = try shequ.run("facilities", "list", "--format", "json")
        #expect(listed.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || listed.stdout.contains("[]"))
    }

    @Test func hoursCountOnlyOnceTheOrganiserConfirmsThem() throws {
        let shequ = try workspace()
        let project = try shequ.run("volunteers", "project", "--id", "P-MEALS", "--title", "独居老人助餐", "--community", Self.yiyang,
                                    "--area", "elderlyCare", "--organiser", "W-12", "--starts", "2026-03-01", "--state", "recruiting")
        #expect(project.status == 0, "\(project.stderr)")
        #expect(try shequ.run("volunteers", "signup", "--project", "P-MEALS", "--volunteer", "V-1", "--name", "张敏", "--at", "2026-03-01").status == 0)
        let rider = try shequ.run("volunteers", "signup", "--project", "P-MEALS", "--volunteer", "V-2", "--name", "刘洋",
                                  "--occupation", "deliveryRider", "--at", "2026-03-01")
        #expect(rider.status == 0, "\(rider.stderr)")
        let logged = try shequ.run("volunteers", "log", "--file", Self.samples.appendingPathComponent("volunteer-hours.csv").path)
        #expect(logged.status == 0, "\(logged.stderr)")

        let selfConfirm = try shequ.run("volunteers", "confirm", "E-1", "--by", "V-1")
        #expect(selfConfirm.status == 1)
        #expect(try shequ.run("volunteers", "confirm", "E-1", "--by", "W-12").status == 0)
        #expect(try shequ.run("volunteers", "confirm", "E-2", "--by", "W-12").status == 0)

        let totals = try #require(try JSONSerialization.jsonObject(with: Data(try shequ.run("volunteers", "totals", "--format", "json").stdout.utf8)) as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: totals.map { ($0["id"] as! String, $0) })
        #expect(byID["V-1"]?["confirmed_minutes"] as? Int == 90)
        #expect(byID["V-1"]?["pending_minutes"] as? Int == 60)
        #expect(byID["V-2"]?["confirmed_minutes"] as? Int == 120)

        let unknown = try shequ.write("hours.csv", """
            id,volunteer,project,served_at,minutes,activity
            E-9,V-1,P-MEALS,2026-03-12 11:00,60,送餐
            E-10,V-7,P-MEALS,2026-03-12 11:00,60,送餐
            """)
        let refused = try shequ.run("volunteers", "log", "--file", unknown)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("hours.csv:3:"), "\(refused.stderr)")
        #expect(refused.stderr.contains("volunteer"), "\(refused.stderr)")
        let unchanged = try #require(try JSONSerialization.jsonObject(with: Data(try shequ.run("volunteers", "totals", "--format", "json").stdout.utf8)) as? [[String: Any]])
        #expect(unchanged.first { $0["id"] as? String == "V-1" }?["pending_minutes"] as? Int == 60)
    }

    @Test func careRecordsAreMaskedUnlessDisclosed() throws {
        let shequ = try workspace()
        let opened = try shequ.run("care", "open", "--id", "C-1", "--resident", "R-100", "--community", Self.yiyang, "--name", "王秀英",
                                   "--groups", "elderly-alone;tekun", "--carer", "W-12:李敏:communityWorker", "--phone", "13712345678",
                                   "--address", "胜利路12号3单元201", "--at", "2026-01-02")
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(try shequ.run("care", "visit", "C-1", "--by", "W-12", "--services", "visit;meals", "--note", "精神尚可", "--at", "2026-03-01").status == 0)
        let stranger = try shequ.run("care", "visit", "C-1", "--by", "W-99", "--services", "visit")
        #expect(stranger.status == 1)
        #expect(try shequ.run("care", "needs", "--case", "C-1", "--need-id", "N-1", "--kind", "healthCare", "--summary", "需上门体检").status == 0)

        let masked = try shequ.run("care", "list", "--format", "json")
        #expect(masked.status == 0, "\(masked.stderr)")
        #expect(!masked.stdout.contains("秀英"))
        #expect(!masked.stdout.contains("13712345678"))
        #expect(!masked.stdout.contains("需上门体检"))
        #expect(masked.stdout.contains("tekun"))
        let needs = try shequ.run("care", "needs")
        #expect(needs.stdout.contains("N-1"))
        #expect(!needs.stdout.contains("需上门体检"))

        let disclosed = try shequ.run("care", "list", "--disclose", "--format", "json")
        #expect(disclosed.stdout.contains("王秀英"))
        #expect(disclosed.stdout.contains("需上门体检"))
    }

    @Test func hazardsAreOverdueUntilVerifiedByAnotherUnit() throws {
        let shequ = try workspace()
        let first = try shequ.run("hazards", "record", "--inspection", "I-1", "--community", Self.yiyang, "--scope", "老旧小区燃气管线",
                                  "--inspector", "W-12", "--finding", "Z-1", "--summary", "燃气管道锈蚀", "--place", "民权路8号院",
                                  "--level", "major", "--unit", "新奥燃气", "--deadline", "2026-03-10", "--at", "2026-03-01")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try shequ.run("hazards", "record", "--inspection", "I-1", "--finding", "Z-2", "--summary", "消防通道堆物",
                              "--place", "胜利路12号", "--unit", "义阳社区物业", "--deadline", "2026-03-20", "--at", "2026-03-01").status == 0)

        func overdue(_ now: String) throws -> [String] {
            let result = try shequ.run("hazards", "overdue", "--now", now, "--format", "json")
            #expect(result.status == 0, "\(result.stderr)")
            let report = try json(result.stdout)
            let entries = try #require(report["entries"] as? [[String: Any]])
            return entries.compactMap { ($0["finding"] as? [String: Any])?["id"] as? String }
        }
        #expect(try overdue("2026-03-05") == [])
        #expect(try overdue("2026-03-15") == ["Z-1"])
        #expect(try overdue("2026-03-25") == ["Z-1", "Z-2"])

        #expect(try shequ.run("hazards", "rectified", "Z-1", "--note", "已更换管道", "--at", "2026-03-12").status == 0)
        let own = try shequ.run("hazards", "verify", "Z-1", "--by", "新奥燃气", "--at", "2026-03-13")
        #expect(own.status == 1)
        #expect(try shequ.run("hazards", "verify", "Z-1", "--by", "老城街道应急办", "--at", "2026-03-13").status == 0)
        #expect(try overdue("2026-03-25") == ["Z-2"])
    }

    @Test func aCommunityWorkersCareerFromHiringToDeparture() throws {
        let shequ = try workspace()
        let hired = try shequ.run("staff", "hire", "--worker", "CW-1", "--community", Self.yiyang, "--position", "fullTimeWorker",
                                  "--level", "3", "--at", "2024-03-01")
        #expect(hired.status == 0, "\(hired.stderr)")
        #expect(try shequ.run("staff", "evaluate", "--worker", "CW-1", "--year", "2024", "--grade", "excellent", "--at", "2025-01-10").status == 0)
        #expect(try shequ.run("staff", "train", "--worker", "CW-1", "--course", "网格化服务管理", "--hours", "16", "--at", "2025-04-01").status == 0)
        let backdated = try shequ.run("staff", "train", "--worker", "CW-1", "--course", "x", "--hours", "2", "--at", "2025-03-01")
        #expect(backdated.status == 1)
        #expect(backdated.stderr.contains("time order"))
        let twice = try shequ.run("staff", "evaluate", "--worker", "CW-1", "--year", "2024", "--grade", "competent", "--at", "2025-01-11")
        #expect(twice.status == 1)
        let demotion = try shequ.run("staff", "promote", "--worker", "CW-1", "--position", "fullTimeWorker", "--level", "2",
                                     "--reason", "x", "--at", "2025-05-01")
        #expect(demotion.status == 1)
        #expect(try shequ.run("staff", "promote", "--worker", "CW-1", "--position", "deputy", "--level", "5",
                              "--reason", "年度考核优秀", "--at", "2025-05-01").status == 0)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(try shequ.run("staff", "list", "--year", "2025", "--format", "json").stdout.utf8)) as? [[String: Any]])
        #expect(listed.count == 1)
        #expect(listed.first?["position"] as? String == "deputy")
        #expect(listed.first?["latest_evaluation"] as? String == "excellent")
        #expect(listed.first?["training_hours"] as? Double == 16)
        #expect(try shequ.run("staff", "depart", "--worker", "CW-1", "--reason", "resignation", "--at", "2026-01-01").status == 0)
        let after = try #require(try JSONSerialization.jsonObject(with: Data(try shequ.run("staff", "list", "--format", "json").stdout.utf8)) as? [[String: Any]])
        #expect(after.first?["serving"] as? Bool == false)
    }

    @Test func anIncidentsTimelineFromReportToClosure() throws {
        let shequ = try workspace()
        let recorded = try shequ.run("emergencies", "record", "--id", "E-1", "--source", "fire119", "--category", "accident",
                                     "--kind", "居民楼火灾", "--severity", "large", "--community", Self.yiyang, "--address", "胜利路12号",
                                     "--at", "2026-03-01 20:00")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let early = try shequ.run("emergencies", "update", "E-1", "--to", "responding", "--at", "2026-03-01 20:05")
        #expect(early.status == 1)
        for arguments in [["--dispatch", "浉河区消防救援大队:fireRescue", "--at", "2026-03-01 20:02"],
                          ["--arrived", "浉河区消防救援大队", "--at", "2026-03-01 20:12"],
                          ["--to", "responding", "--at", "2026-03-01 20:12"],
                          ["--handling", "疏散居民42人", "--to", "contained", "--at", "2026-03-01 21:00"],
                          ["--to", "closed", "--at", "2026-03-02 10:00"]] {
            let result = try ShequProcess.run(["emergencies", "update", "E-1"] + arguments, currentDirectory: shequ.directory)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let timeline = try json(try shequ.run("emergencies", "timeline", "E-1", "--format", "json").stdout)
        let changes = try #require(timeline["timeline"] as? [[String: Any]])
        #expect(changes.map { $0["to"] as? String } == ["dispatched", "responding", "contained", "closed"])
        let listed = try shequ.run("emergencies", "list")
        #expect(listed.stdout.contains("12分钟到场"))  // from the report at 20:00
    }

    @Test func drillsAreRecordedOnceAndListedWithWhatTheyShowed() throws {
        let shequ = try workspace()
        let arguments = ["emergencies", "drill", "--id", "D-1", "--community", Self.yiyang, "--scenario", "accident",
                         "--title", "高层住宅火灾疏散演练", "--organiser", "义阳居委会", "--participants", "120",
                         "--finding", "3号楼消防通道堆放杂物", "--at", "2026-03-15 09:00"]
        let first = try ShequProcess.run(arguments, currentDirectory: shequ.directory)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("已记录"))
        let again = try ShequProcess.run(arguments, currentDirectory: shequ.directory)
        #expect(again.stdout.contains("未改动"))
        let changed = try ShequProcess.run(arguments.map { $0 == "120" ? "80" : $0 }, currentDirectory: shequ.directory)
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("D-1"))
        let unknown = try ShequProcess.run(arguments.map { $0 == "accident" ? "earthquake" : $0 }, currentDirectory: shequ.directory)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("--scenario"))
        let drills = try #require(try JSONSerialization.jsonObject(
            with: Data(try shequ.run("emergencies", "drills", "--format", "json").stdout.utf8)) as? [[String: Any]])
        #expect(drills.count == 1)
        #expect(drills.first?["participants"] as? Int == 120)
        #expect(drills.first?["findings"] as? [String] == ["3号楼消防通道堆放杂物"])
        #expect(try shequ.run("emergencies", "drills").stdout.contains("事故灾难"))
    }

    @Test func incidentHazardAndWorkerImportsAreIdempotentAndRefuseBadLinesWhole() throws {
        let shequ = try workspace()
        let cases: [(group: String, file: String, good: String, bad: String, field: String, list: [String])] = [
            ("emergencies", "incidents.csv", ",large,", ",huge,", "severity", ["emergencies", "list", "--format", "json"]),
            ("hazards", "hazards.csv", "2026-03-03,2026-03-13", "2026-03-03,2026-02-13", "deadline", ["hazards", "overdue", "--now", "2027-01-01", "--format", "json"]),
            ("staff", "community-workers.csv", "gridWorker,2,", "gridWorker,40,", "level", ["staff", "list", "--format", "json"]),
        ]
        for item in cases {
            let lines = try String(contentsOf: Self.samples.appendingPathComponent(item.file), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            let index = try #require(lines.firstIndex { $0.contains(item.good) })
            var broken = lines
            broken[index] = broken[index].replacingOccurrences(of: item.good, with: item.bad)
            let path = try shequ.write("bad-" + item.file, broken.joined(separator: "\n") + "\n")
            let refused = try shequ.run(item.group, "import", path)
            #expect(refused.status == 1, "\(item.file): \(refused.stderr)")
            #expect(refused.stderr.contains("bad-\(item.file):\(index + 1):"), "\(refused.stderr)")
            #expect(refused.stderr.contains(item.field), "\(refused.stderr)")
            let empty = try ShequProcess.run(item.list, currentDirectory: shequ.directory)
            #expect(!empty.stdout.contains("411502001"), "\(item.group) wrote part of a refused file")

            let path2 = Self.samples.appendingPathComponent(item.file).path
            let first = try json(try shequ.run(item.group, "import", path2, "--format", "json").stdout)
            #expect((first["written"] as? Int ?? 0) > 0)
            let again = try json(try shequ.run(item.group, "import", path2, "--format", "json").stdout)
            #expect(again["written"] as? Int == 0)
        }
    }
}
