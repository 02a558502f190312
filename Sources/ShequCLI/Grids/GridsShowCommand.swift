import ArgumentParser
import ShequCore

/// `shequ grids show`: the grids of a community in force on a date, with their workers.
struct GridsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the grids of a community in force on a date (default today), with their sizes and grid workers.")

    @Option(help: "The community: its code, identity or unique name.")
    var community: String

    @Option(help: "The date (YYYY-MM-DD); default today.")
    var on: String?

    @Option(help: "Show this version instead, applied or not.")
    var version: Int?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Shown: Encodable {
        var division: GridDivision
        var workers: [GridWorkerAssignment]
        var staffingProblems: [String]

        enum CodingKeys: String, CodingKey {
            case division, workers
            case staffingProblems = "staffing_problems"
        }
    }

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let division = try await DivisionResolver(store: store).resolve(community)
            let code = division.code?.rawValue ?? division.id.rawValue
            let date = try CivilDate.option(on, "--on") ?? CivilDate.today()
            let history = try await store.divisionHistory(community: code)
            let found = version.map { history?.division(version: $0) } ?? history?.division(on: date)
            guard let shown = found else {
                let what = version.map { "no division version \($0)" } ?? "no division in force on \(date)"
                throw CommandFailure.rule("\(division.name) (\(code)) has \(what): see `shequ grids history --community \(code)`")
            }
            let workers = try await store.gridWorkerAssignments(community: code)
            let problems = GridStaffing.problems(grids: shown.grids, assignments: workers, policy: .oneGridPerWorker)
            switch output.format {
            case .json: try JSONOutput.print(Shown(division: shown, workers: workers, staffingProblems: problems.map(\.description)))
            case .text:
                let from = shown.appliedFrom.map { "自\($0)起施行" } ?? "未施行（\(shown.status.rawValue)）"
                print("\(division.name)（\(code)）网格划分第\(shown.version)版，\(from)，\(shown.grids.count)个网格")
                for grid in shown.grids {
                    let staff = workers.filter { $0.gridCode == grid.code }
                        .map { "\($0.workerID)（\($0.employment.chineseName)）" }.joined(separator: "、")
                    let units = grid.members.map(\.address).joined(separator: "、")
                    print("  \(grid.code)  \(grid.name)  \(grid.householdCount)户  网格员: \(staff.isEmpty ? "未配备" : staff)")
                    print("      \(units)")
                }
                for problem in problems.prefix(10) { print("  ! \(problem)") }
            }
        }
    }
}
