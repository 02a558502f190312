import ArgumentParser

/// `shequ import divisions|households|residents FILE`: validated, all-or-nothing, idempotent imports.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import divisions, households, residents or workers from CSV or JSON Lines.",
        discussion: """
            Every import runs in one transaction: a file with an error changes nothing, and the error names \
            the file, line, column and what was expected. Rows are upserted by identity, so importing the \
            same file again changes nothing. Formats: docs/data-formats.md.
            """,
        subcommands: [ImportDivisionsCommand.self, ImportHouseholdsCommand.self, ImportResidentsCommand.self, ImportWorkersCommand.self])
}
