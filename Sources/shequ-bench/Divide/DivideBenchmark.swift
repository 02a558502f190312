import ArgumentParser
import Foundation
import ShequCore
import ShequHooks
import ShequLua
import ShequSQLite

/// `shequ-bench divide`: grid division (网格划分, Art. 34) of every community of a generated
/// city through ``GridDivisionRunner`` (the API `shequ grids divide --dry-run` calls; nothing
/// is written), with the built-in division and with each sample county plugin: total time
/// and the per-community latency (p50, p99).
struct DivideBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "divide",
        abstract: "Grid division of a whole generated city: built-in division and each sample plugin, total time and per-community p99.",
        discussion: "Communities are loaded from the workspace once (reported separately); each figure then divides them in memory and validates every division, as `grids divide --dry-run` does."
    )

    @Option(help: "Fraction of the city's households to generate (1 = the whole city).")
    var scale = 0.1

    @OptionGroup var options: BenchOptions
    @OptionGroup var workspace: BenchWorkspace

    func validate() throws {
        guard scale > 0 && scale <= 1 else { throw ValidationError("--scale must be in (0, 1]") }
    }

    func run() async throws {
        let directory = try workspace.directory("divide-\(scale)")
        let city = directory + "/city.sqlite"
        if !FileManager.default.fileExists(atPath: city) {
            let building = directory + "/building.sqlite"
            BenchWorkspace.removeDatabase(building)
            try workspace.shequ(["init"], store: building)
            try workspace.shequ(["import", "divisions", BenchWorkspace.root + "/Samples/data/xinyang-divisions.csv"], store: building)
            try workspace.shequ(["generate", "--seed", "1", "--scale", "\(scale)"], store: building)
            try FileManager.default.moveItem(atPath: building, toPath: city)
        }
        let store = try SQLiteStore.open(path: city)
        var report = BenchReport(title: "divide: every community of the city at scale \(scale), dry run")

        var communities: [(county: String, community: DivisionCommunity)] = []
        let load = try await Measurement.take(runs: 1, warmup: 0) {
            communities = try await Self.communities(in: store)
        }
        let households = communities.reduce(0) { $0 + $1.community.householdCount }
        report.figures.append(BenchFigure(name: "load communities from the workspace", measurement: load,
                                          work: Double(communities.count), workUnit: "communities"))

        let plugins = try ["shihe-grids", "xinxian-grids"].map { name -> PluginPool in
            let plugin = try Plugin.load(from: URL(fileURLWithPath: BenchWorkspace.root + "/Plugins/" + name))
            return try PluginPool(plugin: plugin)
        }
        let builtIn = DivisionPlan(pools: [])
        let withPlugins = DivisionPlan(pools: plugins)
        var configurations: [(name: String, plan: DivisionPlan, scope: [(county: String, community: DivisionCommunity)])] = [
            ("built-in, whole city", builtIn, communities),
            ("sample plugins for their counties, built-in elsewhere, whole city", withPlugins, communities),
        ]
        for pool in plugins {
            let county = pool.plugin.manifest.county ?? ""
            let scope = communities.filter { $0.county == county }
            configurations.append(("built-in, county \(county)", builtIn, scope))
            configurations.append(("\(pool.plugin.manifest.id), county \(county)", withPlugins, scope))
        }
        for configuration in configurations {
            var failed = 0
            let total = await Measurement.take(runs: options.runs, warmup: options.warmup) {
                failed = await configuration.plan.divide(configuration.scope)
            }
            // Latency: one community per call, so each time is that community's alone.
            var latencies: [Double] = []
            for item in configuration.scope {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = await configuration.plan.divide([item])
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            report.figures.append(BenchFigure(name: configuration.name, measurement: total,
                                              work: Double(configuration.scope.count), workUnit: "communities"))
            report.notes.append(String(format: "%@: %d communities, %d failed validation; per community p50 %@, p99 %@, max %@",
                                       configuration.name, configuration.scope.count, failed,
                                       BenchReport.duration(Measurement.percentile(0.5, of: latencies)),
                                       BenchReport.duration(Measurement.percentile(0.99, of: latencies)),
                                       BenchReport.duration(latencies.max() ?? 0)))
        }
        report.notes.insert("\(communities.count) communities, \(households) households", at: 0)
        try report.print(json: options.json)
    }

    /// Every community of the workspace with its county code, as `grids divide` walks them.
    static func communities(in store: SQLiteStore) async throws -> [(county: String, community: DivisionCommunity)] {
        var result: [(county: String, community: DivisionCommunity)] = []
        func walk(_ parent: Division?, county: String, township: String) async throws {
            for child in try await store.children(of: parent?.id) {
                switch child.level {
                case .community:
                    result.append((county, try await DivisionCommunity.load(child, townshipName: township, from: store)))
                case .county:
                    try await walk(child, county: child.code?.rawValue ?? child.id.rawValue, township: township)
                case .township:
                    try await walk(child, county: county, township: child.name)
                default:
                    try await walk(child, county: county, township: township)
                }
            }
        }
        try await walk(nil, county: "", township: "")
        return result
    }
}

/// Which method divides each county: a pool whose plugin names the county, else the built-in division.
struct DivisionPlan: Sendable {
    let pools: [PluginPool]

    /// Divides the communities county by county and kind by kind, as `grids divide` does; returns how many failed.
    func divide(_ communities: [(county: String, community: DivisionCommunity)]) async -> Int {
        var failed = 0
        let byCounty = Dictionary(grouping: communities, by: \.county)
        for county in byCounty.keys.sorted() {
            let pool = pools.first { $0.plugin.manifest.county == county }
            for kind in CommunityKind.allCases {
                let chosen = byCounty[county]!.map(\.community).filter { $0.kind == kind }
                guard !chosen.isEmpty else { continue }
                let method: DivisionMethod = pool.map { .plugin($0, kind: kind) } ?? .builtIn(parameters: nil)
                for outcome in await GridDivisionRunner.divide(chosen, countyCode: county, method: method) {
                    if case .failure = outcome.result { failed += 1 }
                }
            }
        }
        return failed
    }
}
