import Testing
@testable import ShequCore

@Suite("Meeting votes (quorum and majority of the organic laws)")
struct MeetingVoteTests {
    func vote(_ body: MeetingBody = .villagersMeeting, eligible: Int, present: Int, yes: Int, no: Int = 0,
              abstained: Int = 0, women: Int = 0) -> MeetingVote {
        MeetingVote(body: body, held: Fixtures.day("2025-04-10"), eligible: eligible, present: present,
                    votesFor: yes, against: no, abstained: abstained, womenPresent: women)
    }

    @Test("consistent counts validate")
    func valid() throws {
        try vote(eligible: 820, present: 530, yes: 498, no: 20, abstained: 12, women: 241).validate()
    }

    @Test("present cannot exceed eligible")
    func presentOverEligible() {
        #expect(throws: MeetingVoteError.moreThanEligible(present: 101, eligible: 100)) {
            try vote(eligible: 100, present: 101, yes: 60).validate()
        }
    }

    @Test("votes cast cannot exceed those present")
    func votesOverPresent() {
        #expect(throws: MeetingVoteError.moreVotesThanPresent(votes: 61, present: 60)) {
            try vote(eligible: 100, present: 60, yes: 40, no: 20, abstained: 1).validate()
        }
    }

    @Test("women present cannot exceed those present")
    func womenOverPresent() {
        #expect(throws: MeetingVoteError.moreWomenThanPresent(women: 61, present: 60)) {
            try vote(eligible: 100, present: 60, yes: 40, women: 61).validate()
        }
    }

    @Test("counts cannot be negative and someone must be eligible")
    func negativeAndEmpty() {
        #expect(throws: MeetingVoteError.negative(field: "against", value: -1)) {
            try vote(eligible: 100, present: 60, yes: 40, no: -1).validate()
        }
        #expect(throws: MeetingVoteError.noEligible) { try vote(eligible: 0, present: 0, yes: 0).validate() }
    }

    @Test("a meeting of individuals needs more than half present: exactly half is no quorum")
    func quorumOfIndividuals() {
        #expect(vote(eligible: 100, present: 50, yes: 50).outcome == .noQuorum)
        #expect(vote(eligible: 100, present: 51, yes: 26).outcome == .adopted)
        #expect(vote(.residentsMeeting, eligible: 100, present: 50, yes: 50).outcome == .noQuorum)
    }

    @Test("household representatives of a village need two thirds or more: two thirds exactly is enough")
    func quorumOfHouseholds() {
        #expect(vote(.villagersHouseholdRepresentatives, eligible: 300, present: 200, yes: 101).outcome == .adopted)
        #expect(vote(.villagersHouseholdRepresentatives, eligible: 300, present: 199, yes: 199).outcome == .noQuorum)
        // A residents' meeting of household representatives needs only more than half.
        #expect(vote(.residentsHouseholdRepresentatives, eligible: 300, present: 151, yes: 76).outcome == .adopted)
    }

    @Test("adoption needs more than half of those present, abstentions counting against")
    func majority() {
        #expect(vote(eligible: 100, present: 60, yes: 30, no: 10, abstained: 20).outcome == .rejected)
        #expect(vote(eligible: 100, present: 60, yes: 31, no: 29).outcome == .adopted)
    }
}
