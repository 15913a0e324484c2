-- Settles (or releases) a reservation: replaces the reserved estimate by the actual cost on every
-- budget it touched. A reservation that already expired is not reserved any more: its actual cost
-- is still spent (the money went out) and counted as settled late.
-- KEYS, two per budget i: the budget hash, the open reservations.
-- ARGV: "<id>:<micros>" (the reservation; "-" when nothing was reserved because Redis was
--   unavailable then), reserved micros, actual micros (0 to release),
--   day field ("d:<yyyy-mm-dd>", the call's day), budget count n, then per budget: expire-at.
-- Integers go to Redis as the strings they came in (Lua's number formatting would round them).
-- Returns {spent_1, reserved_1, ...} afterwards (spent includes the correction).
local member, actual, day, n = ARGV[1], tonumber(ARGV[3]), ARGV[4], tonumber(ARGV[5])
local out = {}
for i = 1, n do
  local h, z = KEYS[2 * i - 1], KEYS[2 * i]
  if member == '-' then
    redis.call('HINCRBY', h, 'unreserved', 1)
  elseif redis.call('ZREM', z, member) == 1 then
    redis.call('HINCRBY', h, 'reserved', '-' .. ARGV[2])
  elseif actual > 0 then
    redis.call('HINCRBY', h, 'late', 1)
  end
  if actual > 0 then
    redis.call('HINCRBY', h, 'spent', ARGV[3])
    redis.call('HINCRBY', h, day, ARGV[3])
  end
  redis.call('EXPIREAT', h, ARGV[5 + i])
  local v = redis.call('HMGET', h, 'spent', 'correction', 'reserved')
  out[2 * i - 1] = (tonumber(v[1]) or 0) + (tonumber(v[2]) or 0)
  out[2 * i] = tonumber(v[3]) or 0
end
return out
