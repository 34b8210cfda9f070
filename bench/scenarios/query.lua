-- wrk scenario: an agency reads random existing organisations, alternately the profile
-- (GET /api/v1/subjects/{code}) and the visible records (GET /api/v1/subjects/{code}/records).
-- Environment: QUERY_TOKEN, a bearer token of the agency with scope credit:query; QUERY_CODES, the
-- codes file of the loaded dataset (one unified social credit code a line, every one stored).
local codes = {}
local headers = {}
local requests = 0

function setup(thread)
  thread_count = (thread_count or 0) + 1
  thread:set("thread_number", thread_count)
end

function init(args)
  for code in io.lines(os.getenv("QUERY_CODES")) do
    codes[#codes + 1] = code
  end
  headers["Authorization"] = "Bearer " .. os.getenv("QUERY_TOKEN")
  headers["Accept"] = "application/json"
  -- each thread its own sequence of codes
  math.randomseed(os.time() * 1000 + thread_number)
end

function request()
  requests = requests + 1
  local path = "/api/v1/subjects/" .. codes[math.random(#codes)]
  if requests % 2 == 0 then
    path = path .. "/records"
  end
  return wrk.format("GET", path, headers)
end
