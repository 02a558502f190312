import ArgumentParser
import ShequCore

/// `shequ facilities remedy`: records how a community's area shortfall will be made up (Art. 12).
struct FacilitiesRemedyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remedy",
        abstract: "Record the remedy chosen for a shortfall: newBuild, renovation, transfer, purchase, swap or lease (Art. 12).")

    @Option(help: "The community (its code or identity).")
    var community: String

    @Option(help: "The remedy: \(FacilityRemedy.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")).")
    var remedy: String

    @Option(help: "Square metres the remedy adds.")
    var area: Double

    @Option(help: "The unit responsible.")
    var unit: String

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            guard let chosen = FacilityRemedy(rawValue: remedy) ?? FacilityRemedy(chineseName: remedy) else {
                throw CommandFailure.usage("--remedy \(remedy): use one of \(FacilityRemedy.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard area > 0, area.isFinite else { throw CommandFailure.usage("--area \(area): give a positive number of square metres") }
            let store = try await storeOptions.open()
            let key = try await ServiceCommunities(store: store).requiredKey(of: community)
            try await store.save(FacilityRemedyPlan(communityCode: key, remedy: chosen, addedSquareMetres: area, responsibleUnit: unit))
            print("\(key)：\(chosen.chineseName) \(area)㎡（\(unit)）已记录")
        }
    }
}
