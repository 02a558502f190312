/// Why a violation's correction could not be recorded.
public enum AdmissionViolationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The violation was already corrected.
    case alreadyCorrected(id: String)
    /// The correction is dated before the violation was recorded.
    case correctedBeforeRecorded(id: String, correctedOn: CivilDate, recordedOn: CivilDate)
    /// Who corrected it, or how, is missing.
    case missingCorrectionDetails(id: String)

    public var description: String {
        switch self {
        case let .alreadyCorrected(id):
            "violation \(id) is already corrected; a correction is recorded once"
        case let .correctedBeforeRecorded(id, corrected, recorded):
            "violation \(id) was recorded on \(recorded), so it cannot be corrected on \(corrected); check the date"
        case let .missingCorrectionDetails(id):
            "the correction of violation \(id) needs who ordered it and the measure taken"
        }
    }
}
