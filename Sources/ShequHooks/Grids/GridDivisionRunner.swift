import ShequCore
import ShequLua

/// Divides communities into grids (Art. 34) with the built-in division or a county
/// plugin, and validates every division before anyone can apply it.
///
/// ```swift
/// let outcomes = await GridDivisionRunner.divide(communities, countyCode: "411523",
///                                               method: .plugin(pool, kind: .rural))
/// for outcome in outcomes { if case .failure(let error) = outcome.result { print(error) } }
/// ```
public enum GridDivisionRunner {
    /// Divides `communities` of one county, in input order; one failing community never stops the others.
    public static func divide(
        _ communities: [DivisionCommunity],
        countyCode: String,
        method: DivisionMethod
    ) async -> [DivisionOutcome] {
        switch method {
        case .builtIn(let fixed):
            return communities.map { community in
                let parameters = fixed ?? .defaults(for: community.kind)
                let proposal = BuiltInDivision.divide(community, parameters: parameters)
                return validate(proposal, community, parameters)
            }
        case .plugin(let pool, let parameters):
            let pluginID = pool.plugin.manifest.id
            let context: LuaValue
            do {
                context = try DivisionHook.context(countyCode: countyCode, parameters: parameters)
            } catch {
                return communities.map { DivisionOutcome(community: $0, parameters: parameters,
                                                         result: .failure(.plugin(communityCode: $0.communityCode, error))) }
            }
            var inputs: [LuaValue] = []
            var outcomes: [DivisionOutcome?] = Array(repeating: nil, count: communities.count)
            var positions: [Int] = []
            let encoder = LuaEncoder()
            for (position, community) in communities.enumerated() {
                do {
                    inputs.append(try encoder.encode(community))
                    positions.append(position)
                } catch {
                    let failure = TypedHookError(pluginID: pluginID, hook: DivisionHook.name, reason: .input(String(describing: error)))
                    outcomes[position] = DivisionOutcome(community: community, parameters: parameters,
                                                         result: .failure(.plugin(communityCode: community.communityCode, failure)))
                }
            }
            let results = await pool.evaluate(hook: DivisionHook.name, inputs: inputs, context: context)
            for (offset, result) in results.enumerated() {
                let community = communities[positions[offset]]
                let outcome: DivisionOutcome
                switch result {
                case .failure(let error):
                    let failure = TypedHookError(pluginID: pluginID, hook: DivisionHook.name, reason: .plugin(error))
                    outcome = DivisionOutcome(community: community, parameters: parameters,
                                              result: .failure(.plugin(communityCode: community.communityCode, failure)))
                case .success(let value):
                    do {
                        let proposal = try DivisionHook.decode(value, pluginID: pluginID)
                        outcome = validate(proposal, community, parameters)
                    } catch {
                        outcome = DivisionOutcome(community: community, parameters: parameters,
                                                  result: .failure(.plugin(communityCode: community.communityCode, error)))
                    }
                }
                outcomes[positions[offset]] = outcome
            }
            return outcomes.map { $0! }
        }
    }

    private static func validate(_ proposal: ProposedDivision, _ community: DivisionCommunity,
                                 _ parameters: DivisionParameters) -> DivisionOutcome {
        do {
            let division = try DivisionValidator.validate(proposal, of: community, parameters: parameters)
            return DivisionOutcome(community: community, parameters: parameters, result: .success(division))
        } catch {
            return DivisionOutcome(community: community, parameters: parameters, result: .failure(.refused(error)))
        }
    }
}
