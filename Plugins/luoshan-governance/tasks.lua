-- Maps a free-text task to work-affairs catalogue items (Art. 40) by the items' keywords
-- and the county's local synonyms. Only a mapping: the host makes the gate decision.
local M = {}

-- Words Luoshan departments write for the catalogue's keywords.
local SYNONYMS = {
  ["拆违"] = { "违建", "违章建筑", "私搭乱建" },
  ["普查"] = { "摸底", "入户登记" },
  ["征收"] = { "征迁", "拆迁" },
  ["医保"] = { "参保", "城乡居民医疗保险" },
  ["考核"] = { "评比", "打分排名" },
}

local function words_of(item)
  local words = {}
  for _, keyword in ipairs(item.keywords) do
    words[#words + 1] = keyword
    for _, synonym in ipairs(SYNONYMS[keyword] or {}) do
      words[#words + 1] = synonym
    end
  end
  return words
end

function M.match(input, ctx)
  local text = input.task.title .. " " .. (input.task.details or "")
  local ids, hits = {}, {}
  for _, item in ipairs(input.catalogue) do
    for _, word in ipairs(words_of(item)) do
      if string.find(text, word, 1, true) then
        ids[#ids + 1] = item.id
        hits[#hits + 1] = word .. "→" .. item.id
        break
      end
    end
  end
  table.sort(ids)
  table.sort(hits)
  if #ids == 0 then
    return { item_ids = {}, explanation = "未找到对应的目录事项" }
  end
  return { item_ids = ids, explanation = "关键词：" .. table.concat(hits, "、") }
end

return M
