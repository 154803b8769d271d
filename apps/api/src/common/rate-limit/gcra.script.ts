import { createHash } from 'node:crypto';

/**
 * GCRA (the generic cell rate algorithm, a token bucket kept as one timestamp per key), checked
 * for several buckets at once: a request is admitted only if every bucket admits it, and only then
 * is it counted in all of them, so a refused request costs nothing and a half-counted request
 * cannot happen. Redis's clock is used, so every API node agrees on "now".
 *
 * KEYS[i]: one bucket per rule.  ARGV[2i-1]: the emission interval in ms (period / limit, rounded
 * up); ARGV[2i]: the limit. A bucket stores its "theoretical arrival time" (TAT); a request is
 * admitted when the new TAT lies at most limit * interval ahead of now.
 * Answers 0 when admitted, otherwise how many ms to wait until every bucket would admit it.
 */
export const GCRA_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local wait = 0
local next_tats = {}
for i, key in ipairs(KEYS) do
  local interval = tonumber(ARGV[2 * i - 1])
  local capacity = interval * tonumber(ARGV[2 * i])
  local tat = tonumber(redis.call('GET', key)) or now
  if tat < now then tat = now end
  local next_tat = tat + interval
  local admitted_at = next_tat - capacity
  if admitted_at - now > wait then wait = admitted_at - now end
  next_tats[i] = next_tat
end
if wait > 0 then return math.ceil(wait) end
for i, key in ipairs(KEYS) do
  redis.call('SET', key, string.format('%d', next_tats[i]), 'PX', string.format('%d', next_tats[i] - now))
end
return 0
`;

export const GCRA_SHA = createHash('sha1').update(GCRA_SCRIPT).digest('hex');
