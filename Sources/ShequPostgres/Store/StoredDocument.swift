import Foundation
import ShequCore

/// The JSON text of domain values kept in `body` and `document` columns, as the SQLite workspace keeps them:
/// sorted keys, so equal values give equal text and an identical re-import is recognised by comparing it.
enum StoredDocument {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String, what: String) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.notAWorkspace(
                path: "PostgreSQL workspace", reason: "the stored \(what) cannot be read (\(error)); restore the workspace from a backup")
        }
    }
}
