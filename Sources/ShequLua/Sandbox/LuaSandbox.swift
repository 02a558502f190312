import CShequLua
import Logging

/// A sandboxed Lua 5.4 state: only safe libraries, a memory cap, an instruction
/// budget and a deadline per call, and values exchanged as plain ``LuaValue``.
///
/// A sandbox is confined to one thread at a time (it is not `Sendable`); only
/// its ``cancellation`` flag may be touched from elsewhere. Plugin code sees the
/// libraries `string`, `table`, `math`, `utf8`, `coroutine` as read-only tables,
/// `print` routed to the logger, `require` limited to the given modules, and the
/// `shequ` module (`shequ.api_version`, `shequ.log`, `shequ.config`, and the
/// host functions passed in).
///
/// ```swift
/// let sandbox = try LuaSandbox(limits: LuaLimits(deadline: .milliseconds(200)))
/// _ = try sandbox.run("function add(a, b) return a + b end", chunkName: "add.lua")
/// let sum = try sandbox.call("add", [1, 2]) // [.integer(3)]
/// ```
public final class LuaSandbox {
    /// The limits this sandbox enforces.
    public let limits: LuaLimits
    /// The flag that stops the running call from another thread.
    public let cancellation: LuaCancellation
    /// Whether a call was killed (budget, deadline, cancel): the state should be
    /// replaced before it runs more code.
    public private(set) var wasKilled = false

    let state: OpaquePointer
    let dispatch: LuaHostDispatch
    private let deadlineMilliseconds: Int64
    private var requireReference: Int32 = 0
    private var resolveReference: Int32 = 0
    private var freezeReference: Int32 = 0
    // Reused by every typed read of a result.
    private let readSession: LuaReadSession
    private var lookupReference: Int32 = 0

    /// Creates a sandbox.
    ///
    /// - Parameters:
    ///   - limits: memory, instruction, deadline, print and value limits.
    ///   - logger: receives `print` and `shequ.log` output.
    ///   - functions: host functions installed in the `shequ` table.
    ///   - config: what `shequ.config()` returns (a fresh copy on each call).
    ///   - modules: the modules `require` may load, by dotted name.
    ///   - cancellation: the flag that stops a running call.
    public init(
        limits: LuaLimits = LuaLimits(),
        logger: Logger = Logger(label: "shequ.lua"),
        functions: [LuaHostFunction] = [],
        config: LuaValue = .table(LuaTable()),
        modules: [String: LuaModuleFile] = [:],
        cancellation: LuaCancellation = LuaCancellation()
    ) throws(LuaError) {
        self.limits = limits
        self.cancellation = cancellation
        self.deadlineMilliseconds = limits.deadlineMilliseconds
        self.readSession = LuaReadSession(limits: limits)
        let dispatch = LuaHostDispatch(limits: limits, logger: logger, modules: modules)
        self.dispatch = dispatch
        guard let state = shq_newstate(cancellation.flag, luaHostCallback, Unmanaged.passUnretained(dispatch).toOpaque())
        else { throw LuaError(kind: .setup, message: "cannot create a Lua state") }
        self.state = state
        try setUp(functions: functions, config: config)
        shq_set_memory_limit(state, max(limits.memoryBytes, shq_memory_used(state) + 1))
        shq_set_string_limit(state, max(0, limits.maxBuiltStringBytes))
    }

    deinit {
        shq_close(state)
    }

    /// Bytes the state holds now.
    public var memoryUsed: Int { shq_memory_used(state) }

    /// Instructions run by the current or last call (counted per 1,000).
    public var instructionsUsedByLastCall: Int64 { shq_instructions_used(state) }

    /// Loads `source` as a chunk named `chunkName` (so errors read `chunkName:12:`)
    /// in the plugin environment, runs it, and returns what it returns.
    /// The chunk receives `arguments` as `...`; `math.random` is seeded with `randomSeed`.
    public func run(
        _ source: String, chunkName: String, arguments: [LuaValue] = [], randomSeed: Int64 = 0
    ) throws(LuaError) -> [LuaValue] {
        try guarded { () throws(LuaError) -> [LuaValue] in
            try pushChunk(source, chunkName: chunkName)
            try push(arguments, names: { "argument #\($0 + 1) to \(chunkName)" })
            try seedRandom(randomSeed)
            let count = try protectedCall(argumentCount: Int32(arguments.count), resultCount: LUA_MULTRET)
            return try popResults(count, describing: chunkName)
        }
    }

    /// Calls the global function `name` of the plugin environment with `arguments`.
    public func call(_ name: String, _ arguments: [LuaValue] = [], randomSeed: Int64 = 0) throws(LuaError) -> [LuaValue] {
        try guarded { () throws(LuaError) -> [LuaValue] in
            shq_getref(state, lookupReference)
            try pushString(name)
            _ = try protectedCall(argumentCount: 1, resultCount: 1)
            guard lua_type(state, -1) == LUA_TFUNCTION else {
                throw LuaError(kind: .runtime, message: "global '\(name)' is not a function")
            }
            try push(arguments, names: { "argument #\($0 + 1) to '\(name)'" })
            try seedRandom(randomSeed)
            let count = try protectedCall(argumentCount: Int32(arguments.count), resultCount: LUA_MULTRET)
            return try popResults(count, describing: name)
        }
    }

    // MARK: - Internal entry points for plugins

    /// A function kept in the Lua registry.
    struct Reference: Hashable {
        let value: Int32
    }

    /// `require(module)[function]`, kept for repeated calls.
    func resolve(module: String, function: String) throws(LuaError) -> Reference {
        try guarded { () throws(LuaError) -> Reference in
            shq_getref(state, resolveReference)
            try pushString(module)
            try pushString(function)
            _ = try protectedCall(argumentCount: 2, resultCount: 1)
            return try reference()
        }
    }

    /// A deep read-only copy of `value` in the state, shared by several calls.
    func sharedValue(_ value: LuaValue, name: String) throws(LuaError) -> Reference {
        try guarded { () throws(LuaError) -> Reference in
            shq_getref(state, freezeReference)
            try push([value], names: { _ in name })
            try pushString(name)
            _ = try protectedCall(argumentCount: 2, resultCount: 1)
            return try reference()
        }
    }

    /// Runs a chunk and keeps each of its results (functions included) as a reference.
    func runForReferences(_ source: String, chunkName: String, arguments: [LuaValue], count: Int32) throws(LuaError) -> [Reference] {
        try guarded { () throws(LuaError) -> [Reference] in
            try pushChunk(source, chunkName: chunkName)
            try push(arguments, names: { "argument #\($0 + 1) to \(chunkName)" })
            _ = try protectedCall(argumentCount: Int32(arguments.count), resultCount: count)
            var references: [Reference] = []
            for _ in 0..<count { references.append(try reference()) }
            return references.reversed()
        }
    }

    /// Releases a reference.
    func release(_ reference: Reference) {
        _ = shq_unref(state, reference.value)
    }

    /// Calls a referenced function with `input` and a shared context, returning its first result.
    func call(
        _ function: Reference, encodedInput: [UInt8], context: Reference, randomSeed: Int64, name: @autoclosure () -> String
    ) throws(LuaError) -> LuaValue {
        let base = lua_gettop(state)
        dispatch.beginCall()
        let status = encodedInput.withUnsafeBytes {
            shq_call_hook(
                state, function.value, context.value, $0.baseAddress, $0.count, randomSeed,
                limits.instructionsPerCall, deadlineMilliseconds)
        }
        guard status == LUA_OK else {
            let error = callError(status: status)
            lua_settop(state, base)
            throw error
        }
        defer { lua_settop(state, base) }
        var reader = LuaTransferReader(state: state, limits: limits)
        return try reader.read(at: -1, path: "result of \(name())")
    }

    /// Calls a referenced function with written arguments (the input and a per-call context
    /// table), the shared context fields set over the table from their references and the whole
    /// context frozen, then hands its first result to `read` while it is on the stack.
    func call<Output>(
        _ function: Reference, arguments: [UInt8], sharedReferences: UnsafePointer<Int32>?,
        sharedNames: UnsafePointer<UnsafePointer<CChar>?>?, sharedCount: Int32, randomSeed: Int64, resultName: String,
        read: (LuaValueReader) throws(LuaError) -> Output
    ) throws(LuaError) -> Output {
        let base = lua_gettop(state)
        dispatch.beginCall()
        let status = arguments.withUnsafeBytes {
            shq_call_hook_context(
                state, function.value, sharedReferences, sharedNames, sharedCount,
                $0.baseAddress, $0.count, randomSeed, limits.instructionsPerCall, deadlineMilliseconds)
        }
        guard status == LUA_OK else {
            let error = callError(status: status)
            lua_settop(state, base)
            throw error
        }
        readSession.begin(path: resultName)
        defer {
            readSession.end()
            lua_settop(state, base)
        }
        return try read(LuaValueReader(state: state, index: lua_gettop(state), depth: 0, session: readSession))
    }

    /// Calls a referenced function with the given arguments.
    func call(_ function: Reference, arguments: [LuaValue], randomSeed: Int64, name: String) throws(LuaError) -> [LuaValue] {
        try guarded { () throws(LuaError) -> [LuaValue] in
            shq_getref(state, function.value)
            try push(arguments, names: { "argument #\($0 + 1) to \(name)" })
            try seedRandom(randomSeed)
            let count = try protectedCall(argumentCount: Int32(arguments.count), resultCount: LUA_MULTRET)
            return try popResults(count, describing: name)
        }
    }

    // MARK: - Plumbing

    // Runs an operation and, if it fails, puts the stack back as it was.
    @inline(__always)
    private func guarded<T>(_ body: () throws(LuaError) -> T) throws(LuaError) -> T {
        let top = lua_gettop(state)
        do {
            return try body()
        } catch {
            lua_settop(state, top)
            throw error
        }
    }

    private func setUp(functions: [LuaHostFunction], config: LuaValue) throws(LuaError) {
        guard shq_open_sandbox_libraries(state) == LUA_OK else {
            throw LuaError(kind: .setup, message: "cannot open the Lua libraries")
        }
        try pushChunk(Self.preludeSource, chunkName: "=shequ", bind: false)
        try pushTable()
        try setHostFunction(.print, key: "print")
        try setHostFunction(.moduleSource, key: "module_source")
        try pushTable()
        try setHostFunction(.log, key: "log")
        // The configuration is the plugin's data: it goes in under the memory cap (with room
        // for the rest of the setup when the cap is tiny), so a huge config fails here.
        shq_set_memory_limit(state, max(limits.memoryBytes, shq_memory_used(state) + Self.setupHeadroomBytes))
        try setConfigFunction(config)
        for function in functions {
            guard LuaModuleFile.isValidModuleName(function.name), !function.name.contains(".") else {
                throw LuaError(kind: .setup, message: "host function name '\(function.name)' is not a Lua identifier")
            }
            try setHostFunction(.function(function), key: function.name)
        }
        let status = shq_call(state, 2, 4, 0, 0)
        guard status == LUA_OK else {
            let message = errorMessage(at: -1) ?? ""
            throw LuaError(kind: .setup, message: "the sandbox prelude failed: \(message)")
        }
        lookupReference = try reference().value
        freezeReference = try reference().value
        resolveReference = try reference().value
        requireReference = try reference().value
    }

    private func setHostFunction(_ entry: LuaHostDispatch.Entry, key: String) throws(LuaError) {
        let index = dispatch.add(entry)
        guard shq_push_host_function(state, lua_Integer(index), entry.displayName) == LUA_OK else {
            throw memoryError()
        }
        guard shq_setfield_protected(state, -2, key) == LUA_OK else { throw memoryError() }
    }

    // What the setup after the libraries may use even under a smaller memory cap.
    static let setupHeadroomBytes = 256 << 10

    // shequ.config() copies its table inside the state: no trip through the host per call.
    private func setConfigFunction(_ config: LuaValue) throws(LuaError) {
        do {
            try push([config], names: { _ in "shequ.config()" })
        } catch where error.kind == .memory {
            throw LuaError(
                kind: .memory,
                message: "the plugin's configuration (manifest config and host overrides) does not fit in the memory limit of \(limits.memoryBytes) bytes; make it smaller")
        }
        guard shq_push_config_function(state) == LUA_OK else { throw memoryError() }
        guard shq_setfield_protected(state, -2, "config") == LUA_OK else { throw memoryError() }
    }

    private func reference() throws(LuaError) -> Reference {
        var value: Int32 = 0
        guard shq_ref(state, &value) == LUA_OK else { throw memoryError() }
        return Reference(value: value)
    }

    private func memoryError() -> LuaError {
        return LuaError(kind: .memory, message: "not enough memory (limit \(limits.memoryBytes) bytes)")
    }

    private func pushTable() throws(LuaError) {
        guard shq_push_newtable(state) == LUA_OK else { throw memoryError() }
    }

    private func pushString(_ string: String) throws(LuaError) {
        var string = string
        let status = string.withUTF8 { shq_push_lstring(state, $0.baseAddress, $0.count) }
        guard status == LUA_OK else { throw memoryError() }
    }

    func push(_ values: [LuaValue], names: @escaping (Int) -> String) throws(LuaError) {
        let bytes = try LuaValueWriter.encode(values, limits: limits, names: names)
        var pushed: Int32 = 0
        let status = bytes.withUnsafeBytes { shq_push_encoded(state, $0.baseAddress, $0.count, &pushed) }
        guard status == LUA_OK else {
            throw LuaError(kind: .memory, message: "not enough memory to pass values into Lua (limit \(limits.memoryBytes) bytes)")
        }
    }

    private func pushChunk(_ source: String, chunkName: String, bind: Bool = true) throws(LuaError) {
        var source = source
        let name = chunkName.hasPrefix("=") || chunkName.hasPrefix("@") ? chunkName : "@" + chunkName
        let status = source.withUTF8 { text in
            shq_load_text(state, text.baseAddress, text.count, name)
        }
        guard status == LUA_OK else {
            let message = errorMessage(at: -1) ?? "cannot load"
            shq_pop(state, 1)
            throw LuaError(kind: status == LUA_ERRSYNTAX ? .syntax : .memory, message: message)
        }
        if bind { _ = shq_bind_environment(state, -1) }
    }

    private func seedRandom(_ seed: Int64) throws(LuaError) {
        guard shq_seed_random(state, seed) == LUA_OK else {
            throw LuaError(kind: .memory, message: "not enough memory to seed math.random")
        }
    }

    private func popResults(_ count: Int32, describing name: String) throws(LuaError) -> [LuaValue] {
        let base = lua_gettop(state) - count
        defer { lua_settop(state, base) }
        var reader = LuaTransferReader(state: state, limits: limits)
        var results: [LuaValue] = []
        results.reserveCapacity(Int(count))
        if count > 0 {
            for offset in 1...count {
                results.append(try reader.read(at: base + offset, path: count == 1 ? "result of \(name)" : "result #\(offset) of \(name)"))
            }
        }
        return results
    }

    /// Runs the function below `argumentCount` arguments under the limits.
    /// Leaves the results on the stack and returns their count, or throws with the stack restored.
    private func protectedCall(argumentCount: Int32, resultCount: Int32) throws(LuaError) -> Int32 {
        let base = lua_gettop(state) - argumentCount - 1
        dispatch.beginCall()
        let status = shq_call(state, argumentCount, resultCount, limits.instructionsPerCall, deadlineMilliseconds)
        if status == LUA_OK {
            return lua_gettop(state) - base
        }
        let error = callError(status: status)
        lua_settop(state, base)
        throw error
    }

    private func callError(status: Int32) -> LuaError {
        let kill = shq_last_kill(state)
        var tracebackLength = 0
        // Plugin text (chunk names, function names): only the bounded prefix is decoded.
        let traceback = shq_last_traceback(state, &tracebackLength).map {
            PluginText.bounded(
                bytes: UnsafeRawBufferPointer(start: $0, count: tracebackLength),
                maxBytes: LuaError.maxTracebackBytes, keepingLineBreaks: true)
        }
        if kill != SHQ_KILL_NONE {
            wasKilled = true
            if kill == SHQ_KILL_CANCELLED { cancellation.reset() }
            var message = String(cString: shq_kill_message(kill))
            if shq_last_kill_in_pattern(state) != 0 {
                message += " in pattern matching (string.find, match, gmatch and gsub count every matching step; simplify the pattern or shorten the subject)"
            }
            let kind: LuaError.Kind = switch kill {
            case SHQ_KILL_INSTRUCTIONS: .instructionBudget
            case SHQ_KILL_DEADLINE: .deadline
            case SHQ_KILL_CANCELLED: .cancelled
            default: .runtime
            }
            let location = traceback.flatMap(Self.firstLuaLocation)
            return LuaError(kind: kind, message: message, file: location?.file, line: location?.line, traceback: traceback)
        }
        var message = "(error object is not a string)"
        if status != SHQ_STATUS_KILLED {
            switch lua_type(state, -1) {
            case LUA_TSTRING:
                message = errorMessage(at: -1) ?? message
            case LUA_TNUMBER:
                message = shq_isinteger(state, -1) != 0
                    ? String(lua_tointegerx(state, -1, nil)) : String(lua_tonumberx(state, -1, nil))
            default:
                break
            }
        }
        let kind: LuaError.Kind = switch status {
        case LUA_ERRMEM: .memory
        case LUA_ERRSYNTAX: .syntax
        default: .runtime
        }
        if kind == .memory {
            if shq_last_refusal(state) == SHQ_REFUSAL_STRING {
                message = "string longer than \(limits.maxBuiltStringBytes) bytes refused: plugin code may build strings up to \(limits.maxBuiltStringBytes) bytes (LuaLimits.maxBuiltStringBytes)"
            } else {
                message += " (limit \(limits.memoryBytes) bytes)"
            }
        }
        return LuaError(kind: kind, message: message, traceback: traceback)
    }

    // The string error message at `index`, cut to the message limit before it is decoded:
    // an error object of many megabytes is never copied whole into the host.
    private func errorMessage(at index: Int32) -> String? {
        var length = 0
        guard let pointer = shq_tolstring_raw(state, index, &length) else { return nil }
        return PluginText.bounded(bytes: UnsafeRawBufferPointer(start: pointer, count: length), maxBytes: LuaError.maxMessageBytes)
    }

    // The first "file.lua:12:" frame of a traceback: where a killed call was running.
    static func firstLuaLocation(_ traceback: String) -> (file: String, line: Int)? {
        for line in traceback.split(separator: "\n").dropFirst() {
            let text = line.drop(while: { $0 == " " || $0 == "\t" })
            guard !text.hasPrefix("[C]"), !text.hasPrefix("shequ:"), !text.hasPrefix("(...tail calls...)") else { continue }
            let parts = LuaError.splitLocation(String(text))
            if let file = parts.file, let number = parts.line { return (file, number) }
        }
        return nil
    }
}
