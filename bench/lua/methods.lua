-- Method calls; the peer of bench/interp/methods.go. Each Go type is a
-- class table used as the metatable (__index) of its instances, and a call
-- s:area() looks the method up through it: the dynamic dispatch Lua has for
-- both the interface calls and the direct ones.
local Rect = {}
Rect.__index = Rect
function Rect.new(w, h) return setmetatable({ w = w, h = h }, Rect) end
function Rect:area() return self.w * self.h end

local Square = {}
Square.__index = Square
function Square.new(side) return setmetatable({ side = side }, Square) end
function Square:area() return self.side * self.side end

local Tri = {}
Tri.__index = Tri
function Tri.new(base, height) return setmetatable({ base = base, height = height }, Tri) end
function Tri:area() return self.base * self.height // 2 end

local Counter = {}
Counter.__index = Counter
function Counter.new() return setmetatable({ n = 0 }, Counter) end
function Counter:add(k) self.n = self.n + k end

-- 300 shapes, the three types interleaved so a call site sees them all.
local shapes = {}
for i = 0, 99 do
  shapes[#shapes + 1] = Rect.new(i % 7 + 1, i % 5 + 2)
  shapes[#shapes + 1] = Square.new(i % 9 + 1)
  shapes[#shapes + 1] = Tri.new(i % 11 + 2, i % 3 + 4)
end

-- Dynamic calls: 40000 rounds over the list = 12M method calls.
local sum = 0
for _ = 1, 40000 do
  for j = 1, #shapes do
    sum = sum + shapes[j]:area()
  end
end
print(sum)

-- Direct calls: 4M rounds of three calls = 12M calls.
local r = Rect.new(3, 4)
local sq = Square.new(5)
local c = Counter.new()
for i = 0, 3999999 do
  r.w = i & 15
  c:add(r:area() + sq:area())
end
print(c.n)
