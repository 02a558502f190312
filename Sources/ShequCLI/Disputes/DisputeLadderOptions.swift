import ArgumentParser
import Foundation
import ShequCore
import ShequHooks
import ShequLua

/// The escalation ladder and rule of a county: the built-in "four levels, seven days"
/// (四级七天) unless `--ladder` or a plugin's `config.ladder` says otherwise, and the
/// built-in time-limit rule unless a plugin scripts `escalate_dispute`.
struct DisputeLadderOptions: ParsableArguments {
    @Option(help: "The county's ladder as level:days,… (e.g. grid_worker:3,community_mediation:7,township:15,county:30).")
    var ladder: String?

    @Option(help: "A county plugin folder with an escalate_dispute hook (and optionally config.ladder).")
    var plugin: String?

    @Option(help: "The county code (default the first 6 digits of the dispute's community code).")
    var county: String?

    @OptionGroup var isolationOptions: PluginIsolationOptions

    func countyCode(of dispute: Dispute) -> String {
        county ?? String(dispute.place.communityCode.prefix(6))
    }

    func loadPlugin() throws -> DisputeEscalationPlugin? {
        guard let plugin else { return nil }
        let loaded: Plugin
        do { loaded = try Plugin.load(from: URL(fileURLWithPath: plugin)) } catch { throw CommandFailure.rule(error) }
        do { return try DisputeEscalationPlugin(plugin: loaded, isolation: isolationOptions.choice) } catch let error as DisputeEscalationPluginError {
            throw CommandFailure.usage("\(plugin): \(error)")
        } catch { throw CommandFailure.rule(error) }
    }

    func ladder(for countyCode: String, plugin: DisputeEscalationPlugin?) throws -> DisputeLadder {
        if let ladder {
            var steps: [DisputeLadder.Step] = []
            for part in ladder.split(separator: ",") {
                let pieces = part.split(separator: ":").map(String.init)
                guard pieces.count == 2, let level = DisputeLevel(rawValue: pieces[0]), let days = Int(pieces[1]) else {
                    throw CommandFailure.usage("--ladder \(ladder): expected level:days,… with levels among \(DisputeLevel.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                steps.append(DisputeLadder.Step(level: level, timeLimitDays: days))
            }
            do { return try DisputeLadder(countyCode: countyCode, steps: steps) } catch { throw CommandFailure.usage("--ladder: \(error)") }
        }
        do {
            if let configured = try plugin?.ladder(countyCode: countyCode) { return configured }
        } catch { throw CommandFailure.rule(error) }
        return .fourLevelsSevenDays(countyCode: countyCode)
    }
}
