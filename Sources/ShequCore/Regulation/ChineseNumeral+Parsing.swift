extension ChineseNumeral {
    private static let digitValues: [Character: Int] = [
        "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Reads a numeral as articles are numbered (五, 十二, 一百零五, 一千二百五十九); `nil`
    /// for anything else.
    static func value(of text: Substring) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var digit: Int?
        for character in text {
            if let value = digitValues[character] {
                digit = value
                continue
            }
            let unit: Int
            switch character {
            case "十": unit = 10
            case "百": unit = 100
            case "千": unit = 1000
            default: return nil
            }
            // 十二 has no leading digit: it means one ten.
            total += (digit ?? 1) * unit
            digit = nil
        }
        return total + (digit ?? 0)
    }
}
