import ShequCore

/// Reads the emergency vocabularies from options: the English key or the Chinese name.
enum EmergencyVocabulary {
    static func value<Value: ChineseNamedCase & RawRepresentable>(_ text: String, _ option: String, _ type: Value.Type) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) ?? Value(chineseName: text) else {
            throw CommandFailure.usage("\(option) \(text): use one of \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    static func severity(_ text: String) throws -> EmergencySeverity {
        guard let value = EmergencySeverity.allCases.first(where: { "\($0)" == text || $0.chineseName == text }) else {
            throw CommandFailure.usage("--severity \(text): use one of \(EmergencySeverity.allCases.map { "\($0)" }.joined(separator: ", "))")
        }
        return value
    }
}
