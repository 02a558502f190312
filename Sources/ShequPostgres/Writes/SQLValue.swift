import PostgresNIO

/// A statement argument: the store binds only text, integers and lists of text.
enum SQLValue {
    case text(String?)
    case int(Int?)
    case texts([String])

    static func bindings(_ values: [SQLValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let text?): bindings.append(text)
            case .int(let number?): bindings.append(number)
            case .texts(let texts): bindings.append(texts)
            case .text(nil), .int(nil): bindings.appendNull()
            }
        }
        return bindings
    }
}
