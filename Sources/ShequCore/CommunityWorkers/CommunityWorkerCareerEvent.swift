import Foundation

/// One entry of a community worker's career record (Art. 39).
public enum CommunityWorkerCareerEvent: Sendable, Hashable, Codable {
    /// Came into post.
    case hired(position: CommunityWorkerPosition, grade: CommunityWorkerPayGrade, route: CommunityWorkerHiringRoute, at: Date)
    /// A full-time grid worker taken on as community staff through open recruitment (Art. 39 ¶2).
    case convertedFromGridWorker(position: CommunityWorkerPosition, grade: CommunityWorkerPayGrade, at: Date)
    /// Completed (or failed) a course (培训).
    case trained(course: String, hours: Double, passed: Bool, at: Date)
    /// Annual evaluation (考核).
    case evaluated(year: Int, grade: CommunityWorkerEvaluationGrade, at: Date)
    /// Moved to a higher grade or position (晋升).
    case promoted(position: CommunityWorkerPosition, grade: CommunityWorkerPayGrade, reason: String, at: Date)
    /// Left (离职).
    case departed(reason: CommunityWorkerDepartureReason, note: String?, at: Date)

    /// When it happened.
    public var at: Date {
        switch self {
        case .hired(_, _, _, let at), .convertedFromGridWorker(_, _, let at), .trained(_, _, _, let at),
             .evaluated(_, _, let at), .promoted(_, _, _, let at), .departed(_, _, let at):
            at
        }
    }
}
