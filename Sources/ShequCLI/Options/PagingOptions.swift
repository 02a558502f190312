import ArgumentParser

/// `--limit` and `--after` for paged listings.
struct PagingOptions: ParsableArguments {
    @Option(help: "Most items to print.")
    var limit: Int = 50

    @Option(help: "Continue after this token (printed as `next` by the previous page).")
    var after: String?
}
