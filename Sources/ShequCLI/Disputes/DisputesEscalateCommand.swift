import ArgumentParser
import Foundation
import ShequCore
import ShequHooks

/// `shequ disputes escalate`: applies the county's time-out rule at `--now` to open disputes
/// (矛盾纠纷逐级化解, Art. 35); a dispute not resolved in time moves up the ladder, level by
/// level, each escalation recorded at the moment the time limit ran out.
struct DisputesEscalateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: "Escalate open disputes whose time at their level ran out, by the built-in 四级七天 rule or a county plugin.",
        discussion: "Without ids every open dispute is checked. The clock is --now (default the current time).")

    @Argument(help: "Dispute ids (default every open dispute).") var disputes: [String] = []
    @Option(help: "The moment the rule is applied (YYYY-MM-DD or YYYY-MM-DDTHH:MM, China time; default now).") var now: String?
    @OptionGroup var ladderOptions: DisputeLadderOptions

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Escalated: Encodable {
        var disputeID: String
        var rule: String
        var escalations: [DisputeEscalation]
    }

    func run() async throws {
        try await reportingFailures {
            let clock = try ChinaInstant.option(now, "--now") ?? Date()
            let store = try storeOptions.openEmbedded(for: "disputes")
            var chosen: [Dispute] = []
            if disputes.isEmpty {
                chosen = try await store.disputes(community: nil, openOnly: true)
            } else {
                for id in disputes { chosen.append(try await loadDispute(id, from: store)) }
            }
            let plugin = try ladderOptions.loadPlugin()
            var changed: [Dispute] = []
            var report: [Escalated] = []
            for var dispute in chosen where !dispute.isClosed {
                let ladder = try ladderOptions.ladder(for: ladderOptions.countyCode(of: dispute), plugin: plugin)
                let climbs: [DisputeEscalation]
                let rule: String
                do {
                    if let plugin {
                        rule = plugin.pluginID
                        climbs = try await plugin.escalate(&dispute, ladder: ladder, now: clock)
                    } else {
                        let builtIn = LadderTimeLimitRule()
                        rule = builtIn.name
                        climbs = try dispute.escalateOnTimeOut(ladder: ladder, rule: builtIn, now: clock)
                    }
                } catch { throw CommandFailure.rule("dispute \(dispute.id): \(error); nothing was escalated") }
                guard !climbs.isEmpty else { continue }
                changed.append(dispute)
                report.append(Escalated(disputeID: dispute.id, rule: rule, escalations: climbs))
            }
            do { _ = try await store.save(changed) } catch let error as GovernanceRecordError { throw CommandFailure.rule(error) }
            switch output.format {
            case .json: try JSONOutput.print(report)
            case .text:
                print("按\(plugin?.pluginID ?? LadderTimeLimitRule().name)，于\(ChinaInstant.text(clock))检查\(chosen.count)件，升级\(report.count)件")
                for item in report {
                    for climb in item.escalations {
                        print("\(item.disputeID)：\(ChinaInstant.text(climb.at)) \(climb.from.unit) → \(climb.to.unit)（\(climb.reason)）")
                    }
                }
            }
        }
    }
}
