-- A plugin that attacks the host: every hook is one known escape or exhaustion.
-- `shequ plugin run` must refuse each one with a clear error, and never crash or hang.
return {
  id = "tests.hostile",
  version = "0.0.1",
  api = 1,
  hooks = {
    loadlib = "attacks.loadlib",
    binary_chunk = "attacks.binary_chunk",
    string_dump = "attacks.string_dump",
    string_metatable = "attacks.string_metatable",
    require_outside = "attacks.require_outside",
    infinite_loop = "attacks.infinite_loop",
    pcall_loop = "attacks.pcall_loop",
    coroutine_loop = "attacks.coroutine_loop",
    huge_string = "attacks.huge_string",
    pattern_bomb = "attacks.pattern_bomb",
    deep_recursion = "attacks.deep_recursion",
    gc_loop_at_close = "attacks.gc_loop_at_close",
    huge_table = "attacks.huge_table",
    non_utf8 = "attacks.non_utf8",
    print_flood = "attacks.print_flood",
    io_open = "attacks.io_open",
    os_execute = "attacks.os_execute",
    collect = "attacks.collect",
    memory_table = "attacks.memory_table",
  },
}
