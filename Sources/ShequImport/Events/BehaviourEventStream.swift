import ShequCore

/// Reads a file of behaviour events (条例第三十条) a batch at a time, in the formats of
/// ``BehaviourEventFile``, so a city's month of events is judged and written while the
/// file is still being read and memory does not grow with the file.
///
/// Unlike ``BehaviourEventFile/read(path:format:)`` it does not hold every id to refuse
/// an id repeated in the file: an event repeated with the same content is recorded once,
/// and one repeated with different content is refused by the store
/// (``EventStoreError/conflictingEvent(id:)``).
///
/// ```swift
/// let stream = try BehaviourEventStream(path: "events-2025-04.jsonl")
/// while case let batch = try stream.next(upTo: 4096), !batch.isEmpty {
///     try await store.record(batch)
/// }
/// ```
public final class BehaviourEventStream {
    /// The file being read.
    public let path: String
    private let reader: LineReader
    private let format: ImportFormat
    private var header: [String]?

    /// Opens a file; the format follows the extension (`.csv`, otherwise JSON Lines) unless given.
    ///
    /// - Throws: ``ImportError`` when the file cannot be opened.
    public init(path: String, format: ImportFormat? = nil) throws(ImportError) {
        self.path = path
        reader = try LineReader(path: path)
        self.format = format ?? ImportFormat(inferringFrom: path)
    }

    /// Bytes read so far and the file's size, for progress.
    public var progress: (bytesRead: Int, totalBytes: Int) { (reader.bytesRead, reader.totalBytes) }

    /// The next event and the line it is on, or `nil` at the end of the file.
    ///
    /// - Throws: ``ImportError`` naming the file, line and field of a bad event.
    public func next() throws(ImportError) -> (event: BehaviourEvent, line: Int)? {
        while let line = try reader.next() {
            let number = reader.lineNumber
            guard let fields = try BehaviourEventFile.fields(line, format: format, header: &header,
                                                             file: path, line: number)
            else { continue }
            return (try BehaviourEventRecord.event(from: fields, file: path, line: number), number)
        }
        return nil
    }

    /// Up to `count` next events, in file order; empty at the end of the file.
    public func next(upTo count: Int) throws(ImportError) -> [BehaviourEvent] {
        var batch: [BehaviourEvent] = []
        batch.reserveCapacity(count)
        while batch.count < count, let (event, _) = try next() { batch.append(event) }
        return batch
    }
}
