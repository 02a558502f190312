#ifndef SHQ_INTERNAL_H
#define SHQ_INTERNAL_H
// Shared by the C files of this target only.
#include "CShequLua.h"
#include <stdatomic.h>
#include <time.h>

struct shq_cancel_flag {
    _Atomic int value;
};

struct shq_control {
    size_t memory_used;
    size_t memory_limit;          // 0: no cap (while the libraries load)
    int64_t instructions_used;
    int64_t instruction_budget;   // <= 0: no budget
    struct timespec deadline;
    int has_deadline;
    int armed;                    // 1 while the host runs a call
    shq_kill kill;                // sticky until the next call
    int in_pattern;               // 1 while pattern matching charges its steps
    int kill_in_pattern;          // the kill happened during pattern matching
    shq_cancel_flag *cancel_flag;
    shq_host_callback callback;
    void *context;
    char *scratch;
    size_t scratch_len;
    size_t scratch_capacity;
    char *traceback;
    size_t traceback_len;
    lua_Integer random_seed;      // the seed math.random starts from in this evaluation
    int random_seed_pending;      // 1 until math.random or math.randomseed first runs
    int64_t charged;              // instructions charged by C functions and allocations since the last check
    size_t string_limit;          // longest string plugin code may build (0: none)
    int host_values;              // 1 while host values are decoded: the string limit does not apply
    shq_refusal refusal;          // why the allocator last refused an allocation
    lua_State *main_thread;       // never marked as killed: its unwinding always ends in a protected call
    int close_nesting;            // coroutine.close calls running now, one inside another
};


/// Marks the call as killed for `reason`, makes the hook fire on every
/// instruction of this thread, and raises. Never returns.
int shq_kill_and_raise(lua_State *L, shq_control *c, shq_kill reason);
/// Checks the budget, the deadline and the cancel flag; raises when the call must stop.
void shq_check_limits(lua_State *L, shq_control *c, int64_t spent);
/// Adds `instructions` to the call's count for work done in C (bytes scanned,
/// elements moved); checks the limits once a hook period's worth has gathered.
static inline void shq_charge(lua_State *L, shq_control *c, int64_t instructions) {
    c->charged += instructions;
    if (c->charged >= SHQ_HOOK_PERIOD) {
        int64_t spent = c->charged;
        c->charged = 0;
        shq_check_limits(L, c, spent);
    }
}
/// Bytes of input or output that cost one instruction in C functions.
#define SHQ_BYTES_PER_INSTRUCTION 8
/// Marks `L` (a coroutine, never the main thread) as struck by a kill: its pending
/// close handlers must never run, since Lua left its count hook off.
void shq_mark_killed_thread(lua_State *L, shq_control *c);
/// Replaces pcall, xpcall, coroutine.resume, coroutine.wrap and coroutine.close by
/// versions that refuse to run plugin code once a call is killed (shq_reentry.c).
void shq_install_reentry_guards(lua_State *L);
/// Replaces the table library by copies whose loops are charged (shq_table.c).
void shq_install_table_library(lua_State *L);
/// Replaces string, utf8 and base functions whose cost grows with their input by
/// versions charged by size (shq_meter.c). Runs after every other replacement.
void shq_install_meters(lua_State *L);
/// Decodes encoded values and pushes them; raises on malformed input or memory error.
int shq_decode_values(lua_State *L, const unsigned char *bytes, size_t len);
const char *shq_kill_message(shq_kill reason);
/// Sets the seed math.random starts from in this evaluation. The seeding itself waits for the
/// first math.random call, so an evaluation that draws no random number does not pay for it.
void shq_seed_random_in_call(lua_State *L, lua_Integer seed);

/// Replaces the table at `index` by a deep read-only view of it (nested tables become
/// views too; views are left as they are). `name` appears in the error a write raises.
/// Raises like any Lua API function, so only inside a protected call.
void shq_freeze_in_call(lua_State *L, int index, const char *name, int depth);
/// Whether the value at `index` is a read-only view.
int shq_is_readonly(lua_State *L, int index);
/// freeze(value, name) for the prelude: returns a deep read-only view of a table.
int shq_freeze_function(lua_State *L);
/// next for plugins: sees through read-only views without handing out their target.
int shq_readonly_next(lua_State *L);
/// pairs for plugins: iterates with shq_readonly_next unless the value has __pairs.
int shq_pairs(lua_State *L);
/// rawset for plugins: refuses read-only views.
int shq_readonly_rawset(lua_State *L);

#endif
