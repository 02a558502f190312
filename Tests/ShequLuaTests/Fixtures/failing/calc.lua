local M = {}

function M.total(input)
  local sum = 0
  for _, value in ipairs(input.values) do sum = sum + value end
  return { total = sum, count = #input.values }
end

return M
