import Foundation

/// An emergency in or near a community, from report to aftermath (突发事件, Art. 37).
///
/// ```swift
/// var fire = EmergencyIncident(
///     id: "E-2026-031", source: .fire119, category: .accident, kind: "居民楼火灾",
///     severity: .ordinary,
///     place: EmergencyPlace(communityCode: "411502001001", address: "胜利路 12 号"),
///     reportedAt: now)
/// try fire.dispatch(EmergencyDispatch(unit: "浉河区消防救援大队", role: .fireRescue, dispatchedAt: now), by: "指挥中心")
/// try fire.recordCommunityAction(EmergencyCommunityAction(kind: .evacuation, at: now, summary: "疏散 3 个单元"))
/// ```
public struct EmergencyIncident: Sendable, Hashable, Codable, Identifiable {
    /// The incident number.
    public var id: String
    /// The line it came in on.
    public var source: EmergencySource
    /// The number of the call or work order on that line, e.g. a 12345 order.
    public var sourceReference: String?
    /// One of the four kinds of emergency.
    public var category: EmergencyCategory
    /// What happened in a few words, e.g. `居民楼火灾`.
    public var kind: String
    /// The grade.
    public var severity: EmergencySeverity
    /// Where.
    public var place: EmergencyPlace
    /// Who reported it; personal data.
    public var reporter: EmergencyReporter?
    /// When it was reported.
    public var reportedAt: Date
    /// The state.
    public var status: EmergencyStatus
    /// Every change of state, oldest first.
    public var timeline: [EmergencyStatusChange]
    /// The units sent.
    public var dispatches: [EmergencyDispatch]
    /// How it was dealt with, as a running record (处置情况).
    public var handling: [String]
    /// The aftermath work.
    public var aftermath: [EmergencyAftermathTask]
    /// What the community did.
    public var communityActions: [EmergencyCommunityAction]
    /// People hurt, when counted.
    public var injured: Int?
    /// People killed, when counted.
    public var deaths: Int?

    /// Creates a reported incident.
    public init(
        id: String, source: EmergencySource, sourceReference: String? = nil, category: EmergencyCategory,
        kind: String, severity: EmergencySeverity, place: EmergencyPlace, reporter: EmergencyReporter? = nil,
        reportedAt: Date
    ) {
        self.id = id
        self.source = source
        self.sourceReference = sourceReference
        self.category = category
        self.kind = kind
        self.severity = severity
        self.place = place
        self.reporter = reporter
        self.reportedAt = reportedAt
        self.status = .reported
        self.timeline = []
        self.dispatches = []
        self.handling = []
        self.aftermath = []
        self.communityActions = []
        self.injured = nil
        self.deaths = nil
    }

    /// The time of the latest timeline entry, or the report.
    public var lastChangeAt: Date { timeline.last?.at ?? reportedAt }

    /// Minutes from the report to the first unit's arrival, once one has arrived.
    public var minutesToFirstArrival: Double? {
        dispatches.compactMap(\.arrivedAt).min().map { $0.timeIntervalSince(reportedAt) / 60 }
    }

    /// Whether every aftermath task is done.
    public var isAftermathComplete: Bool { aftermath.allSatisfy { $0.completedAt != nil } }

    var recordName: String { "突发事件 \(id)" }
}
