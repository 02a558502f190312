import Foundation

/// A refused step on a housing project, saying what to do instead.
public enum HousingProjectError: Error, CustomStringConvertible, Sendable, Hashable {
    /// A stage was skipped or repeated.
    case stageOutOfOrder(project: String, part: HousingProjectPart, expected: HousingProjectStage?, got: HousingProjectStage)
    /// A stage is dated before the part's previous stage.
    case dateBeforePreviousStage(project: String, part: HousingProjectPart, stage: HousingProjectStage, at: Date)

    public var description: String {
        switch self {
        case .stageOutOfOrder(let project, let part, let expected, let got):
            if let expected {
                "住宅项目 \(project): \(part.chineseName) cannot reach \(got.chineseName) now; its next stage is \(expected.chineseName)"
            } else {
                "住宅项目 \(project): \(part.chineseName) is already delivered; nothing follows \(got.chineseName)"
            }
        case .dateBeforePreviousStage(let project, let part, let stage, let at):
            "住宅项目 \(project): \(part.chineseName) \(stage.chineseName) dated \(ServiceTime.day(at)) is before its previous stage; check the date"
        }
    }
}
