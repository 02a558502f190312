import CShequWorker
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One running `shequ-plugin-worker` as the host sees it: its pid and pipes, reads with a
/// deadline (the watchdog), and what it died of. Used from one thread at a time.
final class PluginWorkerProcess {
    let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var errors: Int32
    private let maxFrameBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    // The end of what the worker wrote on standard error, for the message when it dies.
    private var errorTail: [UInt8] = []
    private var reaped: Int32?
    /// Seconds this worker has been busy on calls, an upper bound on its CPU time.
    var busySeconds: Double = 0

    /// Why a read or write ended without a frame.
    enum Stop: Error {
        /// The worker is gone: killed at the deadline, crashed, or it exited.
        case died(WorkerDeath)
        /// The host cancelled while waiting; the worker was killed.
        case cancelled
    }

    /// Starts the worker executable confined to `addressSpace` bytes and `cpuSeconds`.
    init(executable: URL, addressSpace: Int, cpuSeconds: Int, maxFrameBytes: Int) throws(PluginError) {
        self.maxFrameBytes = maxFrameBytes
        let arguments = [
            executable.path,
            "--address-space", String(addressSpace), "--cpu-seconds", String(cpuSeconds),
            "--parent", String(getpid()), "--max-frame", String(maxFrameBytes),
        ]
        // Only what the runtime needs: no variable of the host reaches the plugin's process.
        // One malloc arena keeps a single-threaded worker's address space small; a crash ends
        // the worker at once (no backtracer process started from it).
        let environment = ["MALLOC_ARENA_MAX=1", "LANG=C.UTF-8", "SWIFT_BACKTRACE=enable=no"]
        var pid: pid_t = 0
        var input: Int32 = -1, output: Int32 = -1, errors: Int32 = -1
        let status = Self.withCStrings(arguments) { argv in
            Self.withCStrings(environment) { envp in
                shqw_spawn(executable.path, argv, envp, &pid, &input, &output, &errors)
            }
        }
        guard status == 0 else {
            throw PluginError(
                kind: .workerUnavailable,
                message: "cannot start the plugin worker \(executable.path): \(String(cString: strerror(status))); check that it is an executable built for this system, or run plugins in process (--isolation in-process)")
        }
        self.pid = pid
        self.input = input
        self.output = output
        self.errors = errors
        _ = shqw_set_nonblocking(input)
        _ = shqw_set_nonblocking(output)
        _ = shqw_set_nonblocking(errors)
    }

    deinit {
        stop()
        close(input)
        close(output)
        if errors >= 0 { close(errors) }
    }

    /// Kills the worker (if it still runs) and reaps it.
    func stop() {
        guard reaped == nil else { return }
        kill(pid, SIGKILL)
        reap(blocking: true)
    }

    /// Sends a frame, waiting for the pipe until `deadline`.
    func send(_ frame: [UInt8], deadline: ContinuousClock.Instant, cancellation: LuaCancellation) throws(Stop) {
        var offset = 0
        while offset < frame.count {
            let written = frame.withUnsafeBytes { shqw_write_some(input, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
                continue
            }
            if written == -Int(EAGAIN) {
                try wait(for: input, events: Int16(POLLOUT), deadline: deadline, cancellation: cancellation)
                continue
            }
            // EPIPE: the worker is gone; why shows on its output.
            throw .died(diedOnItsOwn())
        }
    }

    /// The next frame from the worker, waiting until `deadline` at most, then killing it.
    func receive(deadline: ContinuousClock.Instant, cancellation: LuaCancellation) throws(Stop) -> (kind: WorkerFrameKind, reader: WorkerWireReader) {
        while true {
            if let frame = try bufferedFrame() { return frame }
            // Read first and wait only when nothing is there: results often arrive faster than they are taken.
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if count < 0 && errno == EAGAIN {
                if cancellation.isCancelled {
                    stop()
                    throw .cancelled
                }
                try wait(for: output, events: Int16(POLLIN), deadline: deadline, cancellation: cancellation)
                continue
            }
            if count > 0 {
                if start == buffer.count {
                    buffer.removeAll(keepingCapacity: true)
                    start = 0
                } else if start > 1 << 20 {
                    buffer.removeSubrange(0..<start)
                    start = 0
                }
                buffer.append(contentsOf: chunk[0..<count])
            } else if count == 0 || errno != EINTR {
                throw .died(diedOnItsOwn())
            }
        }
    }

    private func bufferedFrame() throws(Stop) -> (kind: WorkerFrameKind, reader: WorkerWireReader)? {
        guard buffer.count - start >= 4 else { return nil }
        let length = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start, as: UInt32.self) })
        guard length >= 1, length <= maxFrameBytes else {
            throw .died(killForProtocol("announced a frame of \(length) bytes (the limit is \(maxFrameBytes))"))
        }
        guard buffer.count - start - 4 >= length else { return nil }
        let body = Array(buffer[(start + 4)..<(start + 4 + length)])
        start += 4 + length
        guard let kind = WorkerFrameKind(rawValue: body[0]), kind.rawValue >= WorkerFrameKind.ready.rawValue else {
            throw .died(killForProtocol("sent a frame of unknown kind \(body[0])"))
        }
        return (kind, WorkerWireReader(body, from: 1))
    }

    /// Kills a worker that broke the protocol and says so.
    func killForProtocol(_ problem: String) -> WorkerDeath {
        stop()
        return WorkerDeath(cause: .protocolViolation(problem), status: reaped ?? 0, errorTail: errorText)
    }

    // Waits until `fd` is ready, draining standard error meanwhile; kills the worker at the
    // deadline or on cancel. Short slices keep a cancel prompt.
    private func wait(for fd: Int32, events: Int16, deadline: ContinuousClock.Instant, cancellation: LuaCancellation) throws(Stop) {
        while true {
            if cancellation.isCancelled {
                stop()
                throw .cancelled
            }
            let now = ContinuousClock.now
            guard now < deadline else {
                stop()
                throw .died(WorkerDeath(cause: .deadline, status: reaped ?? 0, errorTail: errorText))
            }
            let (seconds, attoseconds) = (deadline - now).components
            let milliseconds = Int32(min(50, seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1))
            var fds = [pollfd(fd: fd, events: events, revents: 0), pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, errors >= 0 ? 2 : 1, milliseconds)
            if ready < 0 && errno != EINTR { throw .died(diedOnItsOwn()) }
            if ready <= 0 { continue }
            if errors >= 0 && fds[1].revents != 0 { drainErrors() }
            if fds[0].revents != 0 { return }
        }
    }

    private func drainErrors() {
        while errors >= 0 {
            let count = chunk.withUnsafeMutableBytes { read(errors, $0.baseAddress, $0.count) }
            if count > 0 {
                errorTail.append(contentsOf: chunk[0..<count])
                if errorTail.count > 4096 { errorTail.removeFirst(errorTail.count - 4096) }
            } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                close(errors)
                errors = -1
            } else {
                return
            }
        }
    }

    // The worker's output ended: it died or is about to. Wait briefly for it to end by
    // itself (its status says why), then make sure.
    private func diedOnItsOwn() -> WorkerDeath {
        let limit = ContinuousClock.now + .seconds(1)
        while reaped == nil && ContinuousClock.now < limit {
            reap(blocking: false)
            if reaped == nil { usleep(2000) }
        }
        if reaped == nil {
            stop()
            drainErrors()
            return WorkerDeath(cause: .closedOutput, status: reaped ?? 0, errorTail: errorText)
        }
        drainErrors()
        return WorkerDeath(cause: .exited, status: reaped ?? 0, errorTail: errorText)
    }

    private func reap(blocking: Bool) {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
            if result == pid { reaped = status; return }
            if result < 0 && errno == EINTR { continue }
            if result < 0 { reaped = 0 }  // not our child any more (ECHILD): nothing to reap
            return
        }
    }

    private var errorText: String { String(decoding: errorTail, as: UTF8.self) }

    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
