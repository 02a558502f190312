import Foundation

/// A county's rule for when a dispute climbs the ladder: the built-in ``LadderTimeLimitRule``, or a Lua hook behind the same shape.
///
/// A rule reads a ``DisputeEscalationHookInput`` and answers a ``DisputeEscalationHookResult``;
/// the host checks the answer and applies it (``Dispute/escalateOnTimeOut(ladder:rule:now:assignee:)``).
public protocol DisputeEscalationRule: Sendable {
    /// The rule's name, kept in the dispute's history.
    var name: String { get }
    /// Decides for one dispute at `input.now_unix`.
    func decide(_ input: DisputeEscalationHookInput) throws -> DisputeEscalationHookResult
}

/// The built-in escalation rule: when the current level has held a dispute for its ladder time limit, it goes to the next level, dated at the deadline.
///
/// With ``DisputeLadder/fourLevelsSevenDays(countyCode:)`` this is 四级七天: grid worker,
/// community mediation committee, township and county, seven days each.
///
/// ```swift
/// let ladder = DisputeLadder.fourLevelsSevenDays(countyCode: "411522")
/// try dispute.escalateOnTimeOut(ladder: ladder, rule: LadderTimeLimitRule(), now: today)
/// ```
public struct LadderTimeLimitRule: DisputeEscalationRule {
    /// The name kept in the dispute's history.
    public var name: String { "逐级时限（默认四级七天）" }

    /// Creates the rule.
    public init() {}

    /// Escalates to `next_level` once `held_seconds` reaches `time_limit_days`, dated at the deadline.
    public func decide(_ input: DisputeEscalationHookInput) throws -> DisputeEscalationHookResult {
        guard let days = input.timeLimitDays, let next = input.nextLevel else { return .stay }
        let limit = Int64(days) * 86_400
        guard input.heldSeconds >= limit else { return .stay }
        return DisputeEscalationHookResult(
            action: .escalate, toLevel: next, escalateAtUnix: input.heldSinceUnix + limit,
            reason: "\(input.currentLevel.chineseName)受理满\(days)天未化解，依时限移交\(next.chineseName)")
    }
}
