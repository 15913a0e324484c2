-- Reads live budgets after releasing expired reservations.
-- KEYS, two per budget member i: the budget hash, the open reservations.
-- Returns per member i, 8 values: spent (without the correction), correction, reserved,
--   open reservations, expired, expired micros, settled late, baseline-through day ('' if none).
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local out = {}
for i = 1, #KEYS / 2 do
  local h, z = KEYS[2 * i - 1], KEYS[2 * i]
  local gone = redis.call('ZRANGEBYSCORE', z, '-inf', now, 'LIMIT', 0, 256)
  for _, m in ipairs(gone) do
    local micros = string.match(m, ':(%d+)$')
    redis.call('HINCRBY', h, 'reserved', '-' .. micros)
    redis.call('HINCRBY', h, 'expired', 1)
    redis.call('HINCRBY', h, 'expired_micros', micros)
    redis.call('ZREM', z, m)
  end
  local v = redis.call('HMGET', h, 'spent', 'correction', 'reserved', 'expired', 'expired_micros',
    'late', 'baseline_through')
  local base = 8 * (i - 1)
  out[base + 1] = tonumber(v[1]) or 0
  out[base + 2] = tonumber(v[2]) or 0
  out[base + 3] = tonumber(v[3]) or 0
  out[base + 4] = redis.call('ZCARD', z)
  out[base + 5] = tonumber(v[4]) or 0
  out[base + 6] = tonumber(v[5]) or 0
  out[base + 7] = tonumber(v[6]) or 0
  out[base + 8] = v[7] or ''
end
return out
