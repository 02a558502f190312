import ArgumentParser
import ShequCore

/// `shequ grids tasks assign`: gives a task to a grid or grid worker, checked against the
/// admission list in force (Art. 34); a refusal is recorded as a violation (Art. 44).
struct GridTasksAssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign a task to a grid or grid worker: accepted when listed, accepted with an approval, else refused and recorded as a violation.",
        discussion: "Exits 0 when the task is accepted (listed or approved), 1 when it is refused; the decision is recorded either way.")

    @Option(help: "The county code.")
    var county: String

    @Option(help: "The task type code.")
    var task: String

    @Option(help: "The task's name as the assigning unit gave it.")
    var name: String

    @Option(help: "The unit assigning the task (a county department, a township).")
    var unit: String

    @Option(help: "The grid the task goes to.")
    var grid: String?

    @Option(help: "The grid worker the task goes to.")
    var worker: String?

    @Option(help: "The date of the assignment (YYYY-MM-DD).")
    var on: String

    @Option(help: "An ID for the assignment (default derived from county, task, unit and date).")
    var id: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (grid == nil) != (worker == nil) else { throw ValidationError("give either --grid or --worker") }
    }

    func run() async throws {
        try await reportingFailures {
            let assignee: GridTaskAssignment.Assignee
            if let grid {
                guard let code = GridCode(rawValue: grid) else {
                    throw CommandFailure.usage("--grid \(grid): not a grid code (15 digits, or <community>#NNN)")
                }
                assignee = .grid(code)
            } else {
                assignee = .worker(worker!)
            }
            let store = try await storeOptions.open()
            let date = try CivilDate.option(on, "--on")!
            let assignment = GridTaskAssignment(
                id: id ?? "task-\(county)-\(task)-\(unit)-\(date)", countyCode: county, taskTypeCode: task, taskName: name,
                assigningUnit: unit, assignee: assignee, assignedOn: date)
            let list = try await store.admissionList(county: county) ?? AdmissionList(countyCode: county)
            let decision: AdmissionDecision
            do {
                decision = try AdmissionCheck.check(assignment, against: list, approvals: try await store.admissionApprovals(county: county))
            } catch {
                throw CommandFailure.rule(error)
            }
            try await store.save(decision)
            switch output.format {
            case .json: try JSONOutput.print(decision)
            case .text:
                switch decision.outcome {
                case .listed: print("准予（清单内事项）：\(decision.reason)")
                case .approved: print("准予（经批准）：\(decision.reason)")
                case .refused(let violation): print("拒绝，已记录违规 \(violation.id)：\(decision.reason)")
                }
            }
            if !decision.isAccepted { throw ExitCode(CommandFailure.ruleExitCode) }
        }
    }
}
