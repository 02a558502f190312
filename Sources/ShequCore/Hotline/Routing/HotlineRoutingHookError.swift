/// A routing hook result the host refuses, naming the plugin and the field.
///
/// ```
/// xinyang.shihe.routing: result.department: '城管' is not a routing department; return one of: 市城管局, 市住建局, 12345热线中心
/// ```
public struct HotlineRoutingHookError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The plugin (or file) whose hook returned the result.
    public var source: String
    /// The path of the bad field, e.g. `result.deadline_hours`.
    public var field: String
    /// What is wrong and what to return instead.
    public var message: String

    /// Creates the error.
    public init(source: String, field: String, message: String) {
        self.source = source
        self.field = field
        self.message = message
    }

    public var description: String { "\(source): \(field): \(message)" }
}
