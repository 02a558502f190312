import Foundation
import Testing
@testable import ShequLua

/// No C function runs unbounded: each one either charges the size of its work to the
/// instruction budget (and checks the deadline), or is replaced by a version that does.
/// Without the charge, each attack below runs in C where the count hook never looks, for
/// seconds or hours.
@Suite("Sandbox C functions are charged by size")
struct SandboxCostTests {
    /// Each attack dies of the instruction budget long before the deadline: the budget
    /// sees the work, so the kind proves the charge (a C loop nobody counts would end at
    /// the deadline instead, or never).
    static let chargedAttacks: [(String, String)] = [
        ("table.move over 2^40 indices", "table.move({}, 1, 1 << 40, 2)"),
        ("table.insert under a lying __len",
         "table.insert(setmetatable({}, { __len = function() return 1 << 40 end }), 1, 'x')"),
        ("table.remove under a lying __len",
         "table.remove(setmetatable({}, { __len = function() return 1 << 40 end }), 1)"),
        ("table.sort of one long string",
         "local s = string.rep('a', 1000000) local t = {} for i = 1, 3000 do t[i] = s end table.sort(t)"),
        ("table.concat in a loop",
         "local t = {} for i = 1, 100000 do t[i] = 'ab' end while true do local x = table.concat(t) end"),
        ("table.unpack and select in a loop",
         "local t = {} for i = 1, 100000 do t[i] = i end while true do local x = select('#', table.unpack(t)) end"),
        ("string.upper in a loop", "local s = string.rep('a', 1000000) while true do local x = s:upper() end"),
        ("string.byte in a loop", "local s = string.rep('a', 1000000) while true do local x = s:byte(-100000, -1) end"),
        ("string.rep in a loop", "local s = string.rep('a', 1000000) while true do pcall(string.rep, s, 10) end"),
        ("string.format in a loop",
         "local s = string.rep('a', 1000000) while true do local x = string.format('%s', s) end"),
        ("string.pack in a loop", "local s = string.rep('a', 1000000) while true do local x = string.pack('z', s) end"),
        ("tonumber of a long string in a loop",
         "local s = string.rep(' ', 999999) .. '1' while true do local x = tonumber(s) end"),
        ("utf8.len in a loop", "local s = string.rep('a', 1000000) while true do local x = utf8.len(s) end"),
        ("load of long source in a loop",
         "local src = 'return ' .. string.rep('1', 100000) while true do local f = load(src) end"),
        ("concatenation in a loop", "local s = string.rep('a', 500000) while true do local x = s .. s end"),
        ("plain string.find with near misses",
         "local s = string.rep('a', 1000000) local n = string.rep('a', 20000) .. 'b' while true do s:find(n, 1, true) end"),
        ("a %b scan at every position", "local s = string.rep('(', 1000000) while true do local x = s:find('%b()') end"),
        ("a long character class", "local s = string.rep('a', 1000000) local p = '[' .. string.rep('b', 500000) .. 'a]*c' while true do s:find(p) end"),
        ("a repetition scan at every position", "local s = string.rep('a', 1000000) while true do local x = s:find('%w*b') end"),
    ]

    @Test(arguments: SandboxCostTests.chargedAttacks)
    func chargedToTheBudget(name: String, source: String) throws {
        let lua = try LuaSandbox(limits: LuaLimits(instructionsPerCall: 30_000_000, deadline: .seconds(20)))
        let error = #expect(throws: LuaError.self) { try lua.run(source, chunkName: "cost.lua") }
        #expect(error?.kind == .instructionBudget, "\(name): \(String(describing: error))")
    }

    /// VM instructions that cost time in proportion to a string's length (`==`, `<`,
    /// arithmetic on a numeric string): bounded by the longest string a plugin may build,
    /// so that one hook period stays short and the deadline holds.
    static let deadlineAttacks: [(String, String)] = [
        ("== on long strings",
         "local a = string.rep('a', 1000000) local b = string.rep('a', 999999) .. 'a' while true do local x = a == b end"),
        ("< on long strings",
         "local a = string.rep('a', 1000000) local b = string.rep('a', 999999) .. 'a' while true do local x = a < b end"),
        ("arithmetic on a long numeric string",
         "local s = string.rep(' ', 999999) .. '1' while true do local x = s + 0 end"),
        ("concatenation", "local s = string.rep('a', 500000) while true do local x = s .. s end"),
    ]

    @Test(arguments: SandboxCostTests.deadlineAttacks)
    func stopsAtTheDeadline(name: String, source: String) throws {
        let lua = try LuaSandbox(limits: LuaLimits(instructionsPerCall: .max, deadline: .milliseconds(500)))
        let start = ContinuousClock.now
        let error = #expect(throws: LuaError.self) { try lua.run(source, chunkName: "cost.lua") }
        #expect(error?.kind == .deadline, "\(name): \(String(describing: error))")
        // Generous: the target is the deadline plus half a second on an idle machine.
        #expect(ContinuousClock.now - start < .seconds(5), "\(name)")
    }

    @Test("strings longer than maxBuiltStringBytes are refused, naming the limit; host strings are exempt")
    func longestString() throws {
        let lua = try LuaSandbox(limits: LuaLimits(maxBuiltStringBytes: 1 << 20))
        let error = #expect(throws: LuaError.self) {
            try lua.run("return #string.rep('a', 2 << 20)", chunkName: "long.lua")
        }
        #expect(error?.kind == .memory)
        #expect(error?.message.contains("maxBuiltStringBytes") == true, "\(String(describing: error))")
        let concat = #expect(throws: LuaError.self) {
            try lua.run("local s = string.rep('a', 1 << 20) return #(s .. s)", chunkName: "long.lua")
        }
        #expect(concat?.message.contains("maxBuiltStringBytes") == true)
        let host = String(repeating: "x", count: 3 << 20)
        #expect(try lua.run("local s = ... return #s", chunkName: "host.lua", arguments: [.string(host)]) == [.integer(3 << 20)])
        #expect(try lua.run("return #string.rep('a', 1000000)", chunkName: "ok.lua") == [1_000_000])
    }

    /// lmemfind charged a long near miss but then did not advance past it.
    @Test("plain string.find with a needle of 16,368 bytes or more finishes")
    func longNeedle() throws {
        let lua = try LuaSandbox(limits: LuaLimits(deadline: .seconds(20)))
        let result = try lua.run("""
            local subject = string.rep('a', 40000)
            local missing = string.find(subject, string.rep('a', 20000) .. 'b', 1, true)
            local found = string.find(subject .. 'b', string.rep('a', 20000) .. 'b', 1, true)
            return missing, found
            """, chunkName: "needle.lua")
        #expect(result == [.nil, .integer(20_001)])
    }

    @Test("the charged replacements behave like the library")
    func sameBehaviour() throws {
        let lua = try LuaSandbox()
        let result = try lua.run("""
            local t = { 5, 3, 9, 1 }
            table.sort(t)
            table.insert(t, 1, 0)
            table.insert(t, 10)
            local removed = table.remove(t, 2)
            local moved = table.move({ 1, 2, 3 }, 1, 3, 2, { 'a' })
            local codes = {}
            for p, c in utf8.codes('aé') do codes[#codes + 1] = p .. ':' .. c end
            return table.concat(t, ','), removed, table.concat(moved, ','), select('#', table.unpack({ 1, 2, 3 })),
                   table.pack(1, nil, 3).n, ('%d-%s'):format(4, 'x'), ('abc'):rep(2, '-'), tostring(12), tonumber('0x10'),
                   table.concat(codes, ' '), utf8.len('aé')
            """, chunkName: "same.lua")
        let expected: [LuaValue] = [
            .string("0,3,5,9,10"), .integer(1), .string("a,1,2,3"), .integer(3), .integer(3), .string("4-x"),
            .string("abc-abc"), .string("12"), .integer(16), .string("1:97 2:233"), .integer(2),
        ]
        #expect(result == expected)
        // utf8.codes refuses spurious continuation bytes (Lua 5.4.4 bug, fixed in 5.4.6), and its
        // iterator no longer scans a whole run of them on every call.
        let invalid = try lua.run("""
            local iterate = utf8.codes('a')
            local run = string.rep('\\x80', 1000000)
            local direct = select(2, pcall(utf8.codes, '\\x80'))
            local again = select(2, pcall(iterate, run, 0))
            local spurious = select(2, pcall(function() for _ in utf8.codes('a\\x80') do end end))
            return direct, again, spurious
            """, chunkName: "codes.lua")
        #expect(invalid.allSatisfy { $0.stringValue?.contains("invalid UTF-8 code") == true }, "\(invalid)")
    }
}
