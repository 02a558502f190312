import Foundation

/// Counts the ballots of one meeting under a topic's voting rule (Art. 33); a pure function.
///
/// Each participant with a vote who is present has one vote on the topic. Ballots from
/// non-participants, participants without a vote, absent participants, for unknown
/// options or other meetings, and every ballot after a voter's first, are rejected with
/// their reason and shown in the outcome.
///
/// ```swift
/// let outcome = DeliberationCount.count(
///     ballots, meeting: meeting, participants: participants, options: options, rule: rule)
/// print(outcome.result, outcome.computation.joined(separator: "\n"))
/// ```
public enum DeliberationCount {
    /// Counts `ballots` at `meeting`; earlier ballots in the list win over later duplicates.
    public static func count(
        _ ballots: [Ballot],
        meeting: DeliberationMeeting,
        participants: [DeliberationParticipant],
        options: [DeliberationOption],
        rule: VotingRule
    ) -> DeliberationOutcome {
        let byID = Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let voters = participants.filter(\.canVote)
        let present = Set(meeting.attendeeIDs).intersection(voters.map(\.id))
        let optionIDs = Set(options.map(\.id))

        var rejected: [RejectedBallot] = []
        var voted = Set<String>()
        var votes: [String: Int] = [:]
        var abstentions = 0
        for ballot in ballots {
            let reason = rejection(of: ballot, meetingID: meeting.id, participants: byID, present: present, optionIDs: optionIDs, alreadyVoted: voted)
            if let reason {
                rejected.append(RejectedBallot(ballot: ballot, reason: reason))
                continue
            }
            voted.insert(ballot.voterID)
            if let optionID = ballot.optionID { votes[optionID, default: 0] += 1 } else { abstentions += 1 }
        }

        let tallies = options.map { DeliberationOutcome.Tally(optionID: $0.id, title: $0.title, votes: votes[$0.id] ?? 0) }
        let validVotes = tallies.reduce(0) { $0 + $1.votes }
        let quorumRequired = rule.quorum?.required(of: voters.count) ?? 0
        let quorumMet = present.count >= quorumRequired

        var lines: [String] = []
        lines.append("应到（有表决权）\(voters.count)人，实到\(present.count)人。")
        if let quorum = rule.quorum {
            lines.append("到会要求：应到人数\(quorum.chineseName)，即至少\(quorumRequired)人；\(quorumMet ? "已达到" : "未达到")。")
        } else {
            lines.append("本议题未设到会人数要求。")
        }
        var ballotLine = "有效票\(validVotes + abstentions)张（其中弃权\(abstentions)张）"
        if !rejected.isEmpty {
            let reasons = Dictionary(grouping: rejected, by: \.reason)
                .sorted { $0.key.rawValue < $1.key.rawValue }
                .map { "\($0.key.chineseName)\($0.value.count)张" }
                .joined(separator: "、")
            ballotLine += "，无效票\(rejected.count)张（\(reasons)）"
        }
        lines.append(ballotLine + "。")
        lines.append(tallies.map { "「\($0.title)」\($0.votes)票" }.joined(separator: "，") + "。")

        func outcome(_ result: DeliberationOutcome.Result, base: Int, required: Int, adopted: String?) -> DeliberationOutcome {
            DeliberationOutcome(
                meetingID: meeting.id, rule: rule, eligibleCount: voters.count, presentCount: present.count,
                quorumRequired: quorumRequired, quorumMet: quorumMet, validVotes: validVotes,
                abstentions: abstentions, rejected: rejected, tallies: tallies, majorityBaseCount: base,
                votesRequired: required, result: result, adoptedOptionID: adopted, computation: lines)
        }

        guard quorumMet else {
            lines.append("到会人数不足，本次表决不产生决定。")
            return outcome(.quorumNotMet, base: 0, required: 0, adopted: nil)
        }

        let ranked = tallies.sorted { $0.votes > $1.votes }
        let top = ranked.first
        let runnerUp = ranked.dropFirst().first?.votes ?? 0

        guard let threshold = rule.majority.threshold else {
            let required = runnerUp + 1
            lines.append("表决规则：相对多数，得票最多且多于其他任一选项者通过，即至少\(required)票。")
            guard let top, top.votes > 0 else {
                lines.append("无选项得票，未形成决定。")
                return outcome(.noMajority, base: 0, required: required, adopted: nil)
            }
            if top.votes == runnerUp {
                let tied = ranked.filter { $0.votes == top.votes }.map { "「\($0.title)」" }.joined(separator: "、")
                lines.append("\(tied)得票相同（各\(top.votes)票），未形成决定。")
                return outcome(.tie, base: 0, required: required, adopted: nil)
            }
            lines.append("「\(top.title)」得\(top.votes)票，多于其他选项，通过。")
            return outcome(.adopted, base: 0, required: required, adopted: top.optionID)
        }

        let base = rule.base == .present ? present.count : voters.count
        let required = threshold.required(of: base)
        lines.append("表决规则：\(rule.base.chineseName)（\(base)人）的\(threshold.chineseName)同意，即至少\(required)票。")
        if let top, top.votes >= required, top.votes > runnerUp {
            lines.append("「\(top.title)」得\(top.votes)票，达到要求，通过。")
            return outcome(.adopted, base: base, required: required, adopted: top.optionID)
        }
        let best = top.map { "最高得票「\($0.title)」\($0.votes)票" } ?? "无选项"
        lines.append("\(best)，未达到\(required)票，未形成决定。")
        return outcome(.noMajority, base: base, required: required, adopted: nil)
    }

    /// Why a ballot would not count, or `nil` when it counts; shared by the count and by ``DeliberationTopic/cast(_:)``.
    static func rejection(
        of ballot: Ballot,
        meetingID: String,
        participants: [String: DeliberationParticipant],
        present: Set<String>,
        optionIDs: Set<String>,
        alreadyVoted: Set<String>
    ) -> BallotRejection? {
        if ballot.meetingID != meetingID { return .wrongMeeting }
        guard let participant = participants[ballot.voterID] else { return .notAParticipant }
        if !participant.canVote { return .notEligible }
        if !present.contains(ballot.voterID) { return .notPresent }
        if alreadyVoted.contains(ballot.voterID) { return .duplicate }
        if let optionID = ballot.optionID, !optionIDs.contains(optionID) { return .unknownOption }
        return nil
    }
}
