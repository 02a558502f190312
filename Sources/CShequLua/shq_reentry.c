// The places where Lua would run plugin code again after a kill, each made to
// refuse once the call is stopped.
//
// The count hook kills a call by raising from inside the hook, and Lua clears
// the thread's `allowhook` while a hook runs: until the next protected boundary
// restores it, nothing on that thread is counted. Three kinds of code can run
// in that gap: an xpcall message handler (called where the error is raised),
// the pending `<close>` variables of a coroutine that died of the kill (run by
// coroutine.close and by coroutine.wrap's error path through lua_resetthread,
// with the dead coroutine's `allowhook` still 0, in this call or any later
// one), and whatever runs after pcall or resume hand the kill back. So:
// - a thread the kill struck is marked in its extra space, and its close
//   handlers never run (coroutine.close answers false, wrap re-raises);
// - pcall, xpcall, resume and wrap raise the kill again as soon as Lua hands
//   control back to them, and an xpcall handler is skipped once the call is killed;
// - coroutine.close nests at most SHQ_CLOSE_NESTING deep: Lua 5.4.4's
//   lua_resetthread does not count the C stack of the closing thread (fixed
//   in 5.4.6), so close handlers that close coroutines overflowed the C stack.
// Parts copied from lbaselib.c and lcorolib.c (Lua 5.4.4, Copyright (C)
// 1994-2022 Lua.org, PUC-Rio, MIT licence; see shq_pattern.c for its text).
#include "shq_internal.h"
#include <string.h>

// Deepest nesting of coroutine.close (and of wrap's closing after an error).
#define SHQ_CLOSE_NESTING 4

void shq_mark_killed_thread(lua_State *L, shq_control *c) {
    if (L != c->main_thread) {
        memset(lua_getextraspace(L), 1, 1);
    }
}

static int shq_thread_was_killed(lua_State *co) {
    return *(unsigned char *)lua_getextraspace(co) != 0;
}

// Raises the kill again when the call is stopped: nothing after a kill may continue.
static void shq_stop_if_killed(lua_State *L) {
    shq_control *c = shq_control_of(L);
    if (c->kill != SHQ_KILL_NONE) {
        shq_kill_and_raise(L, c, c->kill);
    }
}

// MARK: - pcall, xpcall

static int shq_finishpcall(lua_State *L, int status, lua_KContext extra) {
    shq_stop_if_killed(L);
    if (status != LUA_OK && status != LUA_YIELD) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)extra;
}

static int shq_pcall(lua_State *L) {
    shq_stop_if_killed(L);
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, shq_finishpcall);
    return shq_finishpcall(L, status, 0);
}

// The message handler xpcall installs instead of the plugin's (upvalue 1): the
// plugin's handler runs only while the call is alive, since a kill raised from
// the hook reaches the handler with the count hook off.
static int shq_guarded_handler(lua_State *L) {
    if (shq_control_of(L)->kill != SHQ_KILL_NONE) {
        lua_settop(L, 1);
        return 1;
    }
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, 1);
    return 1;
}

static int shq_xpcall(lua_State *L) {
    shq_stop_if_killed(L);
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, shq_guarded_handler, 1);
    lua_replace(L, 2);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, shq_finishpcall);
    return shq_finishpcall(L, status, 2);
}

// MARK: - coroutine.resume, wrap, close

static lua_State *shq_getco(lua_State *L) {
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co, 1, "coroutine");
    return co;
}

static int shq_auxresume(lua_State *L, lua_State *co, int narg) {
    int status, nres;
    shq_stop_if_killed(L);
    if (!lua_checkstack(co, narg)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
    }
    lua_xmove(L, co, narg);
    status = lua_resume(co, L, narg, &nres);
    shq_stop_if_killed(L);
    if (status == LUA_OK || status == LUA_YIELD) {
        if (!lua_checkstack(L, nres + 1)) {
            lua_pop(co, nres);
            lua_pushliteral(L, "too many results to resume");
            return -1;
        }
        lua_xmove(co, L, nres);
        return nres;
    }
    lua_xmove(co, L, 1);
    return -1;
}

static int shq_co_resume(lua_State *L) {
    lua_State *co = shq_getco(L);
    int r = shq_auxresume(L, co, lua_gettop(L) - 1);
    if (r < 0) {
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, -(r + 1));
    return r + 1;
}

// lua_resetthread for plugins: refuses a thread the kill struck (its close
// handlers would run uncounted) and bounds the nesting. Leaves the status.
static int shq_reset_thread(lua_State *L, lua_State *co) {
    shq_control *c = shq_control_of(L);
    shq_stop_if_killed(L);
    if (shq_thread_was_killed(co)) {
        shq_stop_if_killed(L);
        lua_pushliteral(L, "the coroutine was stopped by a limit of the host; its pending <close> handlers do not run");
        return LUA_ERRRUN;
    }
    if (c->close_nesting >= SHQ_CLOSE_NESTING) {
        luaL_error(L, "coroutine.close nests too deeply (at most %d levels of closing inside __close handlers)",
                   SHQ_CLOSE_NESTING);
    }
    c->close_nesting += 1;
    int status = lua_resetthread(co); // protected: never raises
    c->close_nesting -= 1;
    shq_stop_if_killed(L);
    if (status != LUA_OK) {
        lua_xmove(co, L, 1);
    }
    return status;
}

static int shq_auxwrap(lua_State *L) {
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int r = shq_auxresume(L, co, lua_gettop(L));
    if (r < 0) {
        int stat = lua_status(co);
        if (stat != LUA_OK && stat != LUA_YIELD) {
            lua_pop(L, 1); // the same message is left by the reset
            stat = shq_reset_thread(L, co);
        }
        if (stat != LUA_ERRMEM && lua_type(L, -1) == LUA_TSTRING) {
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
        }
        return lua_error(L);
    }
    return r;
}

static int shq_co_wrap(lua_State *L) {
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushcclosure(L, shq_auxwrap, 1);
    return 1;
}

#define COS_RUN 0
#define COS_DEAD 1
#define COS_YIELD 2
#define COS_NORM 3

static const char *const shq_statname[] = { "running", "dead", "suspended", "normal" };

static int shq_auxstatus(lua_State *L, lua_State *co) {
    if (L == co) return COS_RUN;
    switch (lua_status(co)) {
    case LUA_YIELD:
        return COS_YIELD;
    case LUA_OK: {
        lua_Debug ar;
        if (lua_getstack(co, 0, &ar)) return COS_NORM;
        return lua_gettop(co) == 0 ? COS_DEAD : COS_YIELD;
    }
    default:
        return COS_DEAD;
    }
}

static int shq_co_close(lua_State *L) {
    lua_State *co = shq_getco(L);
    int status = shq_auxstatus(L, co);
    if (status != COS_DEAD && status != COS_YIELD) {
        return luaL_error(L, "cannot close a %s coroutine", shq_statname[status]);
    }
    if (shq_reset_thread(L, co) == LUA_OK) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    return 2;
}

void shq_install_reentry_guards(lua_State *L) {
    lua_pushcfunction(L, shq_pcall);
    lua_setglobal(L, "pcall");
    lua_pushcfunction(L, shq_xpcall);
    lua_setglobal(L, "xpcall");
    lua_getglobal(L, LUA_COLIBNAME);
    lua_pushcfunction(L, shq_co_resume);
    lua_setfield(L, -2, "resume");
    lua_pushcfunction(L, shq_co_wrap);
    lua_setfield(L, -2, "wrap");
    lua_pushcfunction(L, shq_co_close);
    lua_setfield(L, -2, "close");
    lua_pop(L, 1);
}
