import Foundation

extension CommunityWorkerCareer {
    /// Rebuilds a record from stored events, checking every step as if it were made now.
    ///
    /// Stores and imports use this, so a record that breaks the rules (a promotion
    /// after 不称职, events out of order) is refused instead of silently loaded:
    ///
    /// ```swift
    /// let career = try CommunityWorkerCareer(workerID: "W-12", communityCode: "411502001001",
    ///                                        replaying: storedEvents)
    /// ```
    public init(workerID: String, communityCode: String, replaying events: [CommunityWorkerCareerEvent]) throws(CommunityWorkerError) {
        self.init(workerID: workerID, communityCode: communityCode)
        for event in events { try apply(event) }
    }

    /// Decodes a record and replays its events, so stored records obey the same rules.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let workerID = try container.decode(String.self, forKey: .workerID)
        let communityCode = try container.decode(String.self, forKey: .communityCode)
        let events = try container.decode([CommunityWorkerCareerEvent].self, forKey: .events)
        do {
            try self.init(workerID: workerID, communityCode: communityCode, replaying: events)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .events, in: container, debugDescription: error.description)
        }
    }

    enum CodingKeys: String, CodingKey {
        case workerID, communityCode, events
    }

    private mutating func apply(_ event: CommunityWorkerCareerEvent) throws(CommunityWorkerError) {
        switch event {
        case .hired(let position, let grade, let route, let at):
            try hire(position, grade: grade, route: route, at: at)
        case .convertedFromGridWorker(let position, let grade, let at):
            try convertFromGridWorker(to: position, grade: grade, at: at)
        case .trained(let course, let hours, let passed, let at):
            try recordTraining(course: course, hours: hours, passed: passed, at: at)
        case .evaluated(let year, let grade, let at):
            try recordEvaluation(year: year, grade: grade, at: at)
        case .promoted(let position, let grade, let reason, let at):
            try promote(to: position, grade: grade, reason: reason, at: at)
        case .departed(let reason, let note, let at):
            try depart(reason: reason, note: note, at: at)
        }
    }
}
