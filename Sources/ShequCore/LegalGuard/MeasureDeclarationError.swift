/// A problem in a plugin's measure declaration, located in its manifest.
public struct MeasureDeclarationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The manifest file.
    public let file: String
    /// The line, when known.
    public let line: Int?
    /// The field, e.g. `measures[2].max_points_per_event`.
    public let field: String
    /// What is wrong and what to do.
    public let problem: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(field): \(problem)"
    }
}
