test("never registered", function() end)
local x = nil
x.field = 1
