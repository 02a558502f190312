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
/// ```swift
/// let instance = try PluginInstance(plugin: plugin)
/// let one = try await instance.invoke(hook: "score", input: ["age": 72], context: ["county": "411522"])
/// let many = await instance.invokeBatch(hook: "score", inputs: residents, context: ["county": "411522"])
/// ```
public actor PluginInstance {
    /// The plugin this instance runs.
    public nonisolated let plugin: Plugin
    private nonisolated let cancellation = LuaCancellation()
    private nonisolated let executor: PluginThreadExecutor
    private var sandbox: LuaSandbox?
    private var hooks: [String: LuaSandbox.Reference] = [:]
    private var sharedContext: (value: LuaValue, reference: LuaSandbox.Reference)?
    // Frozen shared fields of `ctx` for invokeBatch(hook:calls:), by field name.
    private var sharedFields = LuaSharedFields()
    // Reused for every input, so writing arguments does not allocate once warmed up.
    private var writer: LuaValueWriter

    /// Creates the instance and its sandbox.
    public init(plugin: Plugin) throws(PluginError) {
        self.plugin = plugin
        self.sandbox = try plugin.makeSandbox(cancellation: cancellation)
        self.writer = LuaValueWriter(limits: plugin.limits)
        self.executor = PluginThreadExecutor(name: "shequ.plugin.\(plugin.manifest.id)")
    }

    deinit {
        executor.stop()
    }

    /// Bytes this instance's Lua state holds now, as its capped allocator counts them
    /// (the figure the memory limit is checked against; 0 while no state is live).
    public var memoryUsed: Int { sandbox?.memoryUsed ?? 0 }

    /// Runs on the instance's own thread.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// Stops the running call (or the next one, if none is running). Safe from any thread.
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
        let prepared = try prepare(hook: hook, context: context)
        return try evaluate(prepared, hook: hook, input: input, randomSeed: randomSeed)
    }

    /// Calls `hook` once per input, in this actor turn, with one shared context.
    /// Results are in input order; a failing item never stops the others, but
    /// after a cancel the remaining items fail as cancelled.
    public func invokeBatch(hook: String, inputs: [LuaValue], context: LuaValue = .nil) -> [Result<LuaValue, PluginError>] {
        var results: [Result<LuaValue, PluginError>] = []
        results.reserveCapacity(inputs.count)
        var prepared: Prepared?
        var cancelled: PluginError?
        for input in inputs {
            if let cancelled {
                results.append(.failure(cancelled))
                continue
            }
            do throws(PluginError) {
                if prepared == nil || sandbox == nil {
                    prepared = try prepare(hook: hook, context: context)
                }
                results.append(.success(try evaluate(prepared!, hook: hook, input: input, randomSeed: nil)))
            } catch {
                if error.lua?.kind == .cancelled { cancelled = error }
                if sandbox == nil { prepared = nil }
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
        invokeBatch(hook: hook, calls: calls) { (result) throws(LuaError) -> LuaValue in try result.value() }
    }

    /// Calls `hook` once per call, in this actor turn, with arguments the calls write
    /// themselves and results read straight from the state by `read`: the batch of
    /// ``invokeBatch(hook:calls:)`` without building a ``LuaValue`` on either side.
    ///
    /// `read` runs while the hook's first result is on the Lua stack; the reader it gets is
    /// valid only until it returns. An error it throws fails that call alone, as a plugin error.
    ///
    /// ```swift
    /// let scores = await instance.invokeBatch(hook: "score", calls: calls) { (result) throws(LuaError) -> Int64 in
    ///     result.integer ?? 0
    /// }
    /// ```
    public func invokeBatch<Call: PluginCallArguments, Output>(
        hook: String, calls: [Call], reading read: (LuaValueReader) throws(LuaError) -> Output
    ) -> [Result<Output, PluginError>] {
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
                if function == nil || sandbox == nil {
                    function = try resolve(hook: hook)
                    hookHash = Self.hash(hook)
                }
                results.append(.success(try evaluate(function!, hookHash: hookHash, hook: hook, call: call, resultName: resultName, read: read)))
            } catch {
                if error.lua?.kind == .cancelled { cancelled = error }
                if sandbox == nil { function = nil }
                results.append(.failure(error))
            }
        }
        return results
    }

    // MARK: - Calling

    private struct Prepared {
        let function: LuaSandbox.Reference
        let context: LuaSandbox.Reference
        let hookHash: UInt64
    }

    private func resolve(hook: String) throws(PluginError) -> LuaSandbox.Reference {
        guard let target = plugin.manifest.hooks[hook] else {
            let known = plugin.manifest.hooks.keys.sorted().joined(separator: ", ")
            throw PluginError(
                kind: .unknownHook, message: "the plugin has no hook '\(hook)' (its hooks: \(known.isEmpty ? "none" : known))",
                pluginID: plugin.manifest.id, hook: hook)
        }
        let sandbox = try readySandbox()
        if let cached = hooks[hook] { return cached }
        do {
            let function = try sandbox.resolve(module: target.module, function: target.function)
            hooks[hook] = function
            return function
        } catch {
            discardIfKilled(sandbox)
            throw PluginError(lua: error, pluginID: plugin.manifest.id, hook: hook)
        }
    }

    private func evaluate<Call: PluginCallArguments, Output>(
        _ function: LuaSandbox.Reference, hookHash: UInt64, hook: String, call: Call, resultName: String,
        read: (LuaValueReader) throws(LuaError) -> Output
    ) throws(PluginError) -> Output {
        let sandbox = try readySandbox()
        do {
            try sharedFields.update(call.sharedContext, in: sandbox)
            writer.reset(hashing: 1, names: Self.argumentName)
            try call.writeInput(to: &writer)
            try call.writeContext(to: &writer)
            let seed = call.randomSeed ?? Int64(bitPattern: LuaValueWriter.mix(hookHash, writer.hash))
            return try sharedFields.withFields { references, names, count throws(LuaError) in
                try sandbox.call(function, arguments: writer.bytes, sharedReferences: references, sharedNames: names,
                                 sharedCount: count, randomSeed: seed, resultName: resultName, read: read)
            }
        } catch {
            discardIfKilled(sandbox)
            throw PluginError(lua: error, pluginID: plugin.manifest.id, hook: hook)
        }
    }

    // How an error names the two arguments of a hook call.
    private static func argumentName(_ index: Int) -> String {
        index == 0 ? "input" : "ctx"
    }

    private func prepare(hook: String, context: LuaValue) throws(PluginError) -> Prepared {
        let function = try resolve(hook: hook)
        let sandbox = try readySandbox()
        let contextValue: LuaValue = context == .nil ? .table(LuaTable()) : context
        if let sharedContext, sharedContext.value == contextValue {
            return Prepared(function: function, context: sharedContext.reference, hookHash: Self.hash(hook))
        }
        do {
            if let old = sharedContext { sandbox.release(old.reference) }
            sharedContext = nil
            let reference = try sandbox.sharedValue(contextValue, name: "ctx")
            sharedContext = (contextValue, reference)
            return Prepared(function: function, context: reference, hookHash: Self.hash(hook))
        } catch {
            discardIfKilled(sandbox)
            throw PluginError(lua: error, pluginID: plugin.manifest.id, hook: hook)
        }
    }

    private func evaluate(_ prepared: Prepared, hook: String, input: LuaValue, randomSeed: Int64?) throws(PluginError) -> LuaValue {
        let sandbox = try readySandbox()
        do {
            try writer.replace(with: [input], names: Self.argumentName)
            let seed = randomSeed ?? Int64(bitPattern: LuaValueWriter.mix(prepared.hookHash, writer.hash))
            return try sandbox.call(
                prepared.function, encodedInput: writer.bytes, context: prepared.context, randomSeed: seed,
                name: "hook '\(hook)'")
        } catch {
            discardIfKilled(sandbox)
            throw PluginError(lua: error, pluginID: plugin.manifest.id, hook: hook)
        }
    }

    private func readySandbox() throws(PluginError) -> LuaSandbox {
        if let sandbox { return sandbox }
        let fresh = try plugin.makeSandbox(cancellation: cancellation)
        sandbox = fresh
        return fresh
    }

    // A killed call may have left coroutines or half-built state behind: start over.
    private func discardIfKilled(_ sandbox: LuaSandbox) {
        guard sandbox.wasKilled else { return }
        self.sandbox = nil
        hooks = [:]
        sharedContext = nil
        sharedFields.removeAll()
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
