import Foundation
import ShequCore

/// The text form of a topic: participants, options, rule, meetings, counts, notice, follow-ups and audit.
enum DeliberationText {
    static func resultName(_ result: DeliberationOutcome.Result) -> String {
        switch result {
        case .adopted: "通过"
        case .quorumNotMet: "到会人数不足，未形成决定"
        case .noMajority: "未达到表决要求，未形成决定"
        case .tie: "得票相同，未形成决定"
        }
    }

    static func print(_ topic: DeliberationTopic, audit: [DeliberationAuditRecord]) {
        Swift.print("议题：\(topic.id) \(topic.title)（\(topic.subject.chineseName)，\(topic.communityCode)）")
        Swift.print("提出：\(topic.proposer.name)，\(ChinaInstant.text(topic.raisedAt))")
        let voters = topic.participants.filter(\.canVote)
        Swift.print("参与人：\(topic.participants.map { "\($0.name)\($0.canVote ? "" : "（列席）")" }.joined(separator: "、"))（有表决权\(voters.count)人）")
        Swift.print("选项：\(topic.options.map { "\($0.id)「\($0.title)」" }.joined(separator: "，"))")
        let rule = topic.rule
        let quorum = rule.quorum.map { "应到人数\($0.chineseName)到会" } ?? "不设到会要求"
        let majority = rule.majority.threshold.map { "\(rule.base.chineseName)\($0.chineseName)同意" } ?? "相对多数"
        Swift.print("表决规则：\(quorum)；\(majority)")
        for meeting in topic.meetings {
            Swift.print("会议：\(meeting.id) \(ChinaInstant.text(meeting.date)) \(meeting.place)，到会\(meeting.attendeeIDs.count)人\(meeting.minutes.isEmpty ? "" : "；纪要：\(meeting.minutes)")")
        }
        for count in topic.counts {
            Swift.print("计票（会议\(count.meetingID)）：\(resultName(count.result))")
            for line in count.computation { Swift.print("  \(line)") }
        }
        if let notice = topic.notice {
            Swift.print("公示：\(notice.channels.joined(separator: "、"))，\(CivilDate(chinaDayOf: notice.publishedAt))至\(CivilDate(chinaDayOf: notice.until))：\(notice.text)")
        }
        for action in topic.followUps {
            Swift.print("后续事项：\(action.id) \(action.description)（\(action.responsible)）\(action.status.rawValue)\(action.dueDate.map { "，限\(CivilDate(chinaDayOf: $0))" } ?? "")")
        }
        if !audit.isEmpty {
            Swift.print("记录：")
            for record in audit { Swift.print("  \(ChinaInstant.text(record.at))  \(record.actor)  \(record.action)：\(record.note)") }
        }
    }
}
