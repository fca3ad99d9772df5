-- wrk script: one URL; prints a JSON line with throughput, latency percentiles and the number
-- of 5xx answers, which bench/run.py reads.
local threads = {}

function setup(thread)
  thread:set("server_errors", 0)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = (server_errors or 0) + 1
  end
end

function done(summary, latency, requests)
  local errors = 0
  for _, thread in ipairs(threads) do
    errors = errors + (thread:get("server_errors") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'WRK_JSON {"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, ' ..
    '"p99_ms": %.2f, "max_ms": %.2f, "server_errors": %d, "socket_errors": %d, "non_2xx_3xx": %d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
