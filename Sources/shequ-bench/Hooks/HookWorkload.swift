import Foundation
import ShequCore
import ShequHooks
import ShequLua

/// The events the hook benchmarks evaluate: a month of behaviour events generated the way
/// `shequ events generate` does, over a few generated communities of Guangshan county, each
/// with the sample village rules as the convention in force, and every subject's facts
/// worked out before timing (pre-decoded events).
struct HookWorkload {
    let plugin: Plugin
    /// Events grouped by community, in the order evaluated.
    let items: [(event: BehaviourEvent, context: MeasuresContext)]
    let communities: Int

    static let year = 2025
    static let month = 4

    init(pluginFolder: String, communities: Int, seed: UInt64) throws {
        let host = MeasuresManifest.host(PluginHost())
        plugin = try Plugin.load(from: URL(fileURLWithPath: pluginFolder), host: host)
        let articles = try Self.sampleArticles(near: pluginFolder)
        let first = CivilDate(year: Self.year, month: Self.month, day: 1)!
        let generator = BehaviourEventGenerator(seed: seed, year: Self.year, month: Self.month)
        let population = PopulationGenerator(seed: seed)
        var items: [(event: BehaviourEvent, context: MeasuresContext)] = []
        for index in 0..<communities {
            // Alternate villages and urban communities, as a county has both.
            let rural = index % 2 == 0
            let name = rural ? "第\(index + 1)村委会" : "第\(index + 1)居委会"
            let division = Division(id: DivisionID(rawValue: "411522\(String(format: "%03d", 100 + index))/\(name)"),
                                    level: .community, name: name, committee: rural ? .villagers : .residents)
            let people = population.population(of: division, areaCode: "411522")
            var members: [String: [BehaviourEventGenerator.Member]] = [:]
            var ages: [String: Int] = [:]
            for resident in people.residents {
                let age = resident.birthDate.age(on: first)
                members[resident.householdID.rawValue, default: []].append(.init(id: resident.id.rawValue, age: age))
                ages[resident.id.rawValue] = age
            }
            let community = CommunityID(division.id.rawValue)
            let version = try ConventionVersion(
                convention: ConventionID("\(community.rawValue)/村规民约"), community: community, kind: .villageRules,
                number: 1, title: "\(name)村规民约", articles: articles, draftedOn: CivilDate(year: 2025, month: 1, day: 6)!)
            let events = generator.events(community: community,
                                          households: members.sorted { $0.key < $1.key }.map { (id: $0.key, members: $0.value) })
            for event in events {
                let size = event.household.flatMap { members[$0]?.count }
                let facts = MeasuresFacts(age: event.subject.type == .resident ? ages[event.subject.id] : nil, householdSize: size)
                items.append((event, MeasuresContext(version: version, facts: facts)))
            }
        }
        self.items = items
        self.communities = communities
    }

    /// The articles of Samples/conventions/guangshan-village-rules.txt ("第一条 …" per line).
    static func sampleArticles(near pluginFolder: String) throws -> [ConventionArticle] {
        let root = URL(fileURLWithPath: pluginFolder).deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("Samples/conventions/guangshan-village-rules.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        var articles: [ConventionArticle] = []
        for line in text.split(separator: "\n") {
            guard let space = line.firstIndex(of: " "), let reference = ArticleReference(parsing: String(line[..<space])) else { continue }
            articles.append(ConventionArticle(number: reference.number, text: String(line[line.index(after: space)...])))
        }
        return articles
    }

    /// Measures, award points and deduct points per subject: what both hosts must agree on.
    struct Totals: Equatable {
        var measures = 0
        var awarded = 0
        var deducted = 0
    }

    static func totals(sdk results: [PluginResult], items: [(event: BehaviourEvent, context: MeasuresContext)]) -> (totals: [String: Totals], failures: Int) {
        var totals: [String: Totals] = [:]
        var failures = 0
        for (item, result) in zip(items, results) {
            guard case .measures(let proposals) = result else {
                failures += 1
                continue
            }
            var entry = totals[item.event.subject.description, default: Totals()]
            for proposal in proposals {
                entry.measures += 1
                let points = proposal.fields["points"]?.integerValue ?? 0
                if proposal.kind == "award_points" { entry.awarded += points }
                if proposal.kind == "deduct_points" { entry.deducted += points }
            }
            totals[item.event.subject.description] = entry
        }
        return (totals, failures)
    }
}
