import ArgumentParser
import Foundation
import ShequCore

/// `shequ violations list`: violations with unit, person responsible, conduct, article and status.
struct ViolationsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List recorded violations, optionally of one unit or status.")

    @Option(help: "Only violations of this unit (its name).")
    var unit: String?

    @Option(help: "Only violations in this status: \(ViolationStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: String?

    @Flag(help: "Show the status history of each violation.")
    var history = false

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let wanted = try status.map { try choice($0, "--status", as: ViolationStatus.self) }
            let store = try await storeOptions.open()
            let violations = try await store.violations().filter {
                (unit == nil || $0.unit.name == unit) && (wanted == nil || $0.status == wanted)
            }
            switch output.format {
            case .json: try JSONOutput.print(violations)
            case .text:
                if violations.isEmpty { print("没有登记的违规行为。") }
                for violation in violations {
                    print("\(violation.id)  \(violation.status.chineseName)  \(violation.unit.name)\(violation.responsiblePerson.map { "（责任人：\($0)）" } ?? "")  \(violation.basis.citation)")
                    print("  \(CivilDate(chinaDayOf: violation.occurredAt))  \(violation.conduct)")
                    if let correction = violation.correction {
                        print("  责令纠正：\(correction.instruction)（\(correction.orderedBy)\(correction.deadline.map { "，限\(CivilDate(chinaDayOf: $0))前" } ?? "")）")
                    }
                    if history {
                        for change in violation.history {
                            print("    \(ChinaInstant.text(change.at))  \(change.to.chineseName)  \(change.by)：\(change.note)")
                        }
                    }
                }
            }
        }
    }
}
