import Foundation
import Testing
@testable import ShequCore

@Suite("Service support: lifecycles, masking, tables")
struct ServiceSupportTests {
    @Test func refusedStepNamesAllowedOnes() throws {
        let error = try #require(throws: LifecycleTransitionError.self) {
            try HotlineStatus.received.checkTransition(to: .visited, record: "工单 H-1")
        }
        #expect(error.description == "工单 H-1: cannot go from 已受理 to 已回访; allowed next: 已派单, 已办结, 无效工单")
    }

    @Test func finalStateSaysSo() throws {
        let error = try #require(throws: LifecycleTransitionError.self) {
            try HotlineStatus.closed.checkTransition(to: .inProgress, record: "工单 H-2")
        }
        #expect(error.allowed.isEmpty)
        #expect(error.description.contains("已归档 is final"))
    }

    @Test func chineseNamesReadBack() {
        #expect(HotlineRequestType(chineseName: "投诉") == .complaint)
        #expect(HotlineChannel(chineseName: "110转办") == .transferFrom110)
        #expect(FacilityRemedy(chineseName: "置换") == .swap)
        #expect(HotlineRequestType(chineseName: "complaint") == nil)
    }

    @Test func masking() {
        #expect(PersonalDataMask.name("张小明") == "张**")
        #expect(PersonalDataMask.name("李") == "李*")
        #expect(PersonalDataMask.phone("138 1234 5678") == "138****5678")
        #expect(PersonalDataMask.phone("12345") == "*****")
        #expect(PersonalDataMask.address("浉河区民权街道胜利路 12 号 3 单元") == "浉河区民权街道胜利路****")
        #expect(PersonalDataMask.identityNumber("411502199001011234") == "411502********1234")
    }

    @Test func tableAlignsChineseByDisplayWidth() {
        let table = ReportTable(title: "按社区统计", headings: ["社区", "件数"], rows: [["民权社区", "12"], ["ab", "3"]])
        #expect(table.text == """
        按社区统计
        社区      件数
        --------  ----
        民权社区  12
        ab        3

        """)
    }

    @Test func percentages() {
        #expect(ReportTable.percent(0.875) == "87.5%")
        #expect(ReportTable.percent(1) == "100.0%")
        #expect(ReportTable.percent(2.0 / 3.0) == "66.7%")
        #expect(ReportTable.percent(nil) == "—")
    }

    @Test func previousPeriodHasTheSameLength() {
        let march = ReportingPeriod(start: ServiceClock.at("2026-03-01"), end: ServiceClock.at("2026-03-08"))
        #expect(march.previous.start == ServiceClock.at("2026-02-22"))
        #expect(march.previous.end == march.start)
        #expect(march.contains(ServiceClock.at("2026-03-07 23:59")))
        #expect(!march.contains(ServiceClock.at("2026-03-08")))
    }
}
