import ShequLua

/// A hook whose input and result are defined by the host: the contract a county
/// script is written against (the measures of a convention, Art. 30; a grid
/// division, Art. 34; …).
///
/// A typed hook encodes its `Input` with ``LuaEncoder``, calls the plugin's hook
/// as `fn(input, ctx)`, and decodes the result as `Output` with ``LuaDecoder``; the
/// caller then validates the decoded value with the domain's own rules, so a script
/// can never hand the host something it has not checked.
///
/// ```swift
/// struct Echo: TypedHook {
///     static let name = "echo"
///     typealias Input = [String: Int]
///     typealias Output = [String: Int]
/// }
/// let output = try await Echo.call(on: instance, input: ["n": 1])
/// ```
public protocol TypedHook {
    /// The hook's name in a manifest's `hooks` table.
    static var name: String { get }
    /// What the host passes as the hook's first argument.
    associatedtype Input: Encodable
    /// What the hook must return.
    associatedtype Output: Decodable
}

extension TypedHook {
    /// Calls the hook on a plugin instance and decodes its result.
    ///
    /// - Throws: ``TypedHookError``, naming the plugin, the hook and what was wrong.
    public static func call(
        on instance: PluginInstance,
        input: Input,
        context: LuaValue = .nil
    ) async throws(TypedHookError) -> Output {
        let pluginID = instance.plugin.manifest.id
        let encoded: LuaValue
        do {
            encoded = try LuaEncoder().encode(input)
        } catch {
            throw TypedHookError(pluginID: pluginID, hook: name, reason: .input(String(describing: error)))
        }
        let result: LuaValue
        do {
            result = try await instance.invoke(hook: name, input: encoded, context: context)
        } catch {
            throw TypedHookError(pluginID: pluginID, hook: name, reason: .plugin(error))
        }
        return try decode(result, pluginID: pluginID)
    }

    /// Decodes a hook's raw result, as a batch caller that used
    /// ``PluginInstance/invokeBatch(hook:inputs:context:)`` does.
    public static func decode(_ result: LuaValue, pluginID: String) throws(TypedHookError) -> Output {
        do {
            return try LuaDecoder().decode(Output.self, from: result)
        } catch {
            throw TypedHookError(pluginID: pluginID, hook: name, reason: .result(String(describing: error)))
        }
    }
}
