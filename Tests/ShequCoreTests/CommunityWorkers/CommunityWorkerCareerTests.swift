import Foundation
import Testing
@testable import ShequCore

@Suite("Community worker careers (Art. 39)")
struct CommunityWorkerCareerTests {
    func grade(_ post: CommunityWorkerPost, _ level: Int) throws -> CommunityWorkerPayGrade {
        try CommunityWorkerPayGrade(post: post, level: level)
    }

    @Test func careerFromHiringToDeparture() throws {
        var career = CommunityWorkerCareer(workerID: "W-12", communityCode: "411502001001")
        try career.hire(.fullTimeWorker, grade: grade(.staff, 1), route: .openRecruitment, at: ServiceClock.at("2024-01-02"))
        try career.recordTraining(course: "岗前培训", hours: 40, passed: true, at: ServiceClock.at("2024-02-01"))
        try career.recordTraining(course: "网格化管理", hours: 12.5, passed: true, at: ServiceClock.at("2024-06-01"))
        try career.recordEvaluation(year: 2024, grade: .excellent, at: ServiceClock.at("2025-01-10"))
        try career.promote(to: .deputy, grade: grade(.deputy, 1), reason: "换届选举为副主任", at: ServiceClock.at("2025-03-01"))
        #expect(career.currentPosition == .deputy)
        #expect(career.currentGrade?.description == "副职 1 级")
        #expect(career.trainingHours(in: 2024) == 52.5)
        #expect(career.trainingHours(in: 2025) == 0)
        try career.depart(reason: .resignation, at: ServiceClock.at("2026-01-01"))
        #expect(!career.isServing)
        #expect(career.currentGrade == nil)
        #expect(throws: CommunityWorkerError.notServing(worker: "W-12")) {
            try career.recordTraining(course: "x", hours: 1, passed: true, at: ServiceClock.at("2026-02-01"))
        }
    }

    @Test func promotionMustRaiseTheGrade() throws {
        var career = CommunityWorkerCareer(workerID: "W-1", communityCode: "c")
        try career.hire(.fullTimeWorker, grade: grade(.staff, 5), route: .openRecruitment, at: ServiceClock.at("2024-01-02"))
        #expect(throws: CommunityWorkerError.self) {
            try career.promote(to: .fullTimeWorker, grade: grade(.staff, 5), reason: "x", at: ServiceClock.at("2024-06-01"))
        }
        #expect(throws: CommunityWorkerError.gradeNotOfPost(position: .fullTimeWorker, grade: try grade(.deputy, 1))) {
            try career.promote(to: .fullTimeWorker, grade: grade(.deputy, 1), reason: "x", at: ServiceClock.at("2024-06-01"))
        }
        try career.promote(to: .fullTimeWorker, grade: grade(.staff, 6), reason: "满年限晋级", at: ServiceClock.at("2024-06-01"))
        #expect(try grade(.staff, 18) < grade(.deputy, 1))
    }

    @Test func noPromotionAfterAnIncompetentRating() throws {
        var career = CommunityWorkerCareer(workerID: "W-2", communityCode: "c")
        try career.hire(.gridWorker, grade: grade(.staff, 1), route: .openRecruitment, at: ServiceClock.at("2023-01-02"))
        try career.recordEvaluation(year: 2023, grade: .incompetent, at: ServiceClock.at("2024-01-10"))
        #expect(throws: CommunityWorkerError.promotionAfterIncompetent(worker: "W-2", year: 2023)) {
            try career.promote(to: .gridWorker, grade: grade(.staff, 2), reason: "x", at: ServiceClock.at("2024-02-01"))
        }
        #expect(throws: CommunityWorkerError.yearAlreadyEvaluated(worker: "W-2", year: 2023)) {
            try career.recordEvaluation(year: 2023, grade: .competent, at: ServiceClock.at("2024-02-01"))
        }
        #expect(throws: CommunityWorkerError.evaluationOfFutureYear(worker: "W-2", year: 2025)) {
            try career.recordEvaluation(year: 2025, grade: .competent, at: ServiceClock.at("2024-02-01"))
        }
        try career.recordEvaluation(year: 2024, grade: .incompetent, at: ServiceClock.at("2025-01-10"))
        #expect(career.isDismissalIndicated)
        #expect(throws: CommunityWorkerError.dismissalWithoutReason(worker: "W-2")) {
            try career.depart(reason: .dismissal, note: "  ", at: ServiceClock.at("2025-02-01"))
        }
        try career.depart(reason: .dismissal, note: "连续两年考核不称职", at: ServiceClock.at("2025-02-01"))
    }

    @Test func gridWorkerConversion() throws {
        var career = CommunityWorkerCareer(workerID: "W-3", communityCode: "c")
        try career.hire(.gridWorker, grade: grade(.staff, 1), route: .openRecruitment, at: ServiceClock.at("2023-01-02"))
        #expect(throws: CommunityWorkerError.conversionNotFromGridWorker(worker: "W-3")) {
            try career.convertFromGridWorker(to: .gridWorker, grade: grade(.staff, 2), at: ServiceClock.at("2024-01-02"))
        }
        try career.convertFromGridWorker(to: .fullTimeWorker, grade: grade(.staff, 2), at: ServiceClock.at("2024-01-02"))
        #expect(career.currentPosition == .fullTimeWorker)
        #expect(throws: CommunityWorkerError.conversionNotFromGridWorker(worker: "W-3")) {
            try career.convertFromGridWorker(to: .committeeMember, grade: grade(.staff, 3), at: ServiceClock.at("2024-02-02"))
        }
    }

    @Test func recordRules() throws {
        #expect(throws: CommunityWorkerError.levelOutOfRange(19)) { try CommunityWorkerPayGrade(post: .head, level: 19) }
        var career = CommunityWorkerCareer(workerID: "W-4", communityCode: "c")
        try career.hire(.director, grade: grade(.head, 3), route: .election, at: ServiceClock.at("2024-01-02"))
        #expect(throws: CommunityWorkerError.alreadyServing(worker: "W-4")) {
            try career.hire(.director, grade: grade(.head, 3), route: .election, at: ServiceClock.at("2024-02-02"))
        }
        #expect(throws: CommunityWorkerError.dateBeforeLastEvent(worker: "W-4", at: ServiceClock.at("2023-12-01"))) {
            try career.recordTraining(course: "x", hours: 2, passed: true, at: ServiceClock.at("2023-12-01"))
        }
        #expect(throws: CommunityWorkerError.invalidTrainingHours(worker: "W-4", hours: 0)) {
            try career.recordTraining(course: "x", hours: 0, passed: true, at: ServiceClock.at("2024-03-01"))
        }
    }

    @Test func careerRoundTripsAndRefusesBadLevels() throws {
        var career = CommunityWorkerCareer(workerID: "W-5", communityCode: "c")
        try career.hire(.committeeMember, grade: grade(.staff, 2), route: .election, at: ServiceClock.at("2024-01-02"))
        try career.recordEvaluation(year: 2024, grade: .competent, at: ServiceClock.at("2025-01-02"))
        let decoded = try JSONDecoder().decode(CommunityWorkerCareer.self, from: JSONEncoder().encode(career))
        #expect(decoded == career)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CommunityWorkerPayGrade.self, from: Data(#"{"post": 1, "level": 0}"#.utf8))
        }
    }
}
