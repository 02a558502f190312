#ifndef CSHEQULUA_H
#define CSHEQULUA_H
#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>
#include <lua5.4/lauxlib.h>
#endif
