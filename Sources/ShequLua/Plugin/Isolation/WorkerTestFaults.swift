import CShequWorker

/// Faults only Shequ's own tests can inject: host functions a worker installs when the
/// host's environment has ``PluginWorker/testFaultsVariable`` set. They stand for holes in
/// the C parts of the sandbox, so the tests can show that process isolation contains them.
enum WorkerTestFaults {
    static let functions: [LuaHostFunction] = [
        // A crash (SIGSEGV) in C code.
        LuaHostFunction("__test_crash") { _ in
            shqw_test_crash()
            return []
        },
        // A loop in C that no count hook sees.
        LuaHostFunction("__test_spin") { _ in
            shqw_test_spin()
            return []
        },
        // Memory taken outside the Lua state's capped allocator until the system refuses it.
        LuaHostFunction("__test_exhaust") { _ in
            [.integer(Int64(shqw_test_exhaust()))]
        },
    ]
}
