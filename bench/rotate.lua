-- wrk script: each connection walks the URL list of the file named by $WRK_URLS in turn,
-- starting at a different place, and the report counts responses by status class.
local paths = {}
for line in io.lines(os.getenv("WRK_URLS")) do
  if #line > 0 then paths[#paths + 1] = line end
end

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  counter = id * 7919
  statuses = {}
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[counter % #paths + 1], { ["Accept-Language"] = "ru" })
end

function response(status, headers, body)
  local class = tostring(math.floor(status / 100)) .. "xx"
  statuses[class] = (statuses[class] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for class, n in pairs(counts) do totals[class] = (totals[class] or 0) + n end
  end
  for class, n in pairs(totals) do io.write(string.format("status %s: %d\n", class, n)) end
  io.write(string.format("distinct URLs: %d\n", #paths))
end
