/// Reads the value of an option that names one case of a domain enum; a value that names
/// none is a usage error listing the accepted ones.
func choice<Value: RawRepresentable & CaseIterable>(_ text: String, _ option: String, as _: Value.Type = Value.self) throws -> Value
where Value.RawValue == String {
    guard let value = Value(rawValue: text) else {
        throw CommandFailure.usage("\(option) \(text): expected one of \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return value
}
