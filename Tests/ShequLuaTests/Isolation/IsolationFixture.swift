import Foundation
import Logging
@testable import ShequLua

/// A plugin with ordinary hooks and hooks that reach the worker's test faults (a crash, a
/// loop in C, memory exhaustion), and the options the isolation tests run it with.
enum IsolationFixture {
    static let manifest = """
    return {
      id = "tests.isolation", version = "1.0.0", api = 1,
      hooks = {
        echo = "calls.echo", crash_on = "calls.crash_on", spin = "calls.spin", exhaust = "calls.exhaust",
        lua_loop = "calls.lua_loop", fail = "calls.fail", greet = "calls.greet", seeded = "calls.seeded",
        context = "calls.context", chatty = "calls.chatty",
      },
    }
    """

    static let calls = """
    local M = {}
    function M.echo(input, ctx) return { input = input, n = (input.n or 0) * 2, tag = ctx.tag } end
    function M.crash_on(input)
      if input.crash then shequ.__test_crash() end
      return input.n
    end
    function M.spin(input)
      if input.spin then shequ.__test_spin() end
      return input.n
    end
    function M.exhaust(input)
      if input.exhaust then return shequ.__test_exhaust() end
      return input.n
    end
    function M.lua_loop(input)
      if input.loop then while true do end end
      return input.n
    end
    function M.fail(input) error("no points for " .. tostring(input.who)) end
    function M.greet(input) return shequ.greet(input.name) end
    function M.seeded(input) return { math.random(1000000), math.random() } end
    function M.context(input, ctx) return { county = ctx.county, own = ctx.own, input = input } end
    function M.chatty(input)
      print("hello " .. tostring(input.n))
      shequ.log("warn", "careful")
      return input.n
    end
    return M
    """

    /// The plugin, with a host function `shequ.greet(name)` and the given limits.
    static func plugin(deadline: Duration = .seconds(2), logger: Logger? = nil) throws -> Plugin {
        var host = PluginHost(limits: LuaLimits(deadline: deadline))
        if let logger { host.logger = logger }
        host.functions = [
            LuaHostFunction("greet") { arguments in
                let name = try arguments.string(1)
                guard name != "nobody" else { throw LuaArgumentError(functionName: arguments.functionName, position: 1, problem: "nobody to greet") }
                return [.string("你好, \(name)")]
            }
        ]
        return try Plugin.load(source: Fixtures.source(manifest: manifest, files: ["calls.lua": calls]), host: host)
    }

    /// Worker options for tests: faults installed, a short grace.
    static func options(maxRestartsPerBatch: Int = 8) -> PluginWorkerOptions {
        var options = PluginWorkerOptions(grace: .milliseconds(300), maxRestartsPerBatch: maxRestartsPerBatch)
        options.testFaults = true
        return options
    }

    static func inputs(_ count: Int, marking marked: Set<Int> = [], as key: String = "crash") -> [LuaValue] {
        (0..<count).map { index in
            var table = LuaTable(fields: [.string("n"): .integer(Int64(index))])
            if marked.contains(index) { table[key] = true }
            return .table(table)
        }
    }
}
