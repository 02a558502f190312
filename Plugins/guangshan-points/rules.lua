-- 光山县村规民约积分规则（示例）: one function per event kind, each returning the
-- measures the village rules attach to it. Amounts come from the plugin config so a
-- village can tune them without touching the rules.
local measures = require("measures")

local rules = {}

-- 尊老爱幼（村规民约第五条）
rules["elder_care"] = function(event, config)
  return { measures.award(config.elder_care_points, "respect_elderly", "第五条",
    "照料孤寡、空巢老人，奖励" .. config.elder_care_points .. "分") }
end

rules["filial_piety"] = function(event, config)
  return {
    measures.award(config.filial_points, "respect_elderly", "第五条",
      "孝敬父母，奖励" .. config.filial_points .. "分"),
    measures.commend("respect_elderly", "第五条", "在村务公开栏表扬孝老爱亲行为"),
  }
end

rules["elder_neglect"] = function(event, config)
  return {
    measures.educate("respect_elderly", "第五条", "不履行赡养义务，由村民委员会批评教育"),
    measures.rectify("respect_elderly", "第五条", "限期履行赡养义务"),
  }
end

-- 婚丧礼俗、餐饮消费（村规民约第六条）
rules["banquet"] = function(event, config)
  local facts = event.facts or {}
  local tables = facts.tables or 0
  local kind = facts.ceremony or "other"
  if kind ~= "wedding" and kind ~= "funeral" then
    return { measures.educate("banquet_spending", "第六条",
      "除婚丧事外不大操大办（升学宴、乔迁宴等），予以劝导") }
  end
  local limit = config.banquet_table_limit
  if tables <= limit then
    return { measures.award(config.simple_ceremony_points, "wedding_funeral_customs", "第六条",
      "婚事新办、丧事简办（" .. tables .. "桌，不超过" .. limit .. "桌），奖励" ..
      config.simple_ceremony_points .. "分") }
  end
  local over = tables - limit
  local points = math.min(over * config.over_limit_points, config.over_limit_cap)
  return {
    measures.deduct(points, "banquet_spending", "第六条",
      "宴席" .. tables .. "桌，超出上限" .. over .. "桌，扣" .. points .. "分"),
    measures.educate("banquet_spending", "第六条", "大操大办，予以批评教育"),
  }
end

-- 文明养犬（村规民约第七条）
rules["dog_unleashed"] = function(event, config)
  local prior = (event.facts or {}).prior_count or 0
  if prior == 0 then
    return { measures.educate("dog_keeping", "第七条", "遛狗未牵绳，首次提醒教育") }
  end
  return { measures.deduct(config.dog_leash_points, "dog_keeping", "第七条",
    "遛狗未牵绳（第" .. (prior + 1) .. "次），扣" .. config.dog_leash_points .. "分") }
end

rules["dog_bite"] = function(event, config)
  return { measures.rectify("dog_keeping", "第七条", "犬只伤人，向受害人赔礼道歉并配合就医") }
end

-- 人居环境（村规民约第八条）
rules["garbage_sorted"] = function(event, config)
  return { measures.award(config.garbage_sorting_points, "living_environment", "第八条",
    "垃圾分类投放合格，奖励" .. config.garbage_sorting_points .. "分") }
end

rules["garbage_dumped"] = function(event, config)
  return {
    measures.educate("living_environment", "第八条", "乱倒垃圾，予以批评教育"),
    measures.rectify("living_environment", "第八条", "限期清理乱倒的垃圾"),
  }
end

-- 志愿服务（村规民约第九条）
rules["volunteer_service"] = function(event, config)
  local hours = (event.facts or {}).hours or 0
  local points = math.min(math.floor(hours * config.volunteer_points_per_hour), config.volunteer_cap)
  if points <= 0 then
    return {}
  end
  return { measures.award(points, "volunteer_service", "第九条",
    "参加志愿服务" .. hours .. "小时，奖励" .. points .. "分") }
end

local M = {}

--- Evaluates one behaviour event and returns the measures the village rules attach to it.
---@param event shequ.MeasuresEvent
---@param ctx shequ.MeasuresContext  the version in force and the subject's facts (unused here)
---@return shequ.Measure[]           a list of measures (possibly empty)
function M.evaluate(event, ctx)
  local rule = rules[event.kind]
  if rule == nil then
    return {}
  end
  return rule(event, shequ.config())
end

return M
