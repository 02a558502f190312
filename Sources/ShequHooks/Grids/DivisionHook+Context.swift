import ShequCore
import ShequLua

extension DivisionHook {
    /// The `ctx` argument of `divide`: the county code and the county's parameters.
    public static func context(countyCode: String, parameters: DivisionParameters) throws(TypedHookError) -> LuaValue {
        do {
            return try LuaEncoder().encode(DivisionContext(countyCode: countyCode, params: parameters))
        } catch {
            throw TypedHookError(pluginID: "host", hook: name, reason: .input(String(describing: error)))
        }
    }
}
