import Foundation

/// The public notice of a deliberation's outcome (公示).
///
/// ```swift
/// let notice = PublicNotice(publishedAt: day, until: day.addingTimeInterval(7 * 86_400),
///                           channels: ["社区公示栏", "小区业主群"], text: "关于加装电梯费用分摊方案的表决结果公示……")
/// ```
public struct PublicNotice: Sendable, Hashable, Codable {
    /// When it was posted.
    public var publishedAt: Date
    /// Until when it stays up.
    public var until: Date
    /// Where it was posted (notice board, group chat, app).
    public var channels: [String]
    /// The text, in Chinese.
    public var text: String

    /// Creates a notice.
    public init(publishedAt: Date, until: Date, channels: [String], text: String) {
        self.publishedAt = publishedAt
        self.until = until
        self.channels = channels
        self.text = text
    }
}
