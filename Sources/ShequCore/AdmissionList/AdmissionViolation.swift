/// Work outside the admission list handed to grid staff without approval: a violation
/// of Art. 34 that the county or district government must correct (Art. 44).
///
/// The violation names the assigning unit and tracks its correction.
///
/// ```swift
/// var violation = decision.violation!
/// try violation.correct(on: CivilDate("2025-04-10")!, by: "浉河区人民政府", measure: "责令收回事项，网格员停止办理")
/// violation.isCorrected   // true
/// ```
public struct AdmissionViolation: Sendable, Hashable, Codable, Identifiable {
    /// The violation's identifier (derived from the assignment's).
    public var id: String
    /// The assignment refused.
    public var assignment: GridTaskAssignment
    /// The unit that handed over the work (Art. 44).
    public var assigningUnit: String
    /// The day it was recorded.
    public var recordedOn: CivilDate
    /// The legal basis: Art. 44 (with Art. 34).
    public var legalBasis: LegalBasis
    /// Why, in Chinese.
    public var reason: String
    /// The correction, once made.
    public var correction: Correction?

    /// Creates a violation record.
    public init(id: String, assignment: GridTaskAssignment, recordedOn: CivilDate, reason: String,
                correction: Correction? = nil) {
        self.id = id
        self.assignment = assignment
        self.assigningUnit = assignment.assigningUnit
        self.recordedOn = recordedOn
        self.legalBasis = .gridAdmissionViolation
        self.reason = reason
        self.correction = correction
    }

    /// Whether the violation has been corrected.
    public var isCorrected: Bool { correction != nil }

    /// Records the correction ordered by the county or district government (Art. 44).
    ///
    /// - Throws: ``AdmissionViolationError`` when already corrected, dated before the
    ///   violation was recorded, or missing who corrected it or how.
    public mutating func correct(on date: CivilDate, by corrector: String, measure: String)
        throws(AdmissionViolationError) {
        guard correction == nil else { throw .alreadyCorrected(id: id) }
        guard date >= recordedOn else { throw .correctedBeforeRecorded(id: id, correctedOn: date, recordedOn: recordedOn) }
        guard !corrector.isEmpty, !measure.isEmpty else { throw .missingCorrectionDetails(id: id) }
        correction = Correction(correctedOn: date, correctedBy: corrector, measure: measure)
    }

    /// How a violation was corrected.
    public struct Correction: Sendable, Hashable, Codable {
        /// The day of correction.
        public var correctedOn: CivilDate
        /// Who ordered it: the county or district government (Art. 44).
        public var correctedBy: String
        /// What was done, in Chinese, e.g. "责令收回事项".
        public var measure: String

        /// Creates a correction record.
        public init(correctedOn: CivilDate, correctedBy: String, measure: String) {
            self.correctedOn = correctedOn
            self.correctedBy = correctedBy
            self.measure = measure
        }

        enum CodingKeys: String, CodingKey {
            case correctedOn = "corrected_on"
            case correctedBy = "corrected_by"
            case measure
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, assignment
        case assigningUnit = "assigning_unit"
        case recordedOn = "recorded_on"
        case legalBasis = "legal_basis"
        case reason, correction
    }
}
