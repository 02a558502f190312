return {
  id = "xinyang.test.failing",
  version = "0.1.0",
  api = 1,
  hooks = { total = "calc.total" },
  limits = { instructions = 5000000 },
}
