// What reading one value out of a state has cost the host so far, checked against the
// limits: every string's bytes each time it is reached (a string referred to twice is
// copied twice), each table entry and each table (LuaLimits.maxValueBytes), and the
// entries themselves (LuaLimits.maxTableEntries).
struct LuaHostBudget {
    let limits: LuaLimits
    private(set) var bytes = 0
    private(set) var entries = 0

    init(limits: LuaLimits) {
        self.limits = limits
    }

    /// Counts a string of `length` bytes about to be copied; `path` names it in an error.
    mutating func charge(string length: Int, path: () -> String) throws(LuaError) {
        let longest = limits.effectiveMaxStringBytes
        guard length <= longest else {
            let limit = longest == limits.maxStringBytes
                ? "the limit of \(longest) bytes (LuaLimits.maxStringBytes)"
                : "the limit of \(longest) bytes for one value read by the host (LuaLimits.maxValueBytes, at most the memory cap)"
            throw LuaError(kind: .limitExceeded, message: "string at \(path()) has \(length) bytes, more than \(limit)")
        }
        try charge(bytes: length, path: path)
    }

    /// Counts `count` table entries about to be copied.
    mutating func charge(entries count: Int, path: () -> String) throws(LuaError) {
        entries += count
        guard entries <= limits.maxTableEntries else {
            throw LuaError(
                kind: .limitExceeded,
                message: "value at \(path()) has more than \(limits.maxTableEntries) table entries (LuaLimits.maxTableEntries; a table reached through several references counts each time)")
        }
        try charge(bytes: count * LuaLimits.hostBytesPerEntry, path: path)
    }

    /// Counts one table about to be copied.
    mutating func chargeTable(path: () -> String) throws(LuaError) {
        try charge(bytes: LuaLimits.hostBytesPerTable, path: path)
    }

    private mutating func charge(bytes added: Int, path: () -> String) throws(LuaError) {
        bytes += added
        let budget = limits.hostValueBudget
        guard bytes <= budget else {
            throw LuaError(
                kind: .limitExceeded,
                message: "value at \(path()) costs the host more than the limit of \(budget) bytes for one value (LuaLimits.maxValueBytes, at most the memory cap: strings count each time they are reached, \(LuaLimits.hostBytesPerEntry) bytes per table entry); return less, or refer to long strings fewer times")
        }
    }
}
