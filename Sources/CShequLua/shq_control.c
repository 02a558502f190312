// The control block of a sandboxed state: the capped allocator, the count hook
// that enforces the instruction budget, the deadline and cancellation, and the
// protected call used for every entry into Lua.
#include "shq_internal.h"
#include <stdlib.h>
#include <string.h>

// Allocations at least this large check the limits themselves (see below).
#define SHQ_LARGE_ALLOCATION (64 << 10)

static int shq_past_deadline(const shq_control *c);
static void shq_hook(lua_State *L, lua_Debug *ar);

// Refuses a large allocation in a call that is stopped or past its limits. A VM
// instruction such as `..` can copy a long string without returning to the hook
// for 1,000 instructions; refusing its allocation ends that run early. The
// allocator cannot raise: it records the kill, the failure surfaces as a memory
// error, and the kill is raised at the next check (hook, C function, pcall).
static int shq_large_allocation_refused(shq_control *c) {
    if (c->kill == SHQ_KILL_NONE) {
        if (c->instruction_budget > 0 && c->instructions_used + c->charged > c->instruction_budget) {
            c->kill = SHQ_KILL_INSTRUCTIONS;
        } else if (c->cancel_flag != NULL && atomic_load_explicit(&c->cancel_flag->value, memory_order_relaxed)) {
            c->kill = SHQ_KILL_CANCELLED;
        } else if (shq_past_deadline(c)) {
            c->kill = SHQ_KILL_DEADLINE;
        } else {
            return 0;
        }
        lua_sethook(c->main_thread, shq_hook, LUA_MASKCOUNT, 1);
    }
    return 1;
}

static void *shq_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    shq_control *c = (shq_control *)ud;
    // When ptr is NULL, osize encodes the object type, not a size.
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        c->memory_used -= old;
        return NULL;
    }
    if (nsize > old) {
        size_t grow = nsize - old;
        if (c->memory_limit != 0
            && (c->memory_used + grow > c->memory_limit || c->memory_used + grow < c->memory_used)) {
            c->refusal = SHQ_REFUSAL_MEMORY;
            return NULL; // Lua turns this into a memory error in protected mode
        }
        if (c->armed) {
            // A new object's basic type is in osize: LUA_TSTRING for every string.
            if (ptr == NULL && osize == LUA_TSTRING && c->string_limit != 0 && !c->host_values
                && nsize > c->string_limit + 64) {
                c->refusal = SHQ_REFUSAL_STRING;
                return NULL;
            }
            // Building memory costs time: charged like instructions, checked at the next hook or C function.
            c->charged += (int64_t)(grow / SHQ_BYTES_PER_INSTRUCTION);
            if (grow >= SHQ_LARGE_ALLOCATION && shq_large_allocation_refused(c)) {
                c->refusal = SHQ_REFUSAL_STOPPED;
                return NULL;
            }
        }
    }
    void *block = realloc(ptr, nsize);
    if (block == NULL) {
        c->refusal = SHQ_REFUSAL_MEMORY;
        return NULL;
    }
    c->memory_used = c->memory_used - old + nsize;
    return block;
}

const char *shq_kill_message(shq_kill reason) {
    switch (reason) {
    case SHQ_KILL_INSTRUCTIONS: return "instruction budget exhausted";
    case SHQ_KILL_DEADLINE: return "deadline exceeded";
    case SHQ_KILL_CANCELLED: return "cancelled by the host";
    case SHQ_KILL_OUTSIDE_CALL: return "plugin code ran outside a host call";
    default: return "killed";
    }
}

int shq_kill_and_raise(lua_State *L, shq_control *c, shq_kill reason) {
    if (c->kill == SHQ_KILL_NONE) {
        c->kill = reason;
        c->kill_in_pattern = c->in_pattern;
    }
    c->in_pattern = 0;
    shq_mark_killed_thread(L, c);
    // Sticky: from now on every instruction of this thread raises again, so
    // pcall, xpcall and coroutines cannot swallow the kill.
    lua_sethook(L, shq_hook, LUA_MASKCOUNT, 1);
    lua_pushstring(L, shq_kill_message(c->kill));
    return lua_error(L);
}

static int shq_past_deadline(const shq_control *c) {
    if (!c->has_deadline) {
        return 0;
    }
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > c->deadline.tv_sec
        || (now.tv_sec == c->deadline.tv_sec && now.tv_nsec >= c->deadline.tv_nsec);
}

void shq_check_limits(lua_State *L, shq_control *c, int64_t spent) {
    if (c->kill != SHQ_KILL_NONE) {
        shq_kill_and_raise(L, c, c->kill);
    }
    if (!c->armed) {
        shq_kill_and_raise(L, c, SHQ_KILL_OUTSIDE_CALL);
    }
    c->instructions_used += spent;
    if (c->instruction_budget > 0 && c->instructions_used > c->instruction_budget) {
        shq_kill_and_raise(L, c, SHQ_KILL_INSTRUCTIONS);
    }
    if (c->cancel_flag != NULL && atomic_load_explicit(&c->cancel_flag->value, memory_order_relaxed)) {
        shq_kill_and_raise(L, c, SHQ_KILL_CANCELLED);
    }
    if (shq_past_deadline(c)) {
        shq_kill_and_raise(L, c, SHQ_KILL_DEADLINE);
    }
}

static void shq_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    shq_control *c = shq_control_of(L);
    int64_t spent = SHQ_HOOK_PERIOD + c->charged;
    c->charged = 0;
    shq_check_limits(L, c, spent);
}

shq_control *shq_control_of(lua_State *L) {
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (shq_control *)ud;
}

lua_State *shq_newstate(shq_cancel_flag *cancel_flag, shq_host_callback callback, void *context) {
    shq_control *c = calloc(1, sizeof(shq_control));
    if (c == NULL) {
        return NULL;
    }
    c->cancel_flag = cancel_flag;
    c->callback = callback;
    c->context = context;
    lua_State *L = lua_newstate(shq_alloc, c);
    if (L == NULL) {
        free(c);
        return NULL;
    }
    // Coroutines copy the main thread's extra space: it must say "not killed".
    memset(lua_getextraspace(L), 0, LUA_EXTRASPACE);
    c->main_thread = L;
    // Installed before any code runs; coroutines inherit it when created.
    lua_sethook(L, shq_hook, LUA_MASKCOUNT, SHQ_HOOK_PERIOD);
    return L;
}

void shq_close(lua_State *L) {
    shq_control *c = shq_control_of(L);
    c->armed = 0;
    c->kill = SHQ_KILL_OUTSIDE_CALL;
    lua_sethook(L, shq_hook, LUA_MASKCOUNT, 1);
    lua_close(L);
    free(c->scratch);
    free(c->traceback);
    free(c);
}

void shq_set_memory_limit(lua_State *L, size_t bytes) { shq_control_of(L)->memory_limit = bytes; }
size_t shq_memory_used(lua_State *L) { return shq_control_of(L)->memory_used; }
int64_t shq_instructions_used(lua_State *L) { return shq_control_of(L)->instructions_used; }
shq_kill shq_last_kill(lua_State *L) { return shq_control_of(L)->kill; }
void shq_set_string_limit(lua_State *L, size_t bytes) { shq_control_of(L)->string_limit = bytes; }
shq_refusal shq_last_refusal(lua_State *L) { return shq_control_of(L)->refusal; }
int shq_last_kill_in_pattern(lua_State *L) { return shq_control_of(L)->kill_in_pattern; }

// The host keeps at most this much of a traceback (it shows 4 KiB): the copy lives outside
// the memory cap, and a plugin can make a traceback as long as its state allows.
#define SHQ_TRACEBACK_MAX 8192

static void shq_keep_traceback(shq_control *c, const char *text, size_t len) {
    if (len > SHQ_TRACEBACK_MAX) {
        len = SHQ_TRACEBACK_MAX;
    }
    char *copy = realloc(c->traceback, len + 1);
    if (copy == NULL) {
        return;
    }
    memcpy(copy, text, len);
    copy[len] = '\0';
    c->traceback = copy;
    c->traceback_len = len;
}

// Message handler: keeps a traceback aside and returns the message unchanged.
static int shq_message_handler(lua_State *L) {
    shq_control *c = shq_control_of(L);
    if (lua_type(L, 1) != LUA_TSTRING && lua_type(L, 1) != LUA_TNUMBER) {
        // After a kill no plugin code runs, not even an error object's __tostring.
        if (c->kill != SHQ_KILL_NONE || !(luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)) {
            lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
        }
        lua_replace(L, 1);
    }
    luaL_traceback(L, L, NULL, 1);
    size_t len = 0;
    const char *text = lua_tolstring(L, -1, &len);
    if (text != NULL) {
        shq_keep_traceback(c, text, len);
    }
    lua_pop(L, 1);
    lua_settop(L, 1);
    return 1;
}

int shq_call(lua_State *L, int nargs, int nresults, int64_t instruction_budget, int64_t deadline_ms) {
    shq_control *c = shq_control_of(L);
    if (!lua_checkstack(L, 2)) {
        return LUA_ERRMEM;
    }
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, shq_message_handler);
    lua_insert(L, base);
    c->kill = SHQ_KILL_NONE;
    c->kill_in_pattern = 0;
    c->in_pattern = 0;
    c->close_nesting = 0;
    c->host_values = 0;
    c->charged = 0;
    c->refusal = SHQ_REFUSAL_NONE;
    c->instructions_used = 0;
    c->instruction_budget = instruction_budget;
    c->traceback_len = 0;
    if (c->traceback) c->traceback[0] = '\0';
    c->has_deadline = deadline_ms > 0;
    if (c->has_deadline) {
        clock_gettime(CLOCK_MONOTONIC, &c->deadline);
        c->deadline.tv_sec += deadline_ms / 1000;
        c->deadline.tv_nsec += (long)(deadline_ms % 1000) * 1000000L;
        if (c->deadline.tv_nsec >= 1000000000L) {
            c->deadline.tv_sec += 1;
            c->deadline.tv_nsec -= 1000000000L;
        }
    }
    lua_sethook(L, shq_hook, LUA_MASKCOUNT, SHQ_HOOK_PERIOD);
    c->armed = 1;
    int status = lua_pcall(L, nargs, nresults, base);
    c->armed = 0;
    lua_remove(L, base);
    if (status == LUA_OK && c->kill != SHQ_KILL_NONE) {
        // A kill was swallowed by code that then returned; the call still failed.
        lua_settop(L, base - 1);
        return SHQ_STATUS_KILLED;
    }
    return status;
}

const char *shq_last_traceback(lua_State *L, size_t *len) {
    shq_control *c = shq_control_of(L);
    *len = c->traceback_len;
    return c->traceback_len == 0 ? NULL : c->traceback;
}

int shq_scratch_set(lua_State *L, const void *bytes, size_t len) {
    shq_control *c = shq_control_of(L);
    if (len > c->scratch_capacity) {
        size_t capacity = len < 256 ? 256 : len;
        char *grown = realloc(c->scratch, capacity);
        if (grown == NULL) {
            return 0;
        }
        c->scratch = grown;
        c->scratch_capacity = capacity;
    }
    if (len > 0) {
        memcpy(c->scratch, bytes, len);
    }
    c->scratch_len = len;
    return 1;
}

shq_cancel_flag *shq_cancel_new(void) {
    shq_cancel_flag *flag = malloc(sizeof(shq_cancel_flag));
    if (flag != NULL) {
        atomic_init(&flag->value, 0);
    }
    return flag;
}

void shq_cancel_free(shq_cancel_flag *flag) { free(flag); }

void shq_cancel_set(shq_cancel_flag *flag, int value) {
    atomic_store_explicit(&flag->value, value, memory_order_relaxed);
}

int shq_cancel_get(shq_cancel_flag *flag) {
    return atomic_load_explicit(&flag->value, memory_order_relaxed);
}

typedef struct shq_hook_call {
    int function_ref;
    int context_ref;
    const unsigned char *input;
    size_t input_len;
    int64_t seed;
} shq_hook_call;

// Everything one hook evaluation needs, in a single protected call: seed
// math.random, push the function, decode the input, push the context, call.
static int shq_hook_entry(lua_State *L) {
    shq_hook_call *call = lua_touserdata(L, 1);
    lua_settop(L, 0);
    shq_seed_random_in_call(L, (lua_Integer)call->seed);
    lua_rawgeti(L, LUA_REGISTRYINDEX, call->function_ref);
    if (shq_decode_values(L, call->input, call->input_len) != 1) {
        return luaL_error(L, "a hook takes exactly one input value");
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, call->context_ref);
    lua_call(L, 2, 1);
    return 1;
}

int shq_call_hook(lua_State *L, int function_ref, int context_ref, const void *input, size_t input_len,
                  int64_t seed, int64_t instruction_budget, int64_t deadline_ms) {
    if (!lua_checkstack(L, 3)) {
        return LUA_ERRMEM;
    }
    shq_hook_call call = { function_ref, context_ref, (const unsigned char *)input, input_len, seed };
    lua_pushcfunction(L, shq_hook_entry);
    lua_pushlightuserdata(L, &call);
    return shq_call(L, 1, 1, instruction_budget, deadline_ms);
}

typedef struct shq_hook_context_call {
    int function_ref;
    const int *shared_refs;
    const char *const *shared_names;
    int shared_count;
    const unsigned char *values;
    size_t values_len;
    int64_t seed;
} shq_hook_context_call;

// Like shq_hook_entry, but builds ctx in the call: the per-call fields arrive
// encoded after the input, the shared fields (already read-only) are set from
// their registry references, and the whole table is made read-only before the hook sees it.
static int shq_hook_context_entry(lua_State *L) {
    shq_hook_context_call *call = lua_touserdata(L, 1);
    lua_settop(L, 0);
    shq_seed_random_in_call(L, (lua_Integer)call->seed);
    lua_rawgeti(L, LUA_REGISTRYINDEX, call->function_ref);
    if (shq_decode_values(L, call->values, call->values_len) != 2 || !lua_istable(L, 3)) {
        return luaL_error(L, "a hook call takes one input value and one context table");
    }
    luaL_checkstack(L, 4, "no room for the context");
    for (int i = 0; i < call->shared_count; i++) {
        lua_pushstring(L, call->shared_names[i]);
        lua_rawgeti(L, LUA_REGISTRYINDEX, call->shared_refs[i]);
        lua_rawset(L, 3);
    }
    shq_freeze_in_call(L, 3, "ctx", 0);
    lua_call(L, 2, 1);
    return 1;
}

int shq_call_hook_context(lua_State *L, int function_ref, const int *shared_refs,
                          const char *const *shared_names, int shared_count, const void *values, size_t values_len,
                          int64_t seed, int64_t instruction_budget, int64_t deadline_ms) {
    if (!lua_checkstack(L, 3)) {
        return LUA_ERRMEM;
    }
    shq_hook_context_call call = { function_ref, shared_refs, shared_names, shared_count,
                                   (const unsigned char *)values, values_len, seed };
    lua_pushcfunction(L, shq_hook_context_entry);
    lua_pushlightuserdata(L, &call);
    return shq_call(L, 1, 1, instruction_budget, deadline_ms);
}
