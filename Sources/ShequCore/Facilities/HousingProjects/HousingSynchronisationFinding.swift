import Foundation

/// A stage where the community facility did not keep pace with the housing (不同步, Art. 12).
public struct HousingSynchronisationFinding: Sendable, Hashable, Codable {
    /// The stage concerned.
    public var stage: HousingProjectStage
    /// When the housing reached it.
    public var housingAt: Date
    /// When the facility reached it, `nil` if it has not.
    public var facilityAt: Date?
    /// Whole days the facility came (or, if it has not, has been) behind.
    public var daysBehind: Int

    /// Creates a finding.
    public init(stage: HousingProjectStage, housingAt: Date, facilityAt: Date?, daysBehind: Int) {
        self.stage = stage
        self.housingAt = housingAt
        self.facilityAt = facilityAt
        self.daysBehind = daysBehind
    }

    /// The finding in Chinese, e.g. `住宅已验收，社区用房未验收（已滞后 45 天）`.
    public var explanation: String {
        if facilityAt == nil {
            return "住宅已\(stage.chineseName)，社区综合服务设施用房未\(stage.chineseName)（已滞后 \(daysBehind) 天）"
        }
        return "社区综合服务设施用房\(stage.chineseName)比住宅晚 \(daysBehind) 天"
    }
}
