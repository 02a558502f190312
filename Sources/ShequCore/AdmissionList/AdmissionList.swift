/// A county's admission list (准入清单) for grid work: the versioned catalogue of the
/// task types that may be given to grid staff, adjusted over time (Art. 34).
///
/// Each adjustment makes a new version effective from a date, recording who decided it
/// and why; earlier versions stay readable.
///
/// ```swift
/// var list = AdmissionList(countyCode: "411502")
/// try list.adjust(adding: [GridTaskType(code: "population-survey", name: "人口信息采集")],
///                 effectiveFrom: CivilDate("2025-03-01")!, by: "浉河区人民政府", reason: "建立准入清单")
/// list.version(on: CivilDate("2025-04-01")!)?.taskType(code: "population-survey")?.name   // "人口信息采集"
/// ```
public struct AdmissionList: Sendable, Hashable, Codable {
    /// The county or district (6-digit code or name).
    public private(set) var countyCode: String
    /// Every version, oldest first.
    public private(set) var versions: [AdmissionListVersion]

    /// Creates an empty list: until its first version, no work is admitted.
    public init(countyCode: String) {
        self.countyCode = countyCode
        self.versions = []
    }

    /// Restores a list from stored versions (oldest first), e.g. in a store.
    public init(countyCode: String, versions: [AdmissionListVersion]) {
        self.countyCode = countyCode
        self.versions = versions.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// The version in force on `date`, or `nil` before the first one.
    public func version(on date: CivilDate) -> AdmissionListVersion? {
        versions.last { $0.effectiveFrom <= date }
    }

    /// Makes a new version effective from `date`: the latest version's task types, plus
    /// `adding`, minus the codes in `removing`. Returns the new version's number.
    ///
    /// - Throws: ``AdmissionListError`` when the date is not after the latest version's,
    ///   nothing changes, an addition is already listed or a removal is not, or the
    ///   decider or reason is empty.
    @discardableResult
    public mutating func adjust(
        adding: [GridTaskType] = [],
        removing: [String] = [],
        effectiveFrom date: CivilDate,
        by decider: String,
        reason: String
    ) throws(AdmissionListError) -> Int {
        guard !decider.isEmpty, !reason.isEmpty else { throw .missingAccountability }
        guard !adding.isEmpty || !removing.isEmpty else { throw .emptyAdjustment }
        let latest = versions.last
        if let latest, date <= latest.effectiveFrom {
            throw .notAfterLatest(effectiveFrom: date, latest: latest.effectiveFrom)
        }
        var byCode = Dictionary((latest?.taskTypes ?? []).map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for code in removing {
            guard byCode.removeValue(forKey: code) != nil else { throw .notListed(code: code) }
        }
        for taskType in adding {
            guard byCode[taskType.code] == nil else { throw .alreadyListed(code: taskType.code) }
            byCode[taskType.code] = taskType
        }
        let version = (latest?.version ?? 0) + 1
        versions.append(AdmissionListVersion(
            version: version, countyCode: countyCode, effectiveFrom: date,
            taskTypes: byCode.values.sorted { $0.code < $1.code },
            adjustment: AdmissionAdjustment(adjustedBy: decider, reason: reason,
                                            added: adding.map(\.code), removed: removing)
        ))
        return version
    }

    enum CodingKeys: String, CodingKey {
        case countyCode = "county_code"
        case versions
    }
}
