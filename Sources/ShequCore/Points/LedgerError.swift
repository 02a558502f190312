/// Why an appeal or a redemption cannot be recorded in the points ledger (积分台账, Art. 30).
///
/// ``description`` is written for the operator: the reason in Chinese first, with the legal
/// basis where one applies, then the English detail and what to do.
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
    /// A resident's redemption names no household, and neither the register nor the ledger knows theirs.
    case unknownHousehold(resident: PointsSubject)
    /// A resident's redemption names a household other than the one their points are counted in.
    case notOwnHousehold(resident: PointsSubject, given: String, own: String)
    /// The price times the quantity is larger than any balance can hold.
    case costTooLarge(item: String, price: Int, quantity: Int)

    public var description: String {
        switch self {
        case let .unknownEntry(id):
            "积分台账中没有记录 `\(id)`。no ledger entry `\(id)`: check the id with `shequ points explain`"
        case let .notAppealable(id, kind):
            "只有依村规民约作出的措施可以申诉（《信阳市城乡社区治理促进条例》第三十条）。entry `\(id)` is a \(kind.rawValue); only measures can be appealed"
        case let .notConcerned(appellant, id):
            "申诉人须是该措施的对象或其所在户。\(appellant) is not the subject of entry `\(id)` nor its household; only they can appeal"
        case let .alreadyReversed(id):
            "该措施已因申诉撤销。entry `\(id)` has already been overturned"
        case let .appealOpen(appealID, id):
            "该措施已有未办结的申诉 `\(appealID)`，请先作出决定。appeal `\(appealID)` on entry `\(id)` is still open; decide it first"
        case let .duplicateAppeal(id):
            "申诉编号 `\(id)` 已被使用。an appeal `\(id)` already exists; use a new id"
        case let .unknownAppeal(id):
            "没有申诉 `\(id)`。no appeal `\(id)`"
        case let .alreadyDecided(id):
            "申诉 `\(id)` 已作出决定，决定不得修改。appeal `\(id)` has already been decided; decisions are not edited"
        case let .dateBefore(field, day, earlier):
            "日期不得早于前一步骤（\(field)：\(day) 早于 \(earlier)）。`\(field)` (\(day)) is before \(earlier): correct the date"
        case let .unknownItem(id):
            "积分超市没有商品 `\(id)`。the points shop has no item `\(id)`: see `shequ shop list`"
        case let .invalidQuantity(quantity):
            "兑换数量至少为1。quantity \(quantity): redeem at least 1"
        case let .outOfStock(item, stock, requested):
            "库存不足：商品 `\(item)` 库存\(stock)，申请兑换\(requested)。item `\(item)` has \(stock) in stock, \(requested) requested"
        case let .insufficientPoints(subject, balance, cost):
            "积分不足，余额不得为负：\(subject) 现有\(balance)分，本次兑换需\(cost)分。\(subject) has \(balance) points, the redemption costs \(cost): a balance never goes below zero"
        case let .invalidItem(id, field, value):
            "商品 `\(id)` 的\(field == "price" ? "价格" : "库存")不在允许范围内（\(value)）。item `\(id)`: `\(field)` is \(value); prices are 1 to \(ShopItem.maximumPrice) points and stock 0 to \(ShopItem.maximumStock)"
        case let .unknownHousehold(resident):
            "无法确定居民所在户，不予兑换：居民兑换须与本户共同结算。the household of \(resident) is unknown to the register and the ledger: give it with --household, as the register records it"
        case let .notOwnHousehold(resident, given, own):
            "只能以本户积分兑换：\(resident) 的积分计入户 \(own)，不能计入户 \(given)。\(resident)'s points are counted in household \(own), not \(given): a resident redeems with their own household"
        case let .costTooLarge(item, price, quantity):
            "兑换所需积分超出范围：商品 `\(item)` 单价\(price)分 × \(quantity)。item `\(item)`: \(price) points × \(quantity) is more than any balance holds; redeem fewer"
        }
    }
}
