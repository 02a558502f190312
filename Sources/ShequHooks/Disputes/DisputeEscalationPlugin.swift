import Foundation
import ShequCore
import ShequLua

/// A county plugin that scripts dispute escalation (Art. 35): its `escalate_dispute` hook
/// replaces the built-in rule (四级七天, ``LadderTimeLimitRule``), and its manifest's
/// `config.ladder` may set the county's levels and time limits.
///
/// ```swift
/// let plugin = try DisputeEscalationPlugin(plugin: Plugin.load(from: folder))
/// let ladder = try plugin.ladder(countyCode: "411521") ?? .fourLevelsSevenDays(countyCode: "411521")
/// let climbs = try await plugin.escalate(&dispute, ladder: ladder, now: now)
/// ```
public struct DisputeEscalationPlugin: Sendable {
    /// The running plugin.
    public let instance: PluginInstance

    /// Starts the plugin, in process unless `isolation` says otherwise; refuses one without
    /// an `escalate_dispute` hook.
    public init(plugin: Plugin, isolation: PluginIsolation = .inProcess) throws {
        guard plugin.manifest.hooks[EscalateDisputeHook.name] != nil else {
            throw DisputeEscalationPluginError.missingHook(pluginID: plugin.manifest.id, hooks: plugin.manifest.hooks.keys.sorted())
        }
        instance = try PluginInstance(plugin: plugin, isolation: isolation)
    }

    /// The plugin's id, recorded as the actor of each escalation.
    public var pluginID: String { instance.plugin.manifest.id }

    /// The county ladder of the manifest's `config.ladder` (a list of `{ level, time_limit_days }`),
    /// or `nil` when the plugin keeps the default ladder.
    public func ladder(countyCode: String) throws -> DisputeLadder? {
        guard let value = instance.plugin.manifest.config["ladder"], value != .nil else { return nil }
        do {
            return try DisputeLadder(countyCode: countyCode, steps: LuaDecoder().decode([DisputeLadder.Step].self, from: value))
        } catch {
            throw DisputeEscalationPluginError.badLadder(pluginID: pluginID, problem: String(describing: error))
        }
    }

    /// Applies the plugin's rule at `now`, one level at a time, until it says stay or the
    /// dispute reaches the top; each step is checked by the host like the built-in rule's.
    @discardableResult
    public func escalate(
        _ dispute: inout Dispute,
        ladder: DisputeLadder,
        now: Date,
        assignee: (DisputeLevel) -> DisputeHolder = DisputeHolder.generic
    ) async throws -> [DisputeEscalation] {
        var climbs: [DisputeEscalation] = []
        for _ in ladder.steps {
            guard !dispute.isClosed else { break }
            let input = dispute.escalationInput(ladder: ladder, now: now)
            let result = try await EscalateDisputeHook.call(on: instance, input: input)
            guard result.action == .escalate else { break }
            let rule = AnsweredEscalation(name: pluginID, level: input.currentLevel, answer: result)
            let step = try dispute.escalateOnTimeOut(ladder: ladder, rule: rule, now: now, assignee: assignee)
            guard !step.isEmpty else { break }
            climbs += step
        }
        return climbs
    }
}

/// The script's answer for one level, handed to the domain's checked escalation.
private struct AnsweredEscalation: DisputeEscalationRule {
    var name: String
    var level: DisputeLevel
    var answer: DisputeEscalationHookResult

    func decide(_ input: DisputeEscalationHookInput) throws -> DisputeEscalationHookResult {
        input.currentLevel == level ? answer : .stay
    }
}

/// A dispute escalation plugin that cannot be used; says what to fix.
public enum DisputeEscalationPluginError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The manifest declares no `escalate_dispute` hook.
    case missingHook(pluginID: String, hooks: [String])
    /// The manifest's `config.ladder` is not a valid ladder.
    case badLadder(pluginID: String, problem: String)

    /// What is wrong and how to fix the plugin.
    public var description: String {
        switch self {
        case .missingHook(let id, let hooks):
            "plugin \(id) has no '\(EscalateDisputeHook.name)' hook (its hooks: \(hooks.joined(separator: ", "))); add escalate_dispute = \"module.function\" to its manifest"
        case .badLadder(let id, let problem):
            "plugin \(id): config.ladder is not a list of { level, time_limit_days } from grid worker up: \(problem)"
        }
    }
}
