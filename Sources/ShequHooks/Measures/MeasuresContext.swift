import ShequCore
import ShequLua

/// The `ctx` of one `measures` call: the convention version in force on the day of the
/// behaviour (`ctx.convention`, public text only) and the subject's facts (`ctx.subject`).
///
/// ```lua
/// function M.evaluate(event, ctx)
///   local title = ctx.convention.title            -- 《某村村规民约》
///   local size = ctx.subject.household_size       -- 4
/// end
/// ```
public struct MeasuresContext: Sendable, Hashable {
    /// The version in force, if any.
    public var version: ConventionVersion?
    /// The subject's facts.
    public var facts: MeasuresFacts

    /// Creates a context.
    public init(version: ConventionVersion?, facts: MeasuresFacts) {
        self.version = version
        self.facts = facts
    }

    /// The context as the hook's second argument.
    public var luaValue: LuaValue {
        var table: [String: PlainValue] = ["subject": facts.plainValue]
        if let version { table["convention"] = version.hookContext }
        return PlainValue.table(table).luaValue
    }
}
