/// The natural order of Chinese addresses: numbers compare by value, so "3号楼" comes
/// before "12号楼" and "第二组" before "第十一组".
///
/// An address is read as runs of numbers and text. Arabic digits (half- or full-width)
/// and Chinese numerals (一二三…十百千, 两, 〇/零) each form a number run; everything else
/// is text compared by Unicode scalar. A number sorts before text at the same position.
/// Equal keys fall back to the plain text, so the order is total and stable.
///
/// ```swift
/// ["义阳路12号楼", "义阳路3号楼", "义阳路3号楼2单元"].sorted(by: AddressOrder.areInIncreasingOrder)
/// // ["义阳路3号楼", "义阳路3号楼2单元", "义阳路12号楼"]
/// ```
public enum AddressOrder {
    /// Whether address `lhs` comes before `rhs`.
    public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        precedes(lhs, key(lhs), rhs, key(rhs))
    }

    /// `elements` sorted by the natural order of their addresses, each address read once;
    /// ties keep a stable order by `tieBreak`.
    public static func sorted<Element>(
        _ elements: [Element],
        address: (Element) -> String,
        tieBreak: (Element, Element) -> Bool
    ) -> [Element] {
        let keyed = elements.map { element in
            let text = address(element)
            return (element: element, text: text, key: key(text))
        }
        return keyed.sorted { a, b in
            if a.text == b.text { return tieBreak(a.element, b.element) }
            return precedes(a.text, a.key, b.text, b.key)
        }
        .map(\.element)
    }

    private static func precedes(_ lhs: String, _ left: [Run], _ rhs: String, _ right: [Run]) -> Bool {
        for (a, b) in zip(left, right) where a != b {
            return a < b
        }
        if left.count != right.count { return left.count < right.count }
        return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }

    /// The runs of an address, numbers already read as values.
    static func key(_ address: String) -> [Run] {
        var runs: [Run] = []
        var text = ""
        var digits = ""
        var chinese = ""

        func flushNumbers() {
            if !digits.isEmpty {
                runs.append(.number(normalizedDigits(digits)))
                digits = ""
            }
            if !chinese.isEmpty {
                if let value = chineseNumeralValue(chinese) {
                    runs.append(.number(String(value)))
                } else {
                    text += chinese
                }
                chinese = ""
            }
        }
        func flushText() {
            if !text.isEmpty {
                runs.append(.text(Array(text.unicodeScalars.map(\.value))))
                text = ""
            }
        }

        for character in address {
            if let digit = arabicDigit(character) {
                if !chinese.isEmpty { flushNumbers() }
                flushText()
                digits.append(digit)
            } else if chineseDigits[character] != nil || chineseUnits[character] != nil {
                if !digits.isEmpty { flushNumbers() }
                flushText()
                chinese.append(character)
            } else {
                flushNumbers()
                text.append(character)
            }
        }
        flushNumbers()
        flushText()
        return runs
    }

    enum Run: Comparable {
        /// A number as decimal digits without leading zeros, so values of any size compare.
        case number(String)
        case text([UInt32])

        static func < (lhs: Run, rhs: Run) -> Bool {
            switch (lhs, rhs) {
            case let (.number(a), .number(b)):
                a.count != b.count ? a.count < b.count : a < b
            case (.number, .text):
                true
            case (.text, .number):
                false
            case let (.text(a), .text(b)):
                a.lexicographicallyPrecedes(b)
            }
        }
    }

    private static func arabicDigit(_ character: Character) -> Character? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return character
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        default: return nil
        }
    }

    private static func normalizedDigits(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    private static let chineseDigits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
        "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let chineseUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// Reads "十二" as 12, "一百零五" as 105, "二〇" as 20 (digit by digit); `nil` if malformed.
    static func chineseNumeralValue(_ text: String) -> Int? {
        let characters = Array(text)
        if characters.allSatisfy({ chineseDigits[$0] != nil }) {
            if characters.count == 1 { return chineseDigits[characters[0]] }
            // Digit-by-digit numbers such as 二〇二四 (years, house numbers).
            guard characters.count <= 9 else { return nil }
            return characters.reduce(0) { $0 * 10 + chineseDigits[$1]! }
        }
        var total = 0
        var pending: Int?
        for character in characters {
            if let digit = chineseDigits[character] {
                pending = digit
            } else if let unit = chineseUnits[character] {
                total += (pending ?? 1) * unit
                pending = nil
            }
        }
        return total + (pending ?? 0)
    }
}
