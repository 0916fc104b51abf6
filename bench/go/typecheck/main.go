// The peer of bench/interp/typecheck.cc: parse and type-check a Go file
// with go/parser and go/types (recording types, definitions, uses and
// selections, as gopark's checker does), best of REPS runs.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strconv"
	"time"
)

func main() {
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	reps := 5
	if len(os.Args) > 2 {
		reps, _ = strconv.Atoi(os.Args[2])
	}
	best := 1e9
	for i := 0; i < reps; i++ {
		start := time.Now()
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, os.Args[1], src, 0)
		if err != nil {
			panic(err)
		}
		info := &types.Info{
			Types:      map[ast.Expr]types.TypeAndValue{},
			Defs:       map[*ast.Ident]types.Object{},
			Uses:       map[*ast.Ident]types.Object{},
			Selections: map[*ast.SelectorExpr]*types.Selection{},
			Instances:  map[*ast.Ident]types.Instance{},
		}
		var conf types.Config
		if _, err := conf.Check("main", fset, []*ast.File{f}, info); err != nil {
			panic(err)
		}
		if s := time.Since(start).Seconds(); s < best {
			best = s
		}
	}
	fmt.Printf("RESULT %.6f s\n", best)
}
