/// The file formats imports read: CSV with a header row, or JSON Lines (one object per line).
public enum ImportFormat: String, Sendable, CaseIterable {
    /// Comma-separated values with a header row naming the columns.
    case csv
    /// One JSON object per line, keyed by the column names.
    case jsonLines = "jsonl"

    /// The format a file name suggests: `.jsonl`/`.ndjson` are JSON Lines, everything else CSV.
    public init(inferringFrom path: String) {
        let lower = path.lowercased()
        self = lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") ? .jsonLines : .csv
    }
}
