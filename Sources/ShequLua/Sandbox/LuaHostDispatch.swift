import CShequLua
import Logging

// Receives every call from Lua into Swift (through the C trampoline) and runs
// it without ever raising a Lua error: results or the error message go to the
// scratch buffer and the C side does the raising.
final class LuaHostDispatch {
    enum Entry {
        case print
        case moduleSource
        case log
        case function(LuaHostFunction)

        var displayName: String {
            switch self {
            case .print: "print"
            case .moduleSource: "require"
            case .log: "shequ.log"
            case .function(let function): "shequ.\(function.name)"
            }
        }
    }

    var entries: [Entry] = []
    let limits: LuaLimits
    var logger: Logger
    let modules: [String: LuaModuleFile]
    private var printRemaining: Int
    private var printTruncated = false
    private lazy var noResults: [UInt8] = (try? LuaValueWriter.encode([], limits: limits) { _ in "" }) ?? [0, 0, 0, 0]

    init(limits: LuaLimits, logger: Logger, modules: [String: LuaModuleFile]) {
        self.limits = limits
        self.logger = logger
        self.modules = modules
        self.printRemaining = limits.printBytesPerCall
    }

    func add(_ entry: Entry) -> Int {
        entries.append(entry)
        return entries.count - 1
    }

    /// Resets the per-call print volume.
    func beginCall() {
        printRemaining = limits.printBytesPerCall
        printTruncated = false
    }

    func invoke(state: OpaquePointer, index: Int, argumentCount: Int32) -> Int32 {
        let entry = entries[index]
        // Past the output cap, print has nothing left to do: its text is not even read.
        if case .print = entry, printTruncated {
            return noResults.withUnsafeBytes { shq_scratch_set(state, $0.baseAddress, $0.count) } != 0
                ? SHQ_HOST_OK : fail(state, "out of memory returning from 'print'")
        }
        let name = entry.displayName
        do {
            var reader = LuaTransferReader(state: state, limits: limits)
            var values: [LuaValue] = []
            if argumentCount > 0 {
                values.reserveCapacity(Int(argumentCount))
                for position in 1...argumentCount {
                    values.append(try reader.read(at: position, path: "argument #\(position) to '\(name)'"))
                }
            }
            let results = try perform(entry, LuaArguments(functionName: name, values: values))
            let bytes = try LuaValueWriter.encode(results, limits: limits) { "result #\($0 + 1) of '\(name)'" }
            guard bytes.withUnsafeBytes({ shq_scratch_set(state, $0.baseAddress, $0.count) }) != 0 else {
                return fail(state, "out of memory passing results of '\(name)' to Lua")
            }
            return SHQ_HOST_OK
        } catch let error as LuaError {
            return fail(state, error.message)
        } catch {
            return fail(state, String(describing: error))
        }
    }

    // The message becomes a Lua error the plugin may catch and print: bounded and escaped here.
    private func fail(_ state: OpaquePointer, _ message: String) -> Int32 {
        var text = PluginText.bounded(message, maxBytes: LuaError.maxMessageBytes)
        text.withUTF8 { _ = shq_scratch_set(state, $0.baseAddress, $0.count) }
        return SHQ_HOST_ERROR
    }

    private func perform(_ entry: Entry, _ arguments: LuaArguments) throws -> [LuaValue] {
        switch entry {
        case .print:
            emit(try arguments.string(1), level: .info)
            return []
        case .moduleSource:
            return moduleSource(try arguments.string(1))
        case .log:
            let level: Logger.Level
            switch try arguments.string(1) {
            case "debug": level = .debug
            case "info": level = .info
            case "warn": level = .warning
            case "error": level = .error
            case let other:
                throw LuaArgumentError(
                    functionName: arguments.functionName, position: 1,
                    problem: "level must be \"debug\", \"info\", \"warn\" or \"error\", got \(PluginText.quoted(other))")
            }
            emit(try arguments.string(2), level: level)
            return []
        case .function(let function):
            return try function.body(arguments)
        }
    }

    private func moduleSource(_ name: String) -> [LuaValue] {
        guard LuaModuleFile.isValidModuleName(name) else {
            return [.nil, .string(
                "module name '\(PluginText.bounded(name, maxBytes: 80))' is not allowed: require takes a dotted name of a Lua file inside the plugin folder, e.g. require(\"rules.points\") for rules/points.lua")]
        }
        guard let file = modules[name] else {
            let path = name.split(separator: ".").joined(separator: "/") + ".lua"
            return [.nil, .string("module '\(PluginText.bounded(name, maxBytes: 80))' not found in the plugin (looked for \(PluginText.bounded(path, maxBytes: 120)))")]
        }
        return [.string(file.text), .string("@" + file.path)]
    }

    // One line of plugin output: control characters escaped (no forged log line, no terminal
    // escape), counted after escaping against the per-call volume.
    private func emit(_ text: String, level: Logger.Level) {
        guard !printTruncated else { return }
        let line = PluginText.bounded(text, maxBytes: limits.printBytesPerCall)
        let size = line.utf8.count + 1
        if size <= printRemaining {
            printRemaining -= size
            logger.log(level: level, "\(line)")
        } else if !printTruncated {
            printTruncated = true
            printRemaining = 0
            logger.warning("本次调用的输出超过 \(limits.printBytesPerCall) 字节上限（LuaLimits.printBytesPerCall），其余输出已丢弃")
        }
    }
}

// The one Swift entry point the C trampoline calls.
let luaHostCallback: shq_host_callback = { context, state, index, argumentCount in
    guard let context, let state else { return SHQ_HOST_ERROR }
    let dispatch = Unmanaged<LuaHostDispatch>.fromOpaque(context).takeUnretainedValue()
    return dispatch.invoke(state: state, index: Int(index), argumentCount: argumentCount)
}
