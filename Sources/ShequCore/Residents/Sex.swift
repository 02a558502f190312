/// A resident's sex as recorded in the household register.
public enum Sex: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case male
    case female

    /// Accepts `male`/`female`, `M`/`F` and `男`/`女`.
    public init?(parsing text: String) {
        switch text {
        case "male", "M", "m", "男": self = .male
        case "female", "F", "f", "女": self = .female
        default: return nil
        }
    }

    /// `男` or `女`.
    public var chineseName: String { self == .male ? "男" : "女" }

    public var description: String { rawValue }
}
