/// An article of the Xinyang City Urban and Rural Community Governance Promotion
/// Regulation (《信阳市城乡社区治理促进条例》), cited as the legal basis of a decision.
///
/// ```swift
/// RegulationArticle.gridAdmission.citation   // "《信阳市城乡社区治理促进条例》第三十四条"
/// ```
public struct RegulationArticle: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The article number.
    public var number: Int

    /// Creates a citation of article `number`.
    public init(number: Int) {
        self.number = number
    }

    /// Art. 34: grid management and the admission list (准入清单) for grid work.
    public static let gridAdmission = RegulationArticle(number: 34)
    /// Art. 44: handing unlisted work to grid staff without approval is corrected by the
    /// county or district government.
    public static let gridAdmissionViolation = RegulationArticle(number: 44)

    /// The citation in Chinese, e.g. "《信阳市城乡社区治理促进条例》第三十四条".
    public var citation: String { "《信阳市城乡社区治理促进条例》第\(Self.chineseNumber(number))条" }

    public var description: String { citation }

    /// 1–999 in Chinese numerals as articles are numbered: 34 → 三十四, 10 → 十, 105 → 一百零五.
    static func chineseNumber(_ value: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value > 0, value < 1000 else { return String(value) }
        let hundreds = value / 100, tens = (value / 10) % 10, ones = value % 10
        var text = ""
        if hundreds > 0 { text += digits[hundreds] + "百" }
        if tens > 0 {
            text += (tens == 1 && hundreds == 0 ? "" : digits[tens]) + "十"
        } else if hundreds > 0 && ones > 0 {
            text += "零"
        }
        if ones > 0 { text += digits[ones] }
        return text
    }
}
