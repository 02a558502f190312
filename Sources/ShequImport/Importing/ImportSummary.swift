import Foundation
import ShequCore

/// What an import did: how many records it read and how many rows it wrote or found unchanged.
///
/// Re-importing the same file reports `written == 0`.
public struct ImportSummary: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Records (data lines) read from the file.
    public var records: Int = 0
    /// Rows inserted or changed (divisions, dwellings, households or residents).
    public var written: Int = 0
    /// Rows already stored with the same values.
    public var unchanged: Int = 0
    /// Wall-clock seconds the import took.
    public var seconds: Double = 0

    public init() {}

    mutating func count(_ outcome: UpsertOutcome) {
        switch outcome {
        case .written: written += 1
        case .unchanged: unchanged += 1
        }
    }

    /// Records per second.
    public var recordsPerSecond: Double { seconds > 0 ? Double(records) / seconds : 0 }

    public var description: String {
        "\(records) records read: \(written) rows written, \(unchanged) unchanged in \(String(format: "%.2f", seconds)) s"
            + " (\(Int(recordsPerSecond)) records/s)"
    }
}
