import Logging

/// What a worker needs to run a plugin, sent once after it starts: the worker never
/// reads the plugin folder. The manifest crosses as what running needs (id, hooks, the
/// limits with the manifest's request applied, the merged config).
struct WorkerSetup {
    var pluginID: String
    var limits: LuaLimits
    var logLevel: Logger.Level
    var config: [UInt8]
    var modules: [String: LuaModuleFile]
    var hooks: [String: PluginHookTarget]
    var functionNames: [String]
    var testFaults: Bool

    init(plugin: Plugin, testFaults: Bool) throws(PluginError) {
        pluginID = plugin.manifest.id
        limits = plugin.limits
        logLevel = plugin.host.logger.logLevel
        do {
            config = try LuaValueWriter.encode([plugin.config], limits: limits) { _ in "shequ.config()" }
        } catch {
            throw PluginError(lua: error, pluginID: pluginID, hook: nil)
        }
        modules = plugin.source.modules
        hooks = plugin.manifest.hooks
        functionNames = plugin.host.functions.map(\.name)
        self.testFaults = testFaults
    }

    func frame() -> [UInt8] {
        var writer = WorkerWireWriter(.setup, capacity: 4096)
        writer.string(pluginID)
        for value in [Int64(limits.memoryBytes), limits.instructionsPerCall, limits.deadlineMilliseconds,
                      Int64(limits.printBytesPerCall), Int64(limits.maxDepth), Int64(limits.maxTableEntries),
                      Int64(limits.maxStringBytes)] {
            writer.i64(value)
        }
        writer.byte(UInt8(Logger.Level.allCases.firstIndex(of: logLevel) ?? 0))
        writer.blob(config)
        writer.u32(UInt32(modules.count))
        for (name, file) in modules.sorted(by: { $0.key < $1.key }) {
            writer.string(name)
            writer.string(file.path)
            writer.string(file.text)
        }
        writer.u32(UInt32(hooks.count))
        for (hook, target) in hooks.sorted(by: { $0.key < $1.key }) {
            writer.string(hook)
            writer.string(target.description)
        }
        writer.u32(UInt32(functionNames.count))
        for name in functionNames { writer.string(name) }
        writer.byte(testFaults ? 1 : 0)
        return writer.finish()
    }

    init(reading reader: inout WorkerWireReader) throws(WorkerWireError) {
        pluginID = try reader.string()
        var numbers: [Int64] = []
        for _ in 0..<7 { numbers.append(try reader.i64()) }
        guard numbers.allSatisfy({ $0 > 0 }) else { throw WorkerWireError("limits must be positive") }
        limits = LuaLimits(
            memoryBytes: Int(numbers[0]), instructionsPerCall: numbers[1], deadline: .milliseconds(numbers[2]),
            printBytesPerCall: Int(numbers[3]), maxDepth: Int(numbers[4]), maxTableEntries: Int(numbers[5]),
            maxStringBytes: Int(numbers[6]))
        let level = Int(try reader.byte())
        guard level < Logger.Level.allCases.count else { throw WorkerWireError("unknown log level") }
        logLevel = Logger.Level.allCases[level]
        config = try reader.blob()
        modules = [:]
        for _ in 0..<(try reader.count(minimumBytes: 12)) {
            let name = try reader.string()
            modules[name] = LuaModuleFile(path: try reader.string(), text: try reader.string())
        }
        hooks = [:]
        for _ in 0..<(try reader.count(minimumBytes: 8)) {
            let hook = try reader.string()
            guard let target = PluginHookTarget(try reader.string()) else { throw WorkerWireError("bad hook target") }
            hooks[hook] = target
        }
        functionNames = []
        for _ in 0..<(try reader.count(minimumBytes: 4)) { functionNames.append(try reader.string()) }
        testFaults = try reader.byte() == 1
    }
}
