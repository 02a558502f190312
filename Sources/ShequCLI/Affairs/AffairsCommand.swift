import ArgumentParser

/// `shequ affairs …`: the committee work-affairs catalogue (工作事务指导目录, Art. 40) and
/// the gate every assignment of work to a residents' or villagers' committee passes (Art. 45).
struct AffairsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "affairs",
        abstract: "Committee work affairs (Art. 40, 45): the catalogue, the assignment gate and its decisions.",
        subcommands: [AffairsCatalogueCommand.self, AffairsAssignCommand.self, AffairsDecisionsCommand.self])
}

/// `shequ affairs catalogue …`: versions of city and county catalogues.
struct AffairsCatalogueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "Import, show and trace the work-affairs catalogues of cities and counties (Art. 40).",
        subcommands: [AffairsCatalogueImportCommand.self, AffairsCatalogueShowCommand.self, AffairsCatalogueHistoryCommand.self])
}
