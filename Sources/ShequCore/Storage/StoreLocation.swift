/// Where a workspace lives: an SQLite file, or a PostgreSQL database named by a `postgres://` URL.
///
/// ```swift
/// StoreLocation(parsing: "./shequ.sqlite")            // .sqlite(path: "./shequ.sqlite")
/// StoreLocation(parsing: "postgres://db/xinyang")     // .postgres(url: "postgres://db/xinyang")
/// ```
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// An embedded SQLite workspace file.
    case sqlite(path: String)
    /// A PostgreSQL database URL.
    case postgres(url: String)

    /// The default workspace file, `./shequ.sqlite`.
    public static let defaultPath = "./shequ.sqlite"

    /// Parses a `--store` value or the `SHEQU_STORE` environment variable.
    public init(parsing text: String) {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if text.hasPrefix("sqlite://") {
            self = .sqlite(path: String(text.dropFirst("sqlite://".count)))
        } else {
            self = .sqlite(path: text)
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): url
        }
    }
}
