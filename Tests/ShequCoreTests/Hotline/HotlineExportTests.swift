import Foundation
import Testing
@testable import ShequCore

@Suite("Hotline sharing with governance, petitions, cyberspace and justice systems")
struct HotlineExportTests {
    let exporter = HotlineExporter(legalServiceCodePrefixes: ["08"])
    let caller = HotlineCaller(name: "张小明", phone: "13812345678")

    var requests: [HotlineRequest] {
        [
            HotlineFixture.request("H-1", type: .complaint, channel: .phone, address: "胜利路 12 号 3 单元", at: "2026-03-01 09:00", caller: caller),
            HotlineFixture.request("H-2", type: .enquiry, channel: .wechat, at: "2026-03-01 10:00", caller: caller),
            HotlineFixture.request("H-3", code: "0801", name: "邻里纠纷", type: .help, channel: .web, at: "2026-03-01 11:00", caller: caller),
        ]
    }

    @Test func eachTargetGetsTheRequestsThatConcernIt() {
        #expect(exporter.records(for: .comprehensiveGovernance, from: requests).count == 3)
        #expect(exporter.records(for: .petitions, from: requests).map { $0.values[.requestID] } == ["H-1", "H-3"])
        #expect(exporter.records(for: .cyberspace, from: requests).map { $0.values[.requestID] } == ["H-2", "H-3"])
        #expect(exporter.records(for: .justice, from: requests).map { $0.values[.requestID] } == ["H-3"])
    }

    @Test func personalDataIsMaskedOrLeftOut() throws {
        let petition = try #require(exporter.records(for: .petitions, from: requests).first)
        #expect(petition.values[.callerName] == "张**")
        #expect(petition.values[.callerPhone] == "138****5678")
        #expect(petition.values[.address] == "胜利路****")

        let governance = try #require(exporter.records(for: .comprehensiveGovernance, from: requests).first)
        #expect(governance.values[.callerName] == "张**")
        #expect(governance.values[.address] == "胜利路 12 号 3 单元")

        for record in exporter.records(for: .cyberspace, from: requests) {
            #expect(record.values[.callerName] == nil)
            #expect(record.values[.callerPhone] == nil)
            #expect(record.values[.address] == nil)
        }
    }

    @Test func rowsFollowTheTargetsColumns() throws {
        let table = exporter.table(for: .justice, from: requests)
        #expect(table.headings == ["工单编号", "分类编码", "诉求分类", "诉求类型", "诉求内容", "地址", "社区", "网格", "来电人", "联系电话", "受理时间", "工单状态"])
        #expect(table.rows == [["H-3", "0801", "邻里纠纷", "求助", "描述H-3", "胜利路****", "411502001001", "", "张**", "138****5678", "2026-03-01T11:00:00+08:00", "已受理"]])
    }

    @Test func recordsEncodeAsObjectsKeyedByField() throws {
        let record = try #require(exporter.records(for: .cyberspace, from: requests).first)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any])
        let values = try #require(object["values"] as? [String: String])
        #expect(object["target"] as? String == "cyberspace")
        #expect(values["request_id"] == "H-2")
        #expect(values["channel"] == "微信")
    }
}
