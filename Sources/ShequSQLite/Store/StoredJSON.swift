import Foundation
import ShequCore

/// The JSON form of domain values kept in `body` columns: sorted keys, so equal values
/// give equal text and an identical re-import is recognised by comparing it.
///
/// Behaviour events and ledger entries, written once per row by the ingest, have direct
/// writers (`StoredJSON+Events.swift`, `StoredJSON+LedgerEntry.swift`) that give the same bytes.
enum StoredJSON {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        try encodedByFoundation(value)
    }

    /// The reference form the direct writers reproduce, and their fallback.
    static func encodedByFoundation<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `value` written by one of the direct writers, or by `JSONEncoder` when the writer meets a
    /// number JSON cannot hold (which `JSONEncoder` then refuses with its own error).
    static func written<Value: Encodable>(
        _ value: Value, capacity: Int, by write: (Value, inout SortedJSONWriter) throws(SortedJSONWriter.NonConformingNumber) -> Void
    ) throws -> String {
        var json = SortedJSONWriter(capacity: capacity)
        do { try write(value, &json) } catch { return try encodedByFoundation(value) }
        return json.text
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
