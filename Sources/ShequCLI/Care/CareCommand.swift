import ArgumentParser

/// `shequ care …`: care records of special groups (Art. 19–20); masked unless `--disclose`.
struct CareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "care",
        abstract: "Care for special groups: open records, record visits and needs, list them masked unless --disclose (Art. 19–20).",
        subcommands: [CareOpenCommand.self, CareListCommand.self, CareVisitCommand.self, CareNeedsCommand.self]
    )
}
