#ifndef CSHEQULUA_H
#define CSHEQULUA_H
// Everything Swift needs from Lua that may longjmp, or that Swift cannot import
// (function-like macros, variadic functions), lives behind this header.
#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>
#include <lua5.4/lauxlib.h>
#include <stddef.h>
#include <stdint.h>

// MARK: - Macros re-expressed as functions

static inline int shq_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline int shq_upvalueindex(int i) { return lua_upvalueindex(i); }
static inline int shq_multret(void) { return LUA_MULTRET; }
static inline void shq_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline void shq_newtable(lua_State *L) { lua_newtable(L); }
static inline void shq_pushcfunction(lua_State *L, lua_CFunction f) { lua_pushcfunction(L, f); }
static inline int shq_isinteger(lua_State *L, int idx) { return lua_isinteger(L, idx); }
static inline const char *shq_tolstring_raw(lua_State *L, int idx, size_t *len) {
    // Only for values that are already strings: no conversion, so no allocation.
    return lua_type(L, idx) == LUA_TSTRING ? lua_tolstring(L, idx, len) : NULL;
}
static inline int shq_gc_count_kb(lua_State *L) { return lua_gc(L, LUA_GCCOUNT, 0); }
static inline int shq_gc_count_b(lua_State *L) { return lua_gc(L, LUA_GCCOUNTB, 0); }

// MARK: - Control block: memory cap, instruction budget, deadline, cancel

/// Why a running call was killed. Sticky until the host starts the next call.
typedef enum shq_kill {
    SHQ_KILL_NONE = 0,
    SHQ_KILL_INSTRUCTIONS = 1,
    SHQ_KILL_DEADLINE = 2,
    SHQ_KILL_CANCELLED = 3,
    SHQ_KILL_OUTSIDE_CALL = 4,
} shq_kill;

/// Why the allocator last refused an allocation in the current or last call.
typedef enum shq_refusal {
    SHQ_REFUSAL_NONE = 0,
    SHQ_REFUSAL_MEMORY = 1,   // the state's memory cap
    SHQ_REFUSAL_STRING = 2,   // the longest string plugin code may build
    SHQ_REFUSAL_STOPPED = 3,  // a large allocation after the call was stopped or past its limits
} shq_refusal;

/// Number of VM instructions between two runs of the count hook.
#define SHQ_HOOK_PERIOD 1000

/// Status returned by a host callback: results are in the scratch buffer, or an error message is.
#define SHQ_HOST_OK 0
#define SHQ_HOST_ERROR 1

typedef struct shq_control shq_control;

/// An atomic cancel flag: the only thing another thread may touch.
typedef struct shq_cancel_flag shq_cancel_flag;
shq_cancel_flag *shq_cancel_new(void);
void shq_cancel_free(shq_cancel_flag *flag);
void shq_cancel_set(shq_cancel_flag *flag, int value);
int shq_cancel_get(shq_cancel_flag *flag);

/// The Swift side of a host function: reads arguments 1...nargs from `L` with
/// non-raising API only, then writes encoded results (or an error message) with
/// `shq_scratch_set`. Must never call a raising Lua API.
typedef int (*shq_host_callback)(void *context, lua_State *L, lua_Integer function_index, int nargs);

/// Creates a Lua state with the capped allocator, the count hook installed and
/// the cancel flag at `cancel_flag` (owned by the caller, must outlive the state).
/// Returns NULL when the state cannot be created.
lua_State *shq_newstate(shq_cancel_flag *cancel_flag, shq_host_callback callback, void *context);
/// Closes the state and frees its control block. The state is disarmed, so any
/// code run while closing is killed at the first hook tick.
void shq_close(lua_State *L);
/// The control block of a state.
shq_control *shq_control_of(lua_State *L);
/// Sets the memory cap in bytes (0: no cap).
void shq_set_memory_limit(lua_State *L, size_t bytes);
size_t shq_memory_used(lua_State *L);
/// Instruction count of the current or last call (approximate: counted per hook period).
int64_t shq_instructions_used(lua_State *L);
/// Why the last call was killed.
shq_kill shq_last_kill(lua_State *L);
/// Sets the longest string plugin code may build, in bytes (0: no limit). Host values
/// passed into a call are exempt.
void shq_set_string_limit(lua_State *L, size_t bytes);
/// Why the allocator last refused an allocation in the current or last call.
shq_refusal shq_last_refusal(lua_State *L);
/// Whether the last kill struck during pattern matching (string.find/match/gmatch/gsub).
int shq_last_kill_in_pattern(lua_State *L);

/// Calls the function below `nargs` arguments in protected mode with a traceback
/// handler, the instruction budget and the wall-clock deadline (milliseconds, 0: none).
/// On error the message is on the stack and the traceback is kept for
/// `shq_last_traceback`, except for `SHQ_STATUS_KILLED` (nothing pushed: a kill
/// was swallowed by code that then returned normally).
int shq_call(lua_State *L, int nargs, int nresults, int64_t instruction_budget, int64_t deadline_ms);
#define SHQ_STATUS_KILLED 100
/// Evaluates a hook in one protected call under the limits: seeds math.random,
/// calls the function at registry reference `function_ref` with the one encoded
/// input value and the value at `context_ref`; leaves one result (or the error).
int shq_call_hook(lua_State *L, int function_ref, int context_ref, const void *input, size_t input_len,
                  int64_t seed, int64_t instruction_budget, int64_t deadline_ms);
/// Evaluates a hook whose ctx is built in the call: `values` encodes the input and a table
/// of per-call context fields; the values at `shared_refs` are set under `shared_names`;
/// the table is then made read-only and passed as the second argument.
int shq_call_hook_context(lua_State *L, int function_ref, const int *shared_refs,
                          const char *const *shared_names, int shared_count, const void *values, size_t values_len,
                          int64_t seed, int64_t instruction_budget, int64_t deadline_ms);
/// Pops a configuration table and pushes the `shequ.config` function that returns a
/// fresh deep copy of it on every call.
int shq_push_config_function(lua_State *L);
/// The traceback of the last failed call (NULL when none), owned by the state.
const char *shq_last_traceback(lua_State *L, size_t *len);
/// The message for a kill reason (static storage).
const char *shq_kill_message(shq_kill reason);

// MARK: - Scratch buffer shared by Swift and C (not counted in the memory cap)

/// Replaces the scratch buffer's contents. Returns 0 when the copy cannot be made.
int shq_scratch_set(lua_State *L, const void *bytes, size_t len);

// MARK: - Protected helpers (never raise; return a Lua status)

/// Loads text (never binary) as a function with `chunkname`, in protected mode.
/// Returns LUA_OK with the function pushed, or a status (LUA_ERRSYNTAX...) with the message pushed.
int shq_load_text(lua_State *L, const char *text, size_t len, const char *chunkname);
/// Decodes `len` bytes of encoded values and pushes them (count written to `pushed`).
int shq_push_encoded(lua_State *L, const void *bytes, size_t len, int *pushed);
/// Pushes a string in protected mode.
int shq_push_lstring(lua_State *L, const char *s, size_t len);
/// Pushes a new empty table in protected mode.
int shq_push_newtable(lua_State *L);
/// `t[k] = v` (raw) for the table at `table_index`, key and value on top; pops both.
int shq_rawset_protected(lua_State *L, int table_index);
/// `t[name] = v` (raw) for the table at `table_index`, value on top; pops it.
int shq_setfield_protected(lua_State *L, int table_index, const char *name);
/// Pushes a host function closure bound to `function_index` with the given display name.
int shq_push_host_function(lua_State *L, lua_Integer function_index, const char *name);

// MARK: - Sandbox library setup

/// Opens base, table, string, math, utf8 and coroutine with luaL_requiref and
/// replaces unsafe or uninterruptible functions. Run before any plugin code.
int shq_open_sandbox_libraries(lua_State *L);

/// Sets the seed math.random starts from in the next evaluation (applied on its first draw).
int shq_seed_random(lua_State *L, int64_t seed);
/// Sets the first upvalue (_ENV) of the function at `function_index` to the plugin
/// environment installed by the prelude. Returns 0 when it has no upvalue. Never raises.
int shq_bind_environment(lua_State *L, int function_index);
/// Pops the value on top and stores a registry reference to it in `ref`, in protected mode.
int shq_ref(lua_State *L, int *ref);
/// Releases a registry reference, in protected mode.
int shq_unref(lua_State *L, int ref);
/// Pushes the value of a registry reference. Never raises.
void shq_getref(lua_State *L, int ref);

// MARK: - Pattern matching counted against the instruction budget

int shq_str_find(lua_State *L);
int shq_str_match(lua_State *L);
int shq_str_gmatch(lua_State *L);
int shq_str_gsub(lua_State *L);
/// Accounts `steps` pattern-matching steps as instructions; raises when the call is killed.
void shq_pattern_account(lua_State *L, int64_t steps);

#endif
