/// Why an appeal or a redemption cannot be recorded in the points ledger.
public enum LedgerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No entry has this id.
    case unknownEntry(String)
    /// Only measure entries can be appealed.
    case notAppealable(entryID: String, kind: LedgerEntry.Kind)
    /// The appellant is neither the entry's subject nor its household.
    case notConcerned(appellant: PointsSubject, entryID: String)
    /// The entry was already overturned.
    case alreadyReversed(entryID: String)
    /// An earlier appeal on the entry is still open.
    case appealOpen(appealID: String, entryID: String)
    /// An appeal id is used twice.
    case duplicateAppeal(String)
    /// No appeal has this id.
    case unknownAppeal(String)
    /// The appeal has already been decided.
    case alreadyDecided(String)
    /// A date is before the one it must follow.
    case dateBefore(field: String, day: CivilDate, earlier: CivilDate)
    /// The shop has no such item.
    case unknownItem(String)
    /// A quantity below 1.
    case invalidQuantity(Int)
    /// Not enough stock.
    case outOfStock(item: String, stock: Int, requested: Int)
    /// The redemption would take a balance below zero.
    case insufficientPoints(subject: PointsSubject, balance: Int, cost: Int)
    /// A shop item's price or stock is invalid.
    case invalidItem(id: String, field: String, value: Int)

    public var description: String {
        switch self {
        case let .unknownEntry(id): "no ledger entry `\(id)`"
        case let .notAppealable(id, kind): "entry `\(id)` is a \(kind.rawValue); only measures can be appealed"
        case let .notConcerned(appellant, id): "\(appellant) is not the subject of entry `\(id)` nor its household; only they can appeal"
        case let .alreadyReversed(id): "entry `\(id)` has already been overturned"
        case let .appealOpen(appealID, id): "appeal `\(appealID)` on entry `\(id)` is still open; decide it first"
        case let .duplicateAppeal(id): "an appeal `\(id)` already exists; use a new id"
        case let .unknownAppeal(id): "no appeal `\(id)`"
        case let .alreadyDecided(id): "appeal `\(id)` has already been decided; decisions are not edited"
        case let .dateBefore(field, day, earlier): "`\(field)` (\(day)) is before \(earlier): correct the date"
        case let .unknownItem(id): "the points shop has no item `\(id)`"
        case let .invalidQuantity(quantity): "quantity \(quantity): redeem at least 1"
        case let .outOfStock(item, stock, requested): "item `\(item)` has \(stock) in stock, \(requested) requested"
        case let .insufficientPoints(subject, balance, cost):
            "\(subject) has \(balance) points, the redemption costs \(cost): a balance never goes below zero"
        case let .invalidItem(id, field, value): "item `\(id)`: `\(field)` is \(value); prices are at least 1 and stock at least 0"
        }
    }
}
