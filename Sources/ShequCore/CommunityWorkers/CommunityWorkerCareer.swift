import Foundation

/// A community worker's career record: posts, pay grade, training, evaluations,
/// promotions and departure, each step checked (职业体系, Art. 39).
///
/// ```swift
/// var career = CommunityWorkerCareer(workerID: "W-12", communityCode: "411502001001")
/// try career.hire(.fullTimeWorker, grade: CommunityWorkerPayGrade(post: .staff, level: 1),
///                 route: .openRecruitment, at: jan2024)
/// try career.recordTraining(course: "社区工作者岗前培训", hours: 40, passed: true, at: feb2024)
/// try career.recordEvaluation(year: 2024, grade: .excellent, at: jan2025)
/// try career.promote(to: .fullTimeWorker, grade: CommunityWorkerPayGrade(post: .staff, level: 2),
///                    reason: "年度考核优秀", at: feb2025)
/// career.currentGrade // 其他专职工作人员 2 级
/// ```
public struct CommunityWorkerCareer: Sendable, Hashable, Codable {
    /// The worker's identifier.
    public var workerID: String
    /// The community the worker serves: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// Every entry, oldest first.
    public internal(set) var events: [CommunityWorkerCareerEvent]

    /// Creates an empty record.
    public init(workerID: String, communityCode: String) {
        self.workerID = workerID
        self.communityCode = communityCode
        self.events = []
    }

    /// Whether the worker is in post.
    public var isServing: Bool {
        var serving = false
        for event in events {
            switch event {
            case .hired, .convertedFromGridWorker: serving = true
            case .departed: serving = false
            default: break
            }
        }
        return serving
    }

    /// The position now held, `nil` when not in post.
    public var currentPosition: CommunityWorkerPosition? { isServing ? latestAppointment?.position : nil }

    /// The pay grade now held, `nil` when not in post.
    public var currentGrade: CommunityWorkerPayGrade? { isServing ? latestAppointment?.grade : nil }

    /// The evaluations, oldest first.
    public var evaluations: [(year: Int, grade: CommunityWorkerEvaluationGrade)] {
        events.compactMap { event in
            if case .evaluated(let year, let grade, _) = event { return (year, grade) }
            return nil
        }
    }

    /// Training hours attended in a calendar year (China Standard Time), passed or not.
    public func trainingHours(in year: Int) -> Double {
        events.reduce(0) { total, event in
            guard case .trained(_, let hours, _, let at) = event,
                  ServiceTime.calendar.component(.year, from: at) == year else { return total }
            return total + hours
        }
    }

    /// Whether the last two evaluations, of consecutive years, are both 不称职, which
    /// county rules commonly treat as grounds for dismissal. Informational: the record
    /// does not dismiss anyone by itself.
    public var isDismissalIndicated: Bool {
        let last = evaluations.suffix(2)
        guard last.count == 2, let first = last.first, let second = last.last else { return false }
        return first.grade == .incompetent && second.grade == .incompetent && second.year == first.year + 1
    }

    private var latestAppointment: (position: CommunityWorkerPosition, grade: CommunityWorkerPayGrade)? {
        for event in events.reversed() {
            switch event {
            case .hired(let position, let grade, _, _), .convertedFromGridWorker(let position, let grade, _),
                 .promoted(let position, let grade, _, _):
                return (position, grade)
            default:
                continue
            }
        }
        return nil
    }
}
