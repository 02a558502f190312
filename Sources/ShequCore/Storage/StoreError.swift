/// A failure a store reports in terms of the domain, never of its database engine.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A row names a parent that is not stored, e.g. a household in an unknown community.
    case unknownReference(entity: String, id: String, missing: String, missingID: String)
    /// The store location names a backend this build cannot open.
    case unsupportedLocation(String)
    /// The file is not a Shequ workspace or was written by a newer version.
    case notAWorkspace(path: String, reason: String)
    /// The workspace does not exist yet.
    case missingWorkspace(path: String)
    /// A read by care category was asked without ``Disclosure/care``.
    case careNotDisclosed

    public var description: String {
        switch self {
        case .unknownReference(let entity, let id, let missing, let missingID):
            "\(entity) '\(id)' refers to \(missing) '\(missingID)', which is not in the store: import the \(missing) first or fix the reference"
        case .unsupportedLocation(let location):
            "cannot open store '\(location)': use a workspace file path or a postgres://user@host:port/database URL"
        case .notAWorkspace(let path, let reason):
            "'\(path)' is not a usable Shequ workspace: \(reason)"
        case .careNotDisclosed:
            "selecting residents by care category reveals sensitive data: ask for it explicitly (Disclosure.care, --include-care)"
        case .missingWorkspace(let path):
            "no workspace at '\(path)': create it with `shequ init --store \(path)`"
        }
    }
}
