import ArgumentParser
import ShequCore

extension VotingRule {
    /// Reads `--quorum` (`none`, `half` = 过半数, `two-thirds` = 三分之二以上, or `N/D` = N/D 以上).
    static func quorum(_ text: String) throws -> Threshold? {
        switch text {
        case "none": return nil
        case "half": return .moreThanHalf
        case "two-thirds": return .twoThirdsOrMore
        default:
            let parts = text.split(separator: "/").compactMap { Int($0) }
            guard parts.count == 2, parts[1] > 0, parts[0] >= 0, parts[0] <= parts[1] else {
                throw CommandFailure.usage("--quorum \(text): expected none, half, two-thirds or a share N/D such as 2/3")
            }
            return Threshold(numerator: parts[0], denominator: parts[1], inclusive: true)
        }
    }
}

extension DeliberationParticipant {
    /// Reads `id:name:role` with an optional `:observer` for a participant without a vote.
    static func parse(_ text: String) throws -> DeliberationParticipant {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw CommandFailure.usage("--participant \(text): expected id:name[:role[:observer]]")
        }
        var role = Role.resident
        if parts.count > 2, !parts[2].isEmpty {
            guard let parsed = Role(rawValue: parts[2]) else {
                throw CommandFailure.usage("--participant \(text): role \(parts[2]) is not one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            role = parsed
        }
        return DeliberationParticipant(id: parts[0], name: parts[1], role: role, canVote: !(parts.count > 3 && parts[3] == "observer"))
    }
}

extension DeliberationOption {
    /// Reads `id:title`.
    static func parse(_ text: String) throws -> DeliberationOption {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw CommandFailure.usage("--option \(text): expected id:title") }
        return DeliberationOption(id: parts[0], title: parts[1])
    }
}

/// Loads a topic or fails naming it.
func loadTopic(_ id: String, from store: any DeliberationStore) async throws -> DeliberationTopic {
    guard let topic = try await store.topic(id: id) else {
        throw CommandFailure.rule("no deliberation topic \(id); see `shequ deliberation list`")
    }
    return topic
}
