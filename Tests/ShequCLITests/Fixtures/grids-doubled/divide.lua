local M = {}

function M.divide(community, ctx)
  local grids = {}
  for i, unit in ipairs(community.units) do grids[i] = { members = { { unit_id = unit.id } } } end
  local first = community.units[1]
  if first and #first.household_ids > 0 and #grids > 1 then
    local last = grids[#grids]
    last.members[#last.members + 1] = { unit_id = first.id, household_ids = { first.household_ids[1] } }
  end
  return { bounds = { min_households = 1, max_households = 100000 }, grids = grids }
end

return M
