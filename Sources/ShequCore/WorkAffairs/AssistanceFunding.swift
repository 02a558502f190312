import Foundation

/// The funding an assigning unit provides with assistance work (相应的经费, Art. 40 ¶2).
///
/// ```swift
/// let funding = AssistanceFunding(amount: 12_000, source: "县财政专项资金")
/// ```
public struct AssistanceFunding: Sendable, Hashable, Codable {
    /// The amount in yuan (元).
    public var amount: Decimal
    /// Where the money comes from, e.g. `县财政专项资金`.
    public var source: String

    /// Creates a funding statement.
    public init(amount: Decimal, source: String) {
        self.amount = amount
        self.source = source
    }

    /// True when the amount is positive and the source is named.
    public var isStated: Bool { amount > 0 && !source.isBlank }
}
