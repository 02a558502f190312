/// One numbered article of a convention version, e.g. 第五条 on respect for the elderly.
///
/// ```swift
/// let article = ConventionArticle(number: 5, text: "尊老爱幼，孝敬父母……")
/// article.reference.label   // "第五条"
/// ```
public struct ConventionArticle: Sendable, Hashable, Codable {
    /// The article's number in its version.
    public let reference: ArticleReference
    /// The article's text, in Chinese.
    public let text: String

    /// Creates article `number` with its text.
    public init(number: Int, text: String) {
        self.reference = ArticleReference(number: number)
        self.text = text
    }
}
