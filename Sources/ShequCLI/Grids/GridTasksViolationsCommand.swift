import ArgumentParser
import ShequCore

/// `shequ grids tasks violations`: tasks refused under Art. 44, with their correction.
struct GridTasksViolationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "violations", abstract: "List the grid-task violations of a county (Art. 44) and whether each was corrected.")

    @Option(help: "The county code.")
    var county: String

    @Flag(help: "Only violations not yet corrected.")
    var open = false

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let violations = try await store.admissionViolations(county: county).filter { !open || !$0.isCorrected }
            switch output.format {
            case .json: try JSONOutput.print(violations)
            case .text:
                if violations.isEmpty { print("\(county) 无违规记录") }
                for violation in violations {
                    let state = violation.correction.map { "已纠正（\($0.correctedOn) \($0.correctedBy)：\($0.measure)）" } ?? "待纠正"
                    print("\(violation.id)  \(violation.recordedOn)  \(violation.assigningUnit)  「\(violation.assignment.taskName)」  \(state)")
                }
            }
        }
    }
}
