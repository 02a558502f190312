-- 新县: each natural village (自然村) is a grid; a village below the minimum joins the
-- next one in address order; a village above the maximum is split into equal parts.
local address = require("address")

local M = {}

local function settings(ctx)
  local config = shequ.config()
  local params = (ctx and ctx.params) or {}
  return {
    min = params.min_households or config.min_households,
    max = params.max_households or config.max_households,
  }
end

local function split(unit, max)
  local ids = unit.household_ids
  local count = #ids
  local pieces = (count + max - 1) // max
  local size = (count + pieces - 1) // pieces
  local parts = {}
  for first = 1, count, size do
    local members = {}
    for i = first, math.min(first + size - 1, count) do members[#members + 1] = ids[i] end
    parts[#parts + 1] = { kind = "basic", members = { { unit_id = unit.id, household_ids = members } } }
  end
  return parts
end

---@param community table  the village with its natural villages (units)
---@param ctx table        county parameters: ctx.params
---@return table           { bounds = {...}, grids = { { kind, members } } }
function M.divide(community, ctx)
  local s = settings(ctx)
  local units = {}
  for i, unit in ipairs(community.units) do units[i] = unit end
  table.sort(units, function(a, b)
    if a.address ~= b.address then return address.before(a.address, b.address) end
    return a.id < b.id
  end)

  local grids = {}
  local pending, pendingSize = nil, 0
  for _, unit in ipairs(units) do
    if unit.dedicated then
      grids[#grids + 1] = { kind = unit.dedicated, members = { { unit_id = unit.id } } }
    elseif unit.household_count > s.max then
      for _, part in ipairs(split(unit, s.max)) do grids[#grids + 1] = part end
    else
      if pending and pendingSize + unit.household_count > s.max then
        grids[#grids + 1] = pending
        pending, pendingSize = nil, 0
      end
      pending = pending or { kind = "basic", members = {} }
      pending.members[#pending.members + 1] = { unit_id = unit.id }
      pendingSize = pendingSize + unit.household_count
      if pendingSize >= s.min then
        grids[#grids + 1] = pending
        pending, pendingSize = nil, 0
      end
    end
  end
  if pending then
    -- The last small villages join the previous basic grid when it has room.
    local last = grids[#grids]
    if last and last.kind == "basic" and not last.members[1].household_ids then
      for _, member in ipairs(pending.members) do last.members[#last.members + 1] = member end
    else
      grids[#grids + 1] = pending
    end
  end
  return { bounds = { min_households = 1, max_households = s.max + s.min }, grids = grids }
end

return M
