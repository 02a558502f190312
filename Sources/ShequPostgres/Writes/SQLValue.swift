import PostgresNIO

/// A statement argument: the store binds only text, integers, times (seconds since 1970) and lists of text.
enum SQLValue {
    case text(String?)
    case int(Int?)
    case double(Double?)
    case texts([String])

    static func bindings(_ values: [SQLValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let text?): bindings.append(text)
            case .int(let number?): bindings.append(number)
            case .double(let number?): bindings.append(number)
            case .texts(let texts): bindings.append(texts)
            case .text(nil), .int(nil), .double(nil): bindings.appendNull()
            }
        }
        return bindings
    }
}
