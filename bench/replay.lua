-- Replays a pool of pre-built HTTP requests (written by bench/traffic.py)
-- and prints wrk's figures as one JSON line, so bench/load.py can read them.
--
--   wrk -t1 -c64 -d15s -s bench/replay.lua http://127.0.0.1:PORT -- POOL_FILE MODE THREADS MARKER
--
-- MODE "cycle": start again from the first request when the pool runs out
-- (slash commands: Slack does not deduplicate them). MODE "once": every
-- request is sent at most once (mentions and Teams activities carry ids
-- that must not repeat); a thread whose share runs out stops and creates
-- the file MARKER..thread-id. wrk itself still waits out its -d duration,
-- so bench/load.py ends it (SIGINT, after which wrk reports as usual) once
-- every thread has left its marker.
-- Each wrk thread takes every n-th request of the pool, n = thread count.

local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", counter)
   table.insert(threads, thread)
   counter = counter + 1
end

local pool = {}
local next_index = 1
local mode = "cycle"
local marker = nil
-- Sent once a pool in "once" mode runs out, while the thread stops: harmless
-- and not part of the pool (wrk needs a request from every call).
local filler = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"
sent = 0
exhausted = 0

function init(args)
   local path = args[1]
   mode = args[2] or "cycle"
   marker = args[4]
   local id = wrk.thread:get("id")
   local file = assert(io.open(path, "rb"))
   local data = file:read("*a")
   file:close()
   local position, index = 1, 0
   local stride = tonumber(args[3]) or 1
   while position <= #data do
      local newline = string.find(data, "\n", position, true)
      if not newline then break end
      local length = tonumber(string.sub(data, position, newline - 1))
      local raw = string.sub(data, newline + 1, newline + length)
      if index % stride == id then
         table.insert(pool, raw)
      end
      index = index + 1
      position = newline + 1 + length
   end
end

function request()
   if next_index > #pool then
      if mode == "once" then
         if exhausted == 0 and marker then
            local file = io.open(marker .. wrk.thread:get("id"), "w")
            if file then file:close() end
         end
         exhausted = 1
         wrk.thread:stop()
         return filler
      end
      next_index = 1
   end
   local raw = pool[next_index]
   next_index = next_index + 1
   sent = sent + 1
   return raw
end

function done(summary, latency, requests)
   local sent_total, exhausted_threads = 0, 0
   for _, thread in ipairs(threads) do
      sent_total = sent_total + (tonumber(thread:get("sent")) or 0)
      exhausted_threads = exhausted_threads + (tonumber(thread:get("exhausted")) or 0)
   end
   local e = summary.errors
   io.write(string.format(
      '\nREPLAY_JSON {"duration_us": %d, "requests": %d, "sent": %d, "exhausted_threads": %d, '
      .. '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, '
      .. '"latency_us": {"p50": %d, "p90": %d, "p99": %d, "max": %d, "mean": %.1f}}\n',
      summary.duration, summary.requests, sent_total, exhausted_threads,
      e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
