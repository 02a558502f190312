import CShequWorker
#if canImport(Glibc)
import Glibc
#endif

/// The worker's end of the pipes: frames from the host on standard input, frames to it on
/// standard output. Used from the worker's one thread only.
final class WorkerChannel: @unchecked Sendable {
    // @unchecked: a worker runs everything on its main thread.
    let maxFrameBytes: Int
    private var buffer: [UInt8] = []

    init(maxFrameBytes: Int) {
        self.maxFrameBytes = maxFrameBytes
    }

    /// The next frame, or `nil` at the end of input (the host is done or gone).
    func receive() -> (kind: WorkerFrameKind, reader: WorkerWireReader)? {
        var header: UInt32 = 0
        guard withUnsafeMutableBytes(of: &header, { readFully($0) }) else { return nil }
        let length = Int(header)
        guard length >= 1, length <= maxFrameBytes else { Self.die("a frame of \(length) bytes from the host") }
        var body = [UInt8](repeating: 0, count: length)
        guard body.withUnsafeMutableBytes({ readFully($0) }) else { return nil }
        guard let kind = WorkerFrameKind(rawValue: body[0]) else { Self.die("an unknown frame kind from the host") }
        return (kind, WorkerWireReader(body, from: 1))
    }

    /// Writes a frame; a host that is gone ends the worker (by SIGPIPE, or here).
    func send(_ frame: [UInt8]) {
        frame.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(1, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    exit(0)
                }
                offset += written
            }
        }
    }

    private func readFully(_ target: UnsafeMutableRawBufferPointer) -> Bool {
        var offset = 0
        while offset < target.count {
            let count = read(0, target.baseAddress! + offset, target.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 { return false }
            offset += count
        }
        return true
    }

    /// Ends the worker after a broken frame from the host, saying so on standard error.
    static func die(_ problem: String) -> Never {
        var message = "shequ-plugin-worker: protocol error: \(problem)\n"
        message.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        exit(65)
    }
}
