import ShequCore
import ShequImport

/// Owns a file's ``BehaviourEventStream`` so that `points ingest` can read and decode the next
/// batch on another thread while the current one is judged and written.
actor EventBatchReader {
    private let stream: BehaviourEventStream

    init(path: String, format: ImportFormat?) throws(ImportError) {
        stream = try BehaviourEventStream(path: path, format: format)
    }

    /// Up to `count` next events, in file order; empty at the end of the file.
    func next(upTo count: Int) throws(ImportError) -> [BehaviourEvent] {
        try stream.next(upTo: count)
    }
}
