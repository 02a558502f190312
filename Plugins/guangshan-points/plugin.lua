-- 光山县村规民约积分办法（示例）
-- Sample points scheme for village rules in Guangshan county (光山县, 411522):
-- incentive and constraint measures on the topics of Art. 30 of the Xinyang
-- regulation (尊老爱幼, 婚丧礼俗, 餐饮消费, 文明养犬, 人居环境) and volunteer service.
return {
  id = "xinyang.guangshan.points",
  version = "1.0.0",
  api = 1,
  county = "411522",
  title = "光山县村规民约积分办法（示例）",
  description = "Points for caring for elders, simple weddings and funerals, banquet spending, dog-keeping, garbage sorting and volunteer service.",
  hooks = {
    measures = "rules.evaluate",
  },
  -- The measures these rules can produce, with their bounds (checked when the plugin
  -- loads, again when a convention version is filed, and on every result).
  measures = {
    { kind = "award_points",
      topics = { "respect_elderly", "wedding_funeral_customs", "living_environment", "volunteer_service" },
      articles = { "第五条", "第六条", "第八条", "第九条" },
      max_points_per_event = 10, max_points_per_period = 40, period = "month" },
    { kind = "deduct_points", topics = { "banquet_spending", "dog_keeping" },
      articles = { "第六条", "第七条" }, max_points_per_event = 10 },
    { kind = "commendation" },
    { kind = "criticism_education" },
    { kind = "rectification_request" },
  },
  config = {
    elder_care_points = 5,        -- 照料孤寡、空巢老人
    filial_points = 3,            -- 孝敬父母受到表彰
    simple_ceremony_points = 5,   -- 婚事新办、丧事简办
    banquet_table_limit = 10,     -- 红白事宴席桌数上限
    over_limit_points = 2,        -- 超出上限每桌扣分
    over_limit_cap = 10,          -- 单次扣分上限
    garbage_sorting_points = 1,   -- 垃圾分类合格
    volunteer_points_per_hour = 2,
    volunteer_cap = 10,           -- 单次志愿服务积分上限
    dog_leash_points = 2,         -- 遛狗不牵绳（再次）扣分
  },
}
