/// How a topic is decided: who must be present (quorum) and how many votes an option needs (majority), stated per topic (Art. 33).
///
/// ```swift
/// // 应到人数过半数到会；实到人数三分之二以上同意
/// let rule = VotingRule(quorum: .moreThanHalf, majority: .twoThirds, base: .present)
/// ```
public struct VotingRule: Sendable, Hashable, Codable {
    /// The share of participants with a vote who must be present at the meeting; `nil` for none.
    public var quorum: Threshold?
    /// What an option needs to be adopted.
    public var majority: MajorityRule
    /// What ``MajorityRule/absolute`` and ``MajorityRule/twoThirds`` are counted against.
    public var base: MajorityBase

    /// Creates a rule.
    public init(quorum: Threshold?, majority: MajorityRule, base: MajorityBase) {
        self.quorum = quorum
        self.majority = majority
        self.base = base
    }
}

/// What an option needs to be adopted.
public enum MajorityRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// 相对多数: more votes than any other option; a tie decides nothing. The base is not used.
    case simple
    /// 过半数: more than half of the base.
    case absolute
    /// 三分之二以上: two-thirds of the base or more.
    case twoThirds = "two_thirds"

    /// The threshold on the base, for the rules that have one.
    public var threshold: Threshold? {
        switch self {
        case .simple: nil
        case .absolute: .moreThanHalf
        case .twoThirds: .twoThirdsOrMore
        }
    }
}

/// The count a majority is measured against.
public enum MajorityBase: String, Sendable, Hashable, Codable, CaseIterable {
    /// 实到: participants with a vote present at the meeting.
    case present
    /// 应到: all participants with a vote.
    case eligible

    /// The base in Chinese.
    public var chineseName: String {
        switch self {
        case .present: "实到人数"
        case .eligible: "应到人数"
        }
    }
}

/// A share of a count, either "more than" (过) or "at least" (以上), as Chinese rules state them.
///
/// ```swift
/// Threshold.moreThanHalf.required(of: 10)      // 6
/// Threshold.twoThirdsOrMore.required(of: 10)   // 7
/// ```
public struct Threshold: Sendable, Hashable, Codable {
    /// The numerator of the share.
    public var numerator: Int
    /// The denominator of the share; positive.
    public var denominator: Int
    /// True for "at least" (以上, the share itself is enough), false for "more than" (过).
    public var inclusive: Bool

    /// Creates a threshold; the share must be between 0 and 1.
    public init(numerator: Int, denominator: Int, inclusive: Bool) {
        precondition(denominator > 0 && numerator >= 0 && numerator <= denominator, "a threshold is a share between 0 and 1")
        self.numerator = numerator
        self.denominator = denominator
        self.inclusive = inclusive
    }

    /// Decodes a threshold, refusing a share outside 0…1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let numerator = try container.decode(Int.self, forKey: .numerator)
        let denominator = try container.decode(Int.self, forKey: .denominator)
        guard denominator > 0, numerator >= 0, numerator <= denominator else {
            throw DecodingError.dataCorruptedError(
                forKey: .denominator, in: container,
                debugDescription: "threshold \(numerator)/\(denominator) is not a share between 0 and 1; use e.g. 1/2 or 2/3")
        }
        self.init(numerator: numerator, denominator: denominator, inclusive: try container.decode(Bool.self, forKey: .inclusive))
    }

    /// 过半数
    public static let moreThanHalf = Threshold(numerator: 1, denominator: 2, inclusive: false)
    /// 三分之二以上
    public static let twoThirdsOrMore = Threshold(numerator: 2, denominator: 3, inclusive: true)

    /// The smallest count that meets the threshold out of `total`.
    public func required(of total: Int) -> Int {
        let product = total * numerator
        return inclusive ? (product + denominator - 1) / denominator : product / denominator + 1
    }

    /// The threshold in Chinese, e.g. `过半数` or `三分之二以上`.
    public var chineseName: String {
        let share: String
        if numerator == 1 && denominator == 2 {
            share = "半数"
        } else {
            share = "\(ChineseNumeral.text(denominator))分之\(ChineseNumeral.text(numerator))"
        }
        return inclusive ? "\(share)以上" : "过\(share)"
    }
}
