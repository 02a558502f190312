// The sandbox's standard library: only base, table, string, math, utf8 and
// coroutine, with every function that reaches outside the state, loads binary
// code, or cannot be interrupted replaced or removed.
#include "shq_internal.h"
#include <string.h>

static const char shq_env_key = 0;        // registry: the plugin environment
static const char shq_randomseed_key = 0; // registry: the original math.randomseed

// load(chunk [, chunkname [, mode [, env]]]): text only, and always with an
// explicit environment (the plugin's own when none is given).
static int shq_sandbox_load(lua_State *L) {
    int has_env = lua_gettop(L) >= 4;
    size_t len = 0;
    if (lua_type(L, 1) != LUA_TSTRING) {
        return luaL_error(L, "bad argument #1 to 'load' (string expected, got %s; "
                             "plugins may load only source text)", luaL_typename(L, 1));
    }
    const char *text = lua_tolstring(L, 1, &len);
    const char *chunkname = luaL_optstring(L, 2, "=(load)");
    const char *mode = luaL_optstring(L, 3, "t");
    if (strchr(mode, 't') == NULL) {
        luaL_pushfail(L);
        lua_pushstring(L, "binary chunks are not allowed in plugins (mode must be \"t\")");
        return 2;
    }
    int status = luaL_loadbufferx(L, text, len, chunkname, "t");
    if (status != LUA_OK) {
        luaL_pushfail(L);
        lua_insert(L, -2);
        return 2;
    }
    if (has_env) {
        lua_pushvalue(L, 4);
    } else {
        lua_rawgetp(L, LUA_REGISTRYINDEX, &shq_env_key);
    }
    if (lua_setupvalue(L, -2, 1) == NULL) {
        lua_pop(L, 1);
    }
    return 1;
}

static int shq_collectgarbage(lua_State *L) {
    const char *option = luaL_optstring(L, 1, "collect");
    if (strcmp(option, "count") != 0) {
        return luaL_error(L, "collectgarbage(\"%s\") is not allowed in plugins; "
                             "only collectgarbage(\"count\") is", option);
    }
    int kb = lua_gc(L, LUA_GCCOUNT, 0);
    int b = lua_gc(L, LUA_GCCOUNTB, 0);
    lua_pushnumber(L, (lua_Number)kb + ((lua_Number)b / 1024));
    return 1;
}

// Finalizers run with hooks disabled, so a looping __gc could never be stopped:
// plugins may not declare one.
static int shq_setmetatable(lua_State *L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL) {
            return luaL_error(L, "__gc metamethods are not allowed in plugins; "
                                 "release resources explicitly instead");
        }
        lua_pop(L, 1);
    }
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

// math.randomseed(x) reseeds deterministically; without an argument Lua would
// seed from the clock, which would make a replay differ.
static int shq_randomseed(lua_State *L) {
    if (lua_isnoneornil(L, 1)) {
        return luaL_error(L, "math.randomseed needs an explicit seed in plugins "
                             "(the host seeds math.random for every evaluation)");
    }
    shq_control_of(L)->random_seed_pending = 0;
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, 0);
    return 0;
}

// math.random(...): seeds the generator with the evaluation's seed on first use, then
// draws as the library does (upvalue 1: the library's math.random).
static int shq_random(lua_State *L) {
    shq_control *c = shq_control_of(L);
    if (c->random_seed_pending) {
        c->random_seed_pending = 0;
        lua_rawgetp(L, LUA_REGISTRYINDEX, &shq_randomseed_key);
        lua_pushinteger(L, c->random_seed);
        lua_call(L, 1, 0);
    }
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, LUA_MULTRET);
    return lua_gettop(L);
}

static int shq_set_default_env(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &shq_env_key);
    return 0;
}

static void shq_set_global(lua_State *L, const char *name, lua_CFunction f, int with_original) {
    if (with_original) {
        lua_getglobal(L, name);
        lua_pushcclosure(L, f, 1);
    } else if (f != NULL) {
        lua_pushcfunction(L, f);
    } else {
        lua_pushnil(L);
    }
    lua_setglobal(L, name);
}

static int shq_open_entry(lua_State *L) {
    static const luaL_Reg libraries[] = {
        { LUA_GNAME, luaopen_base },
        { LUA_TABLIBNAME, luaopen_table },
        { LUA_STRLIBNAME, luaopen_string },
        { LUA_MATHLIBNAME, luaopen_math },
        { LUA_UTF8LIBNAME, luaopen_utf8 },
        { LUA_COLIBNAME, luaopen_coroutine },
        { NULL, NULL },
    };
    for (const luaL_Reg *lib = libraries; lib->func != NULL; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    shq_set_global(L, "dofile", NULL, 0);
    shq_set_global(L, "loadfile", NULL, 0);
    shq_set_global(L, "warn", NULL, 0);
    shq_set_global(L, "load", shq_sandbox_load, 0);
    shq_set_global(L, "collectgarbage", shq_collectgarbage, 0);
    shq_set_global(L, "setmetatable", shq_setmetatable, 1);
    shq_install_reentry_guards(L);
    shq_set_global(L, "next", shq_readonly_next, 0);
    shq_set_global(L, "pairs", shq_pairs, 0);

    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pushcfunction(L, shq_str_find);
    lua_setfield(L, -2, "find");
    lua_pushcfunction(L, shq_str_match);
    lua_setfield(L, -2, "match");
    lua_pushcfunction(L, shq_str_gmatch);
    lua_setfield(L, -2, "gmatch");
    lua_pushcfunction(L, shq_str_gsub);
    lua_setfield(L, -2, "gsub");
    lua_pop(L, 1);

    lua_getglobal(L, LUA_MATHLIBNAME);
    lua_getfield(L, -1, "randomseed");
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &shq_randomseed_key);
    lua_pushcclosure(L, shq_randomseed, 1);
    lua_setfield(L, -2, "randomseed");
    lua_getfield(L, -1, "random");
    lua_pushcclosure(L, shq_random, 1);
    lua_setfield(L, -2, "random");
    lua_pop(L, 1);

    // Lock the string metatable: getmetatable("") no longer reaches it.
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_pushliteral(L, "locked");
        lua_setfield(L, -2, "__metatable");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);

    shq_install_table_library(L);
    shq_install_meters(L);

    lua_pushcfunction(L, shq_set_default_env);
    lua_setglobal(L, "__shequ_set_env");
    lua_pushcfunction(L, shq_freeze_function);
    lua_setglobal(L, "__shequ_freeze");
    lua_pushcfunction(L, shq_readonly_rawset);
    lua_setglobal(L, "__shequ_rawset");
    return 0;
}

int shq_open_sandbox_libraries(lua_State *L) {
    if (!lua_checkstack(L, 2)) {
        return LUA_ERRMEM;
    }
    lua_pushcfunction(L, shq_open_entry);
    return lua_pcall(L, 0, 0, 0);
}

void shq_seed_random_in_call(lua_State *L, lua_Integer seed) {
    shq_control *c = shq_control_of(L);
    c->random_seed = seed;
    c->random_seed_pending = 1;
}

int shq_seed_random(lua_State *L, int64_t seed) {
    shq_seed_random_in_call(L, (lua_Integer)seed);
    return LUA_OK;
}

int shq_bind_environment(lua_State *L, int function_index) {
    function_index = lua_absindex(L, function_index);
    if (!lua_checkstack(L, 1)) {
        return 0;
    }
    lua_rawgetp(L, LUA_REGISTRYINDEX, &shq_env_key);
    if (lua_setupvalue(L, function_index, 1) == NULL) {
        lua_pop(L, 1);
        return 0;
    }
    return 1;
}

static int shq_ref_entry(lua_State *L) {
    // (ud, value)
    int *ref = lua_touserdata(L, 1);
    lua_settop(L, 2);
    *ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

int shq_ref(lua_State *L, int *ref) {
    if (!lua_checkstack(L, 3)) {
        return LUA_ERRMEM;
    }
    lua_pushcfunction(L, shq_ref_entry);
    lua_pushlightuserdata(L, ref);
    lua_rotate(L, -3, 2);
    return lua_pcall(L, 2, 0, 0);
}

void shq_getref(lua_State *L, int ref) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
}

static int shq_unref_entry(lua_State *L) {
    luaL_unref(L, LUA_REGISTRYINDEX, (int)lua_tointeger(L, 1));
    return 0;
}

int shq_unref(lua_State *L, int ref) {
    if (!lua_checkstack(L, 3)) {
        return LUA_ERRMEM;
    }
    lua_pushcfunction(L, shq_unref_entry);
    lua_pushinteger(L, ref);
    return lua_pcall(L, 1, 0, 0);
}
