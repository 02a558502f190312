import Foundation
import PostgresNIO
import ShequCore

/// A `postgres://` store URL taken apart: server, credentials, database and the schema that holds the workspace.
///
/// ```swift
/// let location = try PostgresLocation(url: "postgres://shequ@localhost:5432/henan?schema=xinyang")
/// location.schema  // "xinyang"
/// ```
///
/// Recognised query parameters: `schema` (default `public`), `host` (a directory holding the server's
/// Unix socket, as libpq reads it) and `sslmode` (`disable`, `prefer` (default) or `require`).
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    /// The directory of the server's Unix socket; used instead of `host` when set.
    public var socketDirectory: String?
    public var username: String
    public var password: String?
    public var database: String
    /// The schema holding the workspace's tables: one database can hold several workspaces.
    public var schema: String
    public var sslMode: String

    /// Parses a `postgres://` or `postgresql://` URL.
    /// - Throws: ``PostgresStoreError/badURL(_:reason:)`` naming what is wrong.
    public init(url text: String) throws(PostgresStoreError) {
        guard let components = URLComponents(string: text),
            components.scheme == "postgres" || components.scheme == "postgresql"
        else { throw .badURL(text, reason: "expected postgres://user@host:port/database") }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? 5432
        socketDirectory = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        username = components.user.flatMap { $0.removingPercentEncoding }
            ?? ProcessInfo.processInfo.environment["PGUSER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.password?.removingPercentEncoding ?? ProcessInfo.processInfo.environment["PGPASSWORD"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? username : (path.removingPercentEncoding ?? path)
        schema = query["schema"] ?? "public"
        sslMode = query["sslmode"] ?? "prefer"
        guard schema.range(of: #"^[a-z_][a-z0-9_]{0,62}$"#, options: .regularExpression) != nil else {
            throw .badURL(text, reason: "schema '\(schema)' must be lower-case letters, digits and underscores")
        }
        guard ["disable", "prefer", "require"].contains(sslMode) else {
            throw .badURL(text, reason: "sslmode must be disable, prefer or require")
        }
    }

    /// The same location with another schema.
    public func with(schema: String) throws(PostgresStoreError) -> PostgresLocation {
        var copy = self
        copy.schema = schema
        guard schema.range(of: #"^[a-z_][a-z0-9_]{0,62}$"#, options: .regularExpression) != nil else {
            throw .badURL(description, reason: "schema '\(schema)' must be lower-case letters, digits and underscores")
        }
        return copy
    }

    /// The URL without the password.
    public var description: String {
        let server = socketDirectory.map { "?host=\($0)&" } ?? "?"
        return "postgres://\(username)@\(host):\(port)/\(database)\(server)schema=\(schema)"
    }

    /// One connection's configuration, for the first contact: it fails at once when the server cannot be reached.
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socketDirectory {
            configuration = .init(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: username, password: password, database: database)
        } else {
            let tls: PostgresConnection.Configuration.TLS =
                switch sslMode {
                case "disable": .disable
                case "require": .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
                default: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
                }
            configuration = .init(host: host, port: port, username: username, password: password, database: database, tls: tls)
        }
        configuration.options.additionalStartupParameters = [("search_path", schema), ("application_name", "shequ")]
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    func clientConfiguration() throws -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketDirectory {
            configuration = .init(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: username, password: password, database: database)
        } else {
            let tls: PostgresClient.Configuration.TLS =
                switch sslMode {
                case "disable": .disable
                case "require": .require(.makeClientConfiguration())
                default: .prefer(.makeClientConfiguration())
                }
            configuration = .init(host: host, port: port, username: username, password: password, database: database, tls: tls)
        }
        // Every connection of the pool resolves unqualified table names in the workspace's schema.
        configuration.options.additionalStartupParameters = [("search_path", schema), ("application_name", "shequ")]
        configuration.options.maximumConnections = 8
        return configuration
    }
}
