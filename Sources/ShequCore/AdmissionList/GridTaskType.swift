/// A type of work that may be handed to grid staff, as named on an admission list
/// (准入清单, Art. 34).
///
/// ```swift
/// let survey = GridTaskType(code: "population-survey", name: "人口信息采集")
/// ```
public struct GridTaskType: Sendable, Hashable, Codable, Identifiable {
    /// A stable code within the county, e.g. "population-survey".
    public var code: String
    /// The name as county staff read it, e.g. "人口信息采集".
    public var name: String

    /// Creates a task type.
    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    public var id: String { code }
}
