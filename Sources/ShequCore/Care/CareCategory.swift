/// A group that gets special care from governments, street offices and townships (Art. 19), or elderly care (Art. 20).
///
/// Membership is sensitive personal data: stores return it only to callers that ask with ``Disclosure/care``.
///
/// ```swift
/// CareCategory(key: "dibao")           // .minimumSubsistence
/// CareCategory.leftBehindChild.chineseName  // "留守儿童"
/// ```
public enum CareCategory: Int, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible,
    ChineseNamedCase, CodingKeyRepresentable {
    /// 低保对象: minimum-subsistence recipients (Art. 19).
    case minimumSubsistence = 0
    /// 特困人员: persons in extreme poverty (Art. 19).
    case extremePoverty = 1
    /// 残疾人: persons with disabilities (Art. 19).
    case disability = 2
    /// 留守儿童: left-behind children (Art. 19).
    case leftBehindChild = 3
    /// 困境儿童: children in difficulty (Art. 19).
    case childInDifficulty = 4
    /// 就业困难人员: people with employment difficulty (Art. 19).
    case employmentDifficulty = 5
    /// 独居老人: elderly people living alone (Art. 20).
    case elderlyLivingAlone = 6

    /// The key used in import files and JSON.
    public var key: String {
        switch self {
        case .minimumSubsistence: "dibao"
        case .extremePoverty: "tekun"
        case .disability: "disability"
        case .leftBehindChild: "left-behind-child"
        case .childInDifficulty: "child-in-difficulty"
        case .employmentDifficulty: "employment-difficulty"
        case .elderlyLivingAlone: "elderly-alone"
        }
    }

    /// The Chinese name used in the regulation.
    public var chineseName: String {
        switch self {
        case .minimumSubsistence: "低保对象"
        case .extremePoverty: "特困人员"
        case .disability: "残疾人"
        case .leftBehindChild: "留守儿童"
        case .childInDifficulty: "困境儿童"
        case .employmentDifficulty: "就业困难人员"
        case .elderlyLivingAlone: "独居老人"
        }
    }

    /// Creates a category from its ``key``.
    public init?(key: String) {
        guard let category = Self.allCases.first(where: { $0.key == key }) else { return nil }
        self = category
    }

    public var description: String { key }

    public static func < (lhs: CareCategory, rhs: CareCategory) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Dictionaries keyed by category (e.g. visit intervals) encode the ``key``.
    public var codingKey: any CodingKey { CareCategoryKey(stringValue: key) }

    public init?<T: CodingKey>(codingKey: T) {
        self.init(key: codingKey.stringValue)
    }
}

private struct CareCategoryKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
