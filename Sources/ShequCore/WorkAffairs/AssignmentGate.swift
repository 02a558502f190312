import Foundation

/// Decides whether a committee takes on assigned work, from the county's effective catalogue (Art. 40, 45).
///
/// - main-duty items (主责事项) → ``GateOutcome/accepted``;
/// - assistance items (协助事项) → accepted only with funding (amount and source) and
///   working conditions stated; otherwise ``GateOutcome/refusedAsViolation`` with a
///   ``Violation`` for the register (Art. 40 ¶2, Art. 45): pushing assistance work onto a
///   committee without its funding is a transfer of the unit's own duties;
/// - negative items (负面事项) → ``GateOutcome/refusedAsViolation``, with a
///   ``Violation`` for the register (Art. 40 ¶2, Art. 45);
/// - items not in the catalogue, or no item at all → ``GateOutcome/heldForCountyDecision``.
///
/// When a task maps to several items the strictest applies, in this order: negative,
/// assistance without funding, not in the catalogue, accepted.
///
/// ```swift
/// let gate = AssignmentGate(catalogues: hierarchy)
/// let decision = try gate.decide(assignment)
/// if let violation = decision.violation { register.append(violation) }
/// print(decision.outcome, decision.reason)
/// ```
public struct AssignmentGate: Sendable {
    /// The catalogues the gate reads.
    public var catalogues: CatalogueHierarchy
    /// The name the gate records violations under.
    public var recorder: String

    /// Creates a gate over a hierarchy of catalogues.
    public init(catalogues: CatalogueHierarchy, recorder: String = "工作事务准入审查") {
        self.catalogues = catalogues
        self.recorder = recorder
    }

    /// Decides on an assignment against the catalogue of its county in force on its assignment date.
    public func decide(_ assignment: WorkAssignment) throws(WorkAffairsCatalogueError) -> GateDecision {
        let catalogue = try catalogues.effectiveCatalogue(for: assignment.countyCode, on: assignment.assignedAt)
        return Self.decide(assignment, against: catalogue, recorder: recorder)
    }

    /// Decides on an assignment against a given effective catalogue.
    public static func decide(_ assignment: WorkAssignment, against catalogue: EffectiveCatalogue, recorder: String = "工作事务准入审查") -> GateDecision {
        var matched: [EffectiveCatalogueEntry] = []
        var unknown: [String] = []
        for itemID in assignment.itemIDs where !matched.contains(where: { $0.item.id == itemID }) && !unknown.contains(itemID) {
            if let entry = catalogue.entry(for: itemID) { matched.append(entry) } else { unknown.append(itemID) }
        }
        let negative = matched.filter { $0.item.category == .negative }
        let assistance = matched.filter { $0.item.category == .assistance }
        let missing = assistance.isEmpty ? [] : missingRequirements(of: assignment)

        func decision(_ outcome: GateOutcome, _ reason: String, _ basis: [LegalBasis], violation: Violation? = nil, missing: [AssistanceRequirement] = []) -> GateDecision {
            GateDecision(
                assignmentID: assignment.id, outcome: outcome, reason: reason, basis: basis,
                matchedEntries: matched, unknownItemIDs: unknown,
                missingConditions: missing,
                violation: violation, catalogueDivisionCode: catalogue.divisionCode, decidedFor: catalogue.date)
        }

        func violation(_ conduct: String) -> Violation {
            Violation(
                id: "\(assignment.id)-violation",
                unit: assignment.assigningUnit,
                responsiblePerson: assignment.responsiblePerson,
                conduct: conduct,
                basis: .committeeBurdenViolation,
                communityCode: assignment.communityCode,
                assignmentID: assignment.id,
                occurredAt: assignment.assignedAt,
                recordedAt: assignment.assignedAt,
                recordedBy: recorder)
        }

        if !negative.isEmpty {
            let items = listing(negative)
            let violation = violation("\(assignment.assigningUnit.name)要求居(村)民委员会办理负面清单事项\(items)（任务：\(assignment.title)）")
            return decision(
                .refusedAsViolation,
                "任务涉及负面清单事项\(items)，依法不得要求居(村)民委员会办理，予以拒绝，并登记为违规行为，报请\(catalogue.divisionCode)人民政府予以纠正。",
                [.negativeListForbidden, .committeeBurdenViolation],
                violation: violation)
        }
        if !missing.isEmpty {
            let lacking = missing.map(\.chineseName).joined(separator: "、")
            let items = listing(assistance)
            let violation = violation("\(assignment.assigningUnit.name)安排居(村)民委员会办理协助事项\(items)，未提供\(lacking)（任务：\(assignment.title)）")
            return decision(
                .refusedAsViolation,
                "任务属于协助事项\(items)，但未写明\(lacking)。安排居(村)民委员会办理协助事项应当提供相应的经费和必要的工作条件；未提供的，属于将职责范围内的事项转交居(村)民委员会承担，予以拒绝，并登记为违规行为，报请\(catalogue.divisionCode)人民政府予以纠正。补正经费和工作条件后可重新提交。",
                [.assistanceNeedsFunding, .committeeBurdenViolation],
                violation: violation, missing: missing)
        }
        if assignment.itemIDs.isEmpty || !unknown.isEmpty {
            let what = unknown.isEmpty ? "未对应任何目录事项" : "事项\(unknown.joined(separator: "、"))不在本县(区)工作事务指导目录内"
            return decision(
                .heldForCountyDecision,
                "任务\(what)，暂不接收，报请县(区)人民政府决定是否列入目录。",
                [.catalogueAdjustment])
        }
        if assistance.isEmpty {
            return decision(
                .accepted,
                "任务属于主责事项\(listing(matched))，予以接收。",
                [.mainDutyList])
        }
        let funding = assignment.funding.map { "经费\($0.amount)元（\($0.source)）" } ?? ""
        return decision(
            .accepted,
            "任务属于协助事项\(listing(assistance))，已提供\(funding)和工作条件（\(assignment.workingConditions ?? "")），予以接收。",
            matched.count > assistance.count ? [.mainDutyList, .assistanceNeedsFunding] : [.assistanceNeedsFunding])
    }

    private static func missingRequirements(of assignment: WorkAssignment) -> [AssistanceRequirement] {
        var missing: [AssistanceRequirement] = []
        if (assignment.funding?.amount ?? 0) <= 0 { missing.append(.fundingAmount) }
        if assignment.funding?.source.isBlank ?? true { missing.append(.fundingSource) }
        if assignment.workingConditions?.isBlank ?? true { missing.append(.workingConditions) }
        return missing
    }

    private static func listing(_ entries: [EffectiveCatalogueEntry]) -> String {
        entries.map { "「\($0.item.id) \($0.item.title)」" }.joined(separator: "、")
    }
}
