import Foundation

/// One hazard inspection round in a community (隐患排查, Art. 37 ¶2) and what it found.
public struct HazardInspection: Sendable, Hashable, Codable, Identifiable {
    /// The inspection's number.
    public var id: String
    /// The community: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// What was inspected, e.g. `老旧小区燃气管道`.
    public var scope: String
    /// When.
    public var inspectedAt: Date
    /// Who inspected: workers' identifiers or unit names.
    public var inspectors: [String]
    /// The hazards found.
    public var findings: [HazardFinding]

    /// Creates an inspection record.
    public init(id: String, communityCode: String, scope: String, inspectedAt: Date, inspectors: [String],
                findings: [HazardFinding] = []) {
        self.id = id
        self.communityCode = communityCode
        self.scope = scope
        self.inspectedAt = inspectedAt
        self.inspectors = inspectors
        self.findings = findings
    }
}
