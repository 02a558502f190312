import Foundation

extension CommunityWorkerCareer {
    /// Records that the worker came into post.
    public mutating func hire(
        _ position: CommunityWorkerPosition, grade: CommunityWorkerPayGrade, route: CommunityWorkerHiringRoute, at date: Date
    ) throws(CommunityWorkerError) {
        guard !isServing else { throw .alreadyServing(worker: workerID) }
        try checkDate(date)
        try Self.checkGrade(grade, of: position)
        events.append(.hired(position: position, grade: grade, route: route, at: date))
    }

    /// Records that a serving full-time grid worker was taken on as community staff (Art. 39 ¶2).
    public mutating func convertFromGridWorker(
        to position: CommunityWorkerPosition, grade: CommunityWorkerPayGrade, at date: Date
    ) throws(CommunityWorkerError) {
        guard isServing else { throw .notServing(worker: workerID) }
        guard currentPosition == .gridWorker, position != .gridWorker else {
            throw .conversionNotFromGridWorker(worker: workerID)
        }
        try checkDate(date)
        try Self.checkGrade(grade, of: position)
        events.append(.convertedFromGridWorker(position: position, grade: grade, at: date))
    }

    /// Records a course attended.
    public mutating func recordTraining(course: String, hours: Double, passed: Bool, at date: Date) throws(CommunityWorkerError) {
        guard isServing else { throw .notServing(worker: workerID) }
        guard hours > 0, hours.isFinite else { throw .invalidTrainingHours(worker: workerID, hours: hours) }
        try checkDate(date)
        events.append(.trained(course: course, hours: hours, passed: passed, at: date))
    }

    /// Records the annual evaluation for `year`; one per year, made during or after it.
    public mutating func recordEvaluation(year: Int, grade: CommunityWorkerEvaluationGrade, at date: Date) throws(CommunityWorkerError) {
        guard isServing else { throw .notServing(worker: workerID) }
        guard !evaluations.contains(where: { $0.year == year }) else { throw .yearAlreadyEvaluated(worker: workerID, year: year) }
        guard year <= ServiceTime.calendar.component(.year, from: date) else {
            throw .evaluationOfFutureYear(worker: workerID, year: year)
        }
        try checkDate(date)
        events.append(.evaluated(year: year, grade: grade, at: date))
    }

    /// Records a promotion: the grade must rise, and the latest evaluation must not be 不称职.
    public mutating func promote(
        to position: CommunityWorkerPosition, grade: CommunityWorkerPayGrade, reason: String, at date: Date
    ) throws(CommunityWorkerError) {
        guard isServing, let current = currentGrade else { throw .notServing(worker: workerID) }
        guard grade > current else { throw .notAPromotion(worker: workerID, from: current, to: grade) }
        if let latest = evaluations.last, latest.grade == .incompetent {
            throw .promotionAfterIncompetent(worker: workerID, year: latest.year)
        }
        try checkDate(date)
        try Self.checkGrade(grade, of: position)
        events.append(.promoted(position: position, grade: grade, reason: reason, at: date))
    }

    /// Records that the worker left; a dismissal needs its reason in `note`.
    public mutating func depart(reason: CommunityWorkerDepartureReason, note: String? = nil, at date: Date) throws(CommunityWorkerError) {
        guard isServing else { throw .notServing(worker: workerID) }
        if reason == .dismissal, (note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw .dismissalWithoutReason(worker: workerID)
        }
        try checkDate(date)
        events.append(.departed(reason: reason, note: note, at: date))
    }

    private func checkDate(_ date: Date) throws(CommunityWorkerError) {
        if let last = events.last?.at, date < last { throw .dateBeforeLastEvent(worker: workerID, at: date) }
    }

    private static func checkGrade(_ grade: CommunityWorkerPayGrade, of position: CommunityWorkerPosition) throws(CommunityWorkerError) {
        guard grade.post == position.post else { throw .gradeNotOfPost(position: position, grade: grade) }
    }
}
