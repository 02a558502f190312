/// Why a subject's points are what they are: every entry with its reason, the
/// convention article it applied and the legal basis, in Chinese.
///
/// ```swift
/// let explanation = ledger.explain(.household("h-1"), conventions: [convention])
/// print(explanation.text)
/// // 户 h-1 积分明细（当前余额：3分）
/// // 1. 2025年6月3日 奖励积分 +5分
/// //    原因：照料孤寡、空巢老人，奖励5分
/// //    依据：《某村村规民约》第1版 第五条（尊老爱幼）
/// //    …
/// ```
public struct PointsExplanation: Sendable, Hashable, Codable {
    /// Whose points.
    public let subject: PointsSubject
    /// The balance now.
    public let balance: Int
    /// One line per entry, oldest first.
    public let lines: [ExplanationLine]

    /// The explanation as a resident reads it.
    public var text: String {
        var output = "\(subject.chineseName) 积分明细（当前余额：\(balance)分）\n"
        if lines.isEmpty { output += "暂无记录\n" }
        for (index, line) in lines.enumerated() {
            let sign = line.points > 0 ? "+\(line.points)分" : line.points < 0 ? "\(line.points)分" : "不涉及积分"
            output += "\(index + 1). \(line.on.chinese) \(line.action) \(sign)"
            if let status = line.status { output += "（\(status)）" }
            output += "\n"
            if let member = line.member { output += "   对象：\(member)\n" }
            output += "   原因：\(line.reason)\n"
            if let rule = line.rule { output += "   依据：\(rule)\n" }
            if !line.legalBasis.isEmpty { output += "   法律依据：\(line.legalBasis.joined(separator: "；"))\n" }
            if let plugin = line.plugin { output += "   规则程序：\(plugin)\n" }
        }
        return output
    }
}
