import Foundation

/// A hand-over of a work order from one responsible unit to another (转办, Art. 15).
public struct HotlineTransfer: Sendable, Hashable, Codable {
    /// The unit that held the order, `nil` if none had it yet.
    public var fromUnit: String?
    /// The unit that receives it.
    public var toUnit: String
    /// When it was handed over.
    public var at: Date
    /// Who decided the hand-over.
    public var by: String
    /// Why, e.g. `属区城管局职责`.
    public var reason: String

    /// Creates a transfer record.
    public init(fromUnit: String?, toUnit: String, at: Date, by: String, reason: String) {
        self.fromUnit = fromUnit
        self.toUnit = toUnit
        self.at = at
        self.by = by
        self.reason = reason
    }
}
