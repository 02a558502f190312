import ArgumentParser

/// `shequ hotline …`: 12345 hotline work orders — import, routing, transfers, status,
/// duplicates, analysis and sharing with other systems (Art. 15).
struct HotlineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotline",
        abstract: "12345 hotline work orders: import, route, transfer, status, duplicates, analyse, export (Art. 15).",
        subcommands: [HotlineImportCommand.self, HotlineListCommand.self, HotlineShowCommand.self, HotlineRouteCommand.self,
                      HotlineTransferCommand.self, HotlineStatusCommand.self, HotlineDuplicatesCommand.self,
                      HotlineAnalyseCommand.self, HotlineExportCommand.self, HotlineGenerateCommand.self]
    )
}
