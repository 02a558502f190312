/// The resource limits of a sandboxed Lua state and of each call into it.
///
/// The host chooses the limits; a plugin manifest can only ask for less, never
/// more (see ``narrowed(memoryBytes:instructionsPerCall:deadline:)``).
///
/// ```swift
/// var limits = LuaLimits()           // 64 MiB, 200 million instructions, 2 s per call
/// limits.deadline = .milliseconds(500)
/// let sandbox = try LuaSandbox(limits: limits)
/// ```
public struct LuaLimits: Sendable, Hashable {
    /// The most memory the state may hold, in bytes (default 64 MiB). Applies
    /// once the standard libraries are loaded.
    public var memoryBytes: Int
    /// The most Lua VM instructions one call may run (default 200 million),
    /// counted every 1,000 instructions; pattern-matching steps count too.
    public var instructionsPerCall: Int64
    /// The longest one call may run by the wall clock (default 2 s).
    public var deadline: Duration
    /// The most bytes `print` and `shequ.log` may emit during one call
    /// (default 64 KiB); the rest is dropped with one notice.
    public var printBytesPerCall: Int
    /// The deepest nesting of tables exchanged with the host (default 64).
    public var maxDepth: Int
    /// The most table entries, summed over all nested tables, in one value
    /// exchanged with the host (default 1,000,000). A table reached through several
    /// references counts each time.
    public var maxTableEntries: Int
    /// The longest string exchanged with the host, in bytes (default 16 MiB; never more
    /// than ``hostValueBudget``).
    public var maxStringBytes: Int
    /// The longest string plugin code may build inside the state, in bytes (default 1 MiB).
    /// Comparing, concatenating or converting a string costs time in proportion to its
    /// length within one VM instruction, where the count hook cannot look; this bound keeps
    /// one hook period (1,000 instructions) well under a second. Strings the host passes
    /// in are exempt (they are bounded by ``maxStringBytes``).
    public var maxBuiltStringBytes: Int
    /// The most host memory one value read out of a state may cost, in bytes (default
    /// 64 MiB; the budget used is ``hostValueBudget``, never more than ``memoryBytes``).
    ///
    /// A value read out of a state (a hook's result, the arguments of one host function
    /// call, the manifest, a test list) counts every string's bytes each time the string is
    /// reached (a string or table referenced twice is copied twice), plus
    /// ``hostBytesPerEntry`` per table entry and ``hostBytesPerTable`` per table. So a state
    /// of 64 MiB cannot make the host hold more than 64 MiB for one value, however often it
    /// refers to the same long string: with the state itself and what the host makes of the
    /// value (JSON, typed results), the host stays under about 4 × the memory cap.
    public var maxValueBytes: Int

    /// Creates limits; every parameter has the documented default.
    public init(
        memoryBytes: Int = 64 << 20,
        instructionsPerCall: Int64 = 200_000_000,
        deadline: Duration = .seconds(2),
        printBytesPerCall: Int = 64 << 10,
        maxDepth: Int = 64,
        maxTableEntries: Int = 1_000_000,
        maxStringBytes: Int = 16 << 20,
        maxBuiltStringBytes: Int = 1 << 20,
        maxValueBytes: Int = 64 << 20
    ) {
        self.memoryBytes = memoryBytes
        self.instructionsPerCall = instructionsPerCall
        self.deadline = deadline
        self.printBytesPerCall = printBytesPerCall
        self.maxDepth = maxDepth
        self.maxTableEntries = maxTableEntries
        self.maxStringBytes = maxStringBytes
        self.maxBuiltStringBytes = maxBuiltStringBytes
        self.maxValueBytes = maxValueBytes
    }

    /// What one table entry counts against the host value budget, in bytes: about what the
    /// host's copy of an entry costs.
    public static let hostBytesPerEntry = 16
    /// What one table counts against the host value budget, in bytes.
    public static let hostBytesPerTable = 64

    /// The byte budget of one value read out of a state: ``maxValueBytes``, but never more
    /// than the state's own ``memoryBytes``.
    public var hostValueBudget: Int { max(0, min(maxValueBytes, memoryBytes)) }

    /// The longest string read out of a state: ``maxStringBytes`` within the value budget.
    var effectiveMaxStringBytes: Int { min(maxStringBytes, hostValueBudget) }

    /// These limits lowered by a plugin's request: each requested value is used
    /// only when it is below the host's; a request to raise a limit is ignored.
    ///
    /// ```swift
    /// let host = LuaLimits()
    /// let plugin = host.narrowed(memoryBytes: 8 << 20, deadline: .seconds(10))
    /// plugin.memoryBytes // 8 MiB (lowered)
    /// plugin.deadline    // 2 s (a plugin cannot raise it)
    /// ```
    public func narrowed(
        memoryBytes: Int? = nil,
        instructionsPerCall: Int64? = nil,
        deadline: Duration? = nil
    ) -> LuaLimits {
        var result = self
        if let memoryBytes, memoryBytes > 0 { result.memoryBytes = min(result.memoryBytes, memoryBytes) }
        if let instructionsPerCall, instructionsPerCall > 0 {
            result.instructionsPerCall = min(result.instructionsPerCall, instructionsPerCall)
        }
        if let deadline, deadline > .zero { result.deadline = min(result.deadline, deadline) }
        return result
    }

    /// The deadline in whole milliseconds, at least 1.
    var deadlineMilliseconds: Int64 {
        let (seconds, attoseconds) = deadline.components
        return max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
