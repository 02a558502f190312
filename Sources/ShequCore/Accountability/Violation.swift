import Foundation

/// An entry of the violations register (Art. 44, 45, 46): who pushed what onto whom, on what basis, and how it is being corrected.
///
/// ```swift
/// var violation = Violation(
///     id: "V-2025-001",
///     unit: GovernmentUnit(name: "某街道办事处", kind: .streetOffice, divisionCode: "411502001"),
///     responsiblePerson: "李某",
///     conduct: "要求社区居委会承担城市管理执法事务",
///     basis: .committeeBurdenViolation,
///     occurredAt: occurred, recordedAt: occurred, recordedBy: "区民政局")
/// try violation.orderCorrection("三日内收回该项工作", by: "浉河区人民政府", deadline: due, at: now)
/// ```
public struct Violation: Sendable, Hashable, Codable, Identifiable {
    /// The register's id for the violation.
    public var id: String
    /// The unit that committed it.
    public var unit: GovernmentUnit
    /// The person responsible (leader or person directly responsible), when known.
    public var responsiblePerson: String?
    /// What was done, in Chinese.
    public var conduct: String
    /// The article breached (Art. 44, 45 or 46).
    public var basis: LegalBasis
    /// The community whose committee was burdened, when there is one: its 12-digit statistical code or name path.
    public var communityCode: String?
    /// The work assignment that produced the violation, when the gate produced it.
    public var assignmentID: String?
    /// When the conduct happened.
    public var occurredAt: Date
    /// When it was entered in the register.
    public var recordedAt: Date
    /// The correction ordered, once one is.
    public var correction: CorrectionOrder?
    /// The current status.
    public internal(set) var status: ViolationStatus
    /// Every status change, oldest first; the first entry is the recording.
    public internal(set) var history: [ViolationStatusChange]

    /// Creates a violation in status ``ViolationStatus/recorded``.
    public init(
        id: String,
        unit: GovernmentUnit,
        responsiblePerson: String? = nil,
        conduct: String,
        basis: LegalBasis,
        communityCode: String? = nil,
        assignmentID: String? = nil,
        occurredAt: Date,
        recordedAt: Date,
        recordedBy: String
    ) {
        self.id = id
        self.unit = unit
        self.responsiblePerson = responsiblePerson
        self.conduct = conduct
        self.basis = basis
        self.communityCode = communityCode
        self.assignmentID = assignmentID
        self.occurredAt = occurredAt
        self.recordedAt = recordedAt
        self.correction = nil
        self.status = .recorded
        self.history = [ViolationStatusChange(from: nil, to: .recorded, at: recordedAt, by: recordedBy, note: "登记违规行为")]
    }

    /// True once the violation is verified, dismissed or referred for discipline.
    public var isClosed: Bool { status.isClosed }
}

/// The correction a government orders (予以纠正, Art. 44, 45).
public struct CorrectionOrder: Sendable, Hashable, Codable {
    /// What must be put right, in Chinese.
    public var instruction: String
    /// The government that ordered it.
    public var orderedBy: String
    /// When it was ordered.
    public var orderedAt: Date
    /// By when it must be done.
    public var deadline: Date?

    /// Creates a correction order.
    public init(instruction: String, orderedBy: String, orderedAt: Date, deadline: Date? = nil) {
        self.instruction = instruction
        self.orderedBy = orderedBy
        self.orderedAt = orderedAt
        self.deadline = deadline
    }
}

/// One step in a violation's history.
public struct ViolationStatusChange: Sendable, Hashable, Codable {
    /// The status before; `nil` for the recording.
    public var from: ViolationStatus?
    /// The status after.
    public var to: ViolationStatus
    /// When.
    public var at: Date
    /// Who made the change.
    public var by: String
    /// Why, in Chinese.
    public var note: String

    /// Creates a history entry.
    public init(from: ViolationStatus?, to: ViolationStatus, at: Date, by: String, note: String) {
        self.from = from
        self.to = to
        self.at = at
        self.by = by
        self.note = note
    }
}
