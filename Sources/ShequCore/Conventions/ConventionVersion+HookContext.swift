extension ConventionVersion {
    /// The version as the `measures` hook sees it in `ctx.convention`: identifiers, kind,
    /// title, effective date and numbered articles — public text only, no vote records.
    ///
    /// ```lua
    /// function M.evaluate(event, ctx)
    ///   local article = ctx.convention.articles[5]   -- { number = 5, label = "第五条", text = "…" }
    /// end
    /// ```
    public var hookContext: PlainValue {
        var table: [String: PlainValue] = [
            "id": .string(convention.rawValue),
            "community": .string(community.rawValue),
            "kind": .string(kind.rawValue),
            "version": .integer(number),
            "title": .string(title),
            "articles": .list(articles.map {
                .table(["number": .integer($0.reference.number), "label": .string($0.reference.label), "text": .string($0.text)])
            }),
        ]
        if let effectiveFrom { table["effective_from"] = .string(effectiveFrom.description) }
        return .table(table)
    }
}
