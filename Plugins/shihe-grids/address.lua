-- Natural order of Chinese addresses: "3号楼" before "12号楼", numbers compared as numbers.
local M = {}

local function chunks(text)
  local parts = {}
  for digits, rest in string.gmatch(text, "(%d*)(%D*)") do
    if digits ~= "" then parts[#parts + 1] = tonumber(digits) end
    if rest ~= "" then parts[#parts + 1] = rest end
  end
  return parts
end

function M.before(a, b)
  local x, y = chunks(a), chunks(b)
  for i = 1, math.min(#x, #y) do
    local p, q = x[i], y[i]
    if p ~= q then
      if type(p) == type(q) then return p < q end
      return type(p) == "number"
    end
  end
  return #x < #y
end

return M
