/// Why a convention or one of its versions cannot be drafted, amended or moved on.
public enum ConventionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A version must have at least one article.
    case noArticles
    /// Articles must be numbered 1, 2, 3 … in order.
    case articlesNotNumbered(expected: Int, found: Int)
    /// The step is not allowed at the version's stage.
    case stepNotAllowed(step: String, stage: ConventionStage, requires: ConventionStage)
    /// A date is before the step it must follow.
    case dateBeforeEarlierStep(field: String, day: CivilDate, earlierField: String, earlier: CivilDate)
    /// A round of opinions reported a negative count.
    case negativeOpinionCount(Int)
    /// The draft went to review without residents' opinions being gathered.
    case noOpinionsGathered
    /// The vote's counts are inconsistent.
    case invalidVote(MeetingVoteError)
    /// This meeting body cannot adopt this kind of convention.
    case bodyCannotAdopt(kind: ConventionKind, body: MeetingBody)
    /// Too few attended for the meeting to decide.
    case noQuorum(body: MeetingBody, present: Int, eligible: Int)
    /// An amendment was started while another version is still open.
    case versionStillOpen(number: Int, stage: ConventionStage)
    /// No version has this number.
    case unknownVersion(Int)
    /// A field that names an office is empty.
    case blankField(String)

    public var description: String {
        switch self {
        case .noArticles:
            "a convention version needs at least one article"
        case let .articlesNotNumbered(expected, found):
            "article numbered \(found) where \(expected) was expected: number the articles 1, 2, 3 … in order"
        case let .stepNotAllowed(step, stage, requires):
            "cannot \(step) a version that is \(stage): it must be \(requires) first"
        case let .dateBeforeEarlierStep(field, day, earlierField, earlier):
            "`\(field)` (\(day)) is before `\(earlierField)` (\(earlier)): steps happen in order, correct the date"
        case let .negativeOpinionCount(count):
            "`opinions_received` is \(count): give the number of opinions received (0 or more)"
        case .noOpinionsGathered:
            "gather residents' opinions on the draft (征求意见) before sending it for review"
        case let .invalidVote(error):
            error.description
        case let .bodyCannotAdopt(kind, body):
            "a \(body.chineseName) cannot adopt a \(kind.chineseName): use \(kind.adoptingBodies.map(\.rawValue).sorted().joined(separator: " or "))"
        case let .noQuorum(body, present, eligible):
            "the meeting had no quorum (\(present) of \(eligible) present; the law requires \(body.quorumRule), \(body.legalBasis.citation)): hold the meeting again"
        case let .versionStillOpen(number, stage):
            "version \(number) is still \(stage): finish or close it before drafting an amendment"
        case let .unknownVersion(number):
            "this convention has no version \(number)"
        case let .blankField(field):
            "`\(field)` is empty: name the township government or street office"
        }
    }
}
