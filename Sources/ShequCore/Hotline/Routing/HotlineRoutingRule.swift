/// One line of the routing table: requests of a category go to a department with a deadline.
///
/// ```swift
/// HotlineRoutingRule(serviceCodePrefix: "03", department: "市城管局", deadlineHours: 72)
/// ```
public struct HotlineRoutingRule: Sendable, Hashable, Codable {
    /// The start of the service codes this rule covers; the longest matching prefix wins.
    public var serviceCodePrefix: String
    /// The request types it covers; `nil` covers every type.
    public var types: Set<HotlineRequestType>?
    /// The department the request goes to.
    public var department: String
    /// Hours from the request to its deadline (办理时限).
    public var deadlineHours: Int

    /// Creates a rule.
    public init(serviceCodePrefix: String, types: Set<HotlineRequestType>? = nil, department: String, deadlineHours: Int) {
        self.serviceCodePrefix = serviceCodePrefix
        self.types = types
        self.department = department
        self.deadlineHours = deadlineHours
    }

    func covers(_ request: HotlineRequest) -> Bool {
        request.serviceCode.hasPrefix(serviceCodePrefix) && (types?.contains(request.type) ?? true)
    }
}
