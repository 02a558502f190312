extension LuaKey: ExpressibleByStringLiteral {
    /// A string key: `table.fields["name"]`.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension LuaKey: ExpressibleByIntegerLiteral {
    /// An integer key: `table.fields[3]`.
    public init(integerLiteral value: Int64) { self = .integer(value) }
}
