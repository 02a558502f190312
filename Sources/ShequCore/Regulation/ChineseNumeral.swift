/// Writes positive integers the way the regulation numbers its articles and paragraphs
/// (十, 四十五, 一百零五).
enum ChineseNumeral {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The numeral for 1–999; other values fall back to Arabic digits.
    static func text(_ value: Int) -> String {
        guard value > 0, value < 1000 else { return String(value) }
        let hundreds = value / 100, tens = (value / 10) % 10, ones = value % 10
        var text = ""
        if hundreds > 0 { text += digits[hundreds] + "百" }
        if tens > 0 {
            // 十 alone for 10–19, 一十 after hundreds (一百一十).
            text += (tens == 1 && hundreds == 0 ? "" : digits[tens]) + "十"
        } else if hundreds > 0 && ones > 0 {
            text += "零"
        }
        if ones > 0 { text += digits[ones] }
        return text
    }
}
