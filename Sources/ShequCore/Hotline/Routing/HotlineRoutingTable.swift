import Foundation

/// The county's table of which department handles which category, and by when (Art. 15).
///
/// The rule with the longest matching service-code prefix (and covering the request's
/// type) wins; otherwise the fallback applies. A county's Lua hook may then change the
/// department or the deadline, within the table's departments:
///
/// ```swift
/// let table = HotlineRoutingTable(
///     rules: [HotlineRoutingRule(serviceCodePrefix: "03", department: "市城管局", deadlineHours: 72)],
///     fallbackDepartment: "12345热线中心", fallbackDeadlineHours: 120)
/// let decision = table.route(request)
/// try request.dispatch(to: decision.department, at: now, by: "12345")
/// request.expectedAt = decision.expectedAt
/// ```
public struct HotlineRoutingTable: Sendable, Hashable, Codable {
    /// The rules, in any order.
    public var rules: [HotlineRoutingRule]
    /// Where requests no rule covers go.
    public var fallbackDepartment: String
    /// The deadline of requests no rule covers.
    public var fallbackDeadlineHours: Int

    /// The longest deadline a hook may set: 90 days.
    public static let maximumDeadlineHours = 2160

    /// Creates a table.
    public init(rules: [HotlineRoutingRule], fallbackDepartment: String, fallbackDeadlineHours: Int) {
        self.rules = rules
        self.fallbackDepartment = fallbackDepartment
        self.fallbackDeadlineHours = fallbackDeadlineHours
    }

    /// Every department the table routes to, fallback included, sorted.
    public var departments: [String] {
        Array(Set(rules.map(\.department) + [fallbackDepartment])).sorted()
    }

    /// The table's decision for a request.
    public func route(_ request: HotlineRequest) -> HotlineRoutingDecision {
        let best = rules.filter { $0.covers(request) }.max { lhs, rhs in
            if lhs.serviceCodePrefix.count != rhs.serviceCodePrefix.count {
                return lhs.serviceCodePrefix.count < rhs.serviceCodePrefix.count
            }
            // Between equal prefixes, a rule for named types is more specific than one for all.
            return lhs.types == nil && rhs.types != nil
        }
        guard let best else {
            return HotlineRoutingDecision(
                department: fallbackDepartment, deadlineHours: fallbackDeadlineHours,
                expectedAt: request.requestedAt.addingTimeInterval(Double(fallbackDeadlineHours) * 3600),
                matchedPrefix: nil, source: .table,
                reason: "无对应分类，交\(fallbackDepartment)"
            )
        }
        return HotlineRoutingDecision(
            department: best.department, deadlineHours: best.deadlineHours,
            expectedAt: request.requestedAt.addingTimeInterval(Double(best.deadlineHours) * 3600),
            matchedPrefix: best.serviceCodePrefix, source: .table,
            reason: "按分类\(best.serviceCodePrefix)派\(best.department)，时限\(best.deadlineHours)小时"
        )
    }

    /// The input for the county's routing hook.
    public func hookInput(for request: HotlineRequest) -> HotlineRoutingHookInput {
        HotlineRoutingHookInput(request: request, proposal: route(request), departments: departments)
    }

    /// The decision after the county's hook, refusing results outside the table.
    ///
    /// A `nil` result, or `nil` fields, keep the table's proposal.
    ///
    /// - Parameter source: the plugin that returned the result, named in errors.
    public func decision(
        for request: HotlineRequest, hookResult: HotlineRoutingHookResult?, source: String
    ) throws(HotlineRoutingHookError) -> HotlineRoutingDecision {
        var decision = route(request)
        guard let hookResult, hookResult.department != nil || hookResult.deadlineHours != nil else {
            return decision
        }
        if let department = hookResult.department {
            guard departments.contains(department) else {
                throw HotlineRoutingHookError(
                    source: source, field: "result.department",
                    message: "'\(department)' is not a routing department; return one of: \(departments.joined(separator: ", "))"
                )
            }
            decision.department = department
        }
        if let hours = hookResult.deadlineHours {
            guard (1...Self.maximumDeadlineHours).contains(hours) else {
                throw HotlineRoutingHookError(
                    source: source, field: "result.deadline_hours",
                    message: "\(hours) is outside 1...\(Self.maximumDeadlineHours); return a whole number of hours in that range"
                )
            }
            decision.deadlineHours = hours
            decision.expectedAt = request.requestedAt.addingTimeInterval(Double(hours) * 3600)
        }
        decision.source = .hook
        decision.reason = hookResult.reason ?? "县级规则调整：派\(decision.department)，时限\(decision.deadlineHours)小时"
        return decision
    }
}
