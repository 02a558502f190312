/// A failure particular to the PostgreSQL store, saying what to change.
public enum PostgresStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `--store` URL cannot be used.
    case badURL(String, reason: String)
    /// The server refused the connection or a query failed outside the domain's own rules.
    case server(location: String, message: String)

    public var description: String {
        switch self {
        case .badURL(let url, let reason):
            "store URL '\(url)' is not usable: \(reason)"
        case .server(let location, let message):
            "PostgreSQL store \(location): \(message); check that the server runs and the user may use the database"
        }
    }
}
