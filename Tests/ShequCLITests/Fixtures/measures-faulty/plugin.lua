-- A points plugin that misbehaves on purpose: it raises on one kind of event and
-- returns a fine, which no declaration can allow, on another; on a third it splits one
-- award over the per-event bound into three smaller ones.
return {
  id = "tests.faulty.points",
  version = "1.0.0",
  api = 1,
  hooks = { measures = "rules.evaluate" },
  measures = {
    { kind = "award_points", max_points_per_event = 10 },
    { kind = "criticism_education" },
  },
}
