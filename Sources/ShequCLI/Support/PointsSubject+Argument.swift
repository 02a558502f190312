import ArgumentParser
import ShequCore

extension PointsSubject: ExpressibleByArgument {
    /// Reads `resident:ID` or `household:ID`.
    public init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let type = PointsSubject.Kind(rawValue: parts[0]), !parts[1].isEmpty else { return nil }
        self.init(type: type, id: parts[1])
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
