import Foundation

/// The community-worker import file (社区工作者, Art. 39): `worker,community,position,level,route,hired_at`,
/// one line per worker, starting each career with the hiring.
///
/// ```swift
/// let career = try CommunityWorkerRecordFormat.record(from: fields)
/// ```
public enum CommunityWorkerRecordFormat: RecordFormat {
    public static let columns = ["worker", "community", "position", "level", "route", "hired_at"]
    public static let optionalColumns: Set<String> = ["route"]

    public static func record(from fields: RecordFields) throws(FieldError) -> CommunityWorkerCareer {
        let position = try fields.vocabulary("position", CommunityWorkerPosition.self)
        let levelText = try fields.required("level", expected: "the pay level, 1–18")
        guard let level = Int(levelText), let grade = try? CommunityWorkerPayGrade(post: position.post, level: level) else {
            throw FieldError(field: "level", value: levelText, expected: "a pay level from 1 to 18")
        }
        var route = CommunityWorkerHiringRoute.openRecruitment
        if fields.optional("route") != nil { route = try fields.vocabulary("route", CommunityWorkerHiringRoute.self) }
        let worker = try fields.required("worker", expected: "the worker's identifier")
        let community = try fields.required("community", expected: "the community's code or identity")
        let hiredAt = try fields.serviceTime("hired_at")!
        var career = CommunityWorkerCareer(workerID: worker, communityCode: community)
        do {
            try career.hire(position, grade: grade, route: route, at: hiredAt)
        } catch {
            throw FieldError(field: "hired_at", value: fields.optional("hired_at") ?? "", expected: "\(error)")
        }
        return career
    }
}

