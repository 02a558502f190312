import Foundation
import Testing

@Suite("shequ disputes", .serialized)
struct DisputesCommandTests {
    static let samples = ShequProcess.packageRoot.appendingPathComponent("Samples/governance")
    static let plugin = ShequProcess.packageRoot.appendingPathComponent("Plugins/luoshan-governance").path

    func workspace() throws -> ShequProcess {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        let imported = try shequ.run("disputes", "import", Self.samples.appendingPathComponent("disputes.csv").path)
        #expect(imported.status == 0, "\(imported.stderr)")
        return shequ
    }

    func holdings(_ shequ: ShequProcess, _ id: String, now: String) throws -> [[String: Any]] {
        let shown = try shequ.run("disputes", "show", id, "--now", now, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        return try #require(object["held"] as? [[String: Any]])
    }

    @Test func reimportingTheIntakeFileChangesNothing() throws {
        let shequ = try workspace()
        let again = try shequ.run("disputes", "import", Self.samples.appendingPathComponent("disputes.csv").path, "--format", "json")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(summary["written"] as? Int == 0)
        #expect(summary["unchanged"] as? Int == 4)
    }

    @Test func fourLevelsSevenDaysEscalatesLevelByLevelAtTheInjectedClock() throws {
        let shequ = try workspace()
        let early = try shequ.run("disputes", "escalate", "LS-D-001", "--now", "2025-06-09T08:59")
        #expect(early.status == 0, "\(early.stderr)")
        #expect(try holdings(shequ, "LS-D-001", now: "2025-06-09T08:59").count == 1)

        let escalated = try shequ.run("disputes", "escalate", "LS-D-001", "--now", "2025-06-24T12:00")
        #expect(escalated.status == 0, "\(escalated.stderr)")
        let held = try holdings(shequ, "LS-D-001", now: "2025-06-24T12:00")
        #expect(held.map { $0["level"] as? String } == ["grid_worker", "community_mediation", "township", "county"])
        #expect(held.dropLast().allSatisfy { $0["seconds"] as? Double == 7 * 86_400 })
        #expect(held.dropLast().allSatisfy { $0["end"] as? String == "timed_out" })
        let shown = try shequ.run("disputes", "show", "LS-D-001", "--now", "2025-06-24T12:00")
        #expect(shown.stdout.contains("网格员  龙山街道第一网格  2025-06-02 09:00 至 2025-06-09 09:00  共7天0小时  超时移交"))
        #expect(shown.stdout.contains("县(区)  县(区)  2025-06-23 09:00 至 今  共1天3小时  办理中"))

        let resolved = try shequ.run("disputes", "resolve", "LS-D-001", "--outcome", "mediation_agreement", "--agreement", "楼上承担维修费",
                                     "--by", "县矛盾纠纷调处中心", "--at", "2025-06-25")
        #expect(resolved.status == 0, "\(resolved.stderr)")
        let after = try shequ.run("disputes", "escalate", "LS-D-001", "--now", "2025-08-01")
        #expect(after.stdout.contains("升级0件"))
    }

    @Test func aMediationSessionAndAnAgreementCloseTheDispute() throws {
        let shequ = try workspace()
        #expect(try shequ.run("disputes", "assign", "LS-D-002", "--mediator", "m1", "--name", "周某", "--kind", "peoples_mediator",
                              "--by", "龙池社区人民调解委员会", "--at", "2025-06-04").status == 0)
        let stranger = try shequ.run("disputes", "session", "LS-D-002", "--id", "S1", "--date", "2025-06-05", "--place", "调解室",
                                     "--mediator", "m9", "--summary", "调解")
        #expect(stranger.status == 1)
        #expect(stranger.stderr.contains("m9"))
        #expect(try shequ.run("disputes", "session", "LS-D-002", "--id", "S1", "--date", "2025-06-05", "--place", "调解室",
                              "--mediator", "m1", "--summary", "双方同意分担").status == 0)
        let missing = try shequ.run("disputes", "resolve", "LS-D-002", "--outcome", "mediation_agreement", "--by", "调委会", "--at", "2025-06-06")
        #expect(missing.status == 1)
        #expect(try shequ.run("disputes", "resolve", "LS-D-002", "--outcome", "mediation_agreement", "--agreement", "各承担一半",
                              "--by", "调委会", "--at", "2025-06-06").status == 0)
        let listed = try shequ.run("disputes", "list", "--open")
        #expect(!listed.stdout.contains("LS-D-002"))
        #expect(try shequ.run("disputes", "show", "LS-D-002").stdout.contains("结果：达成调解协议：各承担一半"))
    }

    @Test func theCountyLuaRuleUsesItsLadderAndSendsLandDisputesToTheTownship() throws {
        let shequ = try workspace()
        let result = try shequ.run("disputes", "escalate", "--now", "2025-06-09T12:00", "--plugin", Self.plugin, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: report.map { ($0["dispute_id"] as? String ?? "", $0) })
        #expect(byID["LS-D-001"]?["rule"] as? String == "xinyang.luoshan.governance")
        let land = try #require(byID["LS-D-003"]?["escalations"] as? [[String: Any]])
        #expect(land.count == 1)
        #expect((land[0]["to"] as? [String: Any])?["level"] as? String == "township")
        #expect(byID["LS-D-002"] == nil, "community mediation has 7 days on the Luoshan ladder")
        let held = try holdings(shequ, "LS-D-001", now: "2025-06-09T12:00")
        #expect(held.first?["seconds"] as? Double == 259_200.0)
    }

    @Test func aBadIntakeFileNamesFileLineAndFieldAndWritesNothing() throws {
        let shequ = try ShequProcess()
        #expect(try shequ.run("init").status == 0)
        let header = "id,parties,category,description,community_code,channel,received_at,received_by,unit\n"
        let file = try shequ.write("disputes.csv", header
            + "D1,张某:applicant;李某:respondent,neighbours,漏水,411521001001,hotline,2025-06-01,热线,第一网格\n"
            + "D2,张某:boss,neighbours,漏水,411521001001,hotline,2025-06-01,热线,第一网格\n")
        let result = try shequ.run("disputes", "import", file)
        #expect(result.status == 1)
        #expect(result.stderr.contains("disputes.csv:3: column 2 (parties):"))
        let time = try shequ.write("time.csv", header + "D1,张某,neighbours,漏水,411521001001,hotline,六月一日,热线,第一网格\n")
        let bad = try shequ.run("disputes", "import", time)
        #expect(bad.stderr.contains("time.csv:2: column 7 (received_at):"))
        #expect(try shequ.run("disputes", "list").stdout.contains("没有纠纷记录"))
    }

    @Test func aLevelPassesADisputeUpByHandAndNamedHoldersTakeIt() throws {
        let shequ = try workspace()
        let passed = try shequ.run("disputes", "escalate", "LS-D-004", "--to", "township", "--holder", "township=龙山街道综治中心",
                                   "--reason", "物业公司拒绝调解", "--by", "龙山街道第一网格", "--now", "2025-06-07T10:00")
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(passed.stdout.contains("龙山街道第一网格 → 龙山街道综治中心（物业公司拒绝调解）"))
        let down = try shequ.run("disputes", "escalate", "LS-D-004", "--to", "grid_worker", "--reason", "退回", "--by", "街道", "--now", "2025-06-08")
        #expect(down.status == 1)
        #expect(down.stderr.contains("escalation only goes up the ladder"))
        let timedOut = try shequ.run("disputes", "escalate", "LS-D-004", "--holder", "county=罗山县矛盾纠纷调处化解中心", "--now", "2025-06-15")
        #expect(timedOut.stdout.contains("龙山街道综治中心 → 罗山县矛盾纠纷调处化解中心"))
        let held = try holdings(shequ, "LS-D-004", now: "2025-06-15")
        #expect(held.map { $0["end"] as? String } == ["escalated", "timed_out", nil])
    }
}
