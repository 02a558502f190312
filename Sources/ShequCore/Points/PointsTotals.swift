/// Sums of ledger entries over a period.
public struct PointsTotals: Sendable, Hashable, Codable {
    /// Points awarded by measures.
    public var awarded = 0
    /// Points deducted by measures (a positive number).
    public var deducted = 0
    /// Net change from reversals of overturned entries.
    public var reversed = 0
    /// Points spent in the shop (a positive number).
    public var redeemed = 0
    /// Entries counted.
    public var entryCount = 0

    /// Creates zero totals.
    public init() {}

    /// The net change: awarded − deducted + reversed − redeemed.
    public var net: Int { awarded - deducted + reversed - redeemed }

    mutating func add(_ entry: LedgerEntry) {
        entryCount += 1
        switch entry.kind {
        case .measure:
            if entry.points > 0 { awarded += entry.points } else { deducted -= entry.points }
        case .reversal: reversed += entry.points
        case .redemption: redeemed -= entry.points
        }
    }

    enum CodingKeys: String, CodingKey {
        case awarded, deducted, reversed, redeemed
        case entryCount = "entry_count"
    }
}
