/// Generates a month of realistic behaviour events (条例第三十条) for generated
/// households: garbage sorting, caring for elders, volunteer service, banquets, dogs
/// off the leash, dumped rubbish and the rarer cases, in the kinds the sample Guangshan
/// plugin judges.
///
/// Deterministic: each household's events depend only on the seed, the month and the
/// household's identity, so the same workspace and seed always give the same file.
///
/// ```swift
/// let generator = BehaviourEventGenerator(seed: 1, year: 2025, month: 4)
/// let events = generator.events(community: CommunityID("411522001/宝相寺街居委会"), households: households)
/// ```
public struct BehaviourEventGenerator: Sendable {
    /// A member of a household, as much as the generator needs.
    public struct Member: Sendable, Hashable {
        /// The resident's identity.
        public var id: String
        /// Age in whole years at the start of the month.
        public var age: Int

        /// Creates a member.
        public init(id: String, age: Int) {
            self.id = id
            self.age = age
        }
    }

    /// The generator's seed.
    public let seed: UInt64
    /// The year of the month generated.
    public let year: Int
    /// The month generated (1–12).
    public let month: Int

    /// Creates a generator for one month.
    public init(seed: UInt64, year: Int, month: Int) {
        self.seed = seed
        self.year = year
        self.month = month
    }

    /// The first day of the month.
    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1) ?? CivilDate(year: 2025, month: 1, day: 1)! }

    /// The events of one community's households, ordered by day, then id.
    public func events(community: CommunityID, households: [(id: String, members: [Member])]) -> [BehaviourEvent] {
        var events: [BehaviourEvent] = []
        for household in households {
            events.append(contentsOf: self.events(community: community, household: household.id, members: household.members))
        }
        return events.sorted { ($0.occurredOn, $0.id) < ($1.occurredOn, $1.id) }
    }

    private func events(community: CommunityID, household: String, members: [Member]) -> [BehaviourEvent] {
        let monthText = "\(year)-\(month < 10 ? "0" : "")\(month)"
        var random = SeededRandom(seed: seed, stream: "events/\(monthText)/\(household)")
        let days = CivilDate.daysIn(month: month, year: year)
        var events: [BehaviourEvent] = []
        func add(_ kind: String, _ subject: PointsSubject, facts: [String: PlainValue] = [:], reporter: String = "网格员") {
            let day = CivilDate(year: year, month: month, day: 1 + Int(random.next() % UInt64(days)))!
            events.append(BehaviourEvent(
                id: "ev-\(monthText)-\(household)-\(events.count + 1)", kind: kind, subject: subject, household: household,
                community: community, occurredOn: day, reporter: reporter,
                evidence: ["photo-\(monthText)-\(SeededRandom.fnv1a(household) % 100_000)-\(events.count + 1)"], facts: facts))
        }
        let adults = members.filter { $0.age >= 18 && $0.age < 76 }
        let hasElder = members.contains { $0.age >= 70 }
        let householdSubject = PointsSubject.household(household)

        // Garbage sorting is checked at the doorstep several times a month.
        for _ in 0..<[0, 1, 1, 2, 2, 3][random.weighted([3, 3, 3, 2, 2, 1])] { add("garbage_sorted", householdSubject) }
        if random.chance(0.03) { add("garbage_dumped", householdSubject) }
        if hasElder, let carer = adults.randomElement(using: &random), random.chance(0.18) {
            add("elder_care", .resident(carer.id))
        }
        if hasElder, let child = adults.randomElement(using: &random), random.chance(0.03) {
            add("filial_piety", .resident(child.id), reporter: "村（居）民委员会")
        }
        if hasElder, let child = adults.randomElement(using: &random), random.chance(0.004) {
            add("elder_neglect", .resident(child.id), reporter: "村（居）民委员会")
        }
        for volunteer in adults where random.chance(0.06) {
            add("volunteer_service", .resident(volunteer.id), facts: ["hours": .integer(1 + Int(random.next() % 6))])
        }
        if random.chance(0.025) {
            let ceremony = ["wedding", "funeral", "school_admission", "housewarming"][random.weighted([4, 3, 2, 1])]
            let tables = 4 + random.weighted([2, 3, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1])
            add("banquet", householdSubject, facts: ["ceremony": .string(ceremony), "tables": .integer(tables)])
        }
        if random.chance(0.04) {
            add("dog_unleashed", householdSubject, facts: ["prior_count": .integer(random.weighted([6, 3, 1]))])
        }
        if random.chance(0.002) { add("dog_bite", householdSubject) }
        return events
    }
}
