/// A step in a convention version's lifecycle, applied with
/// ``ConventionVersion/applying(_:by:)``.
///
/// | step | from | to |
/// | --- | --- | --- |
/// | ``gatherOpinions(_:)`` | drafted | drafted |
/// | ``review(_:)`` approved / sent back | drafted (opinions gathered) | reviewed / returned |
/// | ``vote(_:)`` adopted / voted down | reviewed | adopted / rejected |
/// | ``file(_:)`` | adopted | filed |
public enum ConventionStep: Sendable, Hashable, Codable {
    /// A round of residents' opinions on the draft (征求意见).
    case gatherOpinions(OpinionSolicitation)
    /// The township's or street office's review (审核).
    case review(TownshipReview)
    /// The residents' or villagers' meeting's vote (表决).
    case vote(MeetingVote)
    /// Filing with the township and publication (备案、公布).
    case file(ConventionFiling)

    /// The step's name, for messages.
    public var name: String {
        switch self {
        case .gatherOpinions: "gather_opinions"
        case .review: "review"
        case .vote: "vote"
        case .file: "file"
        }
    }

    /// The day the step happened.
    public var day: CivilDate {
        switch self {
        case let .gatherOpinions(round): round.through
        case let .review(review): review.on
        case let .vote(vote): vote.held
        case let .file(filing): filing.filedOn
        }
    }
}
