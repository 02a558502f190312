import ArgumentParser
import Foundation
import ShequCore

/// `shequ care visit`: records a visit by one of the case's carers and the services delivered.
struct CareVisitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit",
        abstract: "Record a visit by one of the case's carers with the services delivered (Art. 19–24).")

    @Argument(help: "The case number.")
    var id: String
    @Option(help: "The carer's identifier.")
    var by: String
    @Option(help: "Services, ';'-separated: \(CareServiceKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var services: String
    @Option(help: "A note (sensitive; masked on output).")
    var note: String?
    @Option(help: "When (YYYY-MM-DD or 2026-03-01 09:30); default now.")
    var at: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let kinds = try services.split(separator: ";").map { text -> CareServiceKind in
                let key = text.trimmingCharacters(in: .whitespaces)
                guard let kind = CareServiceKind(rawValue: key) ?? CareServiceKind(chineseName: key) else {
                    throw CommandFailure.usage("--services: unknown service '\(key)': use \(CareServiceKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return kind
            }
            let store = try await storeOptions.open()
            guard var record = try await store.careCase(id: id) else {
                throw CommandFailure.rule("no care case '\(id)': list them with `shequ care list`")
            }
            do {
                try record.addVisit(CareVisit(at: try HotlineTimeOptions.parse(at, "--at") ?? Date(), providerID: by, services: kinds, note: note))
            } catch let error as CareServiceError {
                throw CommandFailure.rule(error)
            }
            _ = try await store.saveCareCases([record])
            print("\(id) 走访已记录（第\(record.visits.count)次）")
        }
    }
}
