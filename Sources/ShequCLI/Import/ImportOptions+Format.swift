import ShequImport

extension ImportOptions {
    /// The format the reader should use, or `nil` to infer it from the file name.
    var importFormat: ImportFormat? { inputFormat.map { $0 == .csv ? .csv : .jsonLines } }
}
