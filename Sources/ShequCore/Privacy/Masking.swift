/// How identifiers are masked when shown without ``Disclosure/identifiers``.
///
/// ```swift
/// Masking.idNumber("41150219580309123X")  // "411502********123X"
/// Masking.phone("13812345678")            // "138****5678"
/// ```
public enum Masking {
    /// Keeps the six-digit area code and the last four characters; hides the birth date and sequence.
    public static func idNumber(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 10 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(6)) + String(repeating: "*", count: characters.count - 10)
            + String(characters.suffix(4))
    }

    /// Keeps the first three and last four digits.
    public static func phone(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 7 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 7)
            + String(characters.suffix(4))
    }
}
