import Foundation

/// The county Lua hook that decides whether a dispute climbs the ladder; ``LadderTimeLimitRule`` is the built-in answer.
///
/// The host calls the plugin's `escalate_dispute` hook with a
/// ``DisputeEscalationHookInput`` and reads a ``DisputeEscalationHookResult``. Times are
/// Unix seconds so a script can do arithmetic on them. 四级七天 ("four levels, seven
/// days") in Lua:
///
/// ```lua
/// function M.escalate_dispute(input, ctx)
///   local limit = 7 * 24 * 3600
///   if input.next_level ~= nil and input.held_seconds >= limit then
///     return { action = "escalate", to_level = input.next_level,
///              escalate_at_unix = input.held_since_unix + limit,
///              reason = "本级受理满七天未化解" }
///   end
///   return { action = "stay" }
/// end
/// ```
public enum DisputeEscalationHook {
    /// The hook's name in a plugin manifest.
    public static let name = "escalate_dispute"
}

/// What the escalation hook receives about one open dispute (snake_case keys).
public struct DisputeEscalationHookInput: Sendable, Hashable, Codable {
    /// One past or current holding.
    public struct Holding: Sendable, Hashable, Codable {
        /// The level that held the dispute.
        public var level: DisputeLevel
        /// The unit that held it.
        public var unit: String
        /// When it took the dispute.
        public var fromUnix: Int64
        /// When it passed it on or closed it; absent while still held.
        public var untilUnix: Int64?

        enum CodingKeys: String, CodingKey {
            case level, unit
            case fromUnix = "from_unix"
            case untilUnix = "until_unix"
        }
    }

    /// The dispute's id.
    public var disputeID: String
    /// The county whose ladder applies.
    public var countyCode: String
    /// `neighbours`, `family`, `property`, `land`, `labour`, `debt` or `other`.
    public var category: DisputeCategory
    /// How the dispute came in.
    public var channel: IntakeChannel
    /// The time of the check.
    public var nowUnix: Int64
    /// When the dispute came in.
    public var receivedAtUnix: Int64
    /// The level holding the dispute.
    public var currentLevel: DisputeLevel
    /// When the current level took it.
    public var heldSinceUnix: Int64
    /// `now_unix - held_since_unix`.
    public var heldSeconds: Int64
    /// The current level's limit on the county's ladder; absent when the level is not on it.
    public var timeLimitDays: Int?
    /// The next level up on the ladder; absent at the top.
    public var nextLevel: DisputeLevel?
    /// The county's ladder, lowest level first.
    public var ladder: [DisputeLadder.Step]
    /// Mediation sessions held at the current level.
    public var sessionsAtCurrentLevel: Int
    /// Every holding, oldest first.
    public var holdings: [Holding]

    enum CodingKeys: String, CodingKey {
        case disputeID = "dispute_id"
        case countyCode = "county_code"
        case category, channel
        case nowUnix = "now_unix"
        case receivedAtUnix = "received_at_unix"
        case currentLevel = "current_level"
        case heldSinceUnix = "held_since_unix"
        case heldSeconds = "held_seconds"
        case timeLimitDays = "time_limit_days"
        case nextLevel = "next_level"
        case ladder
        case sessionsAtCurrentLevel = "sessions_at_current_level"
        case holdings
    }
}

/// What the escalation hook returns.
public struct DisputeEscalationHookResult: Sendable, Hashable, Codable {
    /// Stay at the current level, or climb.
    public enum Action: String, Sendable, Hashable, Codable {
        /// Keep the dispute at its level.
        case stay
        /// Pass it to `to_level`.
        case escalate
    }

    /// `"stay"` or `"escalate"`.
    public var action: Action
    /// For `"escalate"`: the level to go to; must be on the ladder and above the current one.
    public var toLevel: DisputeLevel?
    /// For `"escalate"`: when the escalation took effect (e.g. the deadline); between `held_since_unix` and `now_unix`; `now_unix` when absent.
    public var escalateAtUnix: Int64?
    /// Why, in Chinese; kept in the dispute's history.
    public var reason: String?

    enum CodingKeys: String, CodingKey {
        case action
        case toLevel = "to_level"
        case escalateAtUnix = "escalate_at_unix"
        case reason
    }

    /// Creates a result.
    public init(action: Action, toLevel: DisputeLevel? = nil, escalateAtUnix: Int64? = nil, reason: String? = nil) {
        self.action = action
        self.toLevel = toLevel
        self.escalateAtUnix = escalateAtUnix
        self.reason = reason
    }

    /// Stay where it is.
    public static let stay = DisputeEscalationHookResult(action: .stay)
}

/// An escalation hook result the host refused; names the field.
public struct DisputeEscalationHookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The rule that answered.
    public var rule: String
    /// The field of the result, e.g. `to_level`.
    public var field: String
    /// What is wrong with it.
    public var problem: String

    public var description: String {
        "escalation rule \(rule): result field \(field) \(problem)"
    }
}
