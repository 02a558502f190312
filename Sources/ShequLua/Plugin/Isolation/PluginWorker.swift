import CShequWorker
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The `shequ-plugin-worker` executable: the child process a plugin's Lua state lives in
/// under ``PluginIsolation/process(_:)``.
///
/// Before it reads anything from the host, the worker confines itself: RLIMIT_AS,
/// RLIMIT_CPU, RLIMIT_FSIZE 0, RLIMIT_NOFILE 3 (no new file or socket), RLIMIT_CORE 0,
/// no new privileges, SIGKILL when the host dies, a network namespace of its own where
/// the system allows, no capabilities. It then receives the plugin (never reading the
/// plugin folder), answers `ready`, and runs batches of calls, sending one result frame
/// per call; output and host functions cross back to the host. The host starts it with
/// the arguments ``PluginWorkerProcess`` builds; it is not meant to be run by hand.
public enum PluginWorker {
    /// The environment variable that, set in the host's environment, makes workers install
    /// fault-injection host functions (`shequ.__test_crash`, `__test_spin`, `__test_exhaust`)
    /// for Shequ's own tests. A plugin cannot set it; never set it in production.
    public static let testFaultsVariable = "SHEQU_PLUGIN_WORKER_TEST_FAULTS"

    /// Runs the worker process; never returns.
    public static func main() -> Never {
        let arguments = Arguments(CommandLine.arguments)
        var limits = shqw_limits(
            address_space_bytes: arguments.value("--address-space"), cpu_seconds: arguments.value("--cpu-seconds"),
            parent: pid_t(truncatingIfNeeded: arguments.value("--parent")))
        var done = shqw_confinement()
        var step: UnsafePointer<CChar>?
        let status = shqw_confine(&limits, &done, &step)
        guard status == 0 else {
            let name = step.map { String(cString: $0) } ?? "?"
            WorkerChannel.die("cannot confine the worker (\(name): \(String(cString: strerror(status))))")
        }
        let channel = WorkerChannel(maxFrameBytes: max(4096, Int(arguments.value("--max-frame"))))
        guard let (kind, reader) = channel.receive() else { exit(0) }
        guard kind == .setup else { WorkerChannel.die("the first frame is not the setup") }
        var setupReader = reader
        let setup: WorkerSetup
        do {
            setup = try WorkerSetup(reading: &setupReader)
        } catch {
            WorkerChannel.die("setup: \(error.message)")
        }
        let server: WorkerServer
        do {
            server = try WorkerServer(setup: setup, channel: channel)
        } catch {
            var writer = WorkerWireWriter(.failure)
            error.write(to: &writer)
            channel.send(writer.finish())
            exit(0)
        }
        var ready = WorkerWireWriter(.ready)
        ready.byte(UInt8(done.network_isolated))
        ready.byte(UInt8(done.capabilities_dropped))
        channel.send(ready.finish())
        while let (kind, reader) = channel.receive() {
            guard kind == .batch else { WorkerChannel.die("expected a batch") }
            var batchReader = reader
            do {
                try server.run(&batchReader)
            } catch {
                WorkerChannel.die("batch: \(error.message)")
            }
        }
        exit(0)
    }

    // `--name value` pairs of unsigned numbers.
    private struct Arguments {
        let pairs: [String: UInt64]
        init(_ words: [String]) {
            var pairs: [String: UInt64] = [:]
            var index = 1
            while index + 1 < words.count {
                pairs[words[index]] = UInt64(words[index + 1])
                index += 2
            }
            self.pairs = pairs
        }
        func value(_ name: String) -> UInt64 { pairs[name] ?? 0 }
    }
}

/// Runs a plugin's calls in the worker, the way ``PluginInstance`` runs them in process.
final class WorkerServer {
    let setup: WorkerSetup
    let channel: WorkerChannel
    let runner: PluginRunner
    private var writer: LuaValueWriter
    private let secondsPerCall: UInt64

    init(setup: WorkerSetup, channel: WorkerChannel) throws(PluginError) {
        self.setup = setup
        self.channel = channel
        self.writer = LuaValueWriter(limits: setup.limits)
        self.secondsPerCall = UInt64((setup.limits.deadlineMilliseconds + 999) / 1000)
        let pluginID = setup.pluginID
        let config: LuaValue
        do {
            config = try EncodedValues.decode(setup.config[...], limits: setup.limits) { "shequ.config()" }.first ?? .nil
        } catch {
            throw PluginError(lua: error, pluginID: pluginID, hook: nil)
        }
        let bridge = WorkerHostBridge(channel: channel, limits: setup.limits)
        var functions = setup.functionNames.enumerated().map { index, name in
            LuaHostFunction(name) { arguments in try bridge.call(index, arguments.values) }
        }
        if setup.testFaults { functions += WorkerTestFaults.functions }
        var logger = Logger(label: "shequ.plugin") { [channel, level = setup.logLevel] _ in
            WorkerLogHandler(channel: channel, logLevel: level)
        }
        logger.logLevel = setup.logLevel
        let limits = setup.limits, modules = setup.modules
        runner = try PluginRunner(pluginID: pluginID, hookTargets: setup.hooks, cancellation: LuaCancellation()) {
            (cancellation) throws(PluginError) -> LuaSandbox in
            do throws(LuaError) {
                return try LuaSandbox(
                    limits: limits, logger: logger, functions: functions, config: config, modules: modules,
                    cancellation: cancellation)
            } catch {
                throw PluginError(lua: error, pluginID: pluginID, hook: nil)
            }
        }
    }

    /// Runs one batch frame's calls, one result frame each.
    func run(_ reader: inout WorkerWireReader) throws(WorkerWireError) {
        let hook = try reader.string()
        switch try reader.byte() {
        case 0:
            let contextRange = try reader.blobRange()
            let context: LuaValue
            do {
                context = try EncodedValues.decode(reader.bytes[contextRange], limits: setup.limits) { "ctx" }.first ?? .nil
            } catch {
                throw WorkerWireError("ctx: \(error.message)")
            }
            var prepared: PluginRunner.Prepared?
            let count = try reader.count(minimumBytes: 16)
            allowCPU(calls: count)
            for _ in 0..<count {
                let seed = try reader.i64()
                _ = try reader.u32()
                let input = Array(reader.bytes[try reader.blobRange()])
                do throws(PluginError) {
                    if prepared == nil || runner.sandbox == nil {
                        prepared = try runner.prepare(hook: hook, context: context)
                    }
                    send(try runner.evaluate(prepared!, hook: hook, encodedInput: input, randomSeed: seed), hook: hook)
                } catch {
                    if runner.sandbox == nil { prepared = nil }
                    send(error)
                }
            }
        case 1:
            var sets: [[String: LuaValue]] = []
            for _ in 0..<(try reader.count(minimumBytes: 4)) {
                var set: [String: LuaValue] = [:]
                for _ in 0..<(try reader.count(minimumBytes: 8)) {
                    let name = try reader.string()
                    let range = try reader.blobRange()
                    do {
                        set[name] = try EncodedValues.decode(reader.bytes[range], limits: setup.limits) { "ctx" }.first ?? .nil
                    } catch {
                        throw WorkerWireError("ctx.\(name): \(error.message)")
                    }
                }
                sets.append(set)
            }
            let resultName = "result of hook '\(hook)'"
            var function: LuaSandbox.Reference?
            let count = try reader.count(minimumBytes: 16)
            allowCPU(calls: count)
            for _ in 0..<count {
                let seed = try reader.i64()
                let set = Int(try reader.u32())
                guard set < max(1, sets.count) else { throw WorkerWireError("shared context \(set) does not exist") }
                let arguments = Array(reader.bytes[try reader.blobRange()])
                do throws(PluginError) {
                    if function == nil || runner.sandbox == nil { function = try runner.resolve(hook: hook) }
                    let value = try runner.evaluate(
                        function!, hook: hook, arguments: arguments, sharedContext: sets.isEmpty ? [:] : sets[set],
                        randomSeed: seed, resultName: resultName) { (result) throws(LuaError) -> LuaValue in try result.value() }
                    send(value, hook: hook)
                } catch {
                    if runner.sandbox == nil { function = nil }
                    send(error)
                }
            }
        case let mode:
            throw WorkerWireError("unknown batch mode \(mode)")
        }
    }

    // The CPU time this batch may use (RLIMIT_CPU, soft): each call's deadline and 2 s, within
    // the worker's lifetime limit. The host's watchdog bounds each call; this bounds the
    // worker should the host stop watching.
    private func allowCPU(calls: Int) {
        shqw_cpu_allowance(UInt64(calls) * secondsPerCall + 2)
    }

    private func send(_ value: LuaValue, hook: String) {
        do {
            try writer.replace(with: [value]) { _ in "result of hook '\(hook)'" }
        } catch {
            return send(PluginError(lua: error, pluginID: setup.pluginID, hook: hook))
        }
        var frame = WorkerWireWriter(.result, capacity: writer.bytes.count + 16)
        frame.blob(writer.bytes)
        channel.send(frame.finish())
    }

    private func send(_ error: PluginError) {
        var frame = WorkerWireWriter(.failure, capacity: 256)
        error.write(to: &frame)
        channel.send(frame.finish())
    }
}

/// A host function of the plugin, called from the worker: the host runs the Swift closure
/// and answers with its results or its error message.
final class WorkerHostBridge: @unchecked Sendable {
    // @unchecked: used on the worker's one thread only.
    let channel: WorkerChannel
    let limits: LuaLimits

    init(channel: WorkerChannel, limits: LuaLimits) {
        self.channel = channel
        self.limits = limits
    }

    func call(_ index: Int, _ values: [LuaValue]) throws -> [LuaValue] {
        let arguments = try LuaValueWriter.encode(values, limits: limits) { "argument #\($0 + 1)" }
        var writer = WorkerWireWriter(.hostCall, capacity: arguments.count + 16)
        writer.u32(UInt32(index))
        writer.blob(arguments)
        channel.send(writer.finish())
        guard let (kind, frame) = channel.receive() else { exit(0) }
        guard kind == .hostReply else { WorkerChannel.die("expected the answer of a host function") }
        var reader = frame
        do {
            switch try reader.byte() {
            case 1:
                let range = try reader.blobRange()
                return try EncodedValues.decode(reader.bytes[range], limits: limits) { "a host function's results" }
            default:
                var error = LuaError(kind: .runtime, message: "")
                error.message = try reader.string()
                throw error
            }
        } catch let error as WorkerWireError {
            WorkerChannel.die("host function answer: \(error.message)")
        }
    }
}
