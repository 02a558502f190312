/// A table of a report, with Chinese headings, renderable as aligned text or JSON.
///
/// ```swift
/// let table = ReportTable(title: "按社区统计", headings: ["社区", "件数"], rows: [["民权社区", "12"]])
/// print(table.text)
/// ```
///
/// Columns are aligned by display width: a Chinese character takes two columns.
public struct ReportTable: Sendable, Hashable, Codable {
    /// The title printed above the table.
    public var title: String
    /// The column headings.
    public var headings: [String]
    /// The rows; each has one cell per heading.
    public var rows: [[String]]

    /// Creates a table.
    public init(title: String, headings: [String], rows: [[String]]) {
        self.title = title
        self.headings = headings
        self.rows = rows
    }

    /// The table as aligned plain text, title first, with a rule under the headings.
    public var text: String {
        let columnCount = headings.count
        var widths = headings.map(Self.displayWidth)
        for row in rows {
            for (index, cell) in row.prefix(columnCount).enumerated() {
                widths[index] = max(widths[index], Self.displayWidth(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            (0..<columnCount).map { index in
                let cell = index < cells.count ? cells[index] : ""
                return cell + String(repeating: " ", count: widths[index] - Self.displayWidth(cell))
            }
            .joined(separator: "  ")
            .replacingTrailingSpaces()
        }
        var lines = [title, line(headings), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A ratio as a percentage with one decimal, or `—` when there is nothing to divide.
    ///
    /// ```swift
    /// ReportTable.percent(0.875) // "87.5%"
    /// ReportTable.percent(nil)   // "—"
    /// ```
    public static func percent(_ ratio: Double?) -> String {
        guard let ratio, ratio.isFinite else { return "—" }
        let tenths = Int((ratio * 1000).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))%"
    }

    /// The width a string takes in a terminal: East Asian wide characters count two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            width + (Self.isWide(scalar) ? 2 : 1)
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}

private extension String {
    func replacingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
