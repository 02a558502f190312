/// A closed set of values each with the Chinese name county staff use for it.
///
/// Imports may carry either the code (`complaint`) or the Chinese name (`投诉`):
///
/// ```swift
/// HotlineRequestType(chineseName: "投诉") // .complaint
/// ```
public protocol ChineseNamedCase: CaseIterable, Sendable {
    /// The name county staff read, e.g. `投诉`.
    var chineseName: String { get }
}

extension ChineseNamedCase {
    /// The value whose Chinese name is `chineseName`, or `nil` when none has it.
    public init?(chineseName: String) {
        guard let match = Self.allCases.first(where: { $0.chineseName == chineseName }) else { return nil }
        self = match
    }
}
