import Foundation
import Logging

/// Keeps every log message in memory so tests can see what `print` and `shequ.log` emitted.
final class LogRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [(level: Logger.Level, message: String)] = []

    var messages: [(level: Logger.Level, message: String)] {
        lock.withLock { storage }
    }

    func append(_ level: Logger.Level, _ message: String) {
        lock.withLock { storage.append((level, message)) }
    }

    var logger: Logger {
        var logger = Logger(label: "test") { _ in CollectingLogHandler(recorder: self) }
        logger.logLevel = .trace
        return logger
    }
}

struct CollectingLogHandler: LogHandler {
    let recorder: LogRecorder
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        recorder.append(event.level, event.message.description)
    }
}
