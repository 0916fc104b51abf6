// gen_typecheck.mjs - writes the type checker benchmark's input: a valid Go
// program of about N lines (default 20000) using what real programs use -
// structs, methods, interfaces, generics with inference, closures, maps,
// channels, select, constants - and no imports, so Go's go/types can check
// the same file without an importer.
//
//   node bench/interp/gen_typecheck.mjs OUT.go [LINES]
import fs from 'node:fs';

const [out, linesArg] = process.argv.slice(2);
const want = Number(linesArg || 20000);

function unit(i) {
  return `type T${i} struct {
	a, b int
	s    string
	next *T${i}
}

func (t *T${i}) Sum() int {
	total := 0
	for i := 0; i < t.a; i++ {
		if i%2 == 0 {
			total += i * t.b
		} else {
			total -= i
		}
	}
	return total
}

func (t T${i}) Name() string { return t.s + "x" }

type I${i} interface {
	Sum() int
	Name() string
}

func make${i}(n int) I${i} {
	p := &T${i}{a: n, b: n * 2, s: "t"}
	p.next = &T${i}{a: 1}
	var i I${i} = p
	return i
}

func Map${i}[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

const K${i} = 1<<10 + ${i}

func use${i}() int {
	xs := []int{1, 2, 3, K${i}}
	ys := Map${i}(xs, func(v int) string { return "v" })
	m := map[string]int{}
	for i, y := range ys {
		m[y] += i
	}
	ch := make(chan int, 1)
	ch <- len(m)
	select {
	case v := <-ch:
		return v + make${i}(3).Sum()
	default:
		return 0
	}
}

`;
}

let src = 'package main\n\n';
let n = 0;
while (src.split('\n').length < want - 10) src += unit(n++);
src += 'func main() {\n\ttotal := 0\n';
for (let i = 0; i < n; i += Math.max(1, Math.floor(n / 5))) src += `\ttotal += use${i}()\n`;
src += '\tprintln(total)\n}\n';
fs.writeFileSync(out, src);
