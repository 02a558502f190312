import Testing
@testable import ShequCore

@Suite("Masking identifiers")
struct MaskingTests {
    /// The masking as it was written over characters, before ASCII identifiers took a byte path.
    static func byCharacters(_ text: String, head: Int, tail: Int) -> String {
        let characters = Array(text)
        guard characters.count > head + tail else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(head)) + String(repeating: "*", count: characters.count - head - tail)
            + String(characters.suffix(tail))
    }

    static let samples = [
        "", "1", "1234567", "12345678", "1234567890", "12345678901", "41150219580309123X", "41150219580309123x",
        "138 1234 5678", "+86-138-1234-5678", "4115021958\r\n0309123X", "41150219580309１２３X", "411502195803091e\u{301}3X",
        "网格员13812345678", "😀1381234567😀",
    ]

    @Test("masks as over characters", arguments: samples)
    func masksAsBefore(_ text: String) {
        #expect(Masking.idNumber(text) == Self.byCharacters(text, head: 6, tail: 4))
        #expect(Masking.phone(text) == Self.byCharacters(text, head: 3, tail: 4))
    }

    @Test func examples() {
        #expect(Masking.idNumber("41150219580309123X") == "411502********123X")
        #expect(Masking.phone("13812345678") == "138****5678")
    }
}
