// run

// Generic functions and types instantiated with struct types copy the struct
// values like any other type argument.
package main

type Point struct{ X, Y int }

type Box[T any] struct{ v T }

func (b *Box[T]) Put(v T) { b.v = v }
func (b Box[T]) Get() T   { return b.v }

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	var b Box[Point]
	p := Point{1, 2}
	b.Put(p)
	p.X = 100 // b holds a copy
	got := b.Get()
	got.Y = 50 // and Get returns a copy
	println(b.Get().X, b.Get().Y, got.Y)
	pts := []Point{{1, 1}, {-1, 2}, {3, -3}, {4, 4}}
	pos := Filter(pts, func(q Point) bool { return q.X > 0 && q.Y > 0 })
	println(len(pos), pos[0].X, pos[1].X)
	bp := Box[*Point]{&p}
	bp.Get().X = 7
	println(p.X)
}

// Output:
// 1 2 50
// 2 1 4
// 7
