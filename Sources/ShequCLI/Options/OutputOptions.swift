import ArgumentParser

/// How a command prints data: human-readable text or JSON.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json
}

/// `--format text|json` for commands whose output is data.
public struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text or json.")
    public var format: OutputFormat = .text

    public init() {}
}
