/// Names one version of one convention, e.g. in a points ledger entry.
public struct ConventionVersionReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The convention.
    public let convention: ConventionID
    /// The version number.
    public let version: Int

    /// Refers to `version` of `convention`.
    public init(convention: ConventionID, version: Int) {
        self.convention = convention
        self.version = version
    }

    public var description: String { "\(convention) v\(version)" }
}
