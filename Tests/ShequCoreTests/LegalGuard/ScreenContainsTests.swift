import Foundation
import Testing
@testable import ShequCore

/// The screen's byte comparison must find a term exactly where Foundation's `contains`
/// (what the screen used before) finds it, plain text or not.
@Suite("Screen term search agrees with Foundation's contains")
struct ScreenContainsTests {
    static let terms: [String] = TextScreen.constraintTerms.flatMap(\.1) + TextScreen.withholdingVerbs
        + TextScreen.entitlementObjects + TextScreen.marriageTerms + TextScreen.collectiveNouns + TextScreen.collectiveVerbs
        + ["连坐", "株连", "连带责任", "身份证号", "手机号", "电话号码", "银行卡号", "家庭住址", "病历", "fine", "a"]

    static let fragments: [String] = [
        "照料空巢老人", "，", "奖励5分", "。", "超标准办宴", "扣减积分", "取消", "低保", "停", "电", "罚", "款", "全家", "扣分",
        "其子女", "一并", "外嫁女", "不得享受", "集体收益", "分红", "fine ", "A", "a", "12元", "五百元", "\n", "\r\n", "\t", " ",
        "“", "”", "…", "（", "）", "！", "０", "Ａ", "、",
        // Outside the plain set: the byte comparison must step aside for these.
        "e\u{301}", "é", "\u{F900}", "\u{8C48}", "😀", "👨\u{200D}👩", "\u{3099}", "か\u{3099}", "\u{302A}", "\u{200B}", "한", "\u{2000}",
        "停\u{301}电", "罚\u{FE0F}款", "\u{2028}",
    ]

    @Test("every term in texts built from screen words and other characters")
    func agreesOnRandomTexts() {
        var random = SeededRandom(seed: 30)
        for _ in 0..<1_500 {
            var text = ""
            for _ in 0..<Int(random.next() % 9) { text += Self.fragments[Int(random.next() % UInt64(Self.fragments.count))] }
            for term in Self.terms {
                #expect(text.screenContains(term) == (text.range(of: term) != nil), "\(text) / \(term)")
                let clause = text.dropFirst()
                #expect(clause.screenContains(term) == (clause.range(of: term) != nil), "\(clause) / \(term)")
            }
        }
    }

    @Test("texts that are not plain go to Foundation", arguments: [
        ("停\u{301}电", "停电"), ("e\u{301}", "é"), ("é", "e\u{301}"), ("停电\u{301}", "停电"), ("\r\n", "\n"), ("罚款", "罚款"),
    ])
    func notPlain(text: String, term: String) {
        #expect(text.screenContains(term) == (text.range(of: term) != nil))
    }
}

@Suite("Screen outcomes remembered per text")
struct ScreenMemoTests {
    static let texts = [
        "照料空巢老人，奖励5分", "超标准办宴，扣减积分", "取消其低保", "罚款500元", "全家扣分", "停电三天", "外嫁女不得享受分红",
        "联系电话13812345678", "身份证号411502195803091234", "cafe\u{301} 罚款", "café 罚款", "其子女一并取消评优", "",
    ]

    @Test("a remembered outcome is the outcome of screening again")
    func remembersTheSameOutcome() {
        for _ in 0..<3 {
            for text in Self.texts {
                for constraint in [false, true] {
                    #expect(TextScreen.screen(text, constraint: constraint) == TextScreen.screenUncached(text, constraint: constraint))
                }
            }
        }
    }

    @Test("the memo forgets when full and still answers")
    func boundedMemo() {
        let memo = ScreenMemo(capacity: 2)
        var screened = 0
        for text in Self.texts + Self.texts {
            let hit = memo.hit(for: text, constraint: true) {
                screened += 1
                return TextScreen.screenUncached(text, constraint: true)
            }
            #expect(hit == TextScreen.screenUncached(text, constraint: true))
        }
        #expect(screened > Self.texts.count)
    }

    @Test("canonically equivalent texts are remembered apart")
    func equivalentTextsApart() {
        let memo = ScreenMemo()
        var screened = 0
        for text in ["e\u{301}", "é", "é"] {
            _ = memo.hit(for: text, constraint: true) {
                screened += 1
                return nil
            }
        }
        #expect(screened == 2)
    }
}
