import ArgumentParser
import ShequCore

/// `shequ volunteers totals`: confirmed and pending hours per volunteer or per project.
struct VolunteersTotalsCommand: AsyncParsableCommand {
    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case volunteer, project
    }

    static let configuration = CommandConfiguration(
        commandName: "totals",
        abstract: "Service hours per volunteer or per project; only confirmed hours count.")

    @Option(help: "volunteer or project.")
    var by: Grouping = .volunteer

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let register = try await storeOptions.open().volunteerRegister()
            let totals = by == .volunteer ? register.totalsByVolunteer() : register.totalsByProject()
            switch output.format {
            case .json: try JSONOutput.print(totals)
            case .text:
                if by == .volunteer {
                    print(register.volunteerTable().text)
                } else {
                    for total in totals {
                        print("\(total.id)  \(total.name)  已确认 \(Double(total.confirmedMinutes) / 60) 小时  待确认 \(Double(total.pendingMinutes) / 60) 小时")
                    }
                }
            }
        }
    }
}
