-- The nightly correction: after the nightly job has the true spend of a budget member from the
-- period's first day through the report day, the live counter is rebased on it. Days after the
-- report day keep their live spend. Running it again for the same day gives the same result.
-- KEYS: the budget hash, the members set.
-- ARGV: report day (yyyy-mm-dd), true spend (micros), expire-at (unix seconds), member.
-- Returns {live spend through the report day as the live guard counted it (with the previous
--   correction), the new correction}.
local h, day, truth = KEYS[1], 'd:' .. ARGV[1], tonumber(ARGV[2])
local fields = redis.call('HGETALL', h)
local through = 0
for i = 1, #fields, 2 do
  local f = fields[i]
  if string.sub(f, 1, 2) == 'd:' and f <= day then
    through = through + tonumber(fields[i + 1])
  end
end
local old = tonumber(redis.call('HGET', h, 'correction')) or 0
local correction = truth - through
redis.call('HSET', h, 'correction', string.format('%d', correction), 'baseline_micros', ARGV[2],
  'baseline_through', ARGV[1])
redis.call('EXPIREAT', h, ARGV[3])
redis.call('SADD', KEYS[2], ARGV[4])
redis.call('EXPIREAT', KEYS[2], ARGV[3])
return {through + old, correction}
