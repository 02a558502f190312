local M = {}

function M.hours(minutes)
  return minutes // 60
end

function M.echo(input, ctx)
  return { input = input, ctx_county = ctx.county }
end

function M.spin(input)
  local n = 0
  while true do n = n + 1 end
end

function M.random(input)
  return { math.random(1, 1000000), math.random(1, 1000000) }
end

return M
