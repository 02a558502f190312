/// The `limits` a plugin manifest asks for; they can only lower the host's
/// ``LuaLimits``, never raise them.
///
/// ```lua
/// limits = { memory = 8388608, instructions = 10000000, deadline_ms = 500 }
/// ```
public struct PluginLimitRequest: Sendable, Hashable {
    /// `memory`: bytes.
    public var memoryBytes: Int?
    /// `instructions`: VM instructions per call.
    public var instructionsPerCall: Int64?
    /// `deadline_ms`: milliseconds per call.
    public var deadlineMilliseconds: Int64?

    /// Creates a request; nil leaves the host's limit as it is.
    public init(memoryBytes: Int? = nil, instructionsPerCall: Int64? = nil, deadlineMilliseconds: Int64? = nil) {
        self.memoryBytes = memoryBytes
        self.instructionsPerCall = instructionsPerCall
        self.deadlineMilliseconds = deadlineMilliseconds
    }

    /// The host's limits lowered by this request.
    public func applied(to host: LuaLimits) -> LuaLimits {
        host.narrowed(
            memoryBytes: memoryBytes,
            instructionsPerCall: instructionsPerCall,
            deadline: deadlineMilliseconds.map { .milliseconds($0) })
    }
}
