import Foundation

/// Masking of personal data before it leaves the office that holds it.
///
/// Care records (Art. 19) and hotline exports to other systems (Art. 15) carry
/// names, telephone numbers and addresses; by default they are shown masked:
///
/// ```swift
/// PersonalDataMask.name("张小明")          // "张**"
/// PersonalDataMask.phone("13812345678")   // "138****5678"
/// PersonalDataMask.address("浉河区民权街道 12 号 3 单元") // "浉河区民权街道****"
/// ```
public enum PersonalDataMask {
    /// The text shown in place of free text that may not be disclosed at all.
    public static let withheld = "（已隐去）"

    /// Keeps the first character (the family name) and masks the rest.
    public static func name(_ name: String) -> String {
        let characters = Array(name.trimmingCharacters(in: .whitespaces))
        guard let first = characters.first else { return "" }
        return String(first) + String(repeating: "*", count: max(1, characters.count - 1))
    }

    /// Keeps the first three and last four digits of a mobile number, masks the middle.
    public static func phone(_ phone: String) -> String {
        let digits = Array(phone.filter(\.isNumber))
        guard digits.count > 7 else { return String(repeating: "*", count: digits.count) }
        return String(digits.prefix(3)) + String(repeating: "*", count: digits.count - 7) + String(digits.suffix(4))
    }

    /// Keeps the district and street part of an address, masks house and room numbers.
    ///
    /// The address is cut before its first digit, so `民权街道 12 号` keeps `民权街道`.
    public static func address(_ address: String) -> String {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        guard let firstDigit = trimmed.firstIndex(where: \.isNumber) else {
            let kept = trimmed.prefix(max(1, trimmed.count / 2))
            return kept + "****"
        }
        let kept = trimmed[..<firstDigit].trimmingCharacters(in: .whitespaces)
        return kept + "****"
    }

    /// Keeps the first six and last four characters of an 18-character identity number.
    public static func identityNumber(_ number: String) -> String {
        let characters = Array(number)
        guard characters.count > 10 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(6)) + String(repeating: "*", count: characters.count - 10)
            + String(characters.suffix(4))
    }
}
