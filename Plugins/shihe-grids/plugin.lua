-- 浉河区城市社区网格划分（示例）
-- Sample grid division for the urban communities of Shihe district (浉河区, 411502):
-- whole buildings in address order, a few hundred households per grid (Art. 34),
-- schools, markets, hospitals and industrial parks in dedicated grids.
return {
  id = "xinyang.shihe.grids",
  version = "1.0.0",
  api = 1,
  county = "411502",
  title = "浉河区城市社区网格划分办法（示例）",
  description = "Urban grids of whole buildings, about 300 households each; dedicated grids for schools, markets, hospitals and parks.",
  hooks = {
    grids = "divide.divide",
  },
  config = {
    target_households = 300,
    min_households = 100,
    max_households = 500,
    split_oversized_units = true,
  },
}
