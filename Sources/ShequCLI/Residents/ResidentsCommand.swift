import ArgumentParser
import ShequCore

/// `shequ residents list|show`: look up residents; ID numbers and phones masked unless asked.
struct ResidentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "residents",
        abstract: "Look up residents (ID numbers and phones masked, care categories hidden, unless asked).",
        subcommands: [ResidentsListCommand.self, ResidentsShowCommand.self])
}

extension DisclosureOptions {
    var disclosure: Disclosure {
        var disclosure: Disclosure = []
        if revealIdentifiers { disclosure.insert(.identifiers) }
        if includeCare { disclosure.insert(.care) }
        return disclosure
    }
}

/// One resident as a line of text.
enum ResidentLine {
    static func text(_ resident: Resident) -> String {
        var parts = [
            resident.id.rawValue, resident.name, resident.sex.chineseName, resident.birthDate.description,
            resident.role.chineseName, resident.idNumber ?? "-", resident.phone ?? "-",
        ]
        if let care = resident.care { parts.append(care.isEmpty ? "无关爱类别" : care.categories.map(\.chineseName).joined(separator: "、")) }
        return parts.joined(separator: "  ")
    }
}
