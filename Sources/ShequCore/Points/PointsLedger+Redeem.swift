extension PointsLedger {
    /// Exchanges points for items: appends a redemption entry of minus the cost and
    /// takes the items from stock. A redemption never takes a balance below zero —
    /// neither the subject's nor, for a resident, their household's (which includes
    /// the resident's points, so the same points cannot be spent twice). Redeeming with
    /// an id already used changes nothing.
    ///
    /// ```swift
    /// let receipt = try ledger.redeeming(Redemption(id: "r-1", subject: .household("h-1"),
    ///                                               itemID: "soap", on: today), in: shop)
    /// receipt.entry.points   // -10
    /// ```
    ///
    /// A resident pays together with their own household: the one the register gives (the
    /// caller passes it as ``Redemption/household``) and the one the resident's ledger entries
    /// were counted in must agree.
    ///
    /// - Throws: ``LedgerError`` for a resident whose household is unknown or not their own, an
    ///   unknown item, a bad quantity, too little stock, a cost beyond any balance or too few points.
    public func redeeming(_ redemption: Redemption, in shop: PointsShop) throws(LedgerError) -> RedemptionReceipt {
        let entryID = "redemption:\(redemption.id)"
        if let existing = entry(entryID) {
            return RedemptionReceipt(ledger: self, shop: shop, entry: existing, alreadyApplied: true)
        }
        // The payer is the resident's own household: naming another would take points from a household
        // that never earned them while the resident's own household could spend the same points again.
        var payer = redemption.household
        if redemption.subject.type == .resident {
            let recorded = recordedHousehold(of: redemption.subject)
            guard let household = redemption.household ?? recorded else {
                throw .unknownHousehold(resident: redemption.subject)
            }
            if let recorded, recorded != household {
                throw .notOwnHousehold(resident: redemption.subject, given: household, own: recorded)
            }
            payer = household
        }
        guard let item = shop.items[redemption.itemID] else { throw .unknownItem(redemption.itemID) }
        guard redemption.quantity >= 1 else { throw .invalidQuantity(redemption.quantity) }
        guard item.stock >= redemption.quantity else {
            throw .outOfStock(item: item.id, stock: item.stock, requested: redemption.quantity)
        }
        // Stock set before shop bounds existed may be anything: the cost is checked, never trapped on.
        let (cost, overflow) = item.price.multipliedReportingOverflow(by: redemption.quantity)
        guard !overflow, cost <= Int(Int32.max) else {
            throw .costTooLarge(item: item.id, price: item.price, quantity: redemption.quantity)
        }
        var affected = [redemption.subject]
        if redemption.subject.type == .resident, let payer { affected.append(.household(payer)) }
        for subject in affected {
            let balance = balance(of: subject)
            guard balance >= cost else { throw .insufficientPoints(subject: subject, balance: balance, cost: cost) }
        }
        var next = self
        let entry = next.append { sequence in
            LedgerEntry(id: entryID, sequence: sequence, kind: .redemption, subject: redemption.subject,
                        household: payer, community: shop.community, points: -cost,
                        on: redemption.on, recordedOn: redemption.on, redemption: redemption,
                        explanation: "在积分超市兑换\(item.name)×\(redemption.quantity)，使用\(cost)分")
        }
        return RedemptionReceipt(ledger: next, shop: shop.taking(redemption.quantity, of: item.id), entry: entry,
                                 alreadyApplied: false)
    }
}

extension PointsLedger {
    /// The household a resident's own entries were counted in, as the ledger recorded it
    /// (`nil` for a resident with no entry that names one).
    public func recordedHousehold(of resident: PointsSubject) -> String? {
        ownEntries(of: resident).lazy.compactMap(\.household).last
    }
}
