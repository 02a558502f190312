import Foundation

extension StringProtocol {
    /// Whether the text contains `term` as Foundation's `contains` finds it — whole characters,
    /// canonically equivalent — comparing UTF-8 bytes when both are made only of characters
    /// for which the two cannot differ. The screen asks this a few hundred times per measure.
    func screenContains(_ term: String) -> Bool {
        let plain = utf8.withContiguousStorageIfAvailable { text in
            term.utf8.withContiguousStorageIfAvailable { term in Self.plainContains(text, term) } ?? nil
        } ?? nil
        return plain ?? contains(term)
    }

    /// `nil` when either side holds a character outside the plain set.
    private static func plainContains(_ text: UnsafeBufferPointer<UInt8>, _ term: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !term.isEmpty, isPlain(term, allowingLineBreaks: false), isPlain(text, allowingLineBreaks: true) else { return nil }
        guard term.count <= text.count else { return false }
        let first = term[0]
        for start in 0...(text.count - term.count) where text[start] == first {
            var index = 1
            while index < term.count, text[start + index] == term[index] { index += 1 }
            if index == term.count { return true }
        }
        return false
    }

    /// Whether every character is one that has no canonical decomposition, is not a combining
    /// mark and forms a grapheme cluster by itself: printable ASCII, CJK ideographs and
    /// punctuation, fullwidth forms — what county rules are written in. Then matching
    /// characters is matching bytes. (CR LF is one cluster, so a term may not hold either.)
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, allowingLineBreaks: Bool) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let scalar: UInt32
            if lead < 0x80 {
                scalar = UInt32(lead)
                index += 1
            } else if lead & 0xF0 == 0xE0, index + 2 < bytes.count {
                // Every plain character beyond ASCII takes three bytes.
                scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return false
            }
            switch scalar {
            case 0x20...0x7E, 0x09: continue
            case 0x0A where allowingLineBreaks, 0x0D where allowingLineBreaks: continue
            case 0x2010...0x2027, 0x2030...0x205E: continue  // general punctuation, without spaces and format controls
            case 0x3000...0x3029, 0x3030...0x303F: continue  // CJK symbols and punctuation, without combining tone marks
            case 0x3400...0x4DBF, 0x4E00...0x9FFF: continue  // CJK unified ideographs (not the compatibility ones)
            case 0xFF01...0xFF5E: continue  // fullwidth ASCII forms
            default: return false
            }
        }
        return true
    }
}
