import Foundation

/// A numbered set of changes to one jurisdiction's catalogue, with who made it, why, and from when it applies.
///
/// ```swift
/// let first = CatalogueVersion(
///     number: 1,
///     effectiveFrom: Date(timeIntervalSince1970: 1_740_758_400),   // 2025-03-01 00:00 +08:00
///     author: "市民政局 王某",
///     reason: "依据条例第四十条制定首版工作事务指导目录",
///     changes: [.add(WorkAffairItem(id: "Z-01", category: .mainDuty, title: "组织居民会议"))])
/// ```
public struct CatalogueVersion: Sendable, Hashable, Codable {
    /// 1 for the first version, then one more for each version.
    public var number: Int
    /// From this instant the version applies.
    public var effectiveFrom: Date
    /// Who made the change (office and person).
    public var author: String
    /// Why the change was made (Chinese), e.g. the document that decided it.
    public var reason: String
    /// The edits, applied in order.
    public var changes: [CatalogueChange]

    /// Creates a version.
    public init(number: Int, effectiveFrom: Date, author: String, reason: String, changes: [CatalogueChange]) {
        self.number = number
        self.effectiveFrom = effectiveFrom
        self.author = author
        self.reason = reason
        self.changes = changes
    }
}
