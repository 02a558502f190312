extension ChineseNumeral {
    /// Reads a numeral as articles are numbered (五, 十二, 一百零五, 一千二百五十九); `nil`
    /// for anything else.
    static func value(of text: Substring) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var digit: Int?
        // Scalar by scalar: a numeral character is one scalar, and a combining mark after one is refused.
        for scalar in text.unicodeScalars {
            let unit: Int
            switch scalar {
            case "零": digit = 0; continue
            case "一": digit = 1; continue
            case "二", "两": digit = 2; continue
            case "三": digit = 3; continue
            case "四": digit = 4; continue
            case "五": digit = 5; continue
            case "六": digit = 6; continue
            case "七": digit = 7; continue
            case "八": digit = 8; continue
            case "九": digit = 9; continue
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
