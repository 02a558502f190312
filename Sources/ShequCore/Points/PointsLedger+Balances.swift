extension PointsLedger {
    /// A subject's balance: a resident's own entries, or for a household every entry
    /// counted to it (its own and its members').
    public func balance(of subject: PointsSubject) -> Int {
        entries(of: subject).reduce(0) { $0 + $1.points }
    }

    /// Every subject's balance, for subjects that have entries.
    public func balances() -> [PointsSubject: Int] {
        var result: [PointsSubject: Int] = [:]
        for entry in entries {
            result[entry.subject, default: 0] += entry.points
            if entry.subject.type == .resident, let household = entry.household {
                result[.household(household), default: 0] += entry.points
            }
        }
        return result
    }

    /// Totals of the entries whose day falls in `range`, optionally for one community.
    public func totals(in range: DayRange, community: CommunityID? = nil) -> PointsTotals {
        var totals = PointsTotals()
        for entry in entries where range.contains(entry.on) && (community == nil || entry.community == community) {
            totals.add(entry)
        }
        return totals
    }

    /// Points a subject got (or lost, counted positive) from `kind` measures of a plugin
    /// in `range`, net of reversals — what a per-period bound counts.
    /// Any version of the plugin counts, so an upgrade mid-period does not reset the bound.
    public func points(of subject: PointsSubject, kind: MeasureKind, plugin: PluginReference, in range: DayRange) -> Int {
        ownEntries(of: subject).reduce(0) { sum, entry in
            guard entry.kind == .measure, entry.measure?.kind == kind, entry.plugin?.id == plugin.id,
                  range.contains(entry.on), reversal(of: entry.id) == nil
            else { return sum }
            return sum + abs(entry.points)
        }
    }
}
