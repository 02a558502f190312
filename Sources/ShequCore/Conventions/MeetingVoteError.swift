/// Counts in a ``MeetingVote`` that cannot be true.
public enum MeetingVoteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A count is below zero.
    case negative(field: String, value: Int)
    /// Nobody was entitled to attend.
    case noEligible
    /// More attended than were entitled to.
    case moreThanEligible(present: Int, eligible: Int)
    /// More votes were cast than people attended.
    case moreVotesThanPresent(votes: Int, present: Int)
    /// More women attended than people attended.
    case moreWomenThanPresent(women: Int, present: Int)

    public var description: String {
        switch self {
        case let .negative(field, value):
            "vote field `\(field)` is \(value): counts cannot be negative"
        case .noEligible:
            "vote field `eligible` is 0: give the number entitled to attend the meeting"
        case let .moreThanEligible(present, eligible):
            "vote field `present` (\(present)) exceeds `eligible` (\(eligible)): check the attendance register"
        case let .moreVotesThanPresent(votes, present):
            "vote fields `for` + `against` + `abstained` (\(votes)) exceed `present` (\(present)): each person present votes at most once"
        case let .moreWomenThanPresent(women, present):
            "vote field `women_present` (\(women)) exceeds `present` (\(present))"
        }
    }
}
