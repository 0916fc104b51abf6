-- Maps; the peer of bench/interp/maps.go. A Go map is a Lua table; delete is
-- an assignment of nil, and the comma-ok lookup is a comparison with nil
-- (the values are never nil). Scattered int keys keep Lua from putting them
-- in a table's array part, so both sides hash.
local n, rounds = 100000, 8

-- key makes a short distinct string for i (a "k" and i's base-26 digits as
-- letters), byte by byte like the Go program.
local function key(i)
  local b = { 107 } -- 'k'
  repeat
    b[#b + 1] = 97 + i % 26
    i = i // 26
  until i == 0
  return string.char(table.unpack(b))
end

-- The keys, built once.
local ikeys, skeys = {}, {}
for i = 0, n - 1 do
  ikeys[i] = (i * 7919 + 13) % 1000003
  skeys[i] = key(i)
end

local sum = 0
for round = 0, rounds - 1 do
  local im, sm = {}, {}
  local count = 0
  -- Insert every key.
  for i = 0, n - 1 do
    im[ikeys[i]] = i + round
    sm[skeys[i]] = i - round
    count = count + 2
  end
  -- Delete every third key.
  for i = 0, n - 1, 3 do
    im[ikeys[i]] = nil
    sm[skeys[i]] = nil
    count = count - 2
  end
  -- Look every key up: two thirds hit, one third misses.
  for i = 0, n - 1 do
    local v = im[ikeys[i]]
    if v ~= nil then sum = sum + v else sum = sum + 1 end
    v = sm[skeys[i]]
    if v ~= nil then sum = sum + v else sum = sum + 2 end
  end
  -- Update in place through the map (a read and a write per key).
  for i = 1, n - 1, 3 do
    local k = ikeys[i]
    im[k] = im[k] + 1
    k = skeys[i]
    sm[k] = sm[k] + 1
  end
  sum = sum + im[ikeys[1]] + sm[skeys[1]] + count
end
print(sum)
