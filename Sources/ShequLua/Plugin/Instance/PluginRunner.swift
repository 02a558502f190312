/// The sandbox of one plugin instance and what it keeps between calls (resolved hooks,
/// the frozen shared context), calling hooks with arguments already encoded.
///
/// ``PluginInstance`` runs one in its own thread; a plugin worker process runs one on
/// arguments the host encoded, so both isolation modes evaluate a call the same way.
final class PluginRunner {
    let pluginID: String
    let hookTargets: [String: PluginHookTarget]
    let cancellation: LuaCancellation
    private let makeSandbox: (LuaCancellation) throws(PluginError) -> LuaSandbox
    private(set) var sandbox: LuaSandbox?
    private var hooks: [String: LuaSandbox.Reference] = [:]
    private var sharedContext: (value: LuaValue, reference: LuaSandbox.Reference)?
    // Frozen shared fields of `ctx` for calls with their own context, by field name.
    private var sharedFields = LuaSharedFields()

    struct Prepared {
        let function: LuaSandbox.Reference
        let context: LuaSandbox.Reference
        let hookHash: UInt64
    }

    init(
        pluginID: String, hookTargets: [String: PluginHookTarget], cancellation: LuaCancellation,
        makeSandbox: @escaping (LuaCancellation) throws(PluginError) -> LuaSandbox
    ) throws(PluginError) {
        self.pluginID = pluginID
        self.hookTargets = hookTargets
        self.cancellation = cancellation
        self.makeSandbox = makeSandbox
        self.sandbox = try makeSandbox(cancellation)
    }

    /// The hook's function, resolved once per sandbox.
    func resolve(hook: String) throws(PluginError) -> LuaSandbox.Reference {
        guard let target = hookTargets[hook] else {
            throw Self.unknownHook(hook, targets: hookTargets, pluginID: pluginID)
        }
        let sandbox = try readySandbox()
        if let cached = hooks[hook] { return cached }
        do {
            let function = try sandbox.resolve(module: target.module, function: target.function)
            hooks[hook] = function
            return function
        } catch {
            discardIfKilled(sandbox)
            throw PluginError(lua: error, pluginID: pluginID, hook: hook)
        }
    }

    /// The error for a hook the plugin does not declare.
    static func unknownHook(_ hook: String, targets: [String: PluginHookTarget], pluginID: String) -> PluginError {
        let known = targets.keys.sorted().joined(separator: ", ")
        return PluginError(
            kind: .unknownHook, message: "the plugin has no hook '\(hook)' (its hooks: \(known.isEmpty ? "none" : known))",
            pluginID: pluginID, hook: hook)
    }

    /// The hook and one frozen `ctx` shared by the calls of ``evaluate(_:hook:encodedInput:randomSeed:)``.
    func prepare(hook: String, context: LuaValue) throws(PluginError) -> Prepared {
        let function = try resolve(hook: hook)
        let sandbox = try readySandbox()
        let contextValue: LuaValue = context == .nil ? .table(LuaTable()) : context
        if let sharedContext, sharedContext.value == contextValue {
            return Prepared(function: function, context: sharedContext.reference, hookHash: PluginInstance.hash(hook))
        }
        do {
            if let old = sharedContext { sandbox.release(old.reference) }
            sharedContext = nil
            let reference = try sandbox.sharedValue(contextValue, name: "ctx")
            sharedContext = (contextValue, reference)
            return Prepared(function: function, context: reference, hookHash: PluginInstance.hash(hook))
        } catch {
            discardIfKilled(sandbox)
            throw PluginError(lua: error, pluginID: pluginID, hook: hook)
        }
    }

    /// Calls the prepared hook with an encoded input (one value) and the prepared `ctx`.
    func evaluate(_ prepared: Prepared, hook: String, encodedInput: [UInt8], randomSeed: Int64) throws(PluginError) -> LuaValue {
        let sandbox = try readySandbox()
        do {
            return try sandbox.call(
                prepared.function, encodedInput: encodedInput, context: prepared.context, randomSeed: randomSeed,
                name: "hook '\(hook)'")
        } catch {
            discardIfKilled(sandbox)
            throw PluginError(lua: error, pluginID: pluginID, hook: hook)
        }
    }

    /// Calls `function` with encoded arguments (the input and the call's own `ctx` table),
    /// `sharedContext` set over that table, and hands the first result to `read`.
    func evaluate<Output>(
        _ function: LuaSandbox.Reference, hook: String, arguments: [UInt8], sharedContext: [String: LuaValue],
        randomSeed: Int64, resultName: String, read: (LuaValueReader) throws(LuaError) -> Output
    ) throws(PluginError) -> Output {
        let sandbox = try readySandbox()
        do {
            try sharedFields.update(sharedContext, in: sandbox)
            return try sharedFields.withFields { references, names, count throws(LuaError) in
                try sandbox.call(function, arguments: arguments, sharedReferences: references, sharedNames: names,
                                 sharedCount: count, randomSeed: randomSeed, resultName: resultName, read: read)
            }
        } catch {
            discardIfKilled(sandbox)
            throw PluginError(lua: error, pluginID: pluginID, hook: hook)
        }
    }

    /// Fails a call whose arguments could not be written, as a call failing inside the sandbox would.
    func failure(_ error: LuaError, hook: String) -> PluginError {
        if let sandbox { discardIfKilled(sandbox) }
        return PluginError(lua: error, pluginID: pluginID, hook: hook)
    }

    func readySandbox() throws(PluginError) -> LuaSandbox {
        if let sandbox { return sandbox }
        let fresh = try makeSandbox(cancellation)
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
}
