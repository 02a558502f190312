/// Generates realistic, deterministic dwellings, households, residents and workers for communities.
///
/// Each community's data depends only on the seed, the profile and the community's identity, never on
/// which other communities are generated or in which order, so a county generated alone equals the same
/// county inside a whole city.
///
/// ```swift
/// let generator = PopulationGenerator(seed: 1)
/// let population = generator.population(of: community, areaCode: "411502")
/// print(population.households.count, population.residents.count)
/// ```
public struct PopulationGenerator: Sendable {
    public var seed: UInt64
    public var profile: PopulationProfile

    public init(seed: UInt64, profile: PopulationProfile = .xinyang) {
        self.seed = seed
        self.profile = profile
    }

    /// Generates one community. `areaCode` is the six-digit code of its county (or city) used in ID numbers.
    public func population(of community: Division, areaCode: String) -> CommunityPopulation {
        var random = SeededRandom(seed: seed, stream: community.id.rawValue)
        let rural = (community.committee ?? CommitteeKind(inferringFrom: community.name)) == .villagers
        let mean = (rural ? profile.ruralHouseholdsMean : profile.urbanHouseholdsMean) * profile.scale
        let householdCount = max(1, Int((mean * (0.6 + 0.8 * random.unit())).rounded()))
        let prefix = "H" + String(SeededRandom.fnv1a(community.id.rawValue), radix: 16, uppercase: true)
        let area = areaCode.utf8.count == 6 ? areaCode : "411500"

        var dwellings: [Dwelling] = []
        var households: [Household] = []
        var residents: [Resident] = []
        households.reserveCapacity(householdCount)
        residents.reserveCapacity(householdCount * 3)

        var dwelling: Dwelling?
        var leftInDwelling = 0
        var numberInDwelling = 0
        var sequence = 0
        for index in 1...householdCount {
            if leftInDwelling == 0 {
                let range = rural ? profile.householdsPerNaturalVillage : profile.householdsPerBuilding
                leftInDwelling = Int.random(in: range, using: &random)
                numberInDwelling = 0
                let name = rural
                    ? "\(ChineseNames.surname(&random))\(ChineseNames.villageEndings.randomElement(using: &random)!)" + (dwellings.count >= 8 ? "\(dwellings.count + 1)组" : "")
                    : "\(dwellings.count + 1)号楼"
                let next = Dwelling(communityID: community.id, kind: rural ? .naturalVillage : .building, name: name)
                dwelling = dwellings.contains(where: { $0.id == next.id })
                    ? Dwelling(communityID: community.id, kind: next.kind, name: "\(name)\(dwellings.count + 1)")
                    : next
                dwellings.append(dwelling!)
            }
            leftInDwelling -= 1
            numberInDwelling += 1
            let address = rural
                ? "\(dwelling!.name)\(numberInDwelling)号"
                : "\(dwelling!.name)\((numberInDwelling - 1) / 24 + 1)单元\((numberInDwelling - 1) % 24 / 2 + 1)0\((numberInDwelling - 1) % 2 + 1)室"
            let householdID = HouseholdID(rawValue: "\(prefix)-\(index)")
            households.append(Household(id: householdID, communityID: community.id, dwellingID: dwelling!.id, address: address))
            members(of: householdID, rural: rural, area: area, sequence: &sequence, random: &random, into: &residents)
        }
        let workers = self.workers(of: community, households: householdCount, rural: rural, dwellings: dwellings, random: &random)
        return CommunityPopulation(community: community, dwellings: dwellings, households: households, residents: residents, workers: workers)
    }

    private func members(
        of household: HouseholdID, rural: Bool, area: String, sequence: inout Int, random: inout SeededRandom,
        into residents: inout [Resident]
    ) {
        let size = random.weighted(rural ? profile.ruralSizeWeights : profile.urbanSizeWeights) + 1
        let surname = ChineseNames.surname(&random)
        var people: [(role: HouseholdRole, sex: Sex, age: Int, surname: String)] = []

        let headAge: Int
        if size == 1 {
            // People living alone skew old, more so in villages.
            let u = rural ? max(random.unit(), random.unit()) : random.unit()
            headAge = 20 + Int(u * 70)
        } else {
            headAge = Int.random(in: 25...78, using: &random)
        }
        let headSex: Sex = random.chance(0.7) ? .male : .female
        people.append((.head, headSex, headAge, surname))
        if size >= 2 && random.chance(0.85) {
            let spouseAge = min(100, max(20, headAge + Int.random(in: -5...3, using: &random)))
            people.append((.spouse, headSex == .male ? .female : .male, spouseAge, ChineseNames.surname(&random)))
        }
        if size >= 5 && headAge < 62 && random.chance(0.5) {
            people.append((.parent, random.chance(0.5) ? .male : .female, min(100, headAge + Int.random(in: 22...32, using: &random)), surname))
        }
        while people.count < size {
            let childAge = headAge - Int.random(in: 22...38, using: &random)
            if childAge >= 0 {
                people.append((.child, random.chance(0.515) ? .male : .female, childAge, surname))
            } else {
                people.append((.grandchild, random.chance(0.515) ? .male : .female, max(0, headAge - Int.random(in: 45...60, using: &random)), surname))
            }
        }

        let dibao = random.chance(rural ? profile.minimumSubsistenceShare.rural : profile.minimumSubsistenceShare.urban)
        let reference = profile.referenceDate
        for (index, person) in people.enumerated() {
            let birthYear = reference.year - person.age - 1
            let month = Int.random(in: 1...12, using: &random)
            let day = Int.random(in: 1...CivilDate.daysIn(month: month, year: birthYear), using: &random)
            let birth = CivilDate(year: birthYear, month: month, day: day)!
            let age = birth.age(on: reference)
            sequence += 1
            let serial = (sequence * 2 + (person.sex == .male ? 1 : 0)) % 1000
            let first17 = area + birth.compactDigits + String(repeating: "0", count: 3 - String(serial).count) + String(serial)
            let idNumber = first17 + String(IDNumber.checkCharacter(for: first17)!)
            let phone: String? = age >= 16 ? mobile(&random) : nil

            var care = CareCategories()
            if dibao { care.insert(.minimumSubsistence) }
            if random.chance(profile.disabilityShare * (age >= 60 ? 2 : 1)) { care.insert(.disability) }
            if age < 18 {
                if rural && age < 16 && random.chance(profile.leftBehindChildShare) { care.insert(.leftBehindChild) }
                if random.chance(profile.childInDifficultyShare) { care.insert(.childInDifficulty) }
            } else if age < 60 && random.chance(profile.employmentDifficultyShare) {
                care.insert(.employmentDifficulty)
            }
            if size == 1 && age >= 65 {
                care.insert(.elderlyLivingAlone)
                if rural && random.chance(profile.extremePovertyShareOfRuralAloneElderly) { care.insert(.extremePoverty) }
            }
            residents.append(Resident(
                id: ResidentID(rawValue: "\(household.rawValue)-\(index + 1)"), householdID: household,
                name: person.surname + ChineseNames.givenName(person.sex, &random), sex: person.sex, birthDate: birth,
                idNumber: idNumber, phone: phone, role: person.role, care: care))
        }
    }

    private func workers(
        of community: Division, households: Int, rural: Bool, dwellings: [Dwelling], random: inout SeededRandom
    ) -> [Worker] {
        var workers: [Worker] = []
        let prefix = "W" + String(SeededRandom.fnv1a(community.id.rawValue), radix: 16, uppercase: true)
        let staff = rural ? Int.random(in: 3...6, using: &random) : Int.random(in: 5...9, using: &random)
        for index in 1...staff {
            let sex: Sex = random.chance(0.5) ? .male : .female
            workers.append(Worker(
                id: WorkerID(rawValue: "\(prefix)-C\(index)"), communityID: community.id,
                name: ChineseNames.surname(&random) + ChineseNames.givenName(sex, &random), role: .communityWorker,
                employment: random.chance(0.85) ? .fullTime : .partTime, phone: mobile(&random)))
        }
        // Urban grids are a few hundred households; a rural grid is usually a natural village.
        let grids = rural ? dwellings.map(\.name) : (1...max(1, households / profile.householdsPerGrid)).map { "第\($0)网格" }
        for (index, grid) in grids.enumerated() {
            let sex: Sex = random.chance(0.5) ? .male : .female
            workers.append(Worker(
                id: WorkerID(rawValue: "\(prefix)-G\(index + 1)"), communityID: community.id,
                name: ChineseNames.surname(&random) + ChineseNames.givenName(sex, &random), role: .gridWorker,
                employment: rural ? .partTime : .fullTime, phone: mobile(&random), grid: grid))
        }
        return workers
    }

    private func mobile(_ random: inout SeededRandom) -> String {
        let prefixes = ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "155", "158", "176", "177", "186", "187", "188", "189", "199"]
        let rest = Int.random(in: 0..<100_000_000, using: &random)
        let digits = String(rest)
        return prefixes[Int.random(in: 0..<prefixes.count, using: &random)] + String(repeating: "0", count: 8 - digits.count) + digits
    }
}
