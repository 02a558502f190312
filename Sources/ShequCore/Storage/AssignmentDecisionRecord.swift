import Foundation

/// One decision of the assignment gate as it was recorded (Art. 40, 45): the assignment
/// as submitted, the decision with its legal basis, who decided and when, and how free
/// text was mapped to catalogue items when a county hook did it.
public struct AssignmentDecisionRecord: Sendable, Hashable, Codable {
    /// The work as the department, street office or township assigned it.
    public var assignment: WorkAssignment
    /// The gate's answer, reason and basis; carries the violation when one was recorded.
    public var decision: GateDecision
    /// When the decision was recorded.
    public var decidedAt: Date
    /// Who recorded it (the reviewing office or operator).
    public var decidedBy: String
    /// How the items were found: `"given"`, or the plugin id and its explanation.
    public var matching: String?

    /// Creates a record of a gate decision.
    public init(assignment: WorkAssignment, decision: GateDecision, decidedAt: Date, decidedBy: String, matching: String? = nil) {
        self.assignment = assignment
        self.decision = decision
        self.decidedAt = decidedAt
        self.decidedBy = decidedBy
        self.matching = matching
    }
}
