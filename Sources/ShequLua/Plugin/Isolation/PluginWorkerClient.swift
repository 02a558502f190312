import CShequLua
import Foundation
import Logging

/// The host's side of process isolation for one ``PluginInstance``: starts its worker
/// lazily, sends each batch in one frame, watches every call (deadline plus grace), serves
/// host functions and output, and when the worker dies gives the call in flight a
/// ``PluginError`` of kind ``PluginError/Kind/worker`` and re-sends the rest of the batch
/// to a fresh worker, at most ``PluginWorkerOptions/maxRestartsPerBatch`` times. A worker
/// that crashes after finishing earlier calls gets its call in flight once more, in a fresh
/// worker, since an earlier call may have broken it; a call that crashes a fresh worker fails.
final class PluginWorkerClient {
    let plugin: Plugin
    let options: PluginWorkerOptions
    let executable: URL
    let cancellation: LuaCancellation
    private let limits: LuaLimits
    private let frameLimit: Int
    private let addressSpace: Int
    private let logger: Logger
    private var setupFrame: [UInt8]?
    private var process: PluginWorkerProcess?
    /// Calls the running worker has finished: a worker that crashes after earlier calls may
    /// have been left broken by them (a heap an earlier call filled), so its call in flight
    /// is tried once more in a fresh worker before it is failed.
    private var callsOnWorker = 0
    /// What the last started worker reported about its confinement.
    private(set) var networkIsolated = false
    /// The pid of the running worker, if one runs (for tests that inspect it).
    var workerPID: Int32? { process?.pid }

    /// One call's outcome: its result's encoding (one value) or its error.
    enum Outcome {
        case value(ArraySlice<UInt8>)
        case failure(PluginError)
    }

    init(plugin: Plugin, options: PluginWorkerOptions, cancellation: LuaCancellation) throws(PluginError) {
        self.plugin = plugin
        self.options = options
        self.executable = try options.resolvedExecutable()
        self.cancellation = cancellation
        self.limits = plugin.limits
        self.frameLimit = options.frameLimit(for: plugin.limits)
        self.addressSpace = options.addressSpace(for: plugin.limits)
        self.logger = plugin.logger
    }

    /// Runs every call of `batch`, handing each outcome to `deliver` with the call's index, in order.
    func run(_ batch: WorkerBatch, deliver: (Int, Outcome) -> Void) {
        var next = 0
        var deaths = 0
        var retried: Int?
        let watch = limits.deadline + options.grace
        while next < batch.calls.count {
            if cancellation.isCancelled {
                return cancelRemaining(batch, from: next, deliver: deliver)
            }
            if process == nil {
                guard deaths <= options.maxRestartsPerBatch else {
                    let error = workerError(
                        "not run: the plugin's worker process died \(deaths) times in this batch, the most restarts one batch may use (PluginWorkerOptions.maxRestartsPerBatch); the remaining calls were not sent",
                        hook: batch.hook)
                    for index in next..<batch.calls.count { deliver(index, .failure(error)) }
                    return
                }
                do throws(StartFailure) {
                    try start(hook: batch.hook)
                } catch {
                    switch error {
                    case .setup(let error):
                        for index in next..<batch.calls.count { deliver(index, .failure(error)) }
                        return
                    case .stop(.cancelled):
                        return cancelRemaining(batch, from: next, deliver: deliver)
                    case .stop(.died(let death)):
                        deaths += 1
                        deliver(next, .failure(workerError(death, hook: batch.hook)))
                        next += 1
                        continue
                    }
                }
            }
            guard let worker = process else { continue }
            let chunk = batch.chunk(from: next, limit: frameLimit)
            let began = ContinuousClock.now
            do throws(PluginWorkerProcess.Stop) {
                try worker.send(batch.frame(chunk), deadline: began + options.startTimeout + watch, cancellation: cancellation)
                var lastActivity = ContinuousClock.now
                for index in chunk {
                    next = index
                    callLoop: while true {
                        let (kind, frame) = try worker.receive(deadline: lastActivity + watch, cancellation: cancellation)
                        var reader = frame
                        switch kind {
                        case .result:
                            guard let range = try? reader.blobRange(), reader.isAtEnd else {
                                throw .died(worker.killForProtocol("sent a malformed result"))
                            }
                            deliver(index, .value(reader.bytes[range]))
                            break callLoop
                        case .failure:
                            guard let error = try? PluginError(reading: &reader), reader.isAtEnd else {
                                throw .died(worker.killForProtocol("sent a malformed error"))
                            }
                            deliver(index, .failure(error))
                            break callLoop
                        case .log:
                            try log(&reader, worker: worker)
                        case .hostCall:
                            try serveHostCall(&reader, worker: worker, hook: batch.hook)
                        default:
                            throw .died(worker.killForProtocol("sent a frame of kind \(kind) during a call"))
                        }
                        lastActivity = ContinuousClock.now
                    }
                    lastActivity = ContinuousClock.now
                    next = index + 1
                    callsOnWorker += 1
                }
                worker.busySeconds += Self.seconds(ContinuousClock.now - began)
            } catch {
                process = nil
                switch error {
                case .cancelled:
                    return cancelRemaining(batch, from: next, deliver: deliver)
                case .died(let death):
                    deaths += 1
                    if case .exited = death.cause, callsOnWorker > 0, retried != next {
                        // Not yet the call's own fault: run it again in a fresh worker.
                        retried = next
                        continue
                    }
                    deliver(next, .failure(workerError(death, hook: batch.hook)))
                    next += 1
                }
            }
        }
        // A worker near its lifetime CPU limit is retired between batches, never mid-call.
        if let worker = process, worker.busySeconds > Double(options.cpuSecondsPerWorker) / 2 {
            process = nil
        }
    }

    /// Starts the worker now if none runs, and says why it cannot.
    func startNow() throws(PluginError) {
        guard process == nil else { return }
        do throws(StartFailure) {
            try start(hook: "")
        } catch {
            switch error {
            case .setup(let error): throw error
            case .stop(.cancelled): throw Self.cancelled(pluginID: plugin.manifest.id, hook: "")
            case .stop(.died(let death)):
                var failure = workerError(death, hook: "")
                failure.hook = nil
                throw failure
            }
        }
    }

    /// Stops the worker, if one runs; the next batch starts a fresh one.
    func stopWorker() {
        process = nil
    }

    private enum StartFailure: Error {
        case setup(PluginError)
        case stop(PluginWorkerProcess.Stop)
    }

    private func start(hook: String) throws(StartFailure) {
        let frame: [UInt8]
        if let setupFrame {
            frame = setupFrame
        } else {
            do {
                let testFaults = options.testFaults || ProcessInfo.processInfo.environment[PluginWorker.testFaultsVariable] == "1"
                frame = try WorkerSetup(plugin: plugin, testFaults: testFaults).frame()
            } catch {
                throw .setup(error)
            }
            setupFrame = frame
        }
        let worker: PluginWorkerProcess
        do {
            worker = try PluginWorkerProcess(
                executable: executable, addressSpace: addressSpace, cpuSeconds: options.cpuSecondsPerWorker,
                maxFrameBytes: frameLimit)
        } catch {
            throw .setup(error)
        }
        let setupError: PluginError?
        do throws(PluginWorkerProcess.Stop) {
            setupError = try handshake(worker, setup: frame)
        } catch {
            throw .stop(error)
        }
        if let setupError {
            worker.stop()
            throw .setup(setupError)
        }
        process = worker
        callsOnWorker = 0
    }

    // Sends the setup and waits for `ready` (nil) or the worker's setup error.
    private func handshake(_ worker: PluginWorkerProcess, setup: [UInt8]) throws(PluginWorkerProcess.Stop) -> PluginError? {
        let deadline = ContinuousClock.now + options.startTimeout
        try worker.send(setup, deadline: deadline, cancellation: cancellation)
        while true {
            let (kind, frame) = try worker.receive(deadline: deadline, cancellation: cancellation)
            var reader = frame
            switch kind {
            case .ready:
                networkIsolated = (try? reader.byte()) == 1
                return nil
            case .failure:
                guard let error = try? PluginError(reading: &reader) else {
                    throw .died(worker.killForProtocol("sent a malformed error"))
                }
                return error
            case .log:
                try log(&reader, worker: worker)
            default:
                throw .died(worker.killForProtocol("sent a frame of kind \(kind) before it was ready"))
            }
        }
    }

    private func log(_ reader: inout WorkerWireReader, worker: PluginWorkerProcess) throws(PluginWorkerProcess.Stop) {
        guard let level = try? Int(reader.byte()), level < Logger.Level.allCases.count,
              let message = try? reader.string(), reader.isAtEnd
        else { throw .died(worker.killForProtocol("sent a malformed log record")) }
        logger.log(level: Logger.Level.allCases[level], "\(message)")
    }

    // Runs the host function the plugin called in its worker, with the plugin's limits on
    // both ways, and answers; the time it takes is not the plugin's.
    private func serveHostCall(_ reader: inout WorkerWireReader, worker: PluginWorkerProcess, hook: String) throws(PluginWorkerProcess.Stop) {
        let functions = plugin.host.functions
        guard let index = try? Int(reader.u32()), index < functions.count, let range = try? reader.blobRange(), reader.isAtEnd else {
            throw .died(worker.killForProtocol("called a host function that does not exist"))
        }
        let function = functions[index]
        let name = "shequ.\(function.name)"
        var answer = WorkerWireWriter(.hostReply, capacity: 256)
        do {
            let values = try EncodedValues.decode(reader.bytes[range], limits: limits) { "arguments to '\(name)'" }
            let results = try function.body(LuaArguments(functionName: name, values: values))
            let bytes = try LuaValueWriter.encode(results, limits: limits) { "result #\($0 + 1) of '\(name)'" }
            answer.byte(1)
            answer.blob(bytes)
        } catch let error as LuaError {
            answer.byte(0)
            answer.string(error.message)
        } catch {
            answer.byte(0)
            answer.string(String(describing: error))
        }
        try worker.send(answer.finish(), deadline: ContinuousClock.now + options.startTimeout, cancellation: cancellation)
    }

    private func cancelRemaining(_ batch: WorkerBatch, from start: Int, deliver: (Int, Outcome) -> Void) {
        cancellation.reset()
        let error = Self.cancelled(pluginID: plugin.manifest.id, hook: batch.hook)
        for index in start..<batch.calls.count { deliver(index, .failure(error)) }
    }

    /// The error of a call cancelled by the host, as the sandbox gives it in process.
    static func cancelled(pluginID: String, hook: String) -> PluginError {
        PluginError(lua: LuaError(kind: .cancelled, message: String(cString: shq_kill_message(SHQ_KILL_CANCELLED))),
                    pluginID: pluginID, hook: hook)
    }

    private func workerError(_ death: WorkerDeath, hook: String) -> PluginError {
        workerError(death.message(deadline: limits.deadline, grace: options.grace, addressSpace: addressSpace), hook: hook)
    }

    private func workerError(_ message: String, hook: String) -> PluginError {
        PluginError(kind: .worker, message: message, pluginID: plugin.manifest.id, hook: hook)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
