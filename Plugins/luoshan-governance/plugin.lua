-- 罗山县社区治理规则（示例）
-- Sample county rules of Luoshan county (罗山县, 411521): how free-text tasks given to
-- residents' and villagers' committees map to the work-affairs catalogue (Art. 40), and
-- how disputes climb the county's ladder when a level does not resolve them in time
-- (Art. 35). The built-in "four levels, seven days" (四级七天) rule is also written out
-- in Lua here (escalation.four_levels_seven_days), and chosen with config.rule.
return {
  id = "xinyang.luoshan.governance",
  version = "1.0.0",
  api = 1,
  county = "411521",
  title = "罗山县居(村)民委员会工作事务与矛盾纠纷化解规则（示例）",
  description = "Keyword and local-synonym matching of tasks to catalogue items; dispute escalation with county time limits, session extensions and land disputes going straight to the township.",
  hooks = {
    match_task = "tasks.match",
    escalate_dispute = "escalation.escalate",
  },
  config = {
    -- "local" (the county variant below) or "four_levels_seven_days".
    rule = "local",
    -- Days added to a level's limit when it held a mediation session there.
    extension_days = 3,
    -- The county ladder: grid worker 3 days, community mediation 7, township 15, county 30.
    ladder = {
      { level = "grid_worker", time_limit_days = 3 },
      { level = "community_mediation", time_limit_days = 7 },
      { level = "township", time_limit_days = 15 },
      { level = "county", time_limit_days = 30 },
    },
  },
}
