import ShequCore

/// The typed hook `grids` (a function `divide(community, ctx)`) by which a county scripts its grid division (网格划分, Art. 34).
///
/// The plugin's `divide(community, ctx)` receives a ``DivisionCommunity`` (the
/// community's buildings or natural villages with their households) and a
/// ``DivisionContext`` (the county code and its parameters), and returns a
/// ``ProposedDivision``. The host always runs ``DivisionValidator`` on the result.
///
/// ```swift
/// let proposal = try await DivisionHook.call(on: instance, input: community,
///                                            context: try DivisionHook.context(countyCode: "411502", parameters: parameters))
/// ```
public enum DivisionHook: TypedHook {
    public static let name = "grids"
    public typealias Input = DivisionCommunity
    public typealias Output = ProposedDivision
}
