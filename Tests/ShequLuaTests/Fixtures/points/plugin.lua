return {
  id = "xinyang.guangshan.points",
  version = "1.2.0",
  api = 1,
  county = "411522",
  title = "光山县志愿服务积分",
  description = "按年龄与服务时长计算积分",
  hooks = {
    score = "rules.points.score",
    echo = "util.echo",
    spin = "util.spin",
    random = "util.random",
  },
  limits = { deadline_ms = 1500 },
  config = { base = 10, bonus = { elder = 5 } },
}
