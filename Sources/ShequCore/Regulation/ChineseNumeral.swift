/// Writes small positive integers the way the regulation numbers its articles (四十五).
enum ChineseNumeral {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The numeral for 1–99; other values fall back to Arabic digits.
    static func text(_ value: Int) -> String {
        switch value {
        case 1...9:
            return digits[value]
        case 10...99:
            let tens = value / 10
            let ones = value % 10
            let tensPart = tens == 1 ? "十" : digits[tens] + "十"
            return ones == 0 ? tensPart : tensPart + digits[ones]
        default:
            return String(value)
        }
    }
}
