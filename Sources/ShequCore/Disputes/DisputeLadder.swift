import Foundation

/// A county's dispute-resolution ladder: the levels a dispute climbs and how long each may hold it (Art. 35).
///
/// The built-in default is 四级七天 ("four levels, seven days"): grid worker, community
/// mediation committee, township, county, each with seven days.
///
/// ```swift
/// let ladder = DisputeLadder.fourLevelsSevenDays(countyCode: "411522")
/// let custom = try DisputeLadder(countyCode: "411502", steps: [
///     .init(level: .communityMediation, timeLimitDays: 10),
///     .init(level: .township, timeLimitDays: 15),
///     .init(level: .county, timeLimitDays: 30),
/// ])
/// ```
public struct DisputeLadder: Sendable, Hashable, Codable {
    /// One rung and its time limit.
    public struct Step: Sendable, Hashable, Codable {
        /// The level.
        public var level: DisputeLevel
        /// Days the level may hold a dispute, counted as 24-hour periods from when it took it.
        public var timeLimitDays: Int

        /// Creates a step.
        public init(level: DisputeLevel, timeLimitDays: Int) {
            self.level = level
            self.timeLimitDays = timeLimitDays
        }

        /// The time limit in seconds.
        public var timeLimit: TimeInterval { TimeInterval(timeLimitDays) * 86_400 }

        enum CodingKeys: String, CodingKey {
            case level
            case timeLimitDays = "time_limit_days"
        }
    }

    enum CodingKeys: String, CodingKey {
        case countyCode = "county_code"
        case steps
    }

    /// The county whose setting this is (6-digit code or name path).
    public var countyCode: String
    /// The steps, lowest level first.
    public private(set) var steps: [Step]

    /// Creates a ladder; levels must rise strictly and every time limit must be at least one day.
    public init(countyCode: String, steps: [Step]) throws(DisputeLadderError) {
        guard !steps.isEmpty else { throw DisputeLadderError(countyCode: countyCode, field: "steps", problem: "is empty; give at least one level") }
        for (index, step) in steps.enumerated() {
            if step.timeLimitDays < 1 {
                throw DisputeLadderError(countyCode: countyCode, field: "steps[\(index + 1)].time_limit_days", problem: "is \(step.timeLimitDays); a level needs at least 1 day")
            }
            if index > 0, step.level <= steps[index - 1].level {
                throw DisputeLadderError(countyCode: countyCode, field: "steps[\(index + 1)].level", problem: "\(step.level.rawValue) does not come after \(steps[index - 1].level.rawValue); list levels from grid worker up to county")
            }
        }
        self.countyCode = countyCode
        self.steps = steps
    }

    /// Decodes a ladder and checks it like ``init(countyCode:steps:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            countyCode: try container.decode(String.self, forKey: .countyCode),
            steps: try container.decode([Step].self, forKey: .steps))
    }

    /// 四级七天: grid worker → community mediation committee → township → county, seven days each.
    public static func fourLevelsSevenDays(countyCode: String) -> DisputeLadder {
        DisputeLadder(unchecked: countyCode, steps: DisputeLevel.allCases.map { Step(level: $0, timeLimitDays: 7) })
    }

    private init(unchecked countyCode: String, steps: [Step]) {
        self.countyCode = countyCode
        self.steps = steps
    }

    /// The step for a level, if the ladder has it.
    public func step(for level: DisputeLevel) -> Step? {
        steps.first { $0.level == level }
    }

    /// The level above `level` on this ladder, or `nil` at the top.
    public func level(above level: DisputeLevel) -> DisputeLevel? {
        steps.first { $0.level > level }?.level
    }

    /// The lowest level on the ladder, where disputes start.
    public var firstLevel: DisputeLevel { steps[0].level }
}

/// A ladder setting the host refused; names the field.
public struct DisputeLadderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The county whose setting is wrong.
    public var countyCode: String
    /// The field, e.g. `steps[2].time_limit_days`.
    public var field: String
    /// What is wrong.
    public var problem: String

    public var description: String { "dispute ladder of \(countyCode): field \(field) \(problem)" }
}
