import Foundation
import Testing
@testable import ShequCore

@Suite("Hotline routing: table, deadlines, county hook")
struct HotlineRoutingTests {
    let table = HotlineRoutingTable(
        rules: [
            HotlineRoutingRule(serviceCodePrefix: "03", department: "市城管局", deadlineHours: 72),
            HotlineRoutingRule(serviceCodePrefix: "0301", department: "市生态环境局", deadlineHours: 48),
            HotlineRoutingRule(serviceCodePrefix: "0301", types: [.enquiry], department: "12345热线中心", deadlineHours: 24),
            HotlineRoutingRule(serviceCodePrefix: "05", department: "市住建局", deadlineHours: 120),
        ],
        fallbackDepartment: "12345热线中心", fallbackDeadlineHours: 120
    )

    @Test func longestPrefixWins() {
        let noise = HotlineFixture.request("H-1", code: "030101", at: "2026-03-01 09:00")
        let decision = table.route(noise)
        #expect(decision.department == "市生态环境局")
        #expect(decision.deadlineHours == 48)
        #expect(decision.expectedAt == ServiceClock.at("2026-03-03 09:00"))
        #expect(decision.matchedPrefix == "0301")
        #expect(decision.source == .table)
    }

    @Test func typeSpecificRuleBeatsGeneralOfSamePrefix() {
        let enquiry = HotlineFixture.request("H-2", code: "0301", type: .enquiry, at: "2026-03-01 09:00")
        #expect(table.route(enquiry).department == "12345热线中心")
        #expect(table.route(enquiry).deadlineHours == 24)
    }

    @Test func fallbackWhenNoRuleCovers() {
        let other = HotlineFixture.request("H-3", code: "99", at: "2026-03-01 09:00")
        let decision = table.route(other)
        #expect(decision.department == "12345热线中心")
        #expect(decision.matchedPrefix == nil)
        #expect(decision.expectedAt == ServiceClock.at("2026-03-06 09:00"))
    }

    @Test func hookMayChangeDepartmentAndDeadline() throws {
        let request = HotlineFixture.request("H-4", code: "0302", at: "2026-03-01 09:00")
        let decision = try table.decision(
            for: request, hookResult: HotlineRoutingHookResult(department: "市住建局", deadlineHours: 24, reason: "涉及物业"),
            source: "xinyang.shihe.routing"
        )
        #expect(decision.department == "市住建局")
        #expect(decision.deadlineHours == 24)
        #expect(decision.expectedAt == ServiceClock.at("2026-03-02 09:00"))
        #expect(decision.source == .hook)
        #expect(decision.reason == "涉及物业")
    }

    @Test func emptyHookResultKeepsTheTable() throws {
        let request = HotlineFixture.request("H-5", code: "0302", at: "2026-03-01 09:00")
        #expect(try table.decision(for: request, hookResult: nil, source: "p") == table.route(request))
        #expect(try table.decision(for: request, hookResult: HotlineRoutingHookResult(reason: "x"), source: "p") == table.route(request))
    }

    @Test func hookMayNotInventDepartments() throws {
        let request = HotlineFixture.request("H-6", code: "0302", at: "2026-03-01 09:00")
        let error = try #require(throws: HotlineRoutingHookError.self) {
            try table.decision(for: request, hookResult: HotlineRoutingHookResult(department: "城管"), source: "xinyang.shihe.routing")
        }
        #expect(error.field == "result.department")
        #expect(error.description.hasPrefix("xinyang.shihe.routing: result.department: '城管' is not a routing department"))
    }

    @Test(arguments: [0, -5, 2161])
    func hookDeadlineMustBeReasonable(hours: Int) throws {
        let request = HotlineFixture.request("H-7", code: "0302", at: "2026-03-01 09:00")
        let error = try #require(throws: HotlineRoutingHookError.self) {
            try table.decision(for: request, hookResult: HotlineRoutingHookResult(deadlineHours: hours), source: "p")
        }
        #expect(error.field == "result.deadline_hours")
    }

    @Test func hookInputUsesLuaFieldNames() throws {
        let request = HotlineFixture.request("H-8", code: "0302", grid: "411502001001-03", at: "2026-03-01 09:00")
        let input = table.hookInput(for: request)
        #expect(input.departments == ["12345热线中心", "市住建局", "市城管局", "市生态环境局"])
        let data = try JSONEncoder().encode(input)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let fields = try #require(object["request"] as? [String: Any])
        #expect(fields["service_code"] as? String == "0302")
        #expect(fields["type"] as? String == "complaint")
        #expect(fields["grid"] as? String == "411502001001-03")
        #expect((fields["requested_at"] as? NSNumber)?.int64Value == Int64(ServiceClock.at("2026-03-01 09:00").timeIntervalSince1970))
        let proposal = try #require(object["proposal"] as? [String: Any])
        #expect(proposal["department"] as? String == "市城管局")
        #expect((proposal["deadline_hours"] as? NSNumber)?.intValue == 72)
        let result = try JSONDecoder().decode(HotlineRoutingHookResult.self, from: Data(#"{"department":"市住建局","deadline_hours":12}"#.utf8))
        #expect(result == HotlineRoutingHookResult(department: "市住建局", deadlineHours: 12))
    }
}
