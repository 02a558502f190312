import Testing
@testable import ShequCore

@Suite("Ledger invariants under random operations")
struct LedgerInvariantTests {
    /// A small deterministic generator, so a failure replays exactly.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test("entries are only appended, redemptions never go below zero, balances add up", arguments: [1, 2, 3] as [UInt64])
    func randomOperations(seed: UInt64) throws {
        var random = Generator(state: seed)
        let c = try Fixtures.villageRules()
        let bounds = try Fixtures.bounds()
        var shop = try PointsShop(community: Fixtures.village).stocking(ShopItem(id: "soap", name: "洗衣皂", price: 3, stock: 1000))
        var ledger = PointsLedger()
        let residents = (0..<6).map { (resident: "r-\($0)", household: "h-\($0 % 3)") }
        for step in 0..<400 {
            let before = ledger.entries
            let who = residents[random.next(residents.count)]
            switch random.next(4) {
            case 0, 1:
                let event = Fixtures.event("e-\(random.next(120))", on: "2025-06-\(10 + random.next(19))",
                                           subject: .resident(who.resident), household: who.household)
                let proposal = random.next(2) == 0
                    ? Fixtures.proposal("award_points", points: 1 + random.next(10))
                    : Fixtures.proposal("deduct_points", points: 1 + random.next(10), topic: "dog_keeping", article: "第七条", reason: "遛狗不牵绳")
                ledger = ledger.run([(event, [proposal])], convention: c, bounds: bounds, recordedOn: Fixtures.day("2025-07-01")).ledger
            case 2:
                let subject: PointsSubject = random.next(2) == 0 ? .resident(who.resident) : .household(who.household)
                let redemption = Redemption(id: "x-\(step)", subject: subject, household: who.household, itemID: "soap",
                                            quantity: 1 + random.next(3), on: Fixtures.day("2025-07-01"))
                if let receipt = try? ledger.redeeming(redemption, in: shop) {
                    ledger = receipt.ledger
                    shop = receipt.shop
                    #expect(ledger.balance(of: subject) >= 0)
                    #expect(ledger.balance(of: .household(who.household)) >= 0)
                }
            default:
                let measures = ledger.entries.filter { $0.kind == .measure && $0.points != 0 }
                guard !measures.isEmpty else { continue }
                let target = measures[random.next(measures.count)]
                let appeal = Appeal(id: "a-\(step)", entryID: target.id, appellant: target.subject,
                                    filedOn: Fixtures.day("2025-07-02"), grounds: "x")
                if let filed = try? ledger.filing(appeal) {
                    let outcome: AppealDecision.Outcome = random.next(2) == 0 ? .upheld : .overturned
                    ledger = try filed.deciding(appeal.id, AppealDecision(reviewer: "r", decidedOn: Fixtures.day("2025-07-03"),
                                                                          outcome: outcome, reason: "x")).ledger
                }
            }
            #expect(Array(ledger.entries.prefix(before.count)) == before, "step \(step) edited an entry")
            #expect(ledger.entries.enumerated().allSatisfy { $0.element.sequence == $0.offset + 1 })
        }
        for (subject, balance) in ledger.balances() {
            #expect(ledger.balance(of: subject) == balance)
        }
        #expect(Set(ledger.entries.compactMap(\.eventID)).isSubset(of: ledger.appliedEvents))
        #expect(ledger.entries.filter { $0.kind == .reversal }.count == Set(ledger.entries.compactMap(\.reverses)).count)
        // The run exercised every operation.
        #expect(ledger.entries.contains { $0.kind == .redemption })
        #expect(ledger.entries.contains { $0.kind == .reversal })
        #expect(ledger.entries.contains { $0.points < 0 && $0.kind == .measure })
    }
}
