/// The grade of an emergency, from I (most severe) to IV (突发事件分级).
public enum EmergencySeverity: Int, Sendable, Hashable, Codable, Comparable, ChineseNamedCase {
    /// Grade I (特别重大).
    case extraordinary = 1
    /// Grade II (重大).
    case major = 2
    /// Grade III (较大).
    case large = 3
    /// Grade IV (一般).
    case ordinary = 4

    public var chineseName: String {
        switch self {
        case .extraordinary: "特别重大"
        case .major: "重大"
        case .large: "较大"
        case .ordinary: "一般"
        }
    }

    /// More severe grades sort first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
