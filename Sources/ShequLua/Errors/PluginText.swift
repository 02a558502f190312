/// Text that came from a plugin, made safe to keep, log and print: cut to a byte limit
/// and with its control characters written out, so that a plugin can neither fill the
/// host's memory with messages nor forge a log line or drive the terminal.
///
/// Every message a plugin can influence passes through here before the host keeps it:
/// error messages (``LuaError``, ``PluginError``), `print` and `shequ.log` output, test
/// names, values quoted in the host's own messages.
///
/// ```swift
/// PluginText.bounded("done\n[ERROR] forged\u{1b}[2J", maxBytes: 64)
/// // "done\\n[ERROR] forged\\u{1b}[2J"
/// PluginText.bounded(String(repeating: "x", count: 10_000), maxBytes: 40)
/// // "xxxxxxxxxxx… (cut: 10000 bytes in all)", 40 bytes
/// ```
///
/// The result is at most `maxBytes` bytes of UTF-8 and contains no control character
/// but tabs (with `keepingLineBreaks`, tabs and line feeds). Applying it
/// again changes nothing, so text may pass through several layers of errors.
public enum PluginText {
    /// Escapes control characters and cuts the text to at most `maxBytes` bytes.
    ///
    /// - Parameters:
    ///   - keepingLineBreaks: keeps `\n` as it is (for multi-line text such as a traceback).
    ///     Tabs are always kept; every other control character is escaped.
    public static func bounded(_ text: String, maxBytes: Int, keepingLineBreaks: Bool = false) -> String {
        let total = text.utf8.count
        // The common case: short, printable text is returned as it is.
        if total <= maxBytes, !text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) {
            return text
        }
        return build(text.unicodeScalars, total: total, complete: true, maxBytes: maxBytes, keepingLineBreaks: keepingLineBreaks)
    }

    /// Bytes a plugin handed over (not necessarily UTF-8), decoded only as far as the
    /// limit needs: a message of many megabytes is never copied whole.
    public static func bounded(bytes: UnsafeRawBufferPointer, maxBytes: Int, keepingLineBreaks: Bool = false) -> String {
        var prefix = min(bytes.count, max(0, maxBytes))
        // Do not cut a UTF-8 sequence in two: back off over continuation bytes.
        if prefix < bytes.count {
            while prefix > 0, bytes[prefix] & 0xC0 == 0x80 { prefix -= 1 }
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[..<prefix]), as: UTF8.self)
        if prefix == bytes.count { return bounded(text, maxBytes: maxBytes, keepingLineBreaks: keepingLineBreaks) }
        return build(text.unicodeScalars, total: bytes.count, complete: false, maxBytes: maxBytes, keepingLineBreaks: keepingLineBreaks)
    }

    /// Text quoted inside a host message, e.g. `got "…"`: short (at most 80 bytes by default).
    public static func quoted(_ text: String, maxBytes: Int = 80) -> String {
        "\"\(bounded(text, maxBytes: maxBytes))\""
    }

    /// Whether the scalar is written out: C0 and C1 controls, DEL, line and paragraph
    /// separators, and the bidirectional controls that reorder what a terminal shows.
    static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x09: false  // a tab neither breaks a line nor drives a terminal
        case 0x0A: !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case "\0": "\\0"
        default: "\\u{\(String(scalar.value, radix: 16))}"
        }
    }

    private static func cutMarker(total: Int) -> String {
        "… (cut: \(total) bytes in all)"
    }

    // Writes escaped scalars while they fit; when the text does not fit whole (or `complete`
    // is false: the scalars are only a prefix of it), cuts where the marker still fits.
    private static func build(
        _ scalars: String.UnicodeScalarView, total: Int, complete: Bool, maxBytes: Int, keepingLineBreaks: Bool
    ) -> String {
        let marker = cutMarker(total: total)
        let room = max(0, maxBytes - marker.utf8.count)
        var result = ""
        var fitting: String.Index?
        var used = 0
        var overflow = false
        for scalar in scalars {
            let piece = needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) ? escape(scalar) : String(scalar)
            let size = piece.utf8.count
            if fitting == nil, used + size > room { fitting = result.endIndex }
            if used + size > maxBytes {
                overflow = true
                break
            }
            result += piece
            used += size
        }
        if complete, !overflow { return result }
        if let fitting { result.removeSubrange(fitting...) }
        return maxBytes >= marker.utf8.count ? result + marker : result
    }
}
