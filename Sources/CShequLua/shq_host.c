// Small protected helpers and the trampoline through which Lua calls Swift.
// Swift only ever calls these, never a raising Lua API directly.
#include "shq_internal.h"
#include <string.h>

// The one C function behind every host function. Upvalue 1: the host function
// index; upvalue 2: its display name. The Swift callback never raises: it
// leaves results or an error message in the scratch buffer, and the raise (if
// any) happens here, in a C frame.
static int shq_trampoline(lua_State *L) {
    shq_control *c = shq_control_of(L);
    lua_Integer index = lua_tointeger(L, lua_upvalueindex(1));
    int nargs = lua_gettop(L);
    int status = c->callback(c->context, L, index, nargs);
    if (status == SHQ_HOST_OK) {
        lua_settop(L, 0);
        return shq_decode_values(L, (const unsigned char *)c->scratch, c->scratch_len);
    }
    luaL_where(L, 1);
    lua_pushlstring(L, c->scratch, c->scratch_len);
    lua_concat(L, 2);
    return lua_error(L);
}

typedef struct shq_bytes {
    const char *s;
    size_t len;
    lua_Integer index;
} shq_bytes;

static int shq_push_lstring_entry(lua_State *L) {
    shq_bytes *b = lua_touserdata(L, 1);
    lua_pushlstring(L, b->s, b->len);
    return 1;
}

static int shq_run_protected(lua_State *L, lua_CFunction f, void *arg, int nargs_below, int nresults) {
    // Calls f(arg, values...) where values are the nargs_below values on top.
    if (!lua_checkstack(L, 3)) {
        return LUA_ERRMEM;
    }
    lua_pushcfunction(L, f);
    lua_pushlightuserdata(L, arg);
    int top = lua_gettop(L);
    // Move function and argument below the values they operate on.
    lua_rotate(L, top - 1 - nargs_below, 2);
    return lua_pcall(L, nargs_below + 1, nresults, 0);
}

int shq_push_lstring(lua_State *L, const char *s, size_t len) {
    shq_bytes b = { s, len, 0 };
    return shq_run_protected(L, shq_push_lstring_entry, &b, 0, 1);
}

static int shq_newtable_entry(lua_State *L) {
    lua_newtable(L);
    return 1;
}

int shq_push_newtable(lua_State *L) {
    return shq_run_protected(L, shq_newtable_entry, NULL, 0, 1);
}

static int shq_rawset_entry(lua_State *L) {
    // (ud, table, key, value)
    lua_rawset(L, 2);
    return 0;
}

int shq_rawset_protected(lua_State *L, int table_index) {
    table_index = lua_absindex(L, table_index);
    if (!lua_checkstack(L, 4)) {
        return LUA_ERRMEM;
    }
    lua_pushvalue(L, table_index);
    lua_rotate(L, -3, 1); // table, key, value
    return shq_run_protected(L, shq_rawset_entry, NULL, 3, 0);
}

static int shq_setfield_entry(lua_State *L) {
    // (name, table, value)
    const char *name = lua_touserdata(L, 1);
    lua_pushstring(L, name);
    lua_pushvalue(L, 3);
    lua_rawset(L, 2);
    return 0;
}

int shq_setfield_protected(lua_State *L, int table_index, const char *name) {
    table_index = lua_absindex(L, table_index);
    if (!lua_checkstack(L, 4)) {
        return LUA_ERRMEM;
    }
    lua_pushvalue(L, table_index);
    lua_rotate(L, -2, 1); // table, value
    return shq_run_protected(L, shq_setfield_entry, (void *)name, 2, 0);
}

static int shq_host_function_entry(lua_State *L) {
    shq_bytes *b = lua_touserdata(L, 1);
    lua_pushinteger(L, b->index);
    lua_pushstring(L, b->s);
    lua_pushcclosure(L, shq_trampoline, 2);
    return 1;
}

int shq_push_host_function(lua_State *L, lua_Integer function_index, const char *name) {
    shq_bytes b = { name, strlen(name), function_index };
    return shq_run_protected(L, shq_host_function_entry, &b, 0, 1);
}

static int shq_load_entry(lua_State *L) {
    shq_bytes *b = lua_touserdata(L, 1);
    const char *chunkname = (const char *)(intptr_t)b->index;
    int status = luaL_loadbufferx(L, b->s, b->len, chunkname, "t");
    lua_pushinteger(L, status);
    lua_insert(L, -2);
    return 2;
}

int shq_load_text(lua_State *L, const char *text, size_t len, const char *chunkname) {
    shq_bytes b = { text, len, (lua_Integer)(intptr_t)chunkname };
    int status = shq_run_protected(L, shq_load_entry, &b, 0, 2);
    if (status != LUA_OK) {
        return status;
    }
    status = (int)lua_tointeger(L, -2);
    lua_remove(L, -2);
    return status;
}

// A deep copy of the table at `source` (other values are pushed as they are).
static void shq_push_copy(lua_State *L, int source, int depth) {
    source = lua_absindex(L, source);
    if (lua_type(L, source) != LUA_TTABLE) {
        lua_pushvalue(L, source);
        return;
    }
    if (depth > 200) {
        luaL_error(L, "the plugin configuration nests too deeply to copy");
    }
    luaL_checkstack(L, 4, "the plugin configuration nests too deeply to copy");
    int fields = 0;
    lua_pushnil(L);
    while (lua_next(L, source)) {
        fields += 1;
        lua_pop(L, 1);
    }
    int length = (int)lua_rawlen(L, source);
    lua_createtable(L, length, fields > length ? fields - length : 0);
    int copy = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, source)) {
        shq_push_copy(L, -1, depth + 1);
        lua_remove(L, -2);
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, copy);
    }
}

// shequ.config(): a fresh copy of the configuration (upvalue 1) on every call, made
// inside the state, so a plugin that changes its copy changes nothing for the next call.
static int shq_config_copy(lua_State *L) {
    lua_settop(L, 0);
    shq_push_copy(L, lua_upvalueindex(1), 0);
    return 1;
}

static int shq_copier_entry(lua_State *L) {
    // (ud, template)
    lua_pushcclosure(L, shq_config_copy, 1);
    return 1;
}

int shq_push_config_function(lua_State *L) {
    return shq_run_protected(L, shq_copier_entry, NULL, 1, 1);
}
