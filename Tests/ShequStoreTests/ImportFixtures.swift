import Foundation
import ShequCore

/// Temporary files and a store of one kind for import tests; the real Xinyang divisions file from the repository.
struct ImportFixtures {
    let directory: URL
    let kind: StoreKind

    init(_ kind: StoreKind) throws {
        self.kind = kind
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static let xinyangDivisions: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples/data/xinyang-divisions.csv").path

    static let header = "city_code,city,county_code,county,township_code,township,community"

    /// A new, empty store of the fixture's kind.
    func store() async throws -> any GovernanceStore {
        try await kind.makeStore()
    }

    /// Writes `text` as a file and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        try file(name, Data(text.utf8))
    }

    func file(_ name: String, _ data: Data) throws -> String {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}
