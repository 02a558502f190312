/// A reference to a numbered article of a convention, written as in the text:
/// `第五条` (or `第5条`).
///
/// Measures name the article they apply; the reference is checked against the
/// articles of the version in force.
///
/// ```swift
/// let ref = ArticleReference(number: 5)
/// ref.label              // "第五条"
/// ArticleReference(parsing: "第十二条")?.number   // 12
/// ```
public struct ArticleReference: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The article number, from 1.
    public let number: Int

    /// Refers to article `number` (must be at least 1).
    public init(number: Int) {
        precondition(number >= 1, "article numbers start at 1")
        self.number = number
    }

    /// Parses `第五条`, `第5条` or a bare number `5`; `nil` for anything else.
    public init?(parsing text: String) {
        var body = Substring(text.trimmingSpaces)
        if body.hasPrefix("第") && body.hasSuffix("条") {
            body = body.dropFirst().dropLast()
        }
        guard let number = Int(body) ?? ChineseNumeral.value(of: body), number >= 1 else { return nil }
        self.number = number
    }

    /// The article as written in Chinese: `第五条`.
    public var label: String { "第\(ChineseNumeral.text(of: number))条" }

    public var description: String { label }

    public static func < (lhs: ArticleReference, rhs: ArticleReference) -> Bool { lhs.number < rhs.number }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self), number >= 1 {
            self.number = number
            return
        }
        let text = try container.decode(String.self)
        guard let parsed = ArticleReference(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "“\(text)” is not an article: write it as 第五条 or 第5条")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}

/// Chinese numerals for article numbers (1–9999), as written in rules and laws.
enum ChineseNumeral {
    private static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func text(of number: Int) -> String {
        guard number > 0, number < 10_000 else { return String(number) }
        let units: [(Int, String)] = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        var result = ""
        var rest = number
        var pendingZero = false
        for (unit, name) in units {
            let digit = rest / unit
            rest %= unit
            if digit == 0 {
                if !result.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { result.append("零"); pendingZero = false }
            // 十二, not 一十二, when ten leads the number.
            if !(unit == 10 && digit == 1 && result.isEmpty) { result.append(digits[digit]) }
            result += name
        }
        return result
    }

    static func value(of text: Substring) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var digit: Int?
        for character in text {
            if let d = digits.firstIndex(of: character) {
                digit = d
                continue
            }
            if character == "两" { digit = 2; continue }
            let unit: Int
            switch character {
            case "十": unit = 10
            case "百": unit = 100
            case "千": unit = 1000
            default: return nil
            }
            total += (digit ?? 1) * unit
            digit = nil
        }
        return total + (digit ?? 0)
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
