/// One loaded plugin in its own sandbox, confined to one thread at a time by
/// being an actor.
///
/// A hook is called as `fn(input, ctx)`: `input` is a fresh copy of the value
/// given, `ctx` a read-only view of the context (shared by all items of a
/// batch, `{}` when none is given). `math.random` is seeded per evaluation, by
/// default from the hook name and the input, so a replay gives the same result.
/// A call killed by its budget, deadline or ``cancel()`` discards the sandbox;
/// the next call starts in a fresh one. Each instance runs on a thread of its
/// own, so a long Lua call never holds up other tasks.
///
/// Under ``PluginIsolation/process(_:)`` the state lives in a worker process instead
/// (started at the first call): the same calls give the same results, and a worker that
/// crashes or stops answering costs only the call in flight (see ``PluginIsolation``).
///
/// ```swift
/// let instance = try PluginInstance(plugin: plugin)              // or isolation: .process
/// let one = try await instance.invoke(hook: "score", input: ["age": 72], context: ["county": "411522"])
/// let many = await instance.invokeBatch(hook: "score", inputs: residents, context: ["county": "411522"])
/// ```
public actor PluginInstance {
    /// The plugin this instance runs.
    public nonisolated let plugin: Plugin
    /// Where the instance's Lua state lives.
    public nonisolated let isolation: PluginIsolation
    private nonisolated let cancellation = LuaCancellation()
    private nonisolated let executor: PluginThreadExecutor
    // In process: the sandbox and what it keeps between calls.
    private let runner: PluginRunner?
    // Under process isolation: the worker process and its watchdog.
    private let worker: PluginWorkerClient?
    // Decodes a worker's results for `reading` closures, made at the first such batch.
    private var resultState: WorkerResultState?
    // Reused for every input, so writing arguments does not allocate once warmed up.
    private var writer: LuaValueWriter

    /// Creates the instance: in process, its sandbox; under process isolation, the
    /// connection to its worker, which starts at the first call.
    ///
    /// - Throws: ``PluginError``; of kind ``PluginError/Kind/workerUnavailable`` when the
    ///   worker executable cannot be found.
    public init(plugin: Plugin, isolation: PluginIsolation = .inProcess) throws(PluginError) {
        self.plugin = plugin
        self.isolation = isolation
        self.writer = LuaValueWriter(limits: plugin.limits)
        switch isolation {
        case .inProcess:
            self.runner = try PluginRunner(
                pluginID: plugin.manifest.id, hookTargets: plugin.manifest.hooks, cancellation: cancellation
            ) { (cancellation) throws(PluginError) -> LuaSandbox in try plugin.makeSandbox(cancellation: cancellation) }
            self.worker = nil
        case .process(let options):
            self.runner = nil
            self.worker = try PluginWorkerClient(plugin: plugin, options: options, cancellation: cancellation)
        }
        self.executor = PluginThreadExecutor(name: "shequ.plugin.\(plugin.manifest.id)")
    }

    deinit {
        executor.stop()
    }

    /// Bytes this instance's Lua state holds now, as its capped allocator counts them
    /// (the figure the memory limit is checked against; 0 while no state is live, and
    /// under process isolation, where the state is in the worker).
    public var memoryUsed: Int { runner?.sandbox?.memoryUsed ?? 0 }

    /// The process id of the running worker under process isolation, `nil` otherwise or
    /// while none runs (it starts at the first call and again after one dies).
    public var workerProcessID: Int32? { worker?.workerPID }

    /// Under process isolation, starts the worker now rather than at the first call, and
    /// reports why it cannot start (a missing executable, limits the system refuses); does
    /// nothing in process.
    public func startWorker() throws(PluginError) {
        try worker?.startNow()
    }

    /// Runs on the instance's own thread.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// Stops the running call (or the next one, if none is running). Safe from any thread.
    /// Under process isolation the worker running the call is killed; the next call starts a fresh one.
    public nonisolated func cancel() {
        cancellation.cancel()
    }

    /// Withdraws a cancel request that no call has consumed.
    nonisolated func clearCancellation() {
        cancellation.reset()
    }

    /// Calls `hook` with `input` and `context` and returns its (first) result.
    ///
    /// - Parameter randomSeed: seeds `math.random`; by default derived from the hook name and the input.
    public func invoke(hook: String, input: LuaValue, context: LuaValue = .nil, randomSeed: Int64? = nil) throws(PluginError) -> LuaValue {
        if worker != nil {
            return try isolatedBatch(hook: hook, inputs: [input], context: context, randomSeed: randomSeed)[0].get()
        }
        let runner = runner!
        let prepared = try runner.prepare(hook: hook, context: context)
        return try evaluate(prepared, runner: runner, hook: hook, input: input, randomSeed: randomSeed)
    }

    /// Calls `hook` once per input, in this actor turn, with one shared context.
    /// Results are in input order; a failing item never stops the others, but
    /// after a cancel the remaining items fail as cancelled.
    public func invokeBatch(hook: String, inputs: [LuaValue], context: LuaValue = .nil) -> [Result<LuaValue, PluginError>] {
        guard let runner else { return isolatedBatch(hook: hook, inputs: inputs, context: context, randomSeed: nil) }
        var results: [Result<LuaValue, PluginError>] = []
        results.reserveCapacity(inputs.count)
        var prepared: PluginRunner.Prepared?
        var cancelled: PluginError?
        for input in inputs {
            if let cancelled {
                results.append(.failure(cancelled))
                continue
            }
            do throws(PluginError) {
                if prepared == nil || runner.sandbox == nil {
                    prepared = try runner.prepare(hook: hook, context: context)
                }
                results.append(.success(try evaluate(prepared!, runner: runner, hook: hook, input: input, randomSeed: nil)))
            } catch {
                if error.lua?.kind == .cancelled { cancelled = error }
                if runner.sandbox == nil { prepared = nil }
                results.append(.failure(error))
            }
        }
        return results
    }

    /// Calls `hook` once per call, in this actor turn, each with its own input and `ctx`.
    ///
    /// Each call's `ctx` is its ``PluginCall/context`` with its ``PluginCall/sharedContext``
    /// fields set over it, read-only. Shared values cross into the state once and are reused
    /// while later calls pass equal values. Results are in call order; a failing call never
    /// stops the others, but after a cancel the remaining calls fail as cancelled.
    public func invokeBatch(hook: String, calls: [PluginCall]) -> [Result<LuaValue, PluginError>] {
        if worker != nil {
            let resultName = "result of hook '\(hook)'"
            return isolatedBatch(hook: hook, calls: calls) { (encoding) throws(LuaError) -> LuaValue in
                try EncodedValues.decode(encoding, limits: plugin.limits) { resultName }.first ?? .nil
            }
        }
        return invokeBatch(hook: hook, calls: calls) { (result) throws(LuaError) -> LuaValue in try result.value() }
    }

    /// Calls `hook` once per call, in this actor turn, with arguments the calls write
    /// themselves and results read straight from the state by `read`: the batch of
    /// ``invokeBatch(hook:calls:)`` without building a ``LuaValue`` on either side.
    ///
    /// `read` runs while the hook's first result is on the Lua stack; the reader it gets is
    /// valid only until it returns. An error it throws fails that call alone, as a plugin error.
    /// Under process isolation the result crosses from the worker as a plain value (so all
    /// of it must be one, as for ``invoke(hook:input:context:randomSeed:)``) and `read` gets
    /// it in a Lua state of the host that runs no plugin code.
    ///
    /// ```swift
    /// let scores = await instance.invokeBatch(hook: "score", calls: calls) { (result) throws(LuaError) -> Int64 in
    ///     result.integer ?? 0
    /// }
    /// ```
    public func invokeBatch<Call: PluginCallArguments, Output>(
        hook: String, calls: [Call], reading read: (LuaValueReader) throws(LuaError) -> Output
    ) -> [Result<Output, PluginError>] {
        if worker != nil {
            let resultName = "result of hook '\(hook)'"
            let state: WorkerResultState
            do throws(LuaError) {
                if let resultState {
                    state = resultState
                } else {
                    state = try WorkerResultState(limits: plugin.limits, frameLimit: plugin.limits.memoryBytes + (16 << 20))
                }
            } catch {
                return Array(repeating: .failure(PluginError(lua: error, pluginID: plugin.manifest.id, hook: hook)), count: calls.count)
            }
            resultState = state
            return isolatedBatch(hook: hook, calls: calls) { (encoding) throws(LuaError) -> Output in
                try state.read(encoding, resultName: resultName, read)
            }
        }
        let runner = runner!
        var results: [Result<Output, PluginError>] = []
        results.reserveCapacity(calls.count)
        var function: LuaSandbox.Reference?
        var hookHash: UInt64 = 0
        var cancelled: PluginError?
        let resultName = "result of hook '\(hook)'"
        for call in calls {
            if let cancelled {
                results.append(.failure(cancelled))
                continue
            }
            do throws(PluginError) {
                if function == nil || runner.sandbox == nil {
                    function = try runner.resolve(hook: hook)
                    hookHash = Self.hash(hook)
                }
                let seed = try write(call, hookHash: hookHash, runner: runner, hook: hook)
                results.append(.success(try runner.evaluate(
                    function!, hook: hook, arguments: writer.bytes, sharedContext: call.sharedContext, randomSeed: seed,
                    resultName: resultName, read: read)))
            } catch {
                if error.lua?.kind == .cancelled { cancelled = error }
                if runner.sandbox == nil { function = nil }
                results.append(.failure(error))
            }
        }
        return results
    }

    // MARK: - In process

    private func evaluate(
        _ prepared: PluginRunner.Prepared, runner: PluginRunner, hook: String, input: LuaValue, randomSeed: Int64?
    ) throws(PluginError) -> LuaValue {
        do {
            try writer.replace(with: [input], names: Self.argumentName)
        } catch {
            throw runner.failure(error, hook: hook)
        }
        let seed = randomSeed ?? Int64(bitPattern: LuaValueWriter.mix(prepared.hookHash, writer.hash))
        return try runner.evaluate(prepared, hook: hook, encodedInput: writer.bytes, randomSeed: seed)
    }

    // Writes a call's input and own `ctx` into `writer`; returns its seed.
    private func write<Call: PluginCallArguments>(
        _ call: Call, hookHash: UInt64, runner: PluginRunner?, hook: String
    ) throws(PluginError) -> Int64 {
        do {
            writer.reset(hashing: 1, names: Self.argumentName)
            try call.writeInput(to: &writer)
            try call.writeContext(to: &writer)
        } catch {
            throw runner?.failure(error, hook: hook) ?? PluginError(lua: error, pluginID: plugin.manifest.id, hook: hook)
        }
        return call.randomSeed ?? Int64(bitPattern: LuaValueWriter.mix(hookHash, writer.hash))
    }

    // MARK: - Under process isolation

    // The batch of `invokeBatch(hook:inputs:context:)` and `invoke`: one frozen `ctx`.
    private func isolatedBatch(hook: String, inputs: [LuaValue], context: LuaValue, randomSeed: Int64?) -> [Result<LuaValue, PluginError>] {
        let pluginID = plugin.manifest.id
        guard plugin.manifest.hooks[hook] != nil else {
            return Array(repeating: .failure(PluginRunner.unknownHook(hook, targets: plugin.manifest.hooks, pluginID: pluginID)), count: inputs.count)
        }
        let contextBytes: [UInt8]
        do {
            contextBytes = try LuaValueWriter.encode([context == .nil ? .table(LuaTable()) : context], limits: plugin.limits) { _ in "ctx" }
        } catch {
            return Array(repeating: .failure(PluginError(lua: error, pluginID: pluginID, hook: hook)), count: inputs.count)
        }
        let hookHash = Self.hash(hook)
        var batch = WorkerBatch(hook: hook, context: .whole(contextBytes))
        var results = [Result<LuaValue, PluginError>?](repeating: nil, count: inputs.count)
        var positions: [Int] = []
        positions.reserveCapacity(inputs.count)
        for (position, input) in inputs.enumerated() {
            do {
                try writer.replace(with: [input], names: Self.argumentName)
            } catch {
                results[position] = .failure(PluginError(lua: error, pluginID: pluginID, hook: hook))
                continue
            }
            batch.append(seed: randomSeed ?? Int64(bitPattern: LuaValueWriter.mix(hookHash, writer.hash)), arguments: writer.bytes)
            positions.append(position)
        }
        let resultName = "result of hook '\(hook)'"
        run(batch, positions: positions, into: &results) { (encoding) throws(LuaError) -> LuaValue in
            try EncodedValues.decode(encoding, limits: plugin.limits) { resultName }.first ?? .nil
        }
        return results.map { $0! }
    }

    // The batch of `invokeBatch(hook:calls:)`: each call's own `ctx`, shared fields sent once per distinct set.
    private func isolatedBatch<Call: PluginCallArguments, Output>(
        hook: String, calls: [Call], decode: (ArraySlice<UInt8>) throws(LuaError) -> Output
    ) -> [Result<Output, PluginError>] {
        let pluginID = plugin.manifest.id
        guard plugin.manifest.hooks[hook] != nil else {
            return Array(repeating: .failure(PluginRunner.unknownHook(hook, targets: plugin.manifest.hooks, pluginID: pluginID)), count: calls.count)
        }
        let hookHash = Self.hash(hook)
        var sets: [[String: LuaValue]] = []
        var encodedSets: [[(name: String, value: [UInt8])]] = []
        var setErrors: [PluginError?] = []
        var lastSet = -1
        var batch = WorkerBatch(hook: hook, context: .fields(sets: []))
        var results = [Result<Output, PluginError>?](repeating: nil, count: calls.count)
        var positions: [Int] = []
        positions.reserveCapacity(calls.count)
        for (position, call) in calls.enumerated() {
            let shared = call.sharedContext
            if lastSet < 0 || sets[lastSet] != shared {
                if let found = sets.firstIndex(of: shared) {
                    lastSet = found
                } else {
                    var encoded: [(name: String, value: [UInt8])] = []
                    var failure: PluginError?
                    for (name, value) in shared.sorted(by: { $0.key < $1.key }) {
                        do {
                            encoded.append((name, try LuaValueWriter.encode([value], limits: plugin.limits) { _ in "ctx" }))
                        } catch {
                            failure = PluginError(lua: error, pluginID: pluginID, hook: hook)
                            break
                        }
                    }
                    sets.append(shared)
                    encodedSets.append(encoded)
                    setErrors.append(failure)
                    lastSet = sets.count - 1
                }
            }
            if let failure = setErrors[lastSet] {
                results[position] = .failure(failure)
                continue
            }
            do throws(PluginError) {
                let seed = try write(call, hookHash: hookHash, runner: nil, hook: hook)
                batch.append(seed: seed, set: UInt32(lastSet), arguments: writer.bytes)
                positions.append(position)
            } catch {
                results[position] = .failure(error)
            }
        }
        batch.context = .fields(sets: encodedSets)
        run(batch, positions: positions, into: &results, decode: decode)
        return results.map { $0! }
    }

    private func run<Output>(
        _ batch: WorkerBatch, positions: [Int], into results: inout [Result<Output, PluginError>?],
        decode: (ArraySlice<UInt8>) throws(LuaError) -> Output
    ) {
        guard !batch.calls.isEmpty, let worker else { return }
        let pluginID = plugin.manifest.id
        worker.run(batch) { index, outcome in
            switch outcome {
            case .value(let encoding):
                do throws(LuaError) {
                    results[positions[index]] = .success(try decode(encoding))
                } catch {
                    results[positions[index]] = .failure(PluginError(lua: error, pluginID: pluginID, hook: batch.hook))
                }
            case .failure(let error):
                results[positions[index]] = .failure(error)
            }
        }
    }

    // How an error names the two arguments of a hook call.
    private static func argumentName(_ index: Int) -> String {
        index == 0 ? "input" : "ctx"
    }

    /// FNV-1a of the hook name: the part of the default seed that names the hook.
    static func hash(_ hook: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in hook.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
