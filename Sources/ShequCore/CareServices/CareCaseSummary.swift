import Foundation

/// A care record as shared: masked unless full disclosure is asked for (Art. 19).
public struct CareCaseSummary: Sendable, Hashable, Codable {
    /// One need as shared.
    public struct Need: Sendable, Hashable, Codable {
        /// The need's number.
        public var id: String
        /// The kind of service asked for.
        public var kind: CareServiceKind
        /// What is needed, or ``PersonalDataMask/withheld``.
        public var summary: String
        /// The state.
        public var state: CareNeedState
    }

    /// The case number.
    public var caseID: String
    /// The community.
    public var communityCode: String
    /// The name, masked unless disclosed.
    public var personName: String
    /// The contact number, masked unless disclosed.
    public var contactPhone: String?
    /// The address, masked unless disclosed.
    public var address: String?
    /// The groups, in ``CareCategory`` order; encoded as their keys.
    public var groups: CareCategories
    /// The carers' names.
    public var providers: [String]
    /// How many visits.
    public var visitCount: Int
    /// When the latest was.
    public var lastVisitAt: Date?
    /// How often each service was delivered.
    public var servicesDelivered: [CareServiceKind: Int]
    /// The needs still open.
    public var outstandingNeeds: [Need]
    /// How much was disclosed.
    public var disclosure: CareDisclosure
}

extension CareCase {
    /// The record as it may be shared; masked unless `disclosure` is `.full`.
    public func summary(disclosure: CareDisclosure = .masked) -> CareCaseSummary {
        let full = disclosure == .full
        var delivered: [CareServiceKind: Int] = [:]
        for visit in visits {
            for service in visit.services { delivered[service, default: 0] += 1 }
        }
        return CareCaseSummary(
            caseID: id,
            communityCode: communityCode,
            personName: full ? personName : PersonalDataMask.name(personName),
            contactPhone: full ? contactPhone : contactPhone.map(PersonalDataMask.phone),
            address: full ? address : address.map(PersonalDataMask.address),
            groups: groups,
            providers: providers.map(\.name),
            visitCount: visits.count,
            lastVisitAt: lastVisitAt,
            servicesDelivered: delivered,
            outstandingNeeds: outstandingNeeds.map {
                CareCaseSummary.Need(id: $0.id, kind: $0.kind, summary: full ? $0.summary : PersonalDataMask.withheld, state: $0.state)
            },
            disclosure: disclosure
        )
    }
}
