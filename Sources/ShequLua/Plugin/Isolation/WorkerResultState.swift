import CShequLua

/// A Lua state of the host that holds no plugin code, into which a worker's result is
/// decoded so that a `reading` closure gets the same ``LuaValueReader`` as in process.
/// The encoding is checked first against the plugin's limits: a worker's bytes are untrusted.
final class WorkerResultState {
    private let sandbox: LuaSandbox
    private let session: LuaReadSession
    private let limits: LuaLimits

    init(limits: LuaLimits, frameLimit: Int) throws(LuaError) {
        self.limits = limits
        var stateLimits = limits
        // A result that fitted in the worker's state, as tables built from their encoding.
        stateLimits.memoryBytes = limits.memoryBytes + frameLimit
        sandbox = try LuaSandbox(limits: stateLimits)
        session = LuaReadSession(limits: limits)
    }

    /// Decodes `encoding` (one value) and hands it to `read` while it is on the stack.
    func read<Output>(
        _ encoding: ArraySlice<UInt8>, resultName: String, _ read: (LuaValueReader) throws(LuaError) -> Output
    ) throws(LuaError) -> Output {
        guard try EncodedValues.validate(encoding, limits: limits, path: { resultName }) == 1 else {
            throw LuaError(kind: .invalidValue, message: "\(resultName) arrived malformed from the plugin's worker process (not one value)")
        }
        let state = sandbox.state
        let base = lua_gettop(state)
        var pushed: Int32 = 0
        let status = encoding.withUnsafeBytes { shq_push_encoded(state, $0.baseAddress, $0.count, &pushed) }
        guard status == LUA_OK, pushed == 1 else {
            lua_settop(state, base)
            throw LuaError(kind: .memory, message: "not enough memory to read \(resultName) from the plugin's worker process")
        }
        session.begin(path: resultName)
        defer {
            session.end()
            lua_settop(state, base)
        }
        return try read(LuaValueReader(state: state, index: lua_gettop(state), depth: 0, session: session))
    }
}
