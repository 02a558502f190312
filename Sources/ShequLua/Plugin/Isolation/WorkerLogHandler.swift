import Logging

/// In a worker, sends the plugin's `print` and `shequ.log` output to the host, which logs
/// it with the plugin's logger: output looks the same in both isolation modes.
struct WorkerLogHandler: LogHandler {
    let channel: WorkerChannel
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var writer = WorkerWireWriter(.log)
        writer.byte(UInt8(Logger.Level.allCases.firstIndex(of: event.level) ?? 0))
        writer.string(event.message.description)
        channel.send(writer.finish())
    }
}
