import ShequCore
import ShequLua

extension DivisionParameters {
    /// The parameters the built-in division uses for a community of `kind` when the
    /// county sets none: about 300 households per urban grid (50–500) and 150 per
    /// rural grid (30–400), splitting only units larger than the maximum.
    public static func defaults(for kind: CommunityKind) -> DivisionParameters {
        switch kind {
        case .urban: DivisionParameters(targetHouseholds: 300, minHouseholds: 50, maxHouseholds: 500, splitsOversizedUnits: true)
        case .rural: DivisionParameters(targetHouseholds: 150, minHouseholds: 30, maxHouseholds: 400, splitsOversizedUnits: true)
        }
    }

    /// The parameters a division plugin declares in its manifest's `config`
    /// (`target_households`, `min_households`, `max_households`, `split_oversized_units`,
    /// `max_grids`), each missing one taken from `fallback`.
    ///
    /// ```swift
    /// let parameters = DivisionParameters(pluginConfig: plugin.config, fallback: .defaults(for: .rural))
    /// ```
    public init(pluginConfig config: LuaValue, fallback: DivisionParameters) {
        let table = config.tableValue ?? LuaTable()
        func integer(_ key: String) -> Int? { table[key]?.integerValue.map { Int(clamping: $0) } }
        let minimum = integer("min_households") ?? fallback.minHouseholds
        let maximum = integer("max_households") ?? fallback.maxHouseholds
        self.init(
            targetHouseholds: integer("target_households") ?? min(max(fallback.targetHouseholds, minimum), maximum),
            minHouseholds: minimum,
            maxHouseholds: maximum,
            splitsOversizedUnits: table["split_oversized_units"]?.booleanValue ?? fallback.splitsOversizedUnits,
            maxGrids: integer("max_grids") ?? fallback.maxGrids
        )
    }
}
