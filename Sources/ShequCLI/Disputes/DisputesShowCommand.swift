import ArgumentParser
import Foundation
import ShequCore

/// `shequ disputes show ID`: the dispute, who held it and for how long at each level, and its full history.
struct DisputesShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a dispute: parties, who held it and for how long at each level, mediators, sessions, outcome and history.")

    @Argument(help: "The dispute's id.") var dispute: String
    @Option(help: "The moment open holdings are measured to (default now).") var now: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Held: Encodable {
        var level: DisputeLevel
        var unit: String
        var from: Date
        var until: Date?
        var end: DisputeHolding.End?
        var seconds: Double
    }

    struct Shown: Encodable {
        var dispute: Dispute
        var held: [Held]
    }

    func run() async throws {
        try await reportingFailures {
            let clock = try ChinaInstant.option(now, "--now") ?? Date()
            let store = try await storeOptions.open()
            let record = try await loadDispute(dispute, from: store)
            let held = record.holdings.map {
                Held(level: $0.holder.level, unit: $0.holder.unit, from: $0.from, until: $0.until, end: $0.end, seconds: $0.duration(at: clock))
            }
            switch output.format {
            case .json: try JSONOutput.print(Shown(dispute: record, held: held))
            case .text:
                print("纠纷：\(record.id) \(record.category.chineseName)（\(record.isClosed ? "已办结" : "办理中，现由\(record.currentHolding.holder.unit)承办")）")
                print("当事人：\(record.parties.map(\.name).joined(separator: "、"))")
                print("事由：\(record.description)")
                print("地点：\(record.place.communityCode)\(record.place.gridCode.map { " 网格\($0)" } ?? "")；来源：\(record.channel.chineseName)；受理：\(record.receivedBy) \(ChinaInstant.text(record.receivedAt))")
                print("承办经过：")
                for item in held {
                    let end = switch item.end {
                    case .timedOut?: "超时移交"
                    case .escalated?: "移交上级"
                    case .closed?: "办结"
                    case nil: "办理中"
                    }
                    print("  \(item.level.chineseName)  \(item.unit)  \(ChinaInstant.text(item.from)) 至 \(item.until.map(ChinaInstant.text) ?? "今")  共\(ChinaInstant.duration(item.seconds))  \(end)")
                }
                if !record.mediators.isEmpty {
                    print("调解人员：\(record.mediators.map { "\($0.name)（\($0.kind.chineseName)）" }.joined(separator: "、"))")
                }
                if let outcome = record.outcome {
                    print("结果：\(outcome.kind.chineseName)\(outcome.agreementText.map { "：\($0)" } ?? "")")
                }
                print("记录：")
                for event in record.history {
                    print("  \(ChinaInstant.text(event.at))  \(event.level.chineseName)  \(event.actor)：\(event.note)")
                }
            }
        }
    }
}
