/// The `ctx` argument of the Lua hook `divide(community, ctx)`: the county and its
/// division parameters.
///
/// In Lua:
///
/// ```lua
/// function divide(community, ctx)
///   local target = ctx.params.target_households   -- e.g. 300
///   -- ctx.county_code == "411502"
/// end
/// ```
public struct DivisionContext: Sendable, Hashable, Codable {
    /// The county or district whose parameters apply (6-digit code or name).
    public var countyCode: String
    /// The county's parameters.
    public var params: DivisionParameters

    /// Creates the context of one division call.
    public init(countyCode: String, params: DivisionParameters) {
        self.countyCode = countyCode
        self.params = params
    }

    enum CodingKeys: String, CodingKey {
        case countyCode = "county_code"
        case params
    }
}
