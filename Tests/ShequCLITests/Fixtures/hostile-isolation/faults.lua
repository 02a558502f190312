local M = {}

function M.crash(input)
  shequ.__test_crash()
  return input
end

function M.spin(input)
  shequ.__test_spin()
  return input
end

function M.echo(input)
  return { echoed = input }
end

return M
