import Foundation
import Testing
@testable import ShequCore

@Suite("The points ledger")
struct PointsLedgerTests {
    let today = Fixtures.day("2025-07-01")

    /// r-1 (of h-1) cares for an elder (+5), h-1 over-spends on a banquet (-6 and criticism),
    /// r-2 (of h-2) volunteers in September (+6).
    func ledger() throws -> PointsLedger {
        let events: [(event: BehaviourEvent, proposals: [MeasureProposal])] = [
            (Fixtures.event("e-1", on: "2025-06-03", subject: .resident("r-1"), household: "h-1"),
             [Fixtures.proposal("award_points", points: 5, reason: "照料孤寡、空巢老人，奖励5分")]),
            (Fixtures.event("e-2", on: "2025-06-20", subject: .household("h-1"), kind: "banquet"),
             [Fixtures.proposal("deduct_points", points: 6, topic: "banquet_spending", article: "第六条", reason: "宴席13桌，超出上限3桌，扣6分"),
              Fixtures.proposal("criticism_education", topic: "banquet_spending", article: "第六条", reason: "大操大办，予以批评教育")]),
            (Fixtures.event("e-3", on: "2025-09-05", subject: .resident("r-2"), household: "h-2", kind: "volunteer_service"),
             [Fixtures.proposal("award_points", points: 6, topic: "volunteer_service", article: "第九条", reason: "参加志愿服务3小时，奖励6分")]),
        ]
        return PointsLedger().run(events, convention: try Fixtures.villageRules(), bounds: try Fixtures.bounds(),
                                  recordedOn: today).ledger
    }

    @Test("each entry names subject, points, event, measure, convention version, article, plugin and a Chinese explanation")
    func entries() throws {
        let l = try ledger()
        #expect(l.entries.map(\.id) == ["e-1#1", "e-2#1", "e-2#2", "e-3#1"])
        let entry = l.entries[1]
        #expect(entry.subject == .household("h-1") && entry.points == -6 && entry.eventID == "e-2")
        #expect(entry.measure?.kind == .deductPoints && entry.article == ArticleReference(number: 6))
        #expect(entry.convention == ConventionVersionReference(convention: Fixtures.conventionID, version: 1))
        #expect(l.entries[3].convention?.version == 2)
        #expect(entry.plugin == Fixtures.plugin && entry.explanation == "宴席13桌，超出上限3桌，扣6分")
        #expect(l.entries.map(\.sequence) == [1, 2, 3, 4])
        #expect(l.entries[2].points == 0)   // criticism is recorded but moves no points
    }

    @Test("a ledger restored from its entries, events and appeals is the same ledger")
    func restore() throws {
        var l = try ledger()
        l = try l.filing(Appeal(id: "a-1", entryID: "e-2#1", appellant: .household("h-1"), filedOn: today, grounds: "x"))
        l = try l.deciding("a-1", AppealDecision(reviewer: "r", decidedOn: today, outcome: .overturned, reason: "x")).ledger
        let restored = PointsLedger(entries: l.entries, appliedEvents: l.appliedEvents, appeals: l.appeals)
        #expect(restored == l)
        #expect(restored.reversal(of: "e-2#1")?.id == "reversal:e-2#1")
        #expect(restored.balance(of: .household("h-1")) == 5)
        let decoded = try JSONDecoder().decode(PointsLedger.self, from: JSONEncoder().encode(l))
        #expect(decoded == l)
    }

    @Test("balances per resident and per household (members included)")
    func balances() throws {
        let l = try ledger()
        #expect(l.balance(of: .resident("r-1")) == 5)
        #expect(l.balance(of: .household("h-1")) == -1)
        #expect(l.balance(of: .household("h-2")) == 6)
        #expect(l.balances() == [.resident("r-1"): 5, .household("h-1"): -1, .resident("r-2"): 6, .household("h-2"): 6])
    }

    @Test("totals per period and per community")
    func totals() throws {
        let l = try ledger()
        let june = l.totals(in: .month(containing: Fixtures.day("2025-06-15")), community: Fixtures.village)
        #expect(june.awarded == 5 && june.deducted == 6 && june.net == -1 && june.entryCount == 3)
        #expect(l.totals(in: .year(containing: today)).net == 5)
        #expect(l.totals(in: .year(containing: today), community: CommunityID("411522100202")).entryCount == 0)
    }

    @Test("re-applying events by id changes no balance")
    func idempotent() throws {
        let l = try ledger()
        let again = EventEvaluation.evaluate(Fixtures.event("e-1", on: "2025-06-03", subject: .resident("r-1"), household: "h-1"),
                                             proposals: [Fixtures.proposal("award_points", points: 9)],
                                             convention: try Fixtures.villageRules(), bounds: try Fixtures.bounds(), ledger: l)
        let receipt = l.applying(again, recordedOn: today)
        #expect(receipt.alreadyApplied && receipt.appended.isEmpty)
        #expect(receipt.ledger == l)
        #expect(receipt.ledger.balances() == l.balances())
    }

    @Test("an appeal overturned restores the balance with a reversal entry; the original stays")
    func overturn() throws {
        var l = try ledger()
        l = try l.filing(Appeal(id: "a-1", entryID: "e-2#1", appellant: .household("h-1"),
                                filedOn: Fixtures.day("2025-06-25"), grounds: "当天只有9桌"))
        #expect(l.explain(.household("h-1")).lines[1].status == "申诉中")
        let outcome = try l.deciding("a-1", AppealDecision(reviewer: "村务监督委员会", decidedOn: Fixtures.day("2025-06-30"),
                                                           outcome: .overturned, reason: "经核实宴席为9桌，未超过上限"))
        l = outcome.ledger
        #expect(outcome.reversal?.points == 6 && outcome.reversal?.reverses == "e-2#1")
        #expect(l.balance(of: .household("h-1")) == 5)
        #expect(l.entry("e-2#1")?.points == -6)
        #expect(outcome.record.decision?.outcome == .overturned && outcome.record.reversalEntryID == "reversal:e-2#1")
        #expect(outcome.reversal?.explanation.contains("退回6分") == true)
        // Overturned once is final.
        #expect(throws: LedgerError.alreadyReversed(entryID: "e-2#1")) {
            try l.filing(Appeal(id: "a-2", entryID: "e-2#1", appellant: .household("h-1"), filedOn: today, grounds: "x"))
        }
        #expect(throws: LedgerError.alreadyDecided("a-1")) {
            try l.deciding("a-1", AppealDecision(reviewer: "x", decidedOn: today, outcome: .upheld, reason: "x"))
        }
        // The overturned deduction no longer counts toward a per-period bound.
        #expect(l.points(of: .household("h-1"), kind: .deductPoints, plugin: Fixtures.plugin,
                         in: .month(containing: Fixtures.day("2025-06-01"))) == 0)
    }

    @Test("an upheld appeal changes nothing but is recorded")
    func upheld() throws {
        let l = try ledger()
        let filed = try l.filing(Appeal(id: "a-1", entryID: "e-2#1", appellant: .household("h-1"),
                                        filedOn: Fixtures.day("2025-06-25"), grounds: "x"))
        let outcome = try filed.deciding("a-1", AppealDecision(reviewer: "村务监督委员会", decidedOn: Fixtures.day("2025-06-30"),
                                                               outcome: .upheld, reason: "经核实宴席为13桌"))
        #expect(outcome.reversal == nil && outcome.ledger.entries == l.entries)
        #expect(outcome.ledger.appeals.first?.decision?.reason == "经核实宴席为13桌")
    }

    @Test("appeals are refused when they cannot stand", arguments: ["stranger", "open", "redemption", "unknown", "early"])
    func badAppeals(_ which: String) throws {
        var l = try ledger()
        let appeal = Appeal(id: "a-1", entryID: "e-2#1", appellant: .household("h-1"), filedOn: today, grounds: "x")
        switch which {
        case "stranger":
            #expect(throws: LedgerError.notConcerned(appellant: .household("h-2"), entryID: "e-2#1")) {
                try l.filing(Appeal(id: "a-1", entryID: "e-2#1", appellant: .household("h-2"), filedOn: today, grounds: "x"))
            }
        case "open":
            l = try l.filing(appeal)
            #expect(throws: LedgerError.appealOpen(appealID: "a-1", entryID: "e-2#1")) {
                try l.filing(Appeal(id: "a-2", entryID: "e-2#1", appellant: .household("h-1"), filedOn: today, grounds: "y"))
            }
        case "redemption":
            let shop = try PointsShop(community: Fixtures.village).stocking(ShopItem(id: "soap", name: "洗衣皂", price: 2, stock: 5))
            l = try l.redeeming(Redemption(id: "x-1", subject: .resident("r-2"), household: "h-2", itemID: "soap", on: today), in: shop).ledger
            #expect(throws: LedgerError.notAppealable(entryID: "redemption:x-1", kind: .redemption)) {
                try l.filing(Appeal(id: "a-9", entryID: "redemption:x-1", appellant: .resident("r-2"), filedOn: today, grounds: "x"))
            }
        case "unknown":
            #expect(throws: LedgerError.unknownEntry("e-9#1")) {
                try l.filing(Appeal(id: "a-1", entryID: "e-9#1", appellant: .household("h-1"), filedOn: today, grounds: "x"))
            }
        default:
            #expect(throws: LedgerError.self) {
                try l.filing(Appeal(id: "a-1", entryID: "e-2#1", appellant: .household("h-1"),
                                    filedOn: Fixtures.day("2025-06-01"), grounds: "x"))
            }
        }
    }

    @Test("a redemption is an entry that never takes a balance below zero")
    func redemption() throws {
        let l = try ledger()
        var shop = try PointsShop(community: Fixtures.village).stocking(ShopItem(id: "soap", name: "洗衣皂", price: 4, stock: 1))
        shop = try shop.stocking(ShopItem(id: "oil", name: "食用油", price: 6, stock: 10))
        // r-2 has 6: one bottle of oil, then nothing more.
        let first = try l.redeeming(Redemption(id: "x-1", subject: .resident("r-2"), household: "h-2", itemID: "oil", on: today), in: shop)
        #expect(first.entry.points == -6 && first.entry.kind == .redemption)
        #expect(first.ledger.balance(of: .resident("r-2")) == 0)
        #expect(first.shop.items["oil"]?.stock == 9)
        #expect(first.entry.explanation == "在积分超市兑换食用油×1，使用6分")
        #expect(throws: LedgerError.insufficientPoints(subject: .resident("r-2"), balance: 0, cost: 6)) {
            try first.ledger.redeeming(Redemption(id: "x-2", subject: .resident("r-2"), household: "h-2", itemID: "oil", on: today), in: first.shop)
        }
        // The household cannot spend its member's points a second time.
        #expect(throws: LedgerError.insufficientPoints(subject: .household("h-2"), balance: 0, cost: 4)) {
            try first.ledger.redeeming(Redemption(id: "x-3", subject: .household("h-2"), itemID: "soap", on: today), in: first.shop)
        }
        // r-1 has 5 but household h-1 has -1 after the banquet: the household would go negative.
        #expect(throws: LedgerError.insufficientPoints(subject: .household("h-1"), balance: -1, cost: 4)) {
            try l.redeeming(Redemption(id: "x-4", subject: .resident("r-1"), household: "h-1", itemID: "soap", on: today), in: shop)
        }
        // Redeeming the same id again changes nothing.
        let repeated = try first.ledger.redeeming(Redemption(id: "x-1", subject: .resident("r-2"), household: "h-2", itemID: "oil", on: today), in: first.shop)
        #expect(repeated.alreadyApplied && repeated.ledger == first.ledger && repeated.shop == first.shop)
    }

    @Test("the shop refuses unknown items, bad quantities, missing stock and bad prices")
    func shopErrors() throws {
        let l = try ledger()
        let shop = try PointsShop(community: Fixtures.village).stocking(ShopItem(id: "soap", name: "洗衣皂", price: 1, stock: 1))
        #expect(throws: LedgerError.unknownItem("tv")) {
            try l.redeeming(Redemption(id: "x", subject: .resident("r-2"), itemID: "tv", on: today), in: shop)
        }
        #expect(throws: LedgerError.invalidQuantity(0)) {
            try l.redeeming(Redemption(id: "x", subject: .resident("r-2"), itemID: "soap", quantity: 0, on: today), in: shop)
        }
        #expect(throws: LedgerError.outOfStock(item: "soap", stock: 1, requested: 2)) {
            try l.redeeming(Redemption(id: "x", subject: .resident("r-2"), itemID: "soap", quantity: 2, on: today), in: shop)
        }
        #expect(throws: LedgerError.invalidItem(id: "free", field: "price", value: 0)) {
            try shop.stocking(ShopItem(id: "free", name: "赠品", price: 0, stock: 1))
        }
        #expect(throws: LedgerError.invalidItem(id: "gold", field: "price", value: ShopItem.maximumPrice + 1)) {
            try shop.stocking(ShopItem(id: "gold", name: "金条", price: ShopItem.maximumPrice + 1, stock: 1))
        }
        #expect(throws: LedgerError.invalidItem(id: "rice", field: "stock", value: .max)) {
            try shop.stocking(ShopItem(id: "rice", name: "大米", price: 1, stock: .max))
        }
    }

    @Test("a resident redeems only with their own household")
    func ownHousehold() throws {
        let l = try ledger()
        let shop = try PointsShop(community: Fixtures.village).stocking(ShopItem(id: "oil", name: "食用油", price: 1, stock: 10))
        #expect(l.recordedHousehold(of: .resident("r-2")) == "h-2")
        // r-2's points were counted in h-2: spending them with h-1 would let h-2 spend them again.
        #expect(throws: LedgerError.notOwnHousehold(resident: .resident("r-2"), given: "h-1", own: "h-2")) {
            try l.redeeming(Redemption(id: "x", subject: .resident("r-2"), household: "h-1", itemID: "oil", on: today), in: shop)
        }
        // Without a household given, the one the ledger recorded pays.
        let receipt = try l.redeeming(Redemption(id: "y", subject: .resident("r-2"), itemID: "oil", on: today), in: shop)
        #expect(receipt.entry.points == -1)
        #expect(throws: LedgerError.unknownHousehold(resident: .resident("r-9"))) {
            try l.redeeming(Redemption(id: "z", subject: .resident("r-9"), itemID: "oil", on: today), in: shop)
        }
    }

    @Test("a cost beyond any balance is refused, also for stock stored before the shop's bounds")
    func costOverflow() throws {
        let l = try ledger()
        // Built without stocking(_:), as a shop read back from an older workspace may be.
        let shop = PointsShop(community: Fixtures.village, items: [ShopItem(id: "oil", name: "食用油", price: 10, stock: .max)])
        #expect(throws: LedgerError.costTooLarge(item: "oil", price: 10, quantity: .max / 5)) {
            try l.redeeming(Redemption(id: "x", subject: .resident("r-2"), itemID: "oil", quantity: .max / 5, on: today), in: shop)
        }
        #expect(LedgerError.costTooLarge(item: "oil", price: 10, quantity: 3).description.hasPrefix("兑换所需积分超出范围"))
    }

    @Test("explain lists every entry with reason, rule and legal basis, in Chinese")
    func explain() throws {
        var l = try ledger()
        l = try l.filing(Appeal(id: "a-1", entryID: "e-2#1", appellant: .household("h-1"), filedOn: Fixtures.day("2025-06-25"), grounds: "x"))
        l = try l.deciding("a-1", AppealDecision(reviewer: "村务监督委员会", decidedOn: Fixtures.day("2025-06-30"),
                                                 outcome: .overturned, reason: "经核实宴席为9桌")).ledger
        let explanation = l.explain(.household("h-1"), conventions: [try Fixtures.villageRules()])
        #expect(explanation.balance == 5)
        #expect(explanation.lines.map(\.action) == ["奖励积分", "扣减积分", "批评教育", "申诉撤销"])
        #expect(explanation.lines[1].status == "已撤销")
        #expect(explanation.lines[1].rule == "《某村村规民约》第1版 第六条（餐饮消费）")
        #expect(explanation.lines[1].legalBasis == ["《信阳市城乡社区治理促进条例》第三十条", "《中华人民共和国村民委员会组织法》第二十七条"])
        let text = explanation.text
        #expect(text.hasPrefix("户 h-1 积分明细（当前余额：5分）"))
        #expect(text.contains("2. 2025年6月20日 扣减积分 -6分（已撤销）\n   原因：宴席13桌，超出上限3桌，扣6分"))
        #expect(text.contains("规则程序：xinyang.guangshan.points@1.0.0"))
        // The household's explanation names the member an entry is about.
        #expect(explanation.lines[0].member == "居民 r-1" && explanation.lines[1].member == nil)
        #expect(text.contains("1. 2025年6月3日 奖励积分 +5分\n   对象：居民 r-1\n   原因：照料孤寡、空巢老人，奖励5分"))
        #expect(l.explain(.resident("r-1")).lines.map(\.member) == [nil])
        #expect(PointsLedger().explain(.resident("nobody")).text.contains("暂无记录"))
    }
}
