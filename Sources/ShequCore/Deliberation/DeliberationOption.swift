/// One of the options put to the vote on a topic.
///
/// ```swift
/// let option = DeliberationOption(id: "a", title: "按楼层系数分摊")
/// ```
public struct DeliberationOption: Sendable, Hashable, Codable, Identifiable {
    /// The option's id within the topic.
    public var id: String
    /// The option, in Chinese.
    public var title: String
    /// Detail, in Chinese.
    public var details: String?

    /// Creates an option.
    public init(id: String, title: String, details: String? = nil) {
        self.id = id
        self.title = title
        self.details = details
    }
}
