/// How identifiers are masked when shown without ``Disclosure/identifiers``.
///
/// ```swift
/// Masking.idNumber("41150219580309123X")  // "411502********123X"
/// Masking.phone("13812345678")            // "138****5678"
/// ```
public enum Masking {
    /// Keeps the six-digit area code and the last four characters; hides the birth date and sequence.
    public static func idNumber(_ text: String) -> String {
        masked(text, keepingFirst: 6, last: 4)
    }

    /// Keeps the first three and last four digits.
    public static func phone(_ text: String) -> String {
        masked(text, keepingFirst: 3, last: 4)
    }

    private static func masked(_ text: String, keepingFirst head: Int, last tail: Int) -> String {
        // Identifiers are ASCII: one character per byte (CR LF aside), so bytes can be cut
        // without building an array of characters; every resident read masks two.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let bytes = Array(text.utf8)
            guard bytes.count > head + tail else { return String(repeating: "*", count: bytes.count) }
            return String(decoding: bytes[..<head], as: UTF8.self) + String(repeating: "*", count: bytes.count - head - tail)
                + String(decoding: bytes[(bytes.count - tail)...], as: UTF8.self)
        }
        let characters = Array(text)
        guard characters.count > head + tail else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(head)) + String(repeating: "*", count: characters.count - head - tail)
            + String(characters.suffix(tail))
    }
}
