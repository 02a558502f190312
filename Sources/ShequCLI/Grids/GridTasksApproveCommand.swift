import ArgumentParser
import ShequCore

/// `shequ grids tasks approve`: records the approval of a task type not on the admission list.
struct GridTasksApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record an approval to give grid staff a task type not on the admission list: who approved, when, why.")

    @Option(help: "The county code.")
    var county: String

    @Option(help: "The task type code approved.")
    var task: String

    @Option(help: "The assigning unit the approval covers (default: any unit).")
    var unit: String?

    @Option(help: "Who approved (the county government).")
    var by: String

    @Option(help: "The date of the approval (YYYY-MM-DD).")
    var on: String

    @Option(help: "The last date the approval covers (YYYY-MM-DD); default open-ended.")
    var until: String?

    @Option(help: "Why it was approved.")
    var reason: String

    @Option(help: "An ID for the approval (default derived from county, task and date).")
    var id: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let date = try CivilDate.option(on, "--on")!
            let approval = AdmissionApproval(
                id: id ?? "approval-\(county)-\(task)-\(date)", countyCode: county, taskTypeCode: task, assigningUnit: unit,
                approvedBy: by, approvedOn: date, validUntil: try CivilDate.option(until, "--until"), reason: reason)
            try await store.save(approval)
            switch output.format {
            case .json: try JSONOutput.print(approval)
            case .text: print("已记录批准 \(approval.id)：\(by)于\(date)批准事项\(task)（\(reason)）")
            }
        }
    }
}
