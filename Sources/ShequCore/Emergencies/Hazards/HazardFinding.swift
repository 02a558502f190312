import Foundation

/// A hidden hazard found in an inspection, with who must fix it and by when (Art. 37 ¶2).
///
/// ```swift
/// var finding = HazardFinding(id: "F-1", summary: "消防通道堆放杂物", place: "3 号楼北侧",
///                             level: .ordinary, responsibleUnit: "某物业公司",
///                             foundAt: monday, deadline: friday)
/// try finding.startRectification(at: tuesday)
/// try finding.reportRectified(at: thursday, note: "已清理")
/// try finding.verify(HazardVerification(by: "W-12", at: friday, passed: true))
/// finding.isOverdue(at: now) // false: verified
/// ```
public struct HazardFinding: Sendable, Hashable, Codable, Identifiable {
    /// The finding's number.
    public var id: String
    /// What is wrong.
    public var summary: String
    /// Where exactly, e.g. `3 号楼北侧`.
    public var place: String
    /// How serious.
    public var level: HazardLevel
    /// The unit that must fix it (责任单位).
    public var responsibleUnit: String
    /// When it was found.
    public var foundAt: Date
    /// The deadline to fix it (整改期限).
    public var deadline: Date
    /// The state.
    public var state: HazardState
    /// What the responsible unit says it did.
    public var rectificationNote: String?
    /// When the unit reported it fixed (latest report).
    public var rectifiedAt: Date?
    /// Every verification, oldest first; the last passed one struck it off.
    public var verifications: [HazardVerification]

    /// Creates an open finding.
    public init(id: String, summary: String, place: String, level: HazardLevel, responsibleUnit: String,
                foundAt: Date, deadline: Date) {
        self.id = id
        self.summary = summary
        self.place = place
        self.level = level
        self.responsibleUnit = responsibleUnit
        self.foundAt = foundAt
        self.deadline = deadline
        self.state = .open
        self.rectificationNote = nil
        self.rectifiedAt = nil
        self.verifications = []
    }

    /// Whether it is still not struck off at `now` and its deadline has passed.
    ///
    /// A finding reported fixed but not yet verified is overdue too: only a passed
    /// verification removes a hazard.
    public func isOverdue(at now: Date) -> Bool {
        state != .verified && now > deadline
    }

    /// Whole days past the deadline at `now`, 0 when not overdue.
    public func daysOverdue(at now: Date) -> Int {
        guard isOverdue(at: now) else { return 0 }
        return Int(now.timeIntervalSince(deadline) / 86_400)
    }

    var recordName: String { "隐患 \(id)" }
}
