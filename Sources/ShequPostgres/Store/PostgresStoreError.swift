/// A failure particular to the PostgreSQL store, saying what to change.
public enum PostgresStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `--store` URL cannot be used.
    case badURL(String, reason: String)
    /// The server cannot be reached or refused the login.
    case unreachable(location: String, message: String)
    /// A query failed outside the domain's own rules.
    case server(location: String, message: String)

    public var description: String {
        switch self {
        case .badURL(let url, let reason):
            "store URL '\(url)' is not usable: \(reason)"
        case .unreachable(let location, let message):
            "cannot connect to the PostgreSQL store \(location): \(message); check the URL, that the server runs and that the user may log in"
        case .server(let location, let message):
            "PostgreSQL store \(location): \(message)"
        }
    }
}
