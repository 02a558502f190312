import Foundation
import ShequCore
import ShequHooks
import ShequLua

/// Which division each county uses: a plugin given with `--plugin` for the county its
/// manifest names (or for every county when it names none), else the built-in division.
struct GridsDivisionPlan {
    var pools: [(county: String?, pool: PluginPool)] = []
    var parameters: DivisionParameters?

    init(pluginFolders: [String], parameters: DivisionParameters?, isolation: PluginIsolation) throws {
        self.parameters = parameters
        for folder in pluginFolders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw CommandFailure.usage("\(folder): no such plugin folder")
            }
            let plugin: Plugin
            do {
                plugin = try Plugin.load(from: URL(fileURLWithPath: folder))
            } catch {
                throw CommandFailure.rule(error)
            }
            guard plugin.manifest.hooks[DivisionHook.name] != nil else {
                let known = plugin.manifest.hooks.keys.sorted().joined(separator: ", ")
                throw CommandFailure.usage("\(folder): plugin \(plugin.manifest.id) has no '\(DivisionHook.name)' hook (its hooks: \(known))")
            }
            if let earlier = pools.first(where: { $0.county == plugin.manifest.county }) {
                let county = plugin.manifest.county.map { "county \($0)" } ?? "every county"
                throw CommandFailure.usage("\(folder): \(plugin.manifest.id) and \(earlier.pool.plugin.manifest.id) both divide \(county); give one")
            }
            do {
                pools.append((plugin.manifest.county, try PluginPool(plugin: plugin, isolation: isolation)))
            } catch {
                throw CommandFailure.rule(error)
            }
        }
    }

    func pool(for county: String) -> PluginPool? {
        pools.first { $0.county == county }?.pool ?? pools.first { $0.county == nil }?.pool
    }

    /// Divides every community in scope; results in the order of `members`.
    func divide(_ members: [GridsScopeOptions.Member], store: any GovernanceStore) async throws -> [(member: GridsScopeOptions.Member, outcome: DivisionOutcome, method: String)] {
        var results: [(member: GridsScopeOptions.Member, outcome: DivisionOutcome, method: String)] = []
        let byCounty = Dictionary(grouping: members.indices, by: { members[$0].countyCode })
        for county in byCounty.keys.sorted() {
            let indices = byCounty[county]!
            var communities: [DivisionCommunity] = []
            for index in indices {
                communities.append(try await DivisionCommunity.load(members[index].division,
                                                                    townshipName: members[index].townshipName, from: store))
            }
            // Urban and rural communities of a county may need different defaults.
            for kind in CommunityKind.allCases {
                let chosen = communities.indices.filter { communities[$0].kind == kind }
                guard !chosen.isEmpty else { continue }
                let method: DivisionMethod
                if let pool = pool(for: county) {
                    method = parameters.map { .plugin(pool, parameters: $0) } ?? .plugin(pool, kind: kind)
                } else {
                    method = .builtIn(parameters: parameters)
                }
                let outcomes = await GridDivisionRunner.divide(chosen.map { communities[$0] }, countyCode: county, method: method)
                for (offset, outcome) in outcomes.enumerated() {
                    results.append((members[indices[chosen[offset]]], outcome, method.label))
                }
            }
        }
        return results.sorted { $0.member.division.id < $1.member.division.id }
    }
}
