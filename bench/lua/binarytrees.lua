-- The Benchmarks Game's binary-trees at depth 16, sequential; the peer of
-- bench/interp/binarytrees.go. A node is a table {left, right}; a leaf is an
-- empty table (the Go program's &Node{} with nil pointers).
local function bottomUp(depth)
  if depth <= 0 then return {} end
  return { bottomUp(depth - 1), bottomUp(depth - 1) }
end

local function check(n)
  local l = n[1]
  if l == nil then return 1 end
  return 1 + check(l) + check(n[2])
end

local minDepth, maxDepth = 4, 16

-- One tree deeper than the rest, checked and dropped at once.
print(check(bottomUp(maxDepth + 1)))

-- A tree that stays alive while the others are built and dropped.
local longLived = bottomUp(maxDepth)

for depth = minDepth, maxDepth, 2 do
  local iterations = 1 << (maxDepth - depth + minDepth)
  local sum = 0
  for _ = 1, iterations do
    sum = sum + check(bottomUp(depth))
  end
  -- Go's println separates its operands with spaces, print with tabs.
  print(iterations .. " " .. depth .. " " .. sum)
end

print(check(longLived))
