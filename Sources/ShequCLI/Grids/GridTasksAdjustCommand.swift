import ArgumentParser
import ShequCore

/// `shequ grids tasks adjust`: a new version of the county's admission list, effective from a date.
struct GridTasksAdjustCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adjust",
        abstract: "Add or remove task types of a county's admission list from a date; the first adjustment creates the list.")

    @Option(help: "The county code, e.g. 411502.")
    var county: String

    @Option(help: "A task type to add, as CODE=NAME (repeatable).")
    var add: [String] = []

    @Option(help: "The code of a task type to remove (repeatable).")
    var remove: [String] = []

    @Option(help: "The date the new version takes effect (YYYY-MM-DD).")
    var from: String

    @Option(help: "Who decided the adjustment (the county government).")
    var by: String

    @Option(help: "Why the list changes.")
    var reason: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let adding = try add.map { text -> GridTaskType in
                let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw CommandFailure.usage("--add \(text): expected CODE=NAME, e.g. T01=人口信息采集")
                }
                return GridTaskType(code: parts[0], name: parts[1])
            }
            let store = try await storeOptions.open()
            let date = try CivilDate.option(from, "--from")!
            var list = try await store.admissionList(county: county) ?? AdmissionList(countyCode: county)
            let version: Int
            do {
                version = try list.adjust(adding: adding, removing: remove, effectiveFrom: date, by: by, reason: reason)
            } catch {
                throw CommandFailure.rule(error)
            }
            try await store.save(list)
            let saved = list.versions.last!
            switch output.format {
            case .json: try JSONOutput.print(saved)
            case .text: print("\(county) 准入清单第\(version)版，自\(date)起施行，共\(saved.taskTypes.count)项")
            }
        }
    }
}
