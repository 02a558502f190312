import Foundation
import ShequCore
import ShequImport

/// Resolves the communities service records name (hotline orders, facilities, care, hazards,
/// staff) to the key every service report uses: the community's statistical code, else its
/// identity, so records given by code, identity or unique name are counted together.
struct ServiceCommunities {
    let store: any WorkspaceStore

    /// The work orders with their communities resolved; an unknown one names the file, line and field.
    func normalise(_ numbered: [ServiceRecordFile<HotlineRecordFormat>.Numbered], file: String) async throws -> [HotlineRequest] {
        var keys: [String: String] = [:]
        var result = numbered.map(\.record)
        for (index, line) in zip(result.indices, numbered.map(\.line)) {
            let given = result[index].communityCode
            if keys[given] == nil {
                guard let key = try await key(of: given) else {
                    throw ImportError(file: file, line: line, column: nil, field: "community",
                                      message: "no community '\(given)' in the workspace: give a community's code or identity as `shequ divisions show` prints it")
                }
                keys[given] = key
            }
            result[index].communityCode = keys[given]!
        }
        return result
    }

    /// The report key of a community given by code, identity or unique name; `nil` when it is none.
    func key(of text: String) async throws -> String? {
        var division = try await store.division(id: DivisionID(rawValue: text))
        if division == nil {
            let named = try await store.divisions(named: text).filter { $0.level == .community }
            if named.count == 1 { division = named[0] }
        }
        guard let division, division.level == .community else { return nil }
        return division.code?.rawValue ?? division.id.rawValue
    }

    /// The report key of a community a command names; an unknown one is a rule failure that says
    /// where to find the right name.
    func requiredKey(of text: String) async throws -> String {
        guard let key = try await key(of: text) else {
            throw CommandFailure.rule("no community '\(text)' in the workspace: list them with `shequ divisions tree`")
        }
        return key
    }

    /// The key of a `--community` filter: `nil` when no filter is given, a rule failure when the
    /// community is unknown.
    func filterKey(_ text: String?) async throws -> String? {
        guard let text else { return nil }
        return try await requiredKey(of: text)
    }
}
