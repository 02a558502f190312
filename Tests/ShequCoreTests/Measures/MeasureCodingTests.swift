import Foundation
import Testing
@testable import ShequCore

@Suite("Measures, topics and kinds as plugins write them")
struct MeasureCodingTests {
    @Test("kinds have stable snake_case names and a direction")
    func kinds() {
        #expect(MeasureKind.allCases.map(\.rawValue) == [
            "award_points", "commendation", "honour", "priority", "deduct_points", "criticism_education", "notice",
            "rectification_request", "suspension",
        ])
        #expect(MeasureKind.allCases.filter(\.isIncentive).count == 4)
        #expect(MeasureKind.allCases.filter(\.movesPoints) == [.awardPoints, .deductPoints])
    }

    @Test("topics: the five of Art. 30 and local ones", arguments: [
        ("respect_elderly", "尊老爱幼"), ("wedding_funeral_customs", "婚丧礼俗"), ("banquet_spending", "餐饮消费"),
        ("dog_keeping", "文明养犬"), ("living_environment", "人居环境"), ("volunteer_service", "志愿服务"),
        ("river_patrol", "本地事项（river_patrol）"),
    ])
    func topics(raw: String, chinese: String) throws {
        let topic = try #require(MeasureTopic(rawValue: raw))
        #expect(topic.rawValue == raw && topic.chineseName == chinese)
    }

    @Test("a local topic must be a snake_case identifier", arguments: ["", "Dog", "尊老爱幼", "9lives", "a-b"])
    func badTopic(_ raw: String) {
        #expect(MeasureTopic(rawValue: raw) == nil)
    }

    @Test("every action encodes and decodes back")
    func roundTrip() throws {
        let actions: [MeasureAction] = [
            .awardPoints(5), .commendation, .honour("文明家庭"), .priority(benefit: "健康体检优先报名"), .deductPoints(2),
            .criticismEducation, .notice, .rectificationRequest(.cleanUp), .suspension(award: "年度文明家庭评选", months: 12),
            .suspension(award: "好媳妇评选", months: nil),
        ]
        for action in actions {
            let measure = Measure(action: action, topic: .livingEnvironment, article: ArticleReference(number: 8),
                                  reason: "理由", subject: .household("h-1"))
            let data = try JSONEncoder().encode(measure)
            #expect(try JSONDecoder().decode(Measure.self, from: data) == measure)
        }
    }

    @Test("decoding a forbidden kind fails with the reason")
    func decodeForbidden() {
        let json = #"{ "kind": "fine", "points": 200, "topic": "dog_keeping", "article": "第七条", "reason": "x" }"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Measure.self, from: Data(json.utf8)) }
    }

    @Test("plain values keep every field a script returned")
    func plainValues() throws {
        let json = #"{ "kind": "deduct_points", "points": 2, "extra": { "list": [1, 2.5, "x", true, null] } }"#
        let proposal = try JSONDecoder().decode(MeasureProposal.self, from: Data(json.utf8))
        #expect(proposal.kind == "deduct_points")
        #expect(proposal.fields["extra"]?["list"] == .list([.integer(1), .number(2.5), .string("x"), .bool(true), .null]))
        #expect(PlainValue.number(3.0).integerValue == 3)
        #expect(PlainValue.number(3.5).integerValue == nil)
    }
}
