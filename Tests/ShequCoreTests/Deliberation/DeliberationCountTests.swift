import Foundation
import Testing
@testable import ShequCore

@Suite("Deliberation: counting votes under quorum and majority rules (Art. 33)")
struct DeliberationCountTests {
    /// Ten residents with a vote (r1…r10) and one property-company observer without one.
    static let participants: [DeliberationParticipant] =
        (1...10).map { DeliberationParticipant(id: "r\($0)", name: "居民\($0)", role: .resident) }
        + [DeliberationParticipant(id: "pm", name: "物业公司代表", role: .stakeholder, canVote: false)]
    static let options = [
        DeliberationOption(id: "a", title: "按楼层系数分摊"),
        DeliberationOption(id: "b", title: "平均分摊"),
    ]

    static func meeting(present: Int) -> DeliberationMeeting {
        DeliberationMeeting(
            id: "m1", date: day(10), place: "社区议事厅",
            attendeeIDs: (1...max(present, 1)).prefix(present).map { "r\($0)" } + ["pm"], minutes: "讨论费用分摊")
    }

    /// `a` votes for option a, `b` for option b, `abstain` abstentions, from r1 upwards.
    static func ballots(a: Int, b: Int, abstain: Int = 0) -> [Ballot] {
        let choices = Array(repeating: "a" as String?, count: a) + Array(repeating: "b", count: b) + Array(repeating: nil, count: abstain)
        return choices.enumerated().map { Ballot(voterID: "r\($0.offset + 1)", meetingID: "m1", optionID: $0.element, castAt: day(10)) }
    }

    static func count(_ ballots: [Ballot], present: Int, rule: VotingRule) -> DeliberationOutcome {
        DeliberationCount.count(ballots, meeting: meeting(present: present), participants: participants, options: options, rule: rule)
    }

    @Test("thresholds: 过半数 and 三分之二以上", arguments: [
        (Threshold.moreThanHalf, 10, 6), (.moreThanHalf, 9, 5), (.moreThanHalf, 0, 1),
        (.twoThirdsOrMore, 9, 6), (.twoThirdsOrMore, 10, 7), (.twoThirdsOrMore, 3, 2),
        (Threshold(numerator: 3, denominator: 4, inclusive: false), 8, 7),
    ])
    func thresholds(threshold: Threshold, total: Int, required: Int) {
        #expect(threshold.required(of: total) == required)
    }

    @Test("threshold names")
    func thresholdNames() {
        #expect(Threshold.moreThanHalf.chineseName == "过半数")
        #expect(Threshold.twoThirdsOrMore.chineseName == "三分之二以上")
    }

    @Test("a threshold outside 0…1 is refused when decoded")
    func badThresholdDecoding() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Threshold.self, from: Data(#"{"numerator":3,"denominator":0,"inclusive":true}"#.utf8))
        }
    }

    @Test("simple majority: most votes wins; a tie decides nothing")
    func simpleMajority() {
        let rule = VotingRule(quorum: nil, majority: .simple, base: .present)
        let won = Self.count(Self.ballots(a: 4, b: 3, abstain: 2), present: 9, rule: rule)
        #expect(won.result == .adopted)
        #expect(won.adoptedOptionID == "a")
        #expect(won.votesRequired == 4)
        #expect(won.abstentions == 2)
        #expect(won.tallies.map(\.votes) == [4, 3])

        let tie = Self.count(Self.ballots(a: 3, b: 3), present: 8, rule: rule)
        #expect(tie.result == .tie)
        #expect(tie.adoptedOptionID == nil)
        #expect(tie.computation.last?.contains("得票相同") == true)

        let nobody = Self.count(Self.ballots(a: 0, b: 0, abstain: 3), present: 3, rule: rule)
        #expect(nobody.result == .noMajority)
    }

    @Test("absolute majority of those present versus of those eligible")
    func absoluteMajorityBases() {
        // 7 present of 10 eligible; 4 for a
        let ballots = Self.ballots(a: 4, b: 2, abstain: 1)
        let ofPresent = Self.count(ballots, present: 7, rule: VotingRule(quorum: nil, majority: .absolute, base: .present))
        #expect(ofPresent.majorityBaseCount == 7)
        #expect(ofPresent.votesRequired == 4)
        #expect(ofPresent.result == .adopted)

        let ofEligible = Self.count(ballots, present: 7, rule: VotingRule(quorum: nil, majority: .absolute, base: .eligible))
        #expect(ofEligible.majorityBaseCount == 10)
        #expect(ofEligible.votesRequired == 6)
        #expect(ofEligible.result == .noMajority)
        #expect(ofEligible.computation.contains("表决规则：应到人数（10人）的过半数同意，即至少6票。"))
    }

    @Test("two-thirds: exactly two-thirds passes, one less does not")
    func twoThirds() {
        let rule = VotingRule(quorum: nil, majority: .twoThirds, base: .present)
        #expect(Self.count(Self.ballots(a: 6, b: 3), present: 9, rule: rule).result == .adopted)
        let short = Self.count(Self.ballots(a: 5, b: 4), present: 9, rule: rule)
        #expect(short.result == .noMajority)
        #expect(short.votesRequired == 6)
        // abstentions count as present and so against the option
        #expect(Self.count(Self.ballots(a: 6, b: 0, abstain: 4), present: 10, rule: rule).result == .noMajority)
    }

    @Test("quorum: too few present means no decision, whatever the votes")
    func quorum() {
        let rule = VotingRule(quorum: .twoThirdsOrMore, majority: .simple, base: .present)
        let thin = Self.count(Self.ballots(a: 6, b: 0), present: 6, rule: rule)
        #expect(thin.quorumRequired == 7)
        #expect(thin.quorumMet == false)
        #expect(thin.result == .quorumNotMet)
        #expect(thin.adoptedOptionID == nil)
        #expect(thin.computation.contains("到会要求：应到人数三分之二以上，即至少7人；未达到。"))

        let enough = Self.count(Self.ballots(a: 6, b: 1), present: 7, rule: rule)
        #expect(enough.quorumMet)
        #expect(enough.result == .adopted)
        // the observer without a vote does not make up the quorum
        #expect(enough.presentCount == 7)
    }

    @Test("invalid ballots are rejected with their reason and do not count")
    func invalidBallots() {
        let rule = VotingRule(quorum: nil, majority: .absolute, base: .present)
        let extra = [
            Ballot(voterID: "r1", meetingID: "m1", optionID: "b", castAt: day(10)),      // second ballot of r1
            Ballot(voterID: "pm", meetingID: "m1", optionID: "b", castAt: day(10)),      // no vote
            Ballot(voterID: "x9", meetingID: "m1", optionID: "b", castAt: day(10)),      // not a participant
            Ballot(voterID: "r9", meetingID: "m1", optionID: "b", castAt: day(10)),      // absent
            Ballot(voterID: "r5", meetingID: "m1", optionID: "z", castAt: day(10)),      // unknown option
            Ballot(voterID: "r6", meetingID: "m0", optionID: "b", castAt: day(10)),      // other meeting
        ]
        let outcome = Self.count(Self.ballots(a: 3, b: 1) + extra, present: 6, rule: rule)
        #expect(outcome.rejected.map(\.reason) == [.duplicate, .notEligible, .notAParticipant, .notPresent, .unknownOption, .wrongMeeting])
        #expect(outcome.tallies.map(\.votes) == [3, 1])
        #expect(outcome.validVotes == 4)
        #expect(outcome.votesRequired == 4)
        #expect(outcome.result == .noMajority)
        #expect(outcome.computation.contains { $0.contains("无效票6张") && $0.contains("重复投票1张") })
    }

    @Test("the first ballot of a voter counts, not the last")
    func firstBallotWins() {
        let rule = VotingRule(quorum: nil, majority: .simple, base: .present)
        let ballots = [
            Ballot(voterID: "r1", meetingID: "m1", optionID: "a", castAt: day(10)),
            Ballot(voterID: "r1", meetingID: "m1", optionID: "b", castAt: day(10)),
            Ballot(voterID: "r1", meetingID: "m1", optionID: "b", castAt: day(10)),
        ]
        let outcome = Self.count(ballots, present: 1, rule: rule)
        #expect(outcome.adoptedOptionID == "a")
        #expect(outcome.rejected.count == 2)
    }
}
