/// The calls of one batch, as they cross to a worker in one frame: the hook, the context
/// (one whole `ctx`, or the distinct sets of shared `ctx` fields, each sent once), and
/// for each call its `math.random` seed and its arguments in ``LuaValueWriter``'s encoding.
struct WorkerBatch {
    enum Context {
        /// One `ctx` for every call (``PluginInstance/invokeBatch(hook:inputs:context:)``):
        /// each call's arguments are its input alone.
        case whole([UInt8])
        /// Each call's arguments are its input and its own `ctx` table; `sets` are the
        /// distinct shared fields, by position, encoded one value each.
        case fields(sets: [[(name: String, value: [UInt8])]])
    }

    struct Call {
        var seed: Int64
        var set: UInt32
        var range: Range<Int>
    }

    var hook: String
    var context: Context
    // Every call's arguments, one after the other.
    var arena: [UInt8] = []
    var calls: [Call] = []

    init(hook: String, context: Context) {
        self.hook = hook
        self.context = context
    }

    mutating func append(seed: Int64, set: UInt32 = 0, arguments: [UInt8]) {
        let start = arena.count
        arena.append(contentsOf: arguments)
        calls.append(Call(seed: seed, set: set, range: start..<arena.count))
    }

    /// The frame carrying `range` of the calls; sized so that ``WorkerBatch/frames(limit:from:)``
    /// can split a batch larger than a frame.
    func frame(_ range: Range<Int>) -> [UInt8] {
        var size = 64 + hook.utf8.count
        switch context {
        case .whole(let bytes): size += bytes.count
        case .fields(let sets): size += sets.reduce(0) { $0 + $1.reduce(8) { $0 + 8 + $1.name.utf8.count + $1.value.count } }
        }
        if let first = range.first { size += arena[calls[first].range.lowerBound..<calls[range.last!].range.upperBound].count + range.count * 16 }
        var writer = WorkerWireWriter(.batch, capacity: size)
        writer.string(hook)
        switch context {
        case .whole(let bytes):
            writer.byte(0)
            writer.blob(bytes)
        case .fields(let sets):
            writer.byte(1)
            writer.u32(UInt32(sets.count))
            for set in sets {
                writer.u32(UInt32(set.count))
                for field in set {
                    writer.string(field.name)
                    writer.blob(field.value)
                }
            }
        }
        writer.u32(UInt32(range.count))
        for index in range {
            let call = calls[index]
            writer.i64(call.seed)
            writer.u32(call.set)
            writer.blob(arena[call.range])
        }
        return writer.finish()
    }

    /// The calls from `start` that fit in one frame of `limit` bytes (at least one).
    func chunk(from start: Int, limit: Int) -> Range<Int> {
        var size = 0
        var end = start
        while end < calls.count {
            size += calls[end].range.count + 16
            if size > limit / 2, end > start { break }
            end += 1
        }
        return start..<end
    }
}
