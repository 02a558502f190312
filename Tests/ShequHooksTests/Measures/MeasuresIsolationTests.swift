import Foundation
import ShequCore
import ShequLua
import Testing
@testable import ShequHooks

/// The measures hook under process isolation: the same month of events gives exactly the
/// results of in-process evaluation, event by event.
@Suite("Measures under process isolation")
struct MeasuresIsolationTests {
    /// A generated month of Guangshan events over two communities, each subject's facts worked out.
    static func month() throws -> [(event: BehaviourEvent, context: MeasuresContext)] {
        let articles = try MeasuresRunTests.rules().versions[0].articles
        let generator = BehaviourEventGenerator(seed: 7, year: 2025, month: 6)
        let population = PopulationGenerator(seed: 7)
        var items: [(event: BehaviourEvent, context: MeasuresContext)] = []
        for (index, name) in ["第一村委会", "第二居委会"].enumerated() {
            let division = Division(id: DivisionID(rawValue: "41152210\(index)/\(name)"), level: .community, name: name,
                                    committee: index == 0 ? .villagers : .residents)
            let first = CivilDate(year: 2025, month: 6, day: 1)!
            var members: [String: [BehaviourEventGenerator.Member]] = [:]
            var ages: [String: Int] = [:]
            for resident in population.population(of: division, areaCode: "411522").residents {
                let age = resident.birthDate.age(on: first)
                members[resident.householdID.rawValue, default: []].append(.init(id: resident.id.rawValue, age: age))
                ages[resident.id.rawValue] = age
            }
            let community = CommunityID(division.id.rawValue)
            let version = try ConventionVersion(
                convention: ConventionID("\(community.rawValue)/村规民约"), community: community, kind: .villageRules,
                number: 1, title: "\(name)村规民约", articles: articles, draftedOn: CivilDate(year: 2025, month: 1, day: 6)!)
            let events = generator.events(community: community, households: members.sorted { $0.key < $1.key }.map { (id: $0.key, members: $0.value) })
            for event in events {
                let size = event.household.flatMap { members[$0]?.count }
                let facts = MeasuresFacts(age: event.subject.type == .resident ? ages[event.subject.id] : nil, householdSize: size)
                items.append((event, MeasuresContext(version: version, facts: facts)))
            }
        }
        return items
    }

    @Test func aMonthGivesTheSameResultsInBothModes() async throws {
        let plugin = try MeasuresRunTests.load(MeasuresRunTests.sample)
        let items = try Self.month()
        #expect(items.count > 500)
        let local = try MeasuresEvaluator(plugin: plugin, workers: 2)
        let isolated = try MeasuresEvaluator(plugin: plugin, workers: 2, isolation: .process())
        let expected = await local.evaluate(items)
        let actual = await isolated.evaluate(items)
        #expect(actual.count == expected.count)
        #expect(actual == expected)
        // Byte for byte, as the results print.
        #expect(String(describing: actual) == String(describing: expected))
        #expect(expected.contains { if case .measures(let list) = $0 { !list.isEmpty } else { false } })
    }
}
