-- Reserves one call's estimate on every budget that applies to it, or on none (all-or-nothing).
-- Money is integer micro-dollars. Time is the Redis server's clock.
-- KEYS, three per budget i: the budget hash (spent, reserved, correction, d:<day>, counters),
--   the open reservations (a sorted set of "<id>:<micros>" scored by deadline in ms), the members set.
-- ARGV: id, amount, ttl ms, budget count n, then per budget i: limit, hard (1/0),
--   expire-at (unix seconds), member.
-- Returns {1, spent_1, reserved_1, ...} after reserving (spent includes the correction), or
--   {0, i, spent_i, reserved_i} when hard budget i would go over its limit (nothing reserved).
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id, amount, ttl, n = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])

-- Releases reservations whose deadline passed: their process died before settling.
local function purge(h, z)
  local gone = redis.call('ZRANGEBYSCORE', z, '-inf', now, 'LIMIT', 0, 256)
  for _, m in ipairs(gone) do
    local micros = string.match(m, ':(%d+)$')
    redis.call('HINCRBY', h, 'reserved', '-' .. micros)
    redis.call('HINCRBY', h, 'expired', 1)
    redis.call('HINCRBY', h, 'expired_micros', micros)
    redis.call('ZREM', z, m)
  end
end

local spent, reserved = {}, {}
for i = 1, n do
  local h, z = KEYS[3 * i - 2], KEYS[3 * i - 1]
  purge(h, z)
  local v = redis.call('HMGET', h, 'spent', 'correction', 'reserved')
  spent[i] = (tonumber(v[1]) or 0) + (tonumber(v[2]) or 0)
  reserved[i] = tonumber(v[3]) or 0
  local limit, hard = tonumber(ARGV[4 * i + 1]), ARGV[4 * i + 2] == '1'
  if hard and spent[i] + reserved[i] + amount > limit then
    return {0, i, spent[i], reserved[i]}
  end
end

local out = {1}
local member = id .. ':' .. ARGV[2]
for i = 1, n do
  local h, z, m = KEYS[3 * i - 2], KEYS[3 * i - 1], KEYS[3 * i]
  local at = ARGV[4 * i + 3]
  reserved[i] = redis.call('HINCRBY', h, 'reserved', ARGV[2])
  redis.call('ZADD', z, now + ttl, member)
  redis.call('SADD', m, ARGV[4 * i + 4])
  redis.call('EXPIREAT', h, at)
  redis.call('EXPIREAT', z, at)
  redis.call('EXPIREAT', m, at)
  out[2 * i] = spent[i]
  out[2 * i + 1] = reserved[i]
end
return out
