import Foundation
import ShequCore
import ShequSQLite

/// A workspace file in a fresh temporary directory, with a small hierarchy helper.
struct TemporaryWorkspace {
    let directory: URL
    var path: String { directory.appendingPathComponent("shequ.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static let city = Division(id: "411500", level: .city, name: "信阳市", code: DivisionCode(unchecked: "411500"))
    static let county = Division(id: "411502", level: .county, name: "浉河区", code: DivisionCode(unchecked: "411502"), parentID: "411500")
    static let township = Division(id: "411502001", level: .township, name: "老城街道办事处", code: DivisionCode(unchecked: "411502001"), parentID: "411502")
    static let community = Division(id: "411502001/义阳居委会", level: .community, name: "义阳居委会", parentID: "411502001", committee: .residents)

    /// Creates the store and its four-level hierarchy.
    func makeStore() async throws -> SQLiteStore {
        let store = try SQLiteStore.create(path: path)
        try await store.transaction { tx in
            for division in [Self.city, Self.county, Self.township, Self.community] { _ = try tx.upsert(division) }
        }
        return store
    }
}
