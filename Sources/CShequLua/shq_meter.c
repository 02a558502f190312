// C functions charged by the size of what they take and give. The count hook
// sees only VM instructions: a C function such as string.upper, utf8.len or
// select does work in proportion to its arguments in one instruction, so a
// plugin calling it a few hundred times per hook period could run for seconds
// uncounted. Each such library function is called through shq_metered, which
// charges its arguments (one instruction each, plus one per 8 bytes of string)
// before the call and its results after, and checks the limits once a hook
// period's worth has gathered. Strings the function builds are charged by the
// allocator. Functions whose cost is not bounded by their arguments and results
// (string.rep, load) charge what they will do before doing it; string.rep of an
// empty string returns at once.
#include "shq_internal.h"
#include <string.h>

enum {
    SHQ_METER_ARGUMENTS = 0, // arguments and results
    SHQ_METER_REP = 1,       // string.rep: the length of the result, before building it
    SHQ_METER_PER_BYTE = 2,  // load, utf8 decoding: one instruction per byte (parsing and decoding are slow)
};

static int64_t shq_argument_cost(lua_State *L, int n, int64_t per_byte_divisor) {
    int64_t cost = n;
    for (int i = 1; i <= n; i++) {
        if (lua_type(L, i) == LUA_TSTRING) {
            cost += (int64_t)(lua_rawlen(L, i) / (size_t)per_byte_divisor);
        }
    }
    return cost;
}

static int64_t shq_rep_cost(lua_State *L) {
    if (lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2)) {
        return 1; // the function raises its own argument error
    }
    lua_Integer n = lua_tointeger(L, 2);
    if (n <= 0) {
        return 1;
    }
    size_t sep = lua_type(L, 3) == LUA_TSTRING ? lua_rawlen(L, 3) : 0;
    double bytes = ((double)lua_rawlen(L, 1) + (double)sep) * (double)n;
    double cost = bytes / SHQ_BYTES_PER_INSTRUCTION;
    return cost > 4e18 ? (int64_t)4e18 : (int64_t)cost + 1;
}

static int shq_metered(lua_State *L) {
    lua_CFunction original = (lua_CFunction)(uintptr_t)lua_touserdata(L, lua_upvalueindex(1));
    int kind = (int)lua_tointeger(L, lua_upvalueindex(2));
    shq_control *c = shq_control_of(L);
    int n = lua_gettop(L);
    switch (kind) {
    case SHQ_METER_REP:
        // Lua 5.4.4 loops n times even when the string and the separator are empty
        // (string.rep("", 1 << 40) ran for hours): the result is "" without looping.
        if (lua_type(L, 1) == LUA_TSTRING && lua_rawlen(L, 1) == 0
            && (lua_isnoneornil(L, 3) || (lua_type(L, 3) == LUA_TSTRING && lua_rawlen(L, 3) == 0))
            && lua_isinteger(L, 2)) {
            lua_pushliteral(L, "");
            return 1;
        }
        shq_charge(L, c, shq_argument_cost(L, n, SHQ_BYTES_PER_INSTRUCTION) + shq_rep_cost(L));
        break;
    case SHQ_METER_PER_BYTE:
        shq_charge(L, c, shq_argument_cost(L, n, 1));
        break;
    default:
        shq_charge(L, c, shq_argument_cost(L, n, SHQ_BYTES_PER_INSTRUCTION));
        break;
    }
    int results = original(L);
    shq_charge(L, c, results);
    return results;
}

// Replaces field `name` of the table on top by its metered version.
static void shq_meter_field(lua_State *L, const char *name, int kind) {
    lua_getfield(L, -1, name);
    lua_CFunction original = lua_tocfunction(L, -1);
    lua_pop(L, 1);
    if (original == NULL) {
        return;
    }
    lua_pushlightuserdata(L, (void *)(uintptr_t)original);
    lua_pushinteger(L, kind);
    lua_pushcclosure(L, shq_metered, 2);
    lua_setfield(L, -2, name);
}

// utf8.codes and its iterator, as Lua 5.4.6 has them (5.4.4 accepted spurious
// continuation bytes), and with O(1) steps (see shq_iter_aux). Adapted from
// lutf8lib.c (Copyright (C) 1994-2023 Lua.org, PUC-Rio, MIT licence).
#define SHQ_MAXUNICODE 0x10FFFFu
#define SHQ_MAXUTF 0x7FFFFFFFu
#define shq_iscont(c) (((c) & 0xC0) == 0x80)
#define shq_iscontp(p) shq_iscont(*(p))

static const char *shq_utf8_decode(const char *s, unsigned int *val, int strict) {
    static const unsigned int limits[] = { ~(unsigned int)0, 0x80, 0x800, 0x10000u, 0x200000u, 0x4000000u };
    unsigned int c = (unsigned char)s[0];
    unsigned int res = 0;
    if (c < 0x80) {
        res = c;
    } else {
        int count = 0;
        for (; c & 0x40; c <<= 1) {
            unsigned int cc = (unsigned char)s[++count];
            if ((cc & 0xC0) != 0x80) return NULL;
            res = (res << 6) | (cc & 0x3F);
        }
        res |= ((unsigned int)(c & 0x7F) << (count * 5));
        if (count > 5 || res > SHQ_MAXUTF || res < limits[count]) return NULL;
        s += count;
    }
    if (strict) {
        if (res > SHQ_MAXUNICODE || (0xD800u <= res && res <= 0xDFFFu)) return NULL;
    }
    if (val) *val = res;
    return s + 1;
}

static int shq_iter_aux(lua_State *L, int strict) {
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_Unsigned n = (lua_Unsigned)lua_tointeger(L, 2);
    if (n < len) {
        // Go to the next character: at most 5 continuation bytes follow a valid one. Lua 5.4.4
        // skipped any run of them, so calling the iterator again and again cost O(length) each time.
        int skipped = 0;
        while (shq_iscontp(s + n)) {
            n++;
            if (++skipped > 5) return luaL_error(L, "invalid UTF-8 code");
        }
    }
    if (n >= len) {
        return 0;
    }
    unsigned int code;
    const char *next = shq_utf8_decode(s + n, &code, strict);
    if (next == NULL || shq_iscontp(next)) {
        return luaL_error(L, "invalid UTF-8 code");
    }
    lua_pushinteger(L, (lua_Integer)n + 1);
    lua_pushinteger(L, code);
    return 2;
}

static int shq_iter_auxstrict(lua_State *L) { return shq_iter_aux(L, 1); }
static int shq_iter_auxlax(lua_State *L) { return shq_iter_aux(L, 0); }

static int shq_utf8_codes(lua_State *L) {
    int lax = lua_toboolean(L, 2);
    const char *s = luaL_checkstring(L, 1);
    luaL_argcheck(L, !shq_iscontp(s), 1, "invalid UTF-8 code");
    lua_pushcfunction(L, lax ? shq_iter_auxlax : shq_iter_auxstrict);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    return 3;
}

void shq_install_meters(lua_State *L) {
    static const char *const string_functions[] = {
        "byte", "char", "format", "len", "lower", "pack", "packsize", "reverse", "sub", "unpack", "upper", NULL,
    };
    static const char *const utf8_functions[] = { "codepoint", "len", "offset", NULL };
    static const char *const base_functions[] = { "select", "tostring", "tonumber", "rawequal", "rawlen", NULL };

    lua_getglobal(L, LUA_STRLIBNAME);
    for (const char *const *name = string_functions; *name != NULL; name++) {
        shq_meter_field(L, *name, SHQ_METER_ARGUMENTS);
    }
    shq_meter_field(L, "rep", SHQ_METER_REP);
    lua_pop(L, 1);

    lua_getglobal(L, LUA_UTF8LIBNAME);
    for (const char *const *name = utf8_functions; *name != NULL; name++) {
        shq_meter_field(L, *name, SHQ_METER_PER_BYTE);
    }
    shq_meter_field(L, "char", SHQ_METER_ARGUMENTS);
    lua_pushcfunction(L, shq_utf8_codes);
    lua_setfield(L, -2, "codes");
    lua_pop(L, 1);

    lua_pushglobaltable(L);
    for (const char *const *name = base_functions; *name != NULL; name++) {
        shq_meter_field(L, *name, SHQ_METER_ARGUMENTS);
    }
    shq_meter_field(L, "load", SHQ_METER_PER_BYTE);
    lua_getglobal(L, LUA_COLIBNAME);
    shq_meter_field(L, "resume", SHQ_METER_ARGUMENTS);
    shq_meter_field(L, "yield", SHQ_METER_ARGUMENTS);
    lua_pop(L, 2);
}
