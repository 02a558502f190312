import Foundation

/// The care record of one person in a special group (关爱照护档案, Art. 19–20).
///
/// It says who is cared for, by whom, what was delivered and what is still needed.
/// Everything personal in it is sensitive: share it through ``summary(disclosure:)``,
/// which masks by default.
///
/// ```swift
/// var record = CareCase(id: "C-1", residentID: "R-100", communityCode: "411502001001",
///                       personName: "王秀英", groups: [.elderlyLivingAlone], openedAt: now)
/// record.providers.append(CareProvider(id: "W-12", name: "李敏", kind: .communityWorker))
/// try record.addVisit(CareVisit(at: now, providerID: "W-12", services: [.visit, .meals]))
/// try record.raiseNeed(CareNeed(id: "N-1", kind: .healthCare, summary: "需要上门体检", raisedAt: now))
/// let shared = record.summary() // name masked, notes withheld
/// ```
public struct CareCase: Sendable, Hashable, Codable, Identifiable {
    /// The case number.
    public var id: String
    /// The cared-for resident's identifier.
    public var residentID: String
    /// The resident's household identifier, when known.
    public var householdID: String?
    /// The community: its 12-digit statistical code or its name path.
    public var communityCode: String
    /// The person's name; sensitive.
    public var personName: String
    /// A contact number (the person's or a guardian's); sensitive.
    public var contactPhone: String?
    /// Where the person lives; sensitive.
    public var address: String?
    /// The groups the person belongs to; sensitive.
    public var groups: CareCategories
    /// Who cares for the person.
    public var providers: [CareProvider]
    /// When the case was opened.
    public var openedAt: Date
    /// When it was closed, if it has been.
    public var closedAt: Date?
    /// Visits and services, oldest first.
    public var visits: [CareVisit]
    /// Needs raised, in the order raised.
    public var needs: [CareNeed]

    /// Opens a case.
    public init(id: String, residentID: String, householdID: String? = nil, communityCode: String, personName: String,
                contactPhone: String? = nil, address: String? = nil, groups: CareCategories,
                providers: [CareProvider] = [], openedAt: Date) {
        self.id = id
        self.residentID = residentID
        self.householdID = householdID
        self.communityCode = communityCode
        self.personName = personName
        self.contactPhone = contactPhone
        self.address = address
        self.groups = groups
        self.providers = providers
        self.openedAt = openedAt
        self.closedAt = nil
        self.visits = []
        self.needs = []
    }

    /// The needs still open.
    public var outstandingNeeds: [CareNeed] { needs.filter(\.state.isOpen) }

    /// The latest visit's time, if any.
    public var lastVisitAt: Date? { visits.map(\.at).max() }
}
