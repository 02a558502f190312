/// The check made when work is assigned to a grid or a grid worker (Art. 34, 44): listed
/// work is accepted; unlisted work needs an approval; unlisted work without approval is
/// refused and recorded as a violation naming the assigning unit.
///
/// ```swift
/// let decision = try AdmissionCheck.check(assignment, against: list, approvals: approvals)
/// switch decision.outcome {
/// case .listed: print("accepted:", decision.reason)
/// case .approved(let approval): print("approved by", approval.approvedBy)
/// case .refused(let violation): print("violation by", violation.assigningUnit)
/// }
/// ```
public enum AdmissionCheck {
    /// Checks `assignment` against the list version in force on its date and the approvals.
    ///
    /// A refusal's violation is recorded on the assignment's date unless `recordedOn` is given.
    ///
    /// - Throws: ``AdmissionListError/wrongCounty(list:assignment:)`` when the list is another county's.
    public static func check(
        _ assignment: GridTaskAssignment,
        against list: AdmissionList,
        approvals: [AdmissionApproval],
        recordedOn: CivilDate? = nil
    ) throws(AdmissionListError) -> AdmissionDecision {
        guard list.countyCode == assignment.countyCode else {
            throw .wrongCounty(list: list.countyCode, assignment: assignment.countyCode)
        }
        let task = "「\(assignment.taskName)」"
        let inForce = list.version(on: assignment.assignedOn)
        if let inForce, let listed = inForce.taskType(code: assignment.taskTypeCode) {
            return AdmissionDecision(
                assignment: assignment, outcome: .listed(listVersion: inForce.version),
                legalBasis: .gridAdmission,
                reason: "\(task)属于准入清单（第\(inForce.version)版，\(inForce.effectiveFrom)起施行）所列事项「\(listed.name)」，可以交由网格化服务管理人员办理。"
            )
        }
        let notListed = inForce == nil
            ? "\(assignment.assignedOn)尚无生效的网格化服务管理事项准入清单，\(task)不属于准入事项"
            : "\(task)不在准入清单（第\(inForce!.version)版）内"
        if let approval = approvals.first(where: { $0.covers(assignment) }) {
            return AdmissionDecision(
                assignment: assignment, outcome: .approved(approval), legalBasis: .gridAdmission,
                reason: "\(notListed)，但已经\(approval.approvedBy)于\(approval.approvedOn)批准（\(approval.reason)），可以交由网格化服务管理人员办理。"
            )
        }
        let reason = "\(notListed)，且未经批准；\(assignment.assigningUnit)将其交由\(assignment.assignee)办理，违反\(LegalBasis.gridAdmission.fullCitation)，应当由县、区人民政府依照第四十四条予以纠正。"
        let violation = AdmissionViolation(
            id: "violation-" + assignment.id, assignment: assignment,
            recordedOn: recordedOn ?? assignment.assignedOn, reason: reason
        )
        return AdmissionDecision(assignment: assignment, outcome: .refused(violation),
                                 legalBasis: .gridAdmissionViolation, reason: reason)
    }
}
