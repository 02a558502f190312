import Foundation
import Testing
@testable import ShequCore

@Suite("Deliberation topic: meetings, ballots, decision, notice and follow-up (Art. 33)")
struct DeliberationTopicTests {
    static func topic(rule: VotingRule = VotingRule(quorum: .moreThanHalf, majority: .absolute, base: .present)) -> DeliberationTopic {
        DeliberationTopic(
            id: "T-7", communityCode: "411502001001", title: "3号楼加装电梯费用分摊", subject: .publicInterest,
            proposer: TopicProposer(kind: .residents, name: "3号楼居民", residentIDs: ["r1", "r2"]),
            raisedAt: day(1), participants: DeliberationCountTests.participants,
            options: DeliberationCountTests.options, rule: rule)
    }

    static func meeting(_ id: String, present: [Int], on date: Double) -> DeliberationMeeting {
        DeliberationMeeting(id: id, date: day(date), place: "社区议事厅", attendeeIDs: present.map { "r\($0)" }, minutes: "表决")
    }

    @Test("ballots that would not count are refused at once with the reason")
    func castRefusals() throws {
        var topic = Self.topic()
        try topic.recordMeeting(Self.meeting("m1", present: [1, 2, 3, 4, 5, 6], on: 10))
        try topic.cast(Ballot(voterID: "r1", meetingID: "m1", optionID: "a", castAt: day(10)))
        let duplicate = Ballot(voterID: "r1", meetingID: "m1", optionID: "b", castAt: day(10))
        #expect(throws: DeliberationError.ballotRefused(duplicate, .duplicate)) { try topic.cast(duplicate) }
        let observer = Ballot(voterID: "pm", meetingID: "m1", optionID: "b", castAt: day(10))
        #expect(throws: DeliberationError.ballotRefused(observer, .notEligible)) { try topic.cast(observer) }
        let absent = Ballot(voterID: "r9", meetingID: "m1", optionID: "b", castAt: day(10))
        #expect(throws: DeliberationError.ballotRefused(absent, .notPresent)) { try topic.cast(absent) }
        #expect(throws: DeliberationError.unknownMeeting(meetingID: "m9")) {
            try topic.cast(Ballot(voterID: "r2", meetingID: "m9", optionID: "a", castAt: day(10)))
        }
        #expect(topic.ballots.count == 1)
    }

    @Test("a failed count allows a new meeting; once adopted the topic takes no more votes")
    func roundsAndDecision() throws {
        var topic = Self.topic()
        try topic.recordMeeting(Self.meeting("m1", present: [1, 2, 3, 4], on: 10))
        for voter in 1...4 { try topic.cast(Ballot(voterID: "r\(voter)", meetingID: "m1", optionID: "a", castAt: day(10))) }
        let first = try topic.decide(meetingID: "m1")
        #expect(first.result == .quorumNotMet)
        #expect(topic.decision == nil)

        try topic.recordMeeting(Self.meeting("m2", present: [1, 2, 3, 4, 5, 6, 7], on: 20))
        for voter in 1...4 { try topic.cast(Ballot(voterID: "r\(voter)", meetingID: "m2", optionID: "b", castAt: day(20))) }
        for voter in 5...7 { try topic.cast(Ballot(voterID: "r\(voter)", meetingID: "m2", optionID: "a", castAt: day(20))) }
        let second = try topic.decide(meetingID: "m2")
        #expect(second.result == .adopted)
        #expect(topic.adoptedOption?.title == "平均分摊")
        #expect(topic.counts.count == 2)

        #expect(throws: DeliberationError.alreadyDecided) { try topic.decide(meetingID: "m2") }
        #expect(throws: DeliberationError.alreadyDecided) {
            try topic.cast(Ballot(voterID: "r8", meetingID: "m2", optionID: "a", castAt: day(20)))
        }
    }

    @Test("meetings must list participants only, once each")
    func meetingChecks() throws {
        var topic = Self.topic()
        #expect(throws: DeliberationError.unknownAttendee(meetingID: "m1", participantID: "x1")) {
            try topic.recordMeeting(DeliberationMeeting(id: "m1", date: day(10), place: "议事厅", attendeeIDs: ["r1", "x1"], minutes: ""))
        }
        try topic.recordMeeting(Self.meeting("m1", present: [1], on: 10))
        #expect(throws: DeliberationError.duplicateMeeting(meetingID: "m1")) { try topic.recordMeeting(Self.meeting("m1", present: [2], on: 11)) }
    }

    @Test("notice needs a count; follow-up needs a decision and moves through its statuses")
    func noticeAndFollowUp() throws {
        var topic = Self.topic(rule: VotingRule(quorum: nil, majority: .simple, base: .present))
        let notice = PublicNotice(publishedAt: day(11), until: day(18), channels: ["社区公示栏"], text: "表决结果公示")
        #expect(throws: DeliberationError.notDecided) { try topic.publish(notice) }
        let action = FollowUpAction(id: "f1", description: "联系电梯厂家报价", responsible: "居委会 王某", dueDate: day(30), createdAt: day(11))
        #expect(throws: DeliberationError.notDecided) { try topic.addFollowUp(action) }

        try topic.recordMeeting(Self.meeting("m1", present: [1, 2, 3], on: 10))
        try topic.cast(Ballot(voterID: "r1", meetingID: "m1", optionID: "a", castAt: day(10)))
        try topic.decide(meetingID: "m1")

        #expect(throws: DeliberationError.noticePeriodInvalid) {
            try topic.publish(PublicNotice(publishedAt: day(11), until: day(10), channels: ["公示栏"], text: "公示"))
        }
        try topic.publish(notice)
        #expect(topic.notice == notice)

        try topic.addFollowUp(action)
        #expect(throws: DeliberationError.duplicateFollowUp(actionID: "f1")) { try topic.addFollowUp(action) }
        #expect(topic.followUps[0].isOverdue(at: day(31)))
        try topic.updateFollowUp("f1", to: .inProgress, at: day(12), note: "已联系三家厂家")
        try topic.updateFollowUp("f1", to: .done, at: day(25), note: "报价已公示")
        #expect(topic.followUps[0].isOverdue(at: day(31)) == false)
        #expect(topic.followUps[0].history.map(\.to) == [.planned, .inProgress, .done])
        #expect(throws: DeliberationError.followUpTransitionNotAllowed(actionID: "f1", from: .done, to: .inProgress)) {
            try topic.updateFollowUp("f1", to: .inProgress, at: day(26), note: "")
        }
        #expect(throws: DeliberationError.unknownFollowUp(actionID: "f9")) {
            try topic.updateFollowUp("f9", to: .done, at: day(26), note: "")
        }
    }

    @Test("a topic survives a JSON round trip with its counts")
    func codable() throws {
        var topic = Self.topic()
        try topic.recordMeeting(Self.meeting("m1", present: [1, 2, 3, 4, 5, 6], on: 10))
        for voter in 1...6 { try topic.cast(Ballot(voterID: "r\(voter)", meetingID: "m1", optionID: "a", castAt: day(10))) }
        try topic.decide(meetingID: "m1")
        let decoded = try JSONDecoder().decode(DeliberationTopic.self, from: JSONEncoder().encode(topic))
        #expect(decoded == topic)
    }
}
