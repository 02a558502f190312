import Foundation

/// A refused step in a community worker's career record, saying what to do instead.
public enum CommunityWorkerError: Error, CustomStringConvertible, Sendable, Hashable {
    /// A pay level outside 1...18.
    case levelOutOfRange(Int)
    /// The worker is not in post, so nothing but hiring can be recorded.
    case notServing(worker: String)
    /// The worker is already in post.
    case alreadyServing(worker: String)
    /// An event is dated before the previous one.
    case dateBeforeLastEvent(worker: String, at: Date)
    /// A promotion that does not raise the grade.
    case notAPromotion(worker: String, from: CommunityWorkerPayGrade, to: CommunityWorkerPayGrade)
    /// A grade that does not belong to the position's post.
    case gradeNotOfPost(position: CommunityWorkerPosition, grade: CommunityWorkerPayGrade)
    /// Promotion while the latest evaluation is 不称职.
    case promotionAfterIncompetent(worker: String, year: Int)
    /// A second evaluation for the same year.
    case yearAlreadyEvaluated(worker: String, year: Int)
    /// An evaluation for a year after the date it was made.
    case evaluationOfFutureYear(worker: String, year: Int)
    /// Training hours not above zero.
    case invalidTrainingHours(worker: String, hours: Double)
    /// Conversion of someone who is not serving as a full-time grid worker, or into the grid-worker position.
    case conversionNotFromGridWorker(worker: String)
    /// Dismissal without a recorded reason.
    case dismissalWithoutReason(worker: String)

    public var description: String {
        switch self {
        case .levelOutOfRange(let level):
            "pay level \(level) is outside 1...18 (三岗十八级); give a level in that range"
        case .notServing(let worker):
            "社区工作者 \(worker) is not in post; record a hiring first"
        case .alreadyServing(let worker):
            "社区工作者 \(worker) is already in post; record a departure before hiring again"
        case .dateBeforeLastEvent(let worker, let at):
            "社区工作者 \(worker): event dated \(ServiceTime.day(at)) is before the previous entry; records are kept in time order"
        case .notAPromotion(let worker, let from, let to):
            "社区工作者 \(worker): \(to) is not above \(from); a promotion must raise the post or the level"
        case .gradeNotOfPost(let position, let grade):
            "\(position.chineseName) belongs to post \(position.post.chineseName), not \(grade.post.chineseName); give a grade of that post"
        case .promotionAfterIncompetent(let worker, let year):
            "社区工作者 \(worker) was rated 不称职 for \(year); a promotion needs a later evaluation of 称职 or better"
        case .yearAlreadyEvaluated(let worker, let year):
            "社区工作者 \(worker) already has an evaluation for \(year); correct that entry instead"
        case .evaluationOfFutureYear(let worker, let year):
            "社区工作者 \(worker): cannot evaluate \(year) before it has begun; check the year"
        case .invalidTrainingHours(let worker, let hours):
            "社区工作者 \(worker): training of \(hours) hours; give the hours attended, above 0"
        case .conversionNotFromGridWorker(let worker):
            "社区工作者 \(worker): only a serving full-time grid worker (专职网格员) can be converted, into a position other than grid worker (Art. 39 ¶2)"
        case .dismissalWithoutReason(let worker):
            "社区工作者 \(worker): a dismissal (辞退) needs the reason recorded in its note"
        }
    }
}
