import ShequCore

/// Reads the ``MeasuresFacts`` of event subjects from a store, once per subject and day.
///
/// Only what the rule may see leaves the store: the age on the behaviour's day, the
/// household size, and care categories when the plugin declared `needs = { "care" }`.
public actor MeasuresFactsReader {
    private let store: any ResidentStore
    private let includeCare: Bool
    private var householdSizes: [String: Int] = [:]
    private var householdFacts: [String: MeasuresFacts] = [:]

    /// Reads from `store`; `includeCare` only for plugins that declared the need.
    public init(store: any ResidentStore, includeCare: Bool) {
        self.store = store
        self.includeCare = includeCare
    }

    /// The facts about the subject of `event`.
    public func facts(for event: BehaviourEvent) async throws -> MeasuresFacts {
        let disclosure: Disclosure = includeCare ? .care : []
        switch event.subject.type {
        case .resident:
            guard let resident = try await store.resident(id: ResidentID(rawValue: event.subject.id), disclosure: disclosure) else {
                return MeasuresFacts(householdSize: try await householdSize(event.household))
            }
            return MeasuresFacts(age: resident.birthDate.age(on: event.occurredOn),
                                 householdSize: try await householdSize(resident.householdID.rawValue),
                                 care: includeCare ? (resident.care?.keys ?? []) : nil)
        case .household:
            // A household's facts do not depend on the day, so a month of its events reads them once.
            if let known = householdFacts[event.subject.id] { return known }
            guard includeCare else {
                // Without care categories the size is all a rule sees: counted, no resident read.
                let facts = MeasuresFacts(householdSize: try await householdSize(event.subject.id))
                householdFacts[event.subject.id] = facts
                return facts
            }
            let members = try await store.residents(inHousehold: HouseholdID(rawValue: event.subject.id), disclosure: disclosure)
            householdSizes[event.subject.id] = members.count
            let care = Array(Set(members.flatMap { $0.care?.keys ?? [] })).sorted()
            let facts = MeasuresFacts(householdSize: members.isEmpty ? nil : members.count, care: care)
            householdFacts[event.subject.id] = facts
            return facts
        }
    }

    // An unknown or empty household has no size, whether it was read just now or before.
    private func householdSize(_ id: String?) async throws -> Int? {
        guard let id else { return nil }
        let count: Int
        if let known = householdSizes[id] {
            count = known
        } else {
            count = try await store.householdSize(HouseholdID(rawValue: id))
            householdSizes[id] = count
        }
        return count == 0 ? nil : count
    }
}
