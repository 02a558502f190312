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
        abstract: "Escalate open disputes whose time at their level ran out, by the built-in 四级七天 rule or a county plugin; or pass one up by hand with --to.",
        discussion: """
            Without ids every open dispute is checked. The clock is --now (default the current time). \
            --holder level=unit names who takes disputes at a level (default a unit named after the level). \
            With --to LEVEL one dispute is passed up before its limit (mediation failed, the parties asked), with --reason and --by.
            """)

    @Argument(help: "Dispute ids (default every open dispute).") var disputes: [String] = []
    @Option(help: "The moment the rule is applied (YYYY-MM-DD or YYYY-MM-DDTHH:MM, China time; default now).") var now: String?
    @OptionGroup var ladderOptions: DisputeLadderOptions
    @Option(name: .customLong("holder"), help: "level=unit: who takes disputes at that level; may be repeated.") var holders: [String] = []
    @Option(help: "Pass one dispute up to this level now, before its limit.") var to: String?
    @Option(help: "Why the level passes it up (with --to).") var reason: String?
    @Option(help: "Who passes it up (with --to).") var by: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Escalated: Encodable {
        var disputeID: String
        var rule: String
        var escalations: [DisputeEscalation]
    }

    func validate() throws {
        if to != nil {
            guard disputes.count == 1 else { throw ValidationError("--to passes up one dispute: give its id") }
            guard reason != nil, by != nil else { throw ValidationError("--to needs --reason and --by") }
        }
    }

    func assignee() throws -> (DisputeLevel) -> DisputeHolder {
        var units: [DisputeLevel: String] = [:]
        for text in holders {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else { throw CommandFailure.usage("--holder \(text): expected level=unit") }
            units[try choice(parts[0], "--holder", as: DisputeLevel.self)] = parts[1]
        }
        return { level in units[level].map { DisputeHolder(level: level, unit: $0) } ?? .generic(level) }
    }

    func run() async throws {
        try await reportingFailures {
            let clock = try ChinaInstant.option(now, "--now") ?? Date()
            let store = try await storeOptions.open()
            let assignee = try assignee()
            if let to {
                try await passUp(disputes[0], to: try choice(to, "--to", as: DisputeLevel.self), at: clock, assignee: assignee, store: store)
                return
            }
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
                        climbs = try await plugin.escalate(&dispute, ladder: ladder, now: clock, assignee: assignee)
                    } else {
                        let builtIn = LadderTimeLimitRule()
                        rule = builtIn.name
                        climbs = try dispute.escalateOnTimeOut(ladder: ladder, rule: builtIn, now: clock, assignee: assignee)
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

    private func passUp(_ id: String, to level: DisputeLevel, at date: Date, assignee: (DisputeLevel) -> DisputeHolder, store: any DisputeStore) async throws {
        var dispute = try await loadDispute(id, from: store)
        let ladder = try ladderOptions.ladder(for: ladderOptions.countyCode(of: dispute), plugin: nil)
        let escalation: DisputeEscalation
        do { escalation = try dispute.escalate(to: assignee(level), at: date, by: by!, reason: reason!, ladder: ladder) } catch {
            throw CommandFailure.rule(error)
        }
        try await saveDispute(dispute, to: store)
        switch output.format {
        case .json: try JSONOutput.print([Escalated(disputeID: id, rule: by!, escalations: [escalation])])
        case .text: print("\(id)：\(ChinaInstant.text(escalation.at)) \(escalation.from.unit) → \(escalation.to.unit)（\(escalation.reason)）")
        }
    }
}
