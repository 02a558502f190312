import Foundation

/// Prints values as stable JSON: sorted snake_case keys (the field names of the import formats),
/// pretty-printed, Chinese text unescaped.
enum JSONOutput {
    static func print<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .custom { path in
            SnakeCaseKey(snakeCase(path.last!.stringValue))
        }
        let data = try encoder.encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }

    /// `householdID` → `household_id`, `requestIDs` → `request_ids`, `URLString` → `url_string`.
    ///
    /// Foundation's `.convertToSnakeCase` splits the plural acronym `IDs` into `i_ds`; identifiers
    /// lists are everywhere in Shequ's records, so the plural is read as one word here.
    static func snakeCase(_ key: String) -> String {
        let characters = Array(key.replacingOccurrences(of: "IDs", with: "Ids"))
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let afterLowercase = !characters[index - 1].isUppercase
                let startsWord = index + 1 < characters.count && characters[index + 1].isLowercase
                if afterLowercase || startsWord { result += "_" }
            }
            result += character.lowercased()
        }
        return result
    }

    private struct SnakeCaseKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ stringValue: String) { self.stringValue = stringValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
