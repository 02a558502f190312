import ArgumentParser

/// Options every import shares.
struct ImportOptions: ParsableArguments {
    @Argument(help: "The file to import (.csv, or .jsonl for JSON Lines).")
    var file: String

    @Option(name: .customLong("input-format"), help: "csv or jsonl; default from the file extension.")
    var inputFormat: InputFormatArgument?
}

/// The `--input-format` values.
enum InputFormatArgument: String, ExpressibleByArgument {
    case csv
    case jsonl
}
