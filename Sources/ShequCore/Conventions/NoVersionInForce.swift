/// Why no convention version applied on a day.
public enum NoVersionInForce: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// No version has been filed yet.
    case nothingFiled
    /// The day is before the first filed version took effect.
    case beforeFirstEffectiveDate(CivilDate)

    public var description: String {
        switch self {
        case .nothingFiled:
            "no version of the convention has been filed (备案): measures apply only under a filed version"
        case let .beforeFirstEffectiveDate(day):
            "the behaviour happened before the first filed version took effect (\(day)): no measure applies"
        }
    }
}
