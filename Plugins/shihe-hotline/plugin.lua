-- 浉河区12345热线派单规则（示例）
-- Sample routing adjustments for the Shihe district (浉河区, 411502) 12345 hotline (Art. 15):
-- gas and fire hazards go to emergency management within hours; noise complaints passed on
-- by 110 at night go to the police; everything else keeps the routing table's proposal.
return {
  id = "xinyang.shihe.hotline",
  version = "1.0.0",
  api = 1,
  county = "411502",
  title = "浉河区12345热线派单规则（示例）",
  description = "Urgent safety hazards to emergency management with a short deadline; night-time noise passed on by 110 to the police.",
  hooks = {
    hotline_routing = "route.route",
  },
  config = {
    emergency_department = "浉河区应急管理局",
    emergency_deadline_hours = 2,
    police_department = "信阳市公安局浉河分局",
    police_deadline_hours = 24,
    noise_code_prefix = "0301",
  },
}
