// ShequCore: the governance domain of the Xinyang regulation and the storage
// interfaces the stores implement. No I/O, no Lua.
