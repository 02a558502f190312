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

// next(t, k) for plugins, and the iterator pairs returns for a view: the state
// it iterates with is the view itself, never the table behind it (handing that
// out would make it writable), and a view is seen through to its target.
// One call scans the empty slots before the next entry: next(t) on a table whose
// two million entries were all cleared costs milliseconds in one instruction. The
// scan is charged by the time it took (only when that is over a microsecond).
int shq_readonly_next(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    int table = 1;
    if (shq_push_view_target(L, 1)) {
        lua_insert(L, 2); // view, target, key
        table = 2;
    }
    struct timespec before, after;
    clock_gettime(CLOCK_MONOTONIC, &before);
    int found = lua_next(L, table);
    clock_gettime(CLOCK_MONOTONIC, &after);
    int64_t nanoseconds = (int64_t)(after.tv_sec - before.tv_sec) * 1000000000 + (after.tv_nsec - before.tv_nsec);
    if (nanoseconds > 1000) {
        shq_charge(L, shq_control_of(L), nanoseconds / 4); // a VM instruction takes about 4 ns
    }
    if (found) {
        return 2;
    }
    lua_pushnil(L);
    return 1;
}

static int shq_pairs_continue(lua_State *L, int status, lua_KContext k) {
    (void)L; (void)status; (void)k;
    return 3;
}

// pairs for plugins: Lua's own, except that a table without __pairs is iterated
// with the charged next above (the library's next, which pairs would hand out,
// is not charged).
int shq_pairs(lua_State *L) {
    luaL_checkany(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") == LUA_TNIL) {
        lua_pushcfunction(L, shq_readonly_next);
        lua_pushvalue(L, 1);
        lua_pushnil(L);
    } else {
        lua_pushvalue(L, 1);
        lua_callk(L, 1, 3, 0, shq_pairs_continue);
    }
    return 3;
}

static int shq_readonly_pairs(lua_State *L) {
    lua_pushcfunction(L, shq_readonly_next);
    lua_pushvalue(L, 1);
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
