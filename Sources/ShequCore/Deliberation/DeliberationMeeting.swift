import Foundation

/// A meeting on a deliberation topic: when, where, who came, and the minutes (Art. 33).
///
/// ```swift
/// let meeting = DeliberationMeeting(
///     id: "m1", date: meetingDate, place: "社区党群服务中心二楼会议室",
///     attendeeIDs: ["r-101", "r-102", "r-103"], minutes: "讨论加装电梯费用分摊方案")
/// ```
public struct DeliberationMeeting: Sendable, Hashable, Codable, Identifiable {
    /// The meeting's id within the topic.
    public var id: String
    /// When it was held.
    public var date: Date
    /// Where.
    public var place: String
    /// The participants present (ids from the topic's participants).
    public var attendeeIDs: [String]
    /// The minutes (会议记录), in Chinese.
    public var minutes: String

    /// Creates a meeting record.
    public init(id: String, date: Date, place: String, attendeeIDs: [String], minutes: String) {
        self.id = id
        self.date = date
        self.place = place
        self.attendeeIDs = attendeeIDs
        self.minutes = minutes
    }
}
