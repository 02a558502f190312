import ArgumentParser
import ShequCore

/// `shequ grids tasks list`: a county's admission list, every version or the one in force on a date.
struct GridTasksListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Show a county's admission list (准入清单): all versions, or the one in force with --on.")

    @Option(help: "The county code, e.g. 411502.")
    var county: String

    @Option(help: "Only the version in force on this date (YYYY-MM-DD).")
    var on: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let store = try await storeOptions.open()
            let list = try await store.admissionList(county: county) ?? AdmissionList(countyCode: county)
            var versions = list.versions
            if let date = try CivilDate.option(on, "--on") { versions = list.version(on: date).map { [$0] } ?? [] }
            switch output.format {
            case .json: try JSONOutput.print(versions)
            case .text:
                if versions.isEmpty { print("\(county) 尚无生效的网格化服务管理事项准入清单") }
                for version in versions {
                    print("第\(version.version)版  自\(version.effectiveFrom)起施行  \(version.adjustment.adjustedBy)：\(version.adjustment.reason)")
                    for task in version.taskTypes { print("  \(task.code)  \(task.name)") }
                }
            }
        }
    }
}
