/// Checks mainland mobile (11 digits starting with 1) and fixed-line numbers.
///
/// ```swift
/// PhoneNumber.isValid("13812345678")    // true
/// PhoneNumber.isValid("0376-6221234")   // true
/// ```
public enum PhoneNumber {
    /// Whether `text` is an 11-digit mobile number or a fixed line `0AAA-NNNNNNN`.
    public static func isValid(_ text: String) -> Bool {
        let isDigit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        let utf8 = text.utf8
        if utf8.count == 11, utf8.first == 0x31, utf8.allSatisfy(isDigit) { return true }
        let bytes = Array(utf8)
        let parts = bytes.split(separator: 0x2D, omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].first == 0x30 && (3...4).contains(parts[0].count)
            && (7...8).contains(parts[1].count) && parts.allSatisfy { $0.allSatisfy(isDigit) }
    }
}
