import ArgumentParser
import Foundation
import ShequCore

/// `shequ care open`: opens the care record of one person with their groups and carers.
struct CareOpenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a care record: the person, their groups (dibao, tekun, disability, left-behind-child, …) and their carers.")

    @Option(help: "The case number.")
    var id: String
    @Option(help: "The resident's identity.")
    var resident: String
    @Option(help: "The community (its code or identity).")
    var community: String
    @Option(help: "The person's name.")
    var name: String
    @Option(help: "Groups, ';'-separated: \(CareCategory.allCases.map(\.key).joined(separator: ", ")).")
    var groups: String
    @Option(help: "A carer as ID:NAME:KIND, KIND one of \(CareProvider.Kind.allCases.map(\.rawValue).joined(separator: ", ")) (repeatable).")
    var carer: [String] = []
    @Option(help: "A contact phone.")
    var phone: String?
    @Option(help: "The address.")
    var address: String?
    @Option(help: "When the case is opened (YYYY-MM-DD); default now.")
    var at: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reportingFailures {
            var categories = CareCategories()
            for key in groups.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let category = CareCategory(key: key) else {
                    throw CommandFailure.usage("--groups: unknown group '\(key)': use \(CareCategory.allCases.map(\.key).joined(separator: ", "))")
                }
                categories.insert(category)
            }
            guard !categories.isEmpty else { throw CommandFailure.usage("--groups: name at least one group") }
            let providers = try carer.map { text -> CareProvider in
                let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 3, let kind = CareProvider.Kind(rawValue: parts[2]) ?? CareProvider.Kind(chineseName: parts[2]) else {
                    throw CommandFailure.usage("--carer \(text): give ID:NAME:KIND, KIND one of \(CareProvider.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return CareProvider(id: parts[0], name: parts[1], kind: kind)
            }
            let store = try await storeOptions.open()
            let key = try await ServiceCommunities(store: store).requiredKey(of: community)
            guard try await store.careCase(id: id) == nil else {
                throw CommandFailure.rule("care case '\(id)' exists already: record visits with `shequ care visit \(id)`")
            }
            let record = CareCase(id: id, residentID: resident, communityCode: key, personName: name, contactPhone: phone,
                                  address: address, groups: categories, providers: providers,
                                  openedAt: try HotlineTimeOptions.parse(at, "--at") ?? Date())
            _ = try await store.saveCareCases([record])
            print("关爱档案 \(id) 已建立（\(PersonalDataMask.name(name))）")
        }
    }
}
