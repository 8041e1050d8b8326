-- wrk script: POSTs one GraphQL request body again and again.
--   wrk -s bench/graphql.lua URL -- BODY_FILE [nocache]
-- With "nocache" each request carries Cache-Control: no-cache, which makes the service skip its read cache.
-- done() prints one JSON line (prefixed RESULT) that bench/loadtest.py reads.
local req

function init(args)
  local f = assert(io.open(args[1], "rb"))
  local body = f:read("*a")
  f:close()
  local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  if args[2] == "nocache" then
    headers["Cache-Control"] = "no-cache"
  end
  req = wrk.format("POST", "/graphql", headers, body)
end

function request()
  return req
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
