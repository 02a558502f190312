import Foundation

/// A safety risk identified in a community (安全风险识别, Art. 37 ¶2), with its controls.
///
/// ```swift
/// let risk = SafetyRisk(id: "R-7", communityCode: "411502001001", category: .accident,
///                       summary: "老旧小区电动车楼道充电", level: .significant,
///                       identifiedAt: now, identifiedBy: "W-12", controls: ["集中充电桩"], reviewDue: nextQuarter)
/// risk.isReviewOverdue(at: now)
/// ```
public struct SafetyRisk: Sendable, Hashable, Codable, Identifiable {
    /// The risk's number.
    public var id: String
    /// The community: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// The kind of emergency it could lead to.
    public var category: EmergencyCategory
    /// What the risk is.
    public var summary: String
    /// How serious.
    public var level: SafetyRiskLevel
    /// When it was identified.
    public var identifiedAt: Date
    /// Who identified it: a worker's identifier or a unit.
    public var identifiedBy: String
    /// The measures that keep it under control.
    public var controls: [String]
    /// When it must be looked at again.
    public var reviewDue: Date?

    /// Creates a risk record.
    public init(id: String, communityCode: String, category: EmergencyCategory, summary: String, level: SafetyRiskLevel,
                identifiedAt: Date, identifiedBy: String, controls: [String] = [], reviewDue: Date? = nil) {
        self.id = id
        self.communityCode = communityCode
        self.category = category
        self.summary = summary
        self.level = level
        self.identifiedAt = identifiedAt
        self.identifiedBy = identifiedBy
        self.controls = controls
        self.reviewDue = reviewDue
    }

    /// Whether the review date has passed at `now`.
    public func isReviewOverdue(at now: Date) -> Bool {
        reviewDue.map { now > $0 } ?? false
    }

    /// Whether the risk has no control measure yet; a major or significant risk must have one.
    public var lacksControls: Bool { controls.isEmpty }
}
