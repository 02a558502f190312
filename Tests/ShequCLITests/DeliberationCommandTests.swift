import Foundation
import Testing

@Suite("shequ deliberation", .serialized)
struct DeliberationCommandTests {
    func topic(_ shequ: ShequProcess, quorum: String = "two-thirds") throws {
        #expect(try shequ.run("init").status == 0)
        var arguments = ["deliberation", "topic", "--id", "T1", "--community", "411521001001", "--title", "停车位划线",
                         "--proposer", "居民代表", "--option", "A:收费", "--option", "B:免费", "--quorum", quorum,
                         "--majority", "absolute", "--at", "2025-04-01"]
        for index in 1...6 { arguments += ["--participant", "p\(index):居民\(index)"] }
        let raised = try ShequProcess.run(arguments, currentDirectory: shequ.directory)
        #expect(raised.status == 0, "\(raised.stderr)")
    }

    func meeting(_ shequ: ShequProcess, _ id: String, attendees: [String]) throws {
        let result = try ShequProcess.run(["deliberation", "meeting", "T1", "--id", id, "--date", "2025-04-10T19:00", "--place", "议事厅"]
                                          + attendees.flatMap { ["--attendee", $0] }, currentDirectory: shequ.directory)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func withoutQuorumTheMeetingDecidesNothing() throws {
        let shequ = try ShequProcess()
        try topic(shequ)
        try meeting(shequ, "M1", attendees: ["p1", "p2", "p3"])
        #expect(try shequ.run("deliberation", "vote", "T1", "--meeting", "M1", "--ballot", "p1:A", "--ballot", "p2:A", "--ballot", "p3:A").status == 0)
        let closed = try shequ.run("deliberation", "close", "T1", "--meeting", "M1", "--at", "2025-04-11")
        #expect(closed.status == 1)
        #expect(closed.stdout.contains("到会要求：应到人数三分之二以上，即至少4人；未达到。"))
        #expect(closed.stdout.contains("到会人数不足"))
    }

    @Test func aVoteWithQuorumAdoptsTheMajorityOptionAndPublishesIt() throws {
        let shequ = try ShequProcess()
        try topic(shequ)
        try meeting(shequ, "M1", attendees: ["p1", "p2", "p3", "p4", "p5"])
        let voted = try shequ.run("deliberation", "vote", "T1", "--meeting", "M1",
                                  "--ballot", "p1:B", "--ballot", "p2:B", "--ballot", "p3:B", "--ballot", "p4:A", "--ballot", "p5:")
        #expect(voted.status == 0, "\(voted.stderr)")
        let twice = try shequ.run("deliberation", "vote", "T1", "--meeting", "M1", "--ballot", "p1:A")
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("duplicate"))
        let closed = try shequ.run("deliberation", "close", "T1", "--meeting", "M1", "--channel", "社区公示栏",
                                   "--follow-up", "F1:施划停车线:物业公司:2025-05-01", "--at", "2025-04-11", "--format", "json")
        #expect(closed.status == 0, "\(closed.stderr)")
        let outcome = try #require(try JSONSerialization.jsonObject(with: Data(closed.stdout.utf8)) as? [String: Any])
        #expect(outcome["result"] as? String == "adopted")
        #expect(outcome["adopted_option_id"] as? String == "B")
        #expect(outcome["quorum_required"] as? Int == 4)
        #expect(outcome["present_count"] as? Int == 5)
        #expect(outcome["votes_required"] as? Int == 3)
        #expect(outcome["abstentions"] as? Int == 1)
        let shown = try shequ.run("deliberation", "show", "T1")
        #expect(shown.stdout.contains("表决规则：实到人数（5人）的过半数同意，即至少3票。"))
        #expect(shown.stdout.contains("公示：社区公示栏"))
        #expect(shown.stdout.contains("后续事项：F1 施划停车线（物业公司）planned"))
        #expect(shown.stdout.contains("votes_counted"))
        #expect(try shequ.run("deliberation", "follow-up", "T1", "F1", "--status", "done", "--at", "2025-04-30").status == 0)
        #expect(try shequ.run("deliberation", "show", "T1").stdout.contains("（物业公司）done"))
        #expect(try shequ.run("deliberation", "list").stdout.contains("已通过「免费」"))
    }
}
