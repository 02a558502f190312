-- Shows the facts the measures hook receives, care categories included.
return {
  id = "tests.facts.care",
  version = "1.0.0",
  api = 1,
  hooks = { measures = "rules.evaluate" },
  measures = { { kind = "commendation" } },
  needs = { "care" },
}
