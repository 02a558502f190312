// Decoding of values encoded by the Swift side (LuaValue) into Lua values.
// Format, native byte order: a u32 count, then that many values; a value is a
// tag byte: 0 nil, 1 false, 2 true, 3 int64, 4 double, 5 u64 length + bytes,
// 6 table (u64 sequence count, u64 field count, the sequence values, then
// key/value pairs).
#include "shq_internal.h"
#include <string.h>

typedef struct shq_reader {
    const unsigned char *at;
    const unsigned char *end;
} shq_reader;

static void shq_need(lua_State *L, shq_reader *r, size_t n) {
    if ((size_t)(r->end - r->at) < n) {
        luaL_error(L, "malformed value encoding from the host");
    }
}

static uint64_t shq_read_u64(lua_State *L, shq_reader *r) {
    uint64_t v;
    shq_need(L, r, 8);
    memcpy(&v, r->at, 8);
    r->at += 8;
    return v;
}

static void shq_decode_one(lua_State *L, shq_reader *r, int depth) {
    if (depth > 200) {
        luaL_error(L, "value from the host nests too deeply");
    }
    luaL_checkstack(L, 3, "value from the host nests too deeply");
    shq_need(L, r, 1);
    unsigned char tag = *r->at++;
    switch (tag) {
    case 0: lua_pushnil(L); break;
    case 1: lua_pushboolean(L, 0); break;
    case 2: lua_pushboolean(L, 1); break;
    case 3: {
        int64_t i;
        shq_need(L, r, 8);
        memcpy(&i, r->at, 8);
        r->at += 8;
        lua_pushinteger(L, (lua_Integer)i);
        break;
    }
    case 4: {
        double d;
        shq_need(L, r, 8);
        memcpy(&d, r->at, 8);
        r->at += 8;
        lua_pushnumber(L, (lua_Number)d);
        break;
    }
    case 5: {
        uint64_t len = shq_read_u64(L, r);
        shq_need(L, r, (size_t)len);
        lua_pushlstring(L, (const char *)r->at, (size_t)len);
        r->at += len;
        break;
    }
    case 6: {
        uint64_t count = shq_read_u64(L, r);
        uint64_t fields = shq_read_u64(L, r);
        int narr = count > INT32_MAX ? INT32_MAX : (int)count;
        int nrec = fields > INT32_MAX ? INT32_MAX : (int)fields;
        lua_createtable(L, narr, nrec);
        for (uint64_t i = 1; i <= count; i++) {
            shq_decode_one(L, r, depth + 1);
            lua_rawseti(L, -2, (lua_Integer)i);
        }
        for (uint64_t i = 0; i < fields; i++) {
            shq_decode_one(L, r, depth + 1);
            shq_decode_one(L, r, depth + 1);
            if (lua_isnil(L, -2)) {
                luaL_error(L, "malformed value encoding from the host (nil key)");
            }
            lua_rawset(L, -3);
        }
        break;
    }
    default:
        luaL_error(L, "malformed value encoding from the host (tag %d)", (int)tag);
    }
}

int shq_decode_values(lua_State *L, const unsigned char *bytes, size_t len) {
    shq_reader r = { bytes, bytes + len };
    uint32_t count;
    shq_need(L, &r, 4);
    memcpy(&count, r.at, 4);
    r.at += 4;
    luaL_checkstack(L, (int)(count > 1000000 ? 1000000 : count) + 2, "too many values from the host");
    // Host values were bounded by the host; the limit on strings built by plugin code does not apply.
    shq_control *c = shq_control_of(L);
    int outer = c->host_values;
    c->host_values = 1;
    for (uint32_t i = 0; i < count; i++) {
        shq_decode_one(L, &r, 0);
    }
    c->host_values = outer;
    return (int)count;
}

static int shq_decode_entry(lua_State *L) {
    const unsigned char *bytes = lua_touserdata(L, 1);
    size_t len = (size_t)lua_tointeger(L, 2);
    lua_settop(L, 0);
    return shq_decode_values(L, bytes, len);
}

int shq_push_encoded(lua_State *L, const void *bytes, size_t len, int *pushed) {
    if (!lua_checkstack(L, 3)) {
        return LUA_ERRMEM;
    }
    int top = lua_gettop(L);
    lua_pushcfunction(L, shq_decode_entry);
    lua_pushlightuserdata(L, (void *)bytes);
    lua_pushinteger(L, (lua_Integer)len);
    int status = lua_pcall(L, 2, LUA_MULTRET, 0);
    *pushed = status == LUA_OK ? lua_gettop(L) - top : 0;
    return status;
}
