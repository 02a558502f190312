import Foundation
import Testing
@testable import ShequCore

@Suite("Article references")
struct ArticleReferenceTests {
    @Test("writes article numbers in Chinese numerals", arguments: [
        (1, "第一条"), (5, "第五条"), (10, "第十条"), (12, "第十二条"), (20, "第二十条"),
        (34, "第三十四条"), (99, "第九十九条"),
    ])
    func labels(number: Int, label: String) {
        #expect(ArticleReference(number: number).label == label)
        #expect(ArticleReference(parsing: label)?.number == number)
    }

    @Test("reads large numerals, and reads back whatever label it writes")
    func large() {
        #expect(ArticleReference(parsing: "第一百零五条")?.number == 105)
        #expect(ArticleReference(parsing: "第一百一十条")?.number == 110)
        #expect(ArticleReference(parsing: "第一千二百五十九条")?.number == 1259)
        #expect(ArticleReference(parsing: "第105条")?.number == 105)
        for number in [1, 10, 11, 20, 99, 100, 105, 110, 999, 1000, 1259] {
            #expect(ArticleReference(parsing: ArticleReference(number: number).label)?.number == number)
        }
    }

    @Test("parses Arabic numbers and refuses other text")
    func parsing() {
        #expect(ArticleReference(parsing: "第5条")?.number == 5)
        #expect(ArticleReference(parsing: "7")?.number == 7)
        #expect(ArticleReference(parsing: "第五款") == nil)
        #expect(ArticleReference(parsing: "Art. 5") == nil)
        #expect(ArticleReference(parsing: "第零条") == nil)
        #expect(ArticleReference(parsing: "第两条")?.number == 2)
        #expect(ArticleReference(parsing: "第五\u{301}条") == nil, "a combining mark makes it another character")
        #expect(ArticleReference(parsing: "第十二条x") == nil)
    }

    @Test("trims white space around the label, and only around it")
    func whiteSpace() {
        #expect(ArticleReference(parsing: " 第五条\n")?.number == 5)
        #expect(ArticleReference(parsing: "\u{3000}第十二条")?.number == 12, "an ideographic space")
        #expect(ArticleReference(parsing: "第 五条") == nil)
        #expect(ArticleReference(parsing: "   ") == nil)
        #expect(ArticleReference(parsing: "") == nil)
        #expect(" a b ".trimmingWhitespace == "a b")
        #expect("\t\n".trimmingWhitespace == "")
        #expect("x".trimmingWhitespace == "x")
    }

    @Test("decodes from a label or a number and encodes as a label")
    func coding() throws {
        let decoded = try JSONDecoder().decode([ArticleReference].self, from: Data(#"["第六条", 7]"#.utf8))
        #expect(decoded.map(\.number) == [6, 7])
        #expect(String(decoding: try JSONEncoder().encode(decoded[0]), as: UTF8.self) == #""第六条""#)
    }
}
