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
        let bytes = Array(first17.utf8)
        guard bytes.count == 17 else { return nil }
        var sum = 0
        for (index, byte) in bytes.enumerated() {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            sum += Int(byte - 0x30) * weights[index]
        }
        return checkCharacters[sum % 11]
    }

    /// Whether `text` is 17 digits followed by the right check character.
    public static func isValid(_ text: String) -> Bool {
        guard text.utf8.count == 18, let check = checkCharacter(for: String(text.prefix(17))) else { return false }
        return text.last == check
    }

    /// The birth date encoded in positions 7–14, when valid.
    public static func birthDate(in text: String) -> CivilDate? {
        guard text.utf8.count == 18 else { return nil }
        let digits = Array(text.utf8)[6..<14].map { Int($0) - 0x30 }
        guard digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        let year = digits[0...3].reduce(0) { $0 * 10 + $1 }
        let month = digits[4] * 10 + digits[5]
        let day = digits[6] * 10 + digits[7]
        return CivilDate(year: year, month: month, day: day)
    }
}
