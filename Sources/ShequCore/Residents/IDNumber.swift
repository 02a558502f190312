/// Checks and builds 18-character resident identity card numbers (居民身份证号码, GB 11643).
///
/// ```swift
/// IDNumber.isValid("11010519491231002X")  // true
/// IDNumber.checkCharacter(for: "11010519491231002")  // "X"
/// ```
public enum IDNumber {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// The check character for the first 17 digits, or `nil` when they are not 17 digits.
    public static func checkCharacter(for first17: String) -> Character? {
        guard first17.utf8.count == 17, let index = checkIndex(first17.utf8.prefix(17)) else { return nil }
        return checkCharacters[index]
    }

    /// Whether `text` is 17 digits followed by the right check character.
    public static func isValid(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 18, let index = checkIndex(utf8.prefix(17)), let last = utf8.last else { return false }
        let expected = checkCharacters[index].asciiValue!
        return last == expected || (expected == 0x58 && last == 0x78)
    }

    /// The birth date encoded in positions 7–14, when valid.
    public static func birthDate(in text: String) -> CivilDate? {
        guard text.utf8.count == 18 else { return nil }
        var value = 0
        for byte in text.utf8.dropFirst(6).prefix(8) {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return CivilDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    }

    private static func checkIndex(_ digits: Substring.UTF8View) -> Int? {
        var sum = 0
        var position = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            sum += Int(byte - 0x30) * weights[position]
            position += 1
        }
        return sum % 11
    }
}
