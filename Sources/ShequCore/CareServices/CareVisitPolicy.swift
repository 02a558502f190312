import Foundation

/// How often the people in each group must be visited, and who is due (Art. 19 ¶2).
///
/// ```swift
/// let policy = CareVisitPolicy(defaultIntervalDays: 90,
///                              intervalDays: [.extremePoverty: 30, .leftBehindChild: 30])
/// for due in policy.dueVisits(in: cases, now: now) { print(due.caseID, due.daysLate) }
/// ```
///
/// Intervals are keyed by ``CareCategory`` (Art. 19–20). A person in several groups is visited at the shortest of their intervals.
public struct CareVisitPolicy: Sendable, Hashable, Codable {
    /// A case whose visit is due.
    public struct Due: Sendable, Hashable, Codable {
        /// The case.
        public var caseID: String
        /// The community.
        public var communityCode: String
        /// When the visit fell due: the last visit (or opening) plus the interval.
        public var dueAt: Date
        /// Whole days since it fell due.
        public var daysLate: Int
    }

    /// The interval for groups not listed.
    public var defaultIntervalDays: Int
    /// Intervals by group.
    public var intervalDays: [CareCategory: Int]

    /// Creates a policy.
    public init(defaultIntervalDays: Int, intervalDays: [CareCategory: Int] = [:]) {
        self.defaultIntervalDays = defaultIntervalDays
        self.intervalDays = intervalDays
    }

    /// The interval for a case: the shortest among its groups.
    public func interval(for groups: CareCategories) -> Int {
        groups.categories.map { intervalDays[$0] ?? defaultIntervalDays }.min() ?? defaultIntervalDays
    }

    /// The open cases whose visit is due at `now`, most late first.
    public func dueVisits(in cases: [CareCase], now: Date) -> [Due] {
        cases.compactMap { record -> Due? in
            guard record.closedAt == nil else { return nil }
            let since = record.lastVisitAt ?? record.openedAt
            let dueAt = since.addingTimeInterval(Double(interval(for: record.groups)) * 86_400)
            guard now > dueAt else { return nil }
            return Due(caseID: record.id, communityCode: record.communityCode, dueAt: dueAt,
                       daysLate: Int(now.timeIntervalSince(dueAt) / 86_400))
        }
        .sorted { ($0.dueAt, $0.caseID) < ($1.dueAt, $1.caseID) }
    }
}
