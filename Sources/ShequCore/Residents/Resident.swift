/// A resident (居民/村民) of a household, with the sensitive fields protected by ``Disclosure``.
///
/// ```swift
/// let resident = Resident(
///     id: "H-0001-1", householdID: "H-0001", name: "张伟", sex: .male,
///     birthDate: CivilDate(year: 1958, month: 3, day: 9)!, idNumber: "41150219580309123X",
///     phone: "13812345678", role: .head, care: [.disability])
/// resident.redacted(for: []).idNumber  // "411502********123X"
/// resident.redacted(for: []).care      // nil
/// ```
public struct Resident: Sendable, Hashable, Codable, Identifiable {
    public var id: ResidentID
    public var householdID: HouseholdID
    public var name: String
    public var sex: Sex
    public var birthDate: CivilDate
    /// 居民身份证号码; masked unless ``Disclosure/identifiers`` was asked for.
    public var idNumber: String?
    /// Contact phone; masked unless ``Disclosure/identifiers`` was asked for.
    public var phone: String?
    /// Relation to the head of the household.
    public var role: HouseholdRole
    /// Care categories (Art. 19–20); `nil` when not disclosed, empty when disclosed and none apply.
    public var care: CareCategories?

    public init(
        id: ResidentID, householdID: HouseholdID, name: String, sex: Sex, birthDate: CivilDate,
        idNumber: String? = nil, phone: String? = nil, role: HouseholdRole, care: CareCategories? = []
    ) {
        self.id = id
        self.householdID = householdID
        self.name = name
        self.sex = sex
        self.birthDate = birthDate
        self.idNumber = idNumber
        self.phone = phone
        self.role = role
        self.care = care
    }

    /// This resident as `disclosure` allows it to be shown.
    public func redacted(for disclosure: Disclosure) -> Resident {
        var copy = self
        if !disclosure.contains(.identifiers) {
            copy.idNumber = idNumber.map(Masking.idNumber)
            copy.phone = phone.map(Masking.phone)
        }
        if !disclosure.contains(.care) { copy.care = nil }
        return copy
    }
}

/// The stable identity of a ``Resident``.
public struct ResidentID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: ResidentID, rhs: ResidentID) -> Bool { lhs.rawValue < rhs.rawValue }
}
