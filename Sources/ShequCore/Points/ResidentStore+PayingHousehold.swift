extension ResidentStore {
    /// The household that pays with `subject` in the points shop (积分超市, Art. 30): a
    /// household pays for itself, a resident with the household the register records.
    ///
    /// `claimed` (an operator's `--household`) is accepted only when it is that household;
    /// for a resident the register does not know, it is passed on, and
    /// ``PointsLedger/redeeming(_:in:)`` checks it against the household the resident's
    /// points were counted in.
    ///
    /// ```swift
    /// let household = try await store.payingHousehold(for: .resident("r-1"), claimed: nil)
    /// let redemption = Redemption(id: "r-9", subject: .resident("r-1"), household: household, itemID: "soap", on: today)
    /// ```
    ///
    /// - Throws: ``LedgerError/notOwnHousehold(resident:given:own:)`` when `claimed` is another household.
    public func payingHousehold(for subject: PointsSubject, claimed: String?) async throws -> String? {
        guard subject.type == .resident else { return subject.id }
        guard let registered = try await resident(id: ResidentID(rawValue: subject.id), disclosure: [])?.householdID.rawValue
        else { return claimed }
        if let claimed, claimed != registered {
            throw LedgerError.notOwnHousehold(resident: subject, given: claimed, own: registered)
        }
        return registered
    }
}
