/// Bands of per-subject change, for the distribution.
public enum ChangeBand: String, Sendable, Hashable, Codable, CodingKeyRepresentable, CaseIterable, Comparable {
    case lossOver10 = "< -10"
    case loss1To10 = "-10..-1"
    case none = "0"
    case gain1To10 = "+1..+10"
    case gainOver10 = "> +10"

    /// The band of a change.
    public init(_ change: Int) {
        switch change {
        case ..<(-10): self = .lossOver10
        case -10 ... -1: self = .loss1To10
        case 0: self = .none
        case 1...10: self = .gain1To10
        default: self = .gainOver10
        }
    }

    public static func < (lhs: ChangeBand, rhs: ChangeBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
