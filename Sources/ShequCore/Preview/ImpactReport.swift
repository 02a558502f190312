/// The difference between two evaluations of the same events (see ``ImpactPreview``).
public struct ImpactReport: Sendable, Hashable, Codable {
    /// Subjects whose points would change, in subject order.
    public let subjects: [SubjectImpact]
    /// How many subjects with points would see no change.
    public let unchangedSubjects: Int
    /// Totals under each rule.
    public let totals: Totals
    /// How many subjects fall in each band of change (unchanged subjects in ``ChangeBand/none``).
    public let distribution: [ChangeBand: Int]
    /// Events whose decisions differ.
    public let decisionsChanged: [DecisionChange]

    /// Totals under the baseline and the candidate.
    public struct Totals: Sendable, Hashable, Codable {
        /// Under the rule in force.
        public let baseline: Sums
        /// Under the candidate.
        public let candidate: Sums
    }

    /// Sums over one evaluation.
    public struct Sums: Sendable, Hashable, Codable {
        /// Points awarded.
        public var awarded = 0
        /// Points deducted (positive).
        public var deducted = 0
        /// Measures applied.
        public var measures = 0
        /// Measures refused.
        public var refused = 0
        /// Events on which the plugin failed.
        public var failedEvents = 0

        /// Net points: awarded − deducted.
        public var net: Int { awarded - deducted }
    }
}
