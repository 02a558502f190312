-- Shows the facts the measures hook receives.
return {
  id = "tests.facts.plain",
  version = "1.0.0",
  api = 1,
  hooks = { measures = "rules.evaluate" },
  measures = { { kind = "commendation" } },

}
