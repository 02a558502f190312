import CShequLua

/// A flag that stops a running Lua call from any thread.
///
/// The flag is the only part of a sandbox another thread may touch: setting it
/// makes the count hook kill the running call within about 1,000 instructions
/// (or pattern-matching steps). A call that starts while the flag is set dies
/// at once; the flag clears itself when a call dies of it.
///
/// ```swift
/// let cancellation = LuaCancellation()
/// let sandbox = try LuaSandbox(cancellation: cancellation)
/// Task.detached { try await Task.sleep(for: .seconds(1)); cancellation.cancel() }
/// _ = try? sandbox.run("while true do end", chunkName: "loop.lua") // LuaError.Kind.cancelled
/// ```
// @unchecked: the only state is a C11 atomic, safe to touch from any thread.
public final class LuaCancellation: @unchecked Sendable {
    let flag: OpaquePointer

    /// Creates a cleared flag.
    public init() {
        guard let flag = shq_cancel_new() else { fatalError("out of memory allocating a cancel flag") }
        self.flag = flag
    }

    deinit { shq_cancel_free(flag) }

    /// Stops the running call (or the next one, if none is running).
    public func cancel() { shq_cancel_set(flag, 1) }

    /// Whether a cancel request is pending.
    public var isCancelled: Bool { shq_cancel_get(flag) != 0 }

    /// Clears a pending request.
    public func reset() { shq_cancel_set(flag, 0) }
}
