import Foundation

extension Dispute {
    /// The input an escalation rule gets for this dispute at `now`.
    public func escalationInput(ladder: DisputeLadder, now: Date) -> DisputeEscalationHookInput {
        let holding = currentHolding
        return DisputeEscalationHookInput(
            disputeID: id, countyCode: ladder.countyCode, category: category, channel: channel,
            nowUnix: now.unixSeconds, receivedAtUnix: receivedAt.unixSeconds,
            currentLevel: currentLevel, heldSinceUnix: holding.from.unixSeconds,
            heldSeconds: now.unixSeconds - holding.from.unixSeconds,
            timeLimitDays: ladder.step(for: currentLevel)?.timeLimitDays,
            nextLevel: ladder.level(above: currentLevel),
            ladder: ladder.steps,
            sessionsAtCurrentLevel: sessions.count { $0.date >= holding.from && $0.level == currentLevel },
            holdings: holdings.map {
                .init(level: $0.holder.level, unit: $0.holder.unit, fromUnix: $0.from.unixSeconds, untilUnix: $0.until?.unixSeconds)
            })
    }

    /// Asks the rule, at `now`, whether the dispute climbs, and applies every climb it answers, level after level.
    ///
    /// A dispute checked late climbs as often as the rule says, each climb dated when the
    /// rule says it took effect, so `holdings` shows the real timeline. A climb is never
    /// dated before the last event at the level it leaves. `assignee` names who takes the
    /// dispute at a level; by default a holder named after the level.
    ///
    /// ```swift
    /// // received on day 0 by the grid worker; checked on day 20 under 四级七天
    /// let climbs = try dispute.escalateOnTimeOut(ladder: .fourLevelsSevenDays(countyCode: "411522"), now: day20)
    /// // climbs: grid worker → community mediation (day 7), → township (day 14)
    /// ```
    @discardableResult
    public mutating func escalateOnTimeOut(
        ladder: DisputeLadder,
        rule: any DisputeEscalationRule = LadderTimeLimitRule(),
        now: Date,
        assignee: (DisputeLevel) -> DisputeHolder = DisputeHolder.generic
    ) throws -> [DisputeEscalation] {
        var climbs: [DisputeEscalation] = []
        for _ in ladder.steps {
            guard !isClosed else { break }
            let input = escalationInput(ladder: ladder, now: now)
            let result = try rule.decide(input)
            guard result.action == .escalate else { break }
            let (level, at) = try check(result, of: rule, input: input, ladder: ladder, now: now)
            let holder = assignee(level)
            if holder.level != level { throw DisputeError.holderLevelMismatch(disputeID: id, expected: level, got: holder.level) }
            let reason = result.reason.flatMap { $0.isBlank ? nil : $0 } ?? "超过本级处理时限，移交\(level.chineseName)"
            climbs.append(hand(to: holder, at: at, end: .timedOut, actor: rule.name, reason: reason, kind: .escalatedOnTimeOut))
        }
        return climbs
    }

    /// Passes the dispute up before its time limit (mediation failed, the parties asked), to a higher level on the ladder.
    @discardableResult
    public mutating func escalate(to holder: DisputeHolder, at date: Date, by actor: String, reason: String, ladder: DisputeLadder) throws(DisputeError) -> DisputeEscalation {
        try checkOpen(at: date)
        guard ladder.step(for: holder.level) != nil else { throw .levelNotOnLadder(disputeID: id, level: holder.level) }
        guard holder.level > currentLevel else { throw .notUpward(disputeID: id, from: currentLevel, to: holder.level) }
        if reason.isBlank { throw .invalidIntake(field: "reason", problem: "is blank; say why the level passes the dispute up") }
        return hand(to: holder, at: date, end: .escalated, actor: actor, reason: reason, kind: .escalated)
    }

    private func check(
        _ result: DisputeEscalationHookResult,
        of rule: any DisputeEscalationRule,
        input: DisputeEscalationHookInput,
        ladder: DisputeLadder,
        now: Date
    ) throws -> (DisputeLevel, Date) {
        func refuse(_ field: String, _ problem: String) -> DisputeEscalationHookError {
            DisputeEscalationHookError(rule: rule.name, field: field, problem: problem)
        }
        guard let level = result.toLevel else { throw refuse("to_level", "is missing; say which level the dispute goes to") }
        guard ladder.step(for: level) != nil else {
            throw refuse("to_level", "is \(level.rawValue), which is not on the ladder of \(ladder.countyCode)")
        }
        guard level > currentLevel else {
            throw refuse("to_level", "is \(level.rawValue), which is not above the current level \(currentLevel.rawValue)")
        }
        let requested = result.escalateAtUnix ?? input.nowUnix
        guard requested >= input.heldSinceUnix, requested <= input.nowUnix else {
            throw refuse("escalate_at_unix", "is \(requested), outside held_since_unix \(input.heldSinceUnix) … now_unix \(input.nowUnix)")
        }
        let at = max(Date(timeIntervalSince1970: TimeInterval(requested)), history.last?.at ?? receivedAt)
        return (level, min(at, now))
    }

    private mutating func hand(to holder: DisputeHolder, at date: Date, end: DisputeHolding.End, actor: String, reason: String, kind: DisputeEvent.Kind) -> DisputeEscalation {
        let previous = currentHolding.holder
        holdings[holdings.count - 1].until = date
        holdings[holdings.count - 1].end = end
        holdings.append(DisputeHolding(holder: holder, from: date))
        history.append(DisputeEvent(kind: kind, at: date, level: holder.level, actor: actor, note: "\(reason)（\(previous.unit) → \(holder.unit)）"))
        return DisputeEscalation(from: previous, to: holder, at: date, reason: reason, onTimeOut: end == .timedOut)
    }
}
