-- A buggy division: every unit in its own grid, and the first household of the first
-- unit also in the last grid.
return {
  id = "tests.grids.doubled",
  version = "1.0.0",
  api = 1,
  hooks = { grids = "divide.divide" },
  config = { min_households = 1, max_households = 100000 },
}
