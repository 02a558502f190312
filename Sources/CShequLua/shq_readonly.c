// Read-only views of tables: the library tables, the `shequ` table and every
// hook's `ctx`. A view is an empty proxy whose metatable points at the target;
// the metamethods are plain C functions shared by all views, so freezing a
// table costs two tables and no closures, which matters once per hook call.
#include "shq_internal.h"
#include <string.h>

// Metatable field (a light userdata key no plugin can write) holding the view's name.
static const char shq_readonly_name_key = 0;

// The target of a view, or 0 when `index` is not a view. Uses the raw metatable,
// which the "__metatable" field hides from plugins but not from C.
static int shq_push_view_target(lua_State *L, int index) {
    if (!lua_getmetatable(L, index)) {
        return 0;
    }
    if (lua_rawgetp(L, -1, &shq_readonly_name_key) == LUA_TNIL) {
        lua_pop(L, 2);
        return 0;
    }
    lua_pop(L, 1);
    lua_pushliteral(L, "__index");
    lua_rawget(L, -2);
    lua_remove(L, -2);
    return 1;
}

int shq_is_readonly(lua_State *L, int index) {
    if (lua_type(L, index) != LUA_TTABLE || !lua_getmetatable(L, index)) {
        return 0;
    }
    int marked = lua_rawgetp(L, -1, &shq_readonly_name_key) != LUA_TNIL;
    lua_pop(L, 2);
    return marked;
}

static int shq_readonly_newindex(lua_State *L) {
    const char *name = "?";
    if (lua_getmetatable(L, 1) && lua_rawgetp(L, -1, &shq_readonly_name_key) == LUA_TSTRING) {
        name = lua_tostring(L, -1);
    }
    const char *key = luaL_tolstring(L, 2, NULL);
    return luaL_error(L, "attempt to modify read-only table '%s' (field '%s')", name, key);
}

static int shq_readonly_next(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    if (lua_next(L, 1)) {
        return 2;
    }
    lua_pushnil(L);
    return 1;
}

static int shq_readonly_pairs(lua_State *L) {
    lua_pushcfunction(L, shq_readonly_next);
    if (!shq_push_view_target(L, 1)) {
        lua_newtable(L);
    }
    lua_pushnil(L);
    return 3;
}

static int shq_readonly_len(lua_State *L) {
    lua_Integer length = 0;
    if (shq_push_view_target(L, 1)) {
        length = (lua_Integer)lua_rawlen(L, -1);
    }
    lua_pushinteger(L, length);
    return 1;
}

void shq_freeze_in_call(lua_State *L, int index, const char *name, int depth) {
    index = lua_absindex(L, index);
    if (lua_type(L, index) != LUA_TTABLE || shq_is_readonly(L, index)) {
        return;
    }
    if (depth > 200) {
        luaL_error(L, "a table given to a plugin nests too deeply to be made read-only");
    }
    luaL_checkstack(L, 4, "a table given to a plugin nests too deeply to be made read-only");
    // Nested tables first, each replaced by its view (changing existing fields is allowed during next).
    lua_pushnil(L);
    while (lua_next(L, index)) {
        if (lua_type(L, -1) == LUA_TTABLE && !shq_is_readonly(L, -1)) {
            shq_freeze_in_call(L, -1, name, depth + 1);
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, index);
        } else {
            lua_pop(L, 1);
        }
    }
    lua_createtable(L, 0, 0);
    lua_createtable(L, 0, 6);
    lua_pushvalue(L, index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, shq_readonly_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, shq_readonly_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushcfunction(L, shq_readonly_len);
    lua_setfield(L, -2, "__len");
    lua_pushliteral(L, "read-only");
    lua_setfield(L, -2, "__metatable");
    lua_pushstring(L, name);
    lua_rawsetp(L, -2, &shq_readonly_name_key);
    lua_setmetatable(L, -2);
    lua_replace(L, index);
}

int shq_freeze_function(lua_State *L) {
    const char *name = luaL_optstring(L, 2, "?");
    lua_settop(L, 2);
    shq_freeze_in_call(L, 1, name, 0);
    lua_settop(L, 1);
    return 1;
}

int shq_readonly_rawset(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    if (shq_is_readonly(L, 1)) {
        return luaL_error(L, "attempt to modify a read-only table with rawset");
    }
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 1;
}
