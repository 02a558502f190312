-- 浉河区: buildings stay whole and are taken in address order until a grid reaches the
-- target; a building larger than the maximum is split by household; dedicated units
-- (学校, 市场, 医院, 园区) each get their own grid.
local address = require("address")

local M = {}

local function settings(ctx)
  local config = shequ.config()
  local params = (ctx and ctx.params) or {}
  return {
    target = params.target_households or config.target_households,
    min = params.min_households or config.min_households,
    max = params.max_households or config.max_households,
  }
end

local function sorted_units(units)
  local list = {}
  for i, unit in ipairs(units) do list[i] = unit end
  table.sort(list, function(a, b)
    if a.address ~= b.address then return address.before(a.address, b.address) end
    return a.id < b.id
  end)
  return list
end

-- Splits one oversized building into parts of at most `max` households.
local function split(unit, max)
  local parts = {}
  local ids = unit.household_ids
  local count = #ids
  local pieces = (count + max - 1) // max
  local size = (count + pieces - 1) // pieces
  for first = 1, count, size do
    local members = {}
    for i = first, math.min(first + size - 1, count) do members[#members + 1] = ids[i] end
    parts[#parts + 1] = { kind = "basic", members = { { unit_id = unit.id, household_ids = members } } }
  end
  return parts
end

---@param community table  the community with its buildings (units)
---@param ctx table        county parameters: ctx.params
---@return table           { bounds = {...}, grids = { { kind, members } } }
function M.divide(community, ctx)
  local s = settings(ctx)
  local grids = {}
  local current, size = nil, 0

  local function close()
    if current then grids[#grids + 1] = current end
    current, size = nil, 0
  end

  for _, unit in ipairs(sorted_units(community.units)) do
    local households = unit.household_count
    if unit.dedicated then
      grids[#grids + 1] = { kind = unit.dedicated, members = { { unit_id = unit.id } } }
    elseif households > s.max then
      close()
      for _, part in ipairs(split(unit, s.max)) do grids[#grids + 1] = part end
    else
      if current and size + households > s.max then close() end
      current = current or { kind = "basic", members = {} }
      current.members[#current.members + 1] = { unit_id = unit.id }
      size = size + households
      if size >= s.target then close() end
    end
  end

  -- A small last grid joins the one before it when that stays within the maximum.
  if current and size < s.min and #grids > 0 then
    local last = grids[#grids]
    local lastSize = 0
    for _, member in ipairs(last.members) do
      for _, unit in ipairs(community.units) do
        if unit.id == member.unit_id then
          lastSize = lastSize + (member.household_ids and #member.household_ids or unit.household_count)
        end
      end
    end
    if last.kind == "basic" and lastSize + size <= s.max then
      for _, member in ipairs(current.members) do last.members[#last.members + 1] = member end
      current = nil
    end
  end
  close()

  return { bounds = { min_households = 1, max_households = s.max }, grids = grids }
end

return M
