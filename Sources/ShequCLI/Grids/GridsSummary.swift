import Foundation
import ShequCore
import ShequHooks

/// What `grids divide` reports: grids per county, the size distribution and every failure.
struct GridsSummary: Encodable {
    struct County: Encodable {
        var county: String
        var method: String
        var communities: Int
        var divided: Int
        var grids: Int
        var households: Int
        var dedicated: Int
        var smallest: Int?
        var largest: Int?
        var median: Int?
    }

    struct Bucket: Encodable {
        var households: String
        var grids: Int
    }

    struct Failure: Encodable {
        var community: String
        var message: String
    }

    var counties: [County] = []
    var sizes: [Bucket] = []
    var communities: Int
    var divided: Int
    var failed: Int
    var grids: Int
    var households: Int
    var stored: String?
    var seconds: Double
    var failures: [Failure]

    static let bucketEdges = [50, 100, 200, 300, 400, 500]

    init(results: [(member: GridsScopeOptions.Member, outcome: DivisionOutcome, method: String)],
         stored: String?, seconds: Double, storeFailures: [String]) {
        var byCounty: [String: [(outcome: DivisionOutcome, method: String)]] = [:]
        for result in results { byCounty[result.member.countyCode, default: []].append((result.outcome, result.method)) }
        var allSizes: [Int] = []
        for county in byCounty.keys.sorted() {
            let entries = byCounty[county]!
            let divisions = entries.compactMap { try? $0.outcome.result.get() }
            let basic = divisions.flatMap(\.grids).filter { !$0.kind.isDedicated }.map(\.householdCount).sorted()
            allSizes += basic
            counties.append(County(
                county: county,
                method: Set(entries.map(\.method)).sorted().joined(separator: ", "),
                communities: entries.count, divided: divisions.count,
                grids: divisions.reduce(0) { $0 + $1.grids.count },
                households: divisions.reduce(0) { $0 + $1.grids.reduce(0) { $0 + $1.householdCount } },
                dedicated: divisions.reduce(0) { $0 + $1.grids.filter(\.kind.isDedicated).count },
                smallest: basic.first, largest: basic.last, median: basic.isEmpty ? nil : basic[basic.count / 2]))
        }
        var lower = 0
        for edge in Self.bucketEdges + [Int.max] {
            let count = allSizes.filter { $0 >= lower && $0 < edge }.count
            sizes.append(Bucket(households: edge == Int.max ? "\(lower)+" : "\(lower)–\(edge - 1)", grids: count))
            lower = edge
        }
        communities = results.count
        divided = counties.reduce(0) { $0 + $1.divided }
        failed = communities - divided
        grids = counties.reduce(0) { $0 + $1.grids }
        households = counties.reduce(0) { $0 + $1.households }
        self.stored = stored
        self.seconds = seconds
        failures = results.compactMap { result in
            guard case .failure(let error) = result.outcome.result else { return nil }
            return Failure(community: result.outcome.community.communityCode, message: error.description)
        } + storeFailures.map { Failure(community: String($0.prefix { $0 != ":" }), message: $0) }
    }

    func printText() {
        print("县区      划分方式                     社区   已划分   网格   专属网格   户数      最小   中位   最大")
        for county in counties {
            let method = county.method.padding(toLength: 28, withPad: " ", startingAt: 0)
            print("\(county.county)    \(method) \(pad(county.communities, 5)) \(pad(county.divided, 8)) \(pad(county.grids, 6)) \(pad(county.dedicated, 10)) \(pad(county.households, 9))  \(pad(county.smallest ?? 0, 5)) \(pad(county.median ?? 0, 6)) \(pad(county.largest ?? 0, 6))")
        }
        print("合计: \(communities) 个社区/村，\(divided) 个已划分，\(grids) 个网格，\(households) 户；读取、划分与校验用时 \(String(format: "%.2f", seconds)) 秒")
        print("基础网格规模分布（户）: " + sizes.map { "\($0.households): \($0.grids)" }.joined(separator: "，"))
        if let stored { print(stored == "applied" ? "已保存并施行。" : "已保存为划分方案（用 `shequ grids preview` 预览，`shequ grids apply` 施行）。") }
        for failure in failures.prefix(20) { printError("error: \(failure.message)") }
        if failures.count > 20 { printError("error: … and \(failures.count - 20) more communities failed") }
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
