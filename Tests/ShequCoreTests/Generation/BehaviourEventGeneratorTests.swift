import ShequCore
import Testing

@Suite("Behaviour event generator")
struct BehaviourEventGeneratorTests {
    let community = CommunityID("411522001/方楼村委会")

    func households(_ count: Int) -> [(id: String, members: [BehaviourEventGenerator.Member])] {
        (1...count).map { index in
            (id: "h-\(index)", members: [
                .init(id: "h-\(index)-1", age: 45), .init(id: "h-\(index)-2", age: 43), .init(id: "h-\(index)-3", age: 76 + index % 10),
            ])
        }
    }

    @Test func theSameSeedGivesTheSameMonth() {
        let generator = BehaviourEventGenerator(seed: 1, year: 2025, month: 4)
        #expect(generator.events(community: community, households: households(200))
            == generator.events(community: community, households: households(200)))
        let other = BehaviourEventGenerator(seed: 2, year: 2025, month: 4)
        #expect(other.events(community: community, households: households(200))
            != generator.events(community: community, households: households(200)))
    }

    @Test func eventsAreInTheMonthWithUniqueIdsAndSubjectsOfTheirHousehold() {
        let events = BehaviourEventGenerator(seed: 7, year: 2025, month: 2).events(community: community, households: households(300))
        #expect(events.count > 300)
        #expect(Set(events.map(\.id)).count == events.count)
        #expect(events.allSatisfy { $0.occurredOn.year == 2025 && $0.occurredOn.month == 2 })
        #expect(events.allSatisfy { $0.subject.type == .household ? $0.subject.id == $0.household : $0.subject.id.hasPrefix($0.household! + "-") })
        let kinds = Set(events.map(\.kind))
        #expect(kinds.isSuperset(of: ["garbage_sorted", "elder_care", "volunteer_service", "banquet", "dog_unleashed"]))
        // A household's events do not depend on the other households generated with it.
        let alone = BehaviourEventGenerator(seed: 7, year: 2025, month: 2).events(community: community, households: Array(households(300).prefix(1)))
        #expect(alone == events.filter { $0.household == "h-1" })
    }
}
