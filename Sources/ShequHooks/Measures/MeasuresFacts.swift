import ShequCore

/// The privacy-limited facts about an event's subject that a `measures` rule may read in
/// `ctx.subject`: age and household size always, care categories only when the plugin
/// declares `needs = { "care" }`. Names, ID numbers, phones and addresses are never given.
///
/// ```lua
/// if ctx.subject.age and ctx.subject.age >= 80 then … end
/// ```
public struct MeasuresFacts: Sendable, Hashable {
    /// The resident's age in whole years on the day of the behaviour (`nil` for a household).
    public var age: Int?
    /// How many residents live in the subject's household.
    public var householdSize: Int?
    /// Care category keys (`elderly-alone`, `dibao`, …) — only for plugins that declare the need.
    public var care: [String]?

    /// Creates facts.
    public init(age: Int? = nil, householdSize: Int? = nil, care: [String]? = nil) {
        self.age = age
        self.householdSize = householdSize
        self.care = care
    }

    /// The facts as `ctx.subject`.
    var plainValue: PlainValue {
        var table: [String: PlainValue] = [:]
        if let age { table["age"] = .integer(age) }
        if let householdSize { table["household_size"] = .integer(householdSize) }
        if let care { table["care"] = .list(care.map(PlainValue.string)) }
        return .table(table)
    }
}
