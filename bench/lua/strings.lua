-- Strings; the peer of bench/interp/strings.go. The repeated += is Lua's ..
-- in a loop (the same copy of the string built so far on each step). Lua has
-- no mutable byte buffer: the idiomatic equivalent of the Go program's
-- []byte append loop + string(b) is a table of one-character strings joined
-- by table.concat, so that is what this does (the one-character strings are
-- made once, as the Go program's bytes cost nothing to make). Indexing a
-- byte is string.byte.
local pieces = { "ab", "cde", "f", "ghij" } -- "abcdefghij" per cycle
local npieces = 400                        -- 1000 bytes per string
local rounds = 10000

local chars = {}
for c = 0, 255 do chars[c] = string.char(c) end
local byte = string.byte
local concat = table.concat

local sum = 0
local prev = ""
for round = 0, rounds - 1 do
  -- Repeated concatenation.
  local s = ""
  for j = 0, npieces - 1 do
    s = s .. pieces[j % 4 + 1]
  end

  -- A buffer of bytes joined into a string; on odd rounds one byte is
  -- changed to 'z'.
  local b = {}
  for j = 0, #s - 1 do
    b[j + 1] = chars[97 + j % 10]
  end
  if round % 2 == 1 then
    b[round * 7 % #b + 1] = "z"
  end
  local t = concat(b)

  -- Comparisons: equal strings are compared in full.
  if s == t then sum = sum + 1 end
  if s < t then sum = sum + 2 end
  if t < prev then sum = sum + 4 end
  prev = t

  -- Indexing.
  for j = round % 5, #t - 1, 5 do
    sum = sum + byte(t, j + 1) - byte(s, j + 1)
  end
  sum = sum + #s + #t
end
print(sum)
