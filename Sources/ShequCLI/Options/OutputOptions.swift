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

/// `--reveal-identifiers` and `--include-care`: sensitive data is shown only when asked for.
public struct DisclosureOptions: ParsableArguments {
    @Flag(help: "Show full ID numbers and phone numbers instead of masked ones.")
    public var revealIdentifiers = false

    @Flag(help: "Include care categories (Art. 19–20), which are sensitive personal data.")
    public var includeCare = false

    public init() {}
}
