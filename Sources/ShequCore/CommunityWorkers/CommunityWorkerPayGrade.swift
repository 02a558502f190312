/// A pay grade: a post and a level from 1 to 18 (三岗十八级, Art. 39).
///
/// ```swift
/// let grade = try CommunityWorkerPayGrade(post: .staff, level: 3)
/// grade < (try CommunityWorkerPayGrade(post: .deputy, level: 1)) // true
/// ```
public struct CommunityWorkerPayGrade: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The levels of each post.
    public static let levels = 1...18

    /// The post.
    public let post: CommunityWorkerPost
    /// The level within the post, 1 to 18.
    public let level: Int

    /// Creates a grade; throws if the level is outside 1...18.
    public init(post: CommunityWorkerPost, level: Int) throws(CommunityWorkerError) {
        guard Self.levels.contains(level) else { throw .levelOutOfRange(level) }
        self.post = post
        self.level = level
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let post = try container.decode(CommunityWorkerPost.self, forKey: .post)
        let level = try container.decode(Int.self, forKey: .level)
        guard Self.levels.contains(level) else {
            throw DecodingError.dataCorruptedError(forKey: .level, in: container,
                                                   debugDescription: CommunityWorkerError.levelOutOfRange(level).description)
        }
        self.post = post
        self.level = level
    }

    /// Higher posts rank above any level of lower posts.
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.post, lhs.level) < (rhs.post, rhs.level) }

    /// The grade in Chinese, e.g. `副职 5 级`.
    public var description: String { "\(post.chineseName) \(level) 级" }
}
