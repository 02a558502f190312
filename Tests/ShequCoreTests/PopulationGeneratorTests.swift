import Testing
@testable import ShequCore

@Suite("Population generation")
struct PopulationGeneratorTests {
    let urban = Division(id: "411502001/义阳居委会", level: .community, name: "义阳居委会", parentID: "411502001", committee: .residents)
    let rural = Division(id: "411502101/南湾村委会", level: .community, name: "南湾村委会", parentID: "411502101", committee: .villagers)

    @Test func theSameSeedGivesTheSameData() {
        let first = PopulationGenerator(seed: 7).population(of: urban, areaCode: "411502")
        let second = PopulationGenerator(seed: 7).population(of: urban, areaCode: "411502")
        let other = PopulationGenerator(seed: 8).population(of: urban, areaCode: "411502")
        #expect(first.residents == second.residents)
        #expect(first.households == second.households)
        #expect(first.residents != other.residents)
    }

    @Test func generatedResidentsAreValid() throws {
        let population = PopulationGenerator(seed: 1).population(of: rural, areaCode: "411502")
        let households = Set(population.households.map(\.id))
        #expect(!population.residents.isEmpty)
        for resident in population.residents {
            let idNumber = try #require(resident.idNumber)
            #expect(IDNumber.isValid(idNumber))
            #expect(idNumber.hasPrefix("411502"))
            #expect(IDNumber.birthDate(in: idNumber) == resident.birthDate)
            #expect(households.contains(resident.householdID))
            if let phone = resident.phone { #expect(PhoneNumber.isValid(phone)) }
        }
        #expect(Set(population.residents.map(\.id)).count == population.residents.count)
        #expect(population.dwellings.allSatisfy { $0.kind == .naturalVillage })
        #expect(population.workers.contains { $0.role == .gridWorker })
    }

    @Test func urbanCommunitiesAreLargerAndRuralHouseholdsBigger() {
        let generator = PopulationGenerator(seed: 3)
        var urbanHouseholds = 0, ruralHouseholds = 0, urbanResidents = 0, ruralResidents = 0
        for index in 0..<20 {
            let u = generator.population(of: Division(id: DivisionID(rawValue: "u\(index)"), level: .community, name: "u\(index)居委会", committee: .residents), areaCode: "411502")
            let r = generator.population(of: Division(id: DivisionID(rawValue: "r\(index)"), level: .community, name: "r\(index)村委会", committee: .villagers), areaCode: "411502")
            urbanHouseholds += u.households.count
            urbanResidents += u.residents.count
            ruralHouseholds += r.households.count
            ruralResidents += r.residents.count
        }
        #expect((1_200...1_800).contains(urbanHouseholds / 20))
        #expect((330...510).contains(ruralHouseholds / 20))
        let urbanSize = Double(urbanResidents) / Double(urbanHouseholds)
        let ruralSize = Double(ruralResidents) / Double(ruralHouseholds)
        #expect((2.5...3.1).contains(urbanSize))
        #expect((3.0...3.6).contains(ruralSize))
    }

    @Test func everyCareCategoryAppearsInASmallShare() {
        let generator = PopulationGenerator(seed: 5)
        var counts: [CareCategory: Int] = [:]
        var total = 0
        for index in 0..<10 {
            let population = generator.population(of: Division(id: DivisionID(rawValue: "r\(index)"), level: .community, name: "r村委会", committee: .villagers), areaCode: "411502")
            total += population.residents.count
            for resident in population.residents {
                for category in resident.care?.categories ?? [] { counts[category, default: 0] += 1 }
                if resident.care?.contains(.elderlyLivingAlone) == true {
                    #expect(resident.birthDate.age(on: PopulationProfile.xinyang.referenceDate) >= 65)
                    #expect(population.residents.filter { $0.householdID == resident.householdID }.count == 1)
                }
            }
        }
        for category in CareCategory.allCases {
            let share = Double(counts[category] ?? 0) / Double(total)
            #expect(share > 0, "no resident in \(category)")
            #expect(share < 0.12, "\(category) is \(share) of residents")
        }
    }

    @Test func scaleShrinksTheNumberOfHouseholds() {
        var profile = PopulationProfile.xinyang
        profile.scale = 0.1
        let small = PopulationGenerator(seed: 1, profile: profile).population(of: urban, areaCode: "411502")
        let full = PopulationGenerator(seed: 1).population(of: urban, areaCode: "411502")
        #expect(small.households.count * 5 < full.households.count)
    }
}
