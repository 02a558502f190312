import ShequCore
import ShequImport

/// Reads a service import file whole and resolves each record's community to the workspace's
/// report key, naming the file, line and field of the first problem; nothing is stored here.
struct ServiceFileImport<Format: RecordFormat> {
    let store: any WorkspaceStore
    let options: ImportOptions

    func read(id: (Format.Record) -> String, community: (Format.Record) -> String) async throws -> [(line: Int, record: Format.Record, community: String)] {
        let path = options.file
        let numbered = try ServiceRecordFile<Format>.read(path: path, format: options.inputFormat.flatMap { ImportFormat(rawValue: $0.rawValue) }, id: id)
        let communities = ServiceCommunities(store: store)
        var keys: [String: String] = [:]
        var result: [(line: Int, record: Format.Record, community: String)] = []
        for (line, record) in numbered {
            let given = community(record)
            if keys[given] == nil {
                guard let key = try await communities.key(of: given) else {
                    throw ImportError(file: path, line: line, column: nil, field: "community",
                                      message: "no community '\(given)' in the workspace: give a community's code or identity as `shequ divisions show` prints it")
                }
                keys[given] = key
            }
            result.append((line, record, keys[given]!))
        }
        return result
    }
}

/// What an import of service records wrote.
struct ServiceImportSummary: Encodable {
    var file: String
    var records: Int
    var written: Int
    var unchanged: Int
}
