import Foundation
@testable import ShequCore

enum DisputeFixture {
    static let gridHolder = DisputeHolder(level: .gridWorker, unit: "孙铁铺镇第三网格", handlerID: "w-31")

    /// A neighbours' dispute received by a grid worker on day 0.
    static func dispute(receivedAt: Date = day(0)) throws -> Dispute {
        try Dispute(
            id: "JF-2025-0042",
            parties: [DisputeParty(name: "张某", role: .applicant, residentID: "r-1"), DisputeParty(name: "李某", role: .respondent)],
            category: .neighbours,
            description: "宅基地排水沟走向纠纷",
            place: DisputePlace(communityCode: "411522100201", gridCode: "G03"),
            channel: .gridWorker,
            receivedAt: receivedAt,
            receivedBy: "网格员 陈某",
            firstHolder: gridHolder)
    }

    static let ladder = DisputeLadder.fourLevelsSevenDays(countyCode: "411522")

    static func assignee(_ level: DisputeLevel) -> DisputeHolder {
        switch level {
        case .gridWorker: gridHolder
        case .communityMediation: DisputeHolder(level: level, unit: "某村人民调解委员会")
        case .township: DisputeHolder(level: level, unit: "孙铁铺镇司法所", townshipBody: .judicialOffice)
        case .county: DisputeHolder(level: level, unit: "光山县矛盾纠纷多元化解中心")
        }
    }
}
