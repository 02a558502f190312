import ArgumentParser
import ShequCore

/// `shequ grids tasks correct`: records the correction of a grid-task violation (Art. 44).
struct GridTasksCorrectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct", abstract: "Record how and when a grid-task violation was corrected (Art. 44).")

    @Option(help: "The county code.")
    var county: String

    @Option(help: "The violation ID (see `grids tasks violations`).")
    var violation: String

    @Option(help: "Who corrected it.")
    var by: String

    @Option(help: "The date of the correction (YYYY-MM-DD).")
    var on: String

    @Option(help: "What was done, e.g. 收回任务.")
    var measure: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let date = try CivilDate.option(on, "--on")!
            guard var found = try await store.admissionViolations(county: county).first(where: { $0.id == violation }) else {
                throw CommandFailure.rule("no violation \(violation) in \(county): list them with `shequ grids tasks violations --county \(county)`")
            }
            do { try found.correct(on: date, by: by, measure: measure) } catch { throw CommandFailure.rule(error) }
            try await store.save(found)
            switch output.format {
            case .json: try JSONOutput.print(found)
            case .text: print("\(violation) 已纠正：\(date) \(by) \(measure)")
            }
        }
    }
}
