// A bare host for the hook benchmark's ceiling: what an application embedding
// Lua by hand would do, with nothing between it and the C API.
#include "CShequBenchBaseline.h"
#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>
#include <lua5.4/lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct shqb_host {
    lua_State *L;
    int function_ref;
    int convention_ref;
    // With limits: what the capped allocator has handed out, and the instructions counted in the current call.
    size_t memory_used;
    size_t memory_limit;
    int64_t instructions;
    struct timespec deadline;
};

// The limits the sandbox must keep (LUA-EMBEDDING.md, "Limits"), done as plainly as C allows:
// a capped allocator and a count hook that checks an instruction budget and a deadline.
static void *shqb_capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    shqb_host *host = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        host->memory_used -= old;
        return NULL;
    }
    if (nsize > old && host->memory_used + (nsize - old) > host->memory_limit) return NULL;
    void *block = realloc(ptr, nsize);
    if (block != NULL) host->memory_used = host->memory_used - old + nsize;
    return block;
}

enum { SHQB_HOOK_PERIOD = 1000, SHQB_INSTRUCTION_BUDGET = 10000000 };

static void shqb_count_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    void *ud = NULL;
    lua_getallocf(L, &ud);
    shqb_host *host = ud;
    host->instructions += SHQB_HOOK_PERIOD;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (host->instructions > SHQB_INSTRUCTION_BUDGET || now.tv_sec > host->deadline.tv_sec) {
        luaL_error(L, "limit exceeded");
    }
}

static int shqb_config(lua_State *L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    return 1;
}

static void shqb_fail(lua_State *L, char *error, size_t capacity) {
    const char *message = lua_tostring(L, -1);
    snprintf(error, capacity, "%s", message ? message : "unknown error");
}

shqb_host *shqb_host_new(const char *manifest, size_t manifest_length,
                         const shqb_text *module_names, const shqb_text *module_sources, size_t module_count,
                         const char *module, const char *function, int limited, char *error, size_t error_capacity) {
    shqb_host *host = calloc(1, sizeof(shqb_host));
    if (host == NULL) {
        snprintf(error, error_capacity, "cannot allocate the host");
        return NULL;
    }
    host->memory_limit = 64u << 20;
    lua_State *L = limited ? lua_newstate(shqb_capped_alloc, host) : luaL_newstate();
    if (L == NULL) {
        snprintf(error, error_capacity, "cannot create a Lua state");
        free(host);
        return NULL;
    }
    if (limited) lua_sethook(L, shqb_count_hook, LUA_MASKCOUNT, SHQB_HOOK_PERIOD);
    host->L = L;
    luaL_openlibs(L);
    // shequ.config() returns the manifest's config table.
    if (luaL_loadbufferx(L, manifest, manifest_length, "@plugin.lua", "t") != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
        shqb_fail(L, error, error_capacity);
        shqb_host_free(host);
        return NULL;
    }
    lua_newtable(L);
    lua_getfield(L, -2, "config");
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_newtable(L);
    }
    lua_pushcclosure(L, shqb_config, 1);
    lua_setfield(L, -2, "config");
    lua_setglobal(L, "shequ");
    lua_pop(L, 1);
    // The plugin's modules as package.preload loaders.
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "preload");
    for (size_t i = 0; i < module_count; i++) {
        char chunkname[256];
        snprintf(chunkname, sizeof chunkname, "@%.*s", (int)module_names[i].length, module_names[i].bytes);
        if (luaL_loadbufferx(L, module_sources[i].bytes, module_sources[i].length, chunkname, "t") != LUA_OK) {
            shqb_fail(L, error, error_capacity);
            shqb_host_free(host);
            return NULL;
        }
        lua_setfield(L, -2, chunkname + 1);
    }
    lua_pop(L, 2);
    lua_getglobal(L, "require");
    lua_pushstring(L, module);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
        shqb_fail(L, error, error_capacity);
        shqb_host_free(host);
        return NULL;
    }
    lua_getfield(L, -1, function);
    if (!lua_isfunction(L, -1)) {
        snprintf(error, error_capacity, "module '%s' has no function '%s'", module, function);
        shqb_host_free(host);
        return NULL;
    }
    host->function_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pop(L, 1);
    lua_newtable(L);
    host->convention_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return host;
}

void shqb_host_free(shqb_host *host) {
    if (host == NULL) return;
    lua_close(host->L);
    free(host);
}

void shqb_convention_begin(shqb_host *host) {
    lua_createtable(host->L, 0, 8);
    lua_newtable(host->L); // articles, kept below the convention while it is built
}

void shqb_convention_string(shqb_host *host, const char *key, shqb_text value) {
    lua_pushlstring(host->L, value.bytes, value.length);
    lua_setfield(host->L, -3, key);
}

void shqb_convention_integer(shqb_host *host, const char *key, int64_t value) {
    lua_pushinteger(host->L, (lua_Integer)value);
    lua_setfield(host->L, -3, key);
}

void shqb_convention_article(shqb_host *host, int64_t number, shqb_text label, shqb_text text) {
    lua_State *L = host->L;
    lua_createtable(L, 0, 3);
    lua_pushinteger(L, (lua_Integer)number);
    lua_setfield(L, -2, "number");
    lua_pushlstring(L, label.bytes, label.length);
    lua_setfield(L, -2, "label");
    lua_pushlstring(L, text.bytes, text.length);
    lua_setfield(L, -2, "text");
    lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
}

void shqb_convention_end(shqb_host *host) {
    lua_State *L = host->L;
    lua_setfield(L, -2, "articles");
    luaL_unref(L, LUA_REGISTRYINDEX, host->convention_ref);
    host->convention_ref = luaL_ref(L, LUA_REGISTRYINDEX);
}

static void shqb_push_text(lua_State *L, shqb_text text) {
    lua_pushlstring(L, text.bytes, text.length);
}

static void shqb_set_text(lua_State *L, const char *key, shqb_text text) {
    if (text.bytes == NULL) return;
    lua_pushlstring(L, text.bytes, text.length);
    lua_setfield(L, -2, key);
}

static void shqb_push_event(lua_State *L, const shqb_event *event) {
    lua_createtable(L, 0, 10);
    shqb_set_text(L, "id", event->id);
    shqb_set_text(L, "kind", event->kind);
    lua_createtable(L, 0, 2);
    shqb_set_text(L, "type", event->subject_type);
    shqb_set_text(L, "id", event->subject_id);
    lua_setfield(L, -2, "subject");
    shqb_set_text(L, "household", event->household);
    shqb_set_text(L, "community", event->community);
    shqb_set_text(L, "occurred_at", event->occurred_at);
    shqb_set_text(L, "place", event->place);
    shqb_set_text(L, "reporter", event->reporter);
    lua_createtable(L, (int)event->evidence_count, 0);
    for (size_t i = 0; i < event->evidence_count; i++) {
        shqb_push_text(L, event->evidence[i]);
        lua_rawseti(L, -2, (lua_Integer)(i + 1));
    }
    lua_setfield(L, -2, "evidence");
    lua_createtable(L, 0, (int)event->fact_count);
    for (size_t i = 0; i < event->fact_count; i++) {
        const shqb_fact *fact = &event->facts[i];
        shqb_push_text(L, fact->key);
        switch (fact->type) {
        case SHQB_FACT_INTEGER: lua_pushinteger(L, (lua_Integer)fact->integer); break;
        case SHQB_FACT_NUMBER: lua_pushnumber(L, fact->number); break;
        default: shqb_push_text(L, fact->string); break;
        }
        lua_rawset(L, -3);
    }
    lua_setfield(L, -2, "facts");
}

static void shqb_push_context(lua_State *L, const shqb_host *host, const shqb_event *event) {
    lua_createtable(L, 0, 2);
    lua_rawgeti(L, LUA_REGISTRYINDEX, host->convention_ref);
    lua_setfield(L, -2, "convention");
    lua_createtable(L, 0, 2);
    if (event->has_age) {
        lua_pushinteger(L, (lua_Integer)event->age);
        lua_setfield(L, -2, "age");
    }
    if (event->has_household_size) {
        lua_pushinteger(L, (lua_Integer)event->household_size);
        lua_setfield(L, -2, "household_size");
    }
    lua_setfield(L, -2, "subject");
}

static int64_t shqb_text_field(lua_State *L, int table, const char *key) {
    size_t length = 0;
    int64_t bytes = 0;
    if (lua_getfield(L, table, key) == LUA_TSTRING) {
        lua_tolstring(L, -1, &length);
        bytes = (int64_t)length;
    }
    lua_pop(L, 1);
    return bytes;
}

static void shqb_read_result(lua_State *L, shqb_result *result) {
    memset(result, 0, sizeof *result);
    if (!lua_istable(L, -1)) {
        result->ok = lua_isnil(L, -1);
        return;
    }
    result->ok = 1;
    lua_Integer count = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= count; i++) {
        lua_rawgeti(L, -1, i);
        if (lua_istable(L, -1)) {
            int item = lua_gettop(L);
            result->measures += 1;
            size_t kind_length = 0;
            const char *kind = NULL;
            if (lua_getfield(L, item, "kind") == LUA_TSTRING) kind = lua_tolstring(L, -1, &kind_length);
            lua_Integer points = 0;
            if (lua_getfield(L, item, "points") == LUA_TNUMBER) points = lua_tointeger(L, -1);
            if (kind != NULL && strcmp(kind, "award_points") == 0) result->award_points += points;
            if (kind != NULL && strcmp(kind, "deduct_points") == 0) result->deduct_points += points;
            lua_pop(L, 2);
            result->text_bytes += (int64_t)kind_length + shqb_text_field(L, item, "topic")
                + shqb_text_field(L, item, "article") + shqb_text_field(L, item, "reason");
        }
        lua_pop(L, 1);
    }
}

static uint64_t shqb_now(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * 1000000000ull + (uint64_t)now.tv_nsec;
}

size_t shqb_run(shqb_host *host, const shqb_event *events, size_t count, shqb_result *results, uint64_t *latencies) {
    lua_State *L = host->L;
    size_t failures = 0;
    for (size_t i = 0; i < count; i++) {
        uint64_t start = latencies ? shqb_now() : 0;
        // Per call, as the sandbox does: a fresh instruction count and a deadline (one second).
        host->instructions = 0;
        clock_gettime(CLOCK_MONOTONIC, &host->deadline);
        host->deadline.tv_sec += 1;
        lua_rawgeti(L, LUA_REGISTRYINDEX, host->function_ref);
        shqb_push_event(L, &events[i]);
        shqb_push_context(L, host, &events[i]);
        if (lua_pcall(L, 2, 1, 0) != LUA_OK) {
            memset(&results[i], 0, sizeof results[i]);
            failures += 1;
        } else {
            shqb_read_result(L, &results[i]);
        }
        lua_pop(L, 1);
        if (latencies) latencies[i] = shqb_now() - start;
    }
    return failures;
}

size_t shqb_memory_used(shqb_host *host) {
    return (size_t)lua_gc(host->L, LUA_GCCOUNT, 0) * 1024 + (size_t)lua_gc(host->L, LUA_GCCOUNTB, 0);
}
