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
};

/// Marks the call as killed for `reason`, makes the hook fire on every
/// instruction of this thread, and raises. Never returns.
int shq_kill_and_raise(lua_State *L, shq_control *c, shq_kill reason);
/// Checks the budget, the deadline and the cancel flag; raises when the call must stop.
void shq_check_limits(lua_State *L, shq_control *c, int64_t spent);
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
/// rawset for plugins: refuses read-only views.
int shq_readonly_rawset(lua_State *L);

#endif
