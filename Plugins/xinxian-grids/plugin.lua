-- 新县农村网格划分（示例）
-- Sample grid division for the rural villages of Xin county (新县, 411523): a natural
-- village is a grid (Art. 34); small neighbouring villages share one, large ones are
-- split by household.
return {
  id = "xinyang.xinxian.grids",
  version = "1.0.0",
  api = 1,
  county = "411523",
  title = "新县农村网格划分办法（示例）",
  description = "One grid per natural village; small villages merged with their neighbours, large ones split.",
  hooks = {
    grids = "divide.divide",
  },
  config = {
    min_households = 30,
    max_households = 150,
    split_oversized_units = true,
  },
}
