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

    /// Parses `第五条`, `第一百零五条`, `第5条` or a bare number `5`; `nil` for anything else.
    public init?(parsing text: String) {
        var body = Substring(text.trimmingWhitespace)
        if body.hasPrefix("第") && body.hasSuffix("条") {
            body = body.dropFirst().dropLast()
        }
        guard let number = Int(body) ?? ChineseNumeral.value(of: body), number >= 1 else { return nil }
        self.number = number
    }

    /// The article as written in Chinese: `第五条`.
    public var label: String { "第\(ChineseNumeral.text(number))条" }

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
