import ArgumentParser
import ShequCore

/// `shequ grids workers assign`: puts a community worker on a grid of the division in force.
struct GridWorkersAssignCommand: AsyncParsableCommand {
    enum Employment: String, ExpressibleByArgument, CaseIterable {
        case fullTime = "full-time"
        case partTime = "part-time"

        var domain: GridWorkerEmployment { self == .fullTime ? .fullTime : .partTime }
    }

    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign a worker of the community to one of its grids, full-time or part-time.",
        discussion: "A worker covers one grid unless the county allows more (--county-allows N). Exits 1 when the grid or worker is unknown or the worker already covers as many grids as allowed.")

    @Option(help: "The grid code, e.g. 411502001001003.")
    var grid: String

    @Option(help: "The worker's ID (see `shequ workers COMMUNITY`).")
    var worker: String

    @Option(help: "full-time or part-time.")
    var employment: Employment = .fullTime

    @Option(name: .customLong("county-allows"), help: "How many grids the county lets one worker cover (default 1).")
    var countyAllows = 1

    @Option(help: "The date the assignment is checked against (YYYY-MM-DD); default today.")
    var on: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            guard let code = GridCode(rawValue: grid) else {
                throw CommandFailure.usage("--grid \(grid): not a grid code (15 digits, or <community>#NNN)")
            }
            guard countyAllows >= 1 else { throw CommandFailure.usage("--county-allows must be at least 1") }
            let store = try await storeOptions.open()
            let date = try CivilDate.option(on, "--on") ?? CivilDate.today()
            guard let inForce = try await store.divisionHistory(community: code.communityCode)?.division(on: date),
                  inForce.grid(withCode: code) != nil else {
                throw CommandFailure.rule("no grid \(code) in force on \(date): see `shequ grids show --community \(code.communityCode)`")
            }
            let community = try await DivisionResolver(store: store).resolve(code.communityCode)
            let workers = try await store.workers(in: community.id, disclosure: [])
            guard workers.contains(where: { $0.id.rawValue == worker }) else {
                throw CommandFailure.rule("no worker \(worker) in \(community.name) (\(code.communityCode)): list them with `shequ workers \(code.communityCode)`")
            }
            let assignment = GridWorkerAssignment(workerID: worker, gridCode: code, employment: employment.domain)
            let existing = try await store.gridWorkerAssignments(community: code.communityCode)
            let others = existing.filter { $0.workerID == worker && $0.gridCode != code }
            let policy = GridStaffingPolicy(allowsSeveralGridsPerWorker: countyAllows > 1, maxGridsPerWorker: countyAllows)
            if let problem = GridStaffing.problems(grids: inForce.grids, assignments: others + [assignment], policy: policy)
                .first(where: { if case .tooManyGridsForWorker = $0 { true } else { false } }) {
                throw CommandFailure.rule("\(problem); the county allows \(countyAllows) grid(s) per worker (--county-allows)")
            }
            try await store.save(assignment)
            switch output.format {
            case .json: try JSONOutput.print(assignment)
            case .text: print("\(worker) 任 \(code) \(inForce.grid(withCode: code)!.name) \(assignment.employment.chineseName)")
            }
        }
    }
}
