import ArgumentParser
import Foundation
import ShequCore

/// `shequ deliberation topic`: raises a topic with its participants, options and voting rule.
struct DeliberationTopicCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topic",
        abstract: "Raise a deliberation topic with participants, options and its quorum and majority rule.")

    @Option(help: "The topic's id.") var id: String
    @Option(help: "The community code.") var community: String
    @Option(help: "The topic.") var title: String
    @Option(help: "More text.") var details: String?
    @Option(help: "public_interest, public_welfare or social_governance.") var subject: String = "public_interest"
    @Option(help: "Who raised it: residents, committee or party_organisation.") var proposerKind: String = "residents"
    @Option(help: "The proposer's name.") var proposer: String
    @Option(name: .customLong("participant"), help: "id:name[:role[:observer]]; may be repeated.") var participants: [String] = []
    @Option(name: .customLong("option"), help: "id:title; may be repeated.") var options: [String] = []
    @Option(help: "Quorum: none, half (过半数), two-thirds (三分之二以上) or N/D.") var quorum: String = "two-thirds"
    @Option(help: "Majority: simple, absolute or two_thirds.") var majority: String = "absolute"
    @Option(help: "Majority of those present or of all eligible: present or eligible.") var base: String = "present"
    @Option(help: "When it was raised (default now).") var at: String?
    @Option(help: "Who records it.") var by: String = "居(村)民委员会"

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reportingFailures {
            let subject = try choice(self.subject, "--subject", as: TopicSubject.self)
            let kind = try choice(self.proposerKind, "--proposer-kind", as: TopicProposer.Kind.self)
            let majority = try choice(self.majority, "--majority", as: MajorityRule.self)
            let base = try choice(self.base, "--base", as: MajorityBase.self)
            guard !options.isEmpty else { throw CommandFailure.usage("give at least one --option id:title") }
            guard !participants.isEmpty else { throw CommandFailure.usage("give the participants with --participant id:name[:role]") }
            let store = try await storeOptions.open()
            if try await store.topic(id: id) != nil { throw CommandFailure.rule("topic \(id) already exists; give the new topic another id") }
            let raisedAt = try ChinaInstant.option(at, "--at") ?? Date()
            let topic = DeliberationTopic(
                id: id, communityCode: community, title: title, details: details, subject: subject,
                proposer: TopicProposer(kind: kind, name: proposer), raisedAt: raisedAt,
                participants: try participants.map(DeliberationParticipant.parse), options: try options.map(DeliberationOption.parse),
                rule: VotingRule(quorum: try VotingRule.quorum(quorum), majority: majority, base: base))
            try await store.save(topic, audit: DeliberationAuditRecord(
                action: "topic_raised", actor: by, at: raisedAt, note: "\(kind == .residents ? "居(村)民" : proposer)提出议题：\(title)"))
            switch output.format {
            case .json: try JSONOutput.print(topic)
            case .text: DeliberationText.print(topic, audit: [])
            }
        }
    }
}
