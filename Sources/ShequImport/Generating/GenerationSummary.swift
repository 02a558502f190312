import Foundation

/// What a generation run produced.
public struct GenerationSummary: Sendable, Hashable, Codable, CustomStringConvertible {
    public var communities = 0
    public var dwellings = 0
    public var households = 0
    public var residents = 0
    public var workers = 0
    public var seconds: Double = 0

    public init() {}

    /// Households and residents written per second.
    public var rowsPerSecond: Double { seconds > 0 ? Double(households + residents) / seconds : 0 }

    public var description: String {
        "\(communities) communities: \(dwellings) dwellings, \(households) households, \(residents) residents, \(workers) workers"
            + " in \(String(format: "%.2f", seconds)) s (\(Int(rowsPerSecond)) households+residents/s)"
    }
}
