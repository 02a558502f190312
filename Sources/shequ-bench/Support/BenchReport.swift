import Foundation

/// Prints a benchmark's figures as an aligned text table, or as JSON with `--json`.
struct BenchReport: Sendable, Encodable {
    let title: String
    var figures: [BenchFigure] = []
    /// Extra lines worth keeping with the figures: sizes, checks that outputs were equal, latency.
    var notes: [String] = []

    func print(json: Bool) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            Swift.print(String(decoding: try encoder.encode(self), as: UTF8.self))
            return
        }
        Swift.print("== \(title)")
        let header = ["figure", "median", "spread", "runs", "rate", "ratio"]
        let rows = figures.map { figure -> [String] in
            let rate = figure.rate.map { "\(Self.compact($0))/s \(figure.workUnit ?? "")" } ?? ""
            var ratio = figure.ratio.map { String(format: "%.2f", $0) } ?? ""
            if let target = figure.target { ratio += String(format: " (target %.2f)", target) }
            return [
                figure.name, Self.duration(figure.measurement.median),
                String(format: "±%.0f%%", figure.measurement.spread * 50),
                "\(figure.measurement.seconds.count)", rate, ratio,
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        for row in [header] + rows {
            let cells = row.indices.map { column in
                column == 0 ? row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - row[column].count) + row[column]
            }
            Swift.print(cells.joined(separator: "  "))
        }
        for note in notes { Swift.print("  \(note)") }
    }

    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case ..<1e-3: String(format: "%.1f µs", seconds * 1e6)
        case ..<1: String(format: "%.1f ms", seconds * 1e3)
        default: String(format: "%.2f s", seconds)
        }
    }

    static func compact(_ value: Double) -> String {
        switch value {
        case 1e6...: String(format: "%.2fM", value / 1e6)
        case 1e3...: String(format: "%.1fk", value / 1e3)
        default: String(format: "%.1f", value)
        }
    }
}
