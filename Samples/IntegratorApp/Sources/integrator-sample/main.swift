import ShequLua
let v: LuaValue = ["a": 1]
print(v)
