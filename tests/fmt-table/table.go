// run

// A table of fmt directives and operands, one per output line as
// `label: format => [result]`; tests/fmt-table/gen.mjs runs it under Go
// 1.22 to write tests/go/fmt/fmt_table.go with Go's output. Everything
// printed is deterministic: no addresses, no ranging over maps.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"unicode/utf8"
)

// show makes a result printable inside a // comment line: control bytes,
// invalid UTF-8 and a BOM become \xNN (or \u{FEFF}).
func show(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				b = append(b, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
			} else {
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 {
			b = append(b, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		} else if r == 0xFEFF || r == 0x2028 || r == 0x2029 || r == 0x85 {
			b = append(b, "\\u{..}"...)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

func t(label, format string, args ...any) {
	fmt.Println(label + ": " + show(format) + " => [" + show(fmt.Sprintf(format, args...)) + "]")
}

func line(label, result string) {
	fmt.Println(label + ": [" + show(result) + "]")
}

// Named types.
type Celsius float64
type Names []string
type MyInt int
type MyUint8 uint8
type MyBool bool
type MyString string
type Bytes []byte
type Runes []rune
type Complex complex128
type IntMap map[string]int
type Arr [3]int

// Methods.
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type PtrStr struct{ N int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr#%d", p.N) }

type ValStr struct{ N int }

func (v ValStr) String() string { return fmt.Sprintf("ValStr#%d", v.N) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type PErr struct{ Msg string }

func (e *PErr) Error() string { return "perr: " + e.Msg }

type GoS struct{ A int }

func (g GoS) GoString() string { return "GoS!" }
func (g GoS) String() string   { return "S!" }

type Fmter struct{ V int }

func (f Fmter) Format(s fmt.State, verb rune) {
	// Width and Precision give only their ok results here: Go leaves
	// stale numbers behind when they are false.
	w, hw := s.Width()
	p, hp := s.Precision()
	if !hw {
		w = -1
	}
	if !hp {
		p = -1
	}
	fmt.Fprintf(s, "F(%c,%d,%d,%q)", verb, w, p, fmt.FormatString(s, verb))
}

type PFmter struct{ V int }

func (f *PFmter) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "PF<%d>", f.V)
}

type Both struct{}

func (Both) Error() string  { return "as-error" }
func (Both) String() string { return "as-string" }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilOK struct{ S string }

func (n *NilOK) String() string { return "NilOK:" + n.S }

type StrInt int

func (s StrInt) String() string { return fmt.Sprintf("SI(%d)", int(s)) }

// Structs.
type Point struct{ X, Y int }

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Any   any
	Err   error
	Str   fmt.Stringer
	F     func()
	small int
}

type Base struct{ ID int }

type Derived struct {
	Base
	Name string
}

type WithStringer struct {
	T    Temp
	t    Temp
	V    ValStr
	Errs []error
}

type Empty struct{}

type Flags struct {
	On  bool
	F   float64
	C   complex128
	R   rune
	B   byte
	U   uint
	I8  int8
	Str string
}

func main() {
	ints()
	unsigned()
	floats()
	complexes()
	stringsAndBytes()
	runes()
	bools()
	nils()
	structs()
	maps()
	methods()
	named()
	typeVerb()
	badVerbs()
	indexes()
	stars()
	composites()
	printFuncs()
	errorf()
	pointers()
}

var intFormats = []string{
	"%v", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%-05d|", "%x", "%X",
	"%#x", "%#X", "%o", "%#o", "%O", "%b", "%#b", "%.3d", "%8.3d", "%-8.3d|",
	"%08.3d", "%+.3d", "%.0d", "%+05d", "% 05d", "%#v", "%+v", "%#08x", "%# x",
}

func ints() {
	vals := []struct {
		name string
		v    any
	}{
		{"int 0", 0},
		{"int 42", 42},
		{"int -42", -42},
		{"int8 max", int8(math.MaxInt8)},
		{"int8 min", int8(math.MinInt8)},
		{"int16 min", int16(math.MinInt16)},
		{"int32 max", int32(math.MaxInt32)},
		{"int64 min", int64(math.MinInt64)},
		{"int64 max", int64(math.MaxInt64)},
	}
	for _, c := range vals {
		for _, f := range intFormats {
			t(c.name, f, c.v)
		}
	}
	t("int c", "%c|%c|%c", 65, 0x4E16, -1)
	t("int q", "%q|%q|%+q|%#q", 65, 0x4E16, 0x4E16, '\n')
	t("int U", "%U|%#U|%#U", 65, 0x4E16, 7)
	t("int long prec", "%.30d", 7)
	t("int wide", "%40d", -7)
	t("int zero prec width", "[%5.0d]", 0)
	t("int min x", "%x", int64(math.MinInt64))
	t("int min b", "%b", int8(-128))
	t("int zero flag+prec", "%010.4d", -12)
	t("int space plus", "%+ d", 5)
}

func unsigned() {
	vals := []struct {
		name string
		v    any
	}{
		{"uint8 max", uint8(math.MaxUint8)},
		{"uint16 max", uint16(math.MaxUint16)},
		{"uint32 max", uint32(math.MaxUint32)},
		{"uint64 max", uint64(math.MaxUint64)},
		{"uint 0", uint(0)},
		{"uintptr", uintptr(0xdead)},
	}
	for _, c := range vals {
		for _, f := range []string{"%v", "%d", "%+d", "%x", "%#X", "%o", "%O", "%b", "%#v", "%08d", "%c", "%U"} {
			t(c.name, f, c.v)
		}
	}
}

var floatFormats = []string{
	"%v", "%e", "%E", "%f", "%F", "%g", "%G", "%.2f", "%8.3f", "%-8.3f|",
	"%08.3f", "%+f", "% f", "%+.3e", "%.0f", "%#.0f", "%#g", "%#.3g", "%.3g",
	"%.10g", "%10.2e", "%-10v|", "%010v", "%+v", "%#v", "%x", "%.3x", "%b", "% .2e",
	"%+08.2f", "%-+8.1f|", "%#v", "%.0e", "%#.0e",
}

func floats() {
	zero := 0.0
	vals := []struct {
		name string
		v    any
	}{
		{"f 0", 0.0},
		{"f -0", math.Copysign(0, -1)},
		{"f 1", 1.0},
		{"f -1.5", -1.5},
		{"f pi", 3.14159},
		{"f tiny", 1e-7},
		{"f 1e20", 1e20},
		{"f 1e21", 1e21},
		{"f big", 123456789.0},
		{"f 1e-4", 1e-4},
		{"f 1e-5", 1e-5},
		{"f denorm", 5e-324},
		{"f max", math.MaxFloat64},
		{"f +inf", math.Inf(1)},
		{"f -inf", math.Inf(-1)},
		{"f nan", zero / zero},
		{"f32 0.1", float32(0.1)},
		{"f32 1e10", float32(1e10)},
		{"f32 max", float32(math.MaxFloat32)},
		{"f 2.5", 2.5},
		{"f 100", 100.0},
		{"f 0.000123456", 0.000123456},
	}
	for _, c := range vals {
		for _, f := range floatFormats {
			t(c.name, f, c.v)
		}
	}
	for _, p := range []int{0, 1, 2, 3, 5, 8, 17, 20} {
		t(fmt.Sprint("g prec ", p), fmt.Sprint("%.", p, "g"), 123.456789)
		t(fmt.Sprint("e prec ", p), fmt.Sprint("%.", p, "e"), 0.000123456789)
	}
	t("f round half even", "%.0f %.0f %.0f %.1f", 0.5, 1.5, 2.5, 0.25)
	t("f big f", "%f", 1e23)
	t("f 1/3", "%v %.20f", 1.0/3, 1.0/3)
	t("f32 1/3", "%v", float32(1.0)/3)
	t("f shortest", "%v %v %v", 0.1+0.2, 1e-320, 123456789012345680.0)
	t("f G big", "%G %G", 1e-10, 2.5e30)
}

func complexes() {
	zero := 0.0
	vals := []struct {
		name string
		v    any
	}{
		{"c 1+2i", complex(1, 2)},
		{"c -1.5-0i", complex(-1.5, math.Copysign(0, -1))},
		{"c64", complex64(complex(0.1, -3))},
		{"c inf nan", complex(math.Inf(1), zero/zero)},
		{"c 0", complex(0, 0)},
	}
	for _, c := range vals {
		for _, f := range []string{"%v", "%.2f", "%+.1e", "%8.2f", "%g", "%#v", "%T", "% v", "%-12v|", "%010.2f", "%d"} {
			t(c.name, f, c.v)
		}
	}
	t("named complex", "%v %.1f %T", Complex(complex(1, 1)), Complex(complex(2, -2)), Complex(0))
}

func stringsAndBytes() {
	strs := []struct {
		name string
		v    string
	}{
		{"s hello", "hello"},
		{"s empty", ""},
		{"s cjk", "日本語"},
		{"s ctl", "a\tb\n"},
		{"s bad utf8", "\xff\xfeA"},
		{"s quotes", "q\"b`s\\"},
		{"s emoji", "😀x"},
		{"s del", "\x7f\u00ad"},
	}
	for _, c := range strs {
		for _, f := range []string{"%s", "%v", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x", "%10s|", "%-10s|", "%.3s", "%.0s", "%10.2s|", "%8q", "%#v", "%.2q", "%.1x", "%-8x|", "%08s"} {
			t(c.name, f, c.v)
		}
	}
	bs := []struct {
		name string
		v    any
	}{
		{"b hi0", []byte("hi\x00")},
		{"b empty", []byte{}},
		{"b nil", []byte(nil)},
		{"b arr", [3]byte{1, 2, 255}},
		{"b text arr", [4]byte{'a', 'b', 'c', 'd'}},
		{"b named", Bytes("xyz")},
		{"b named empty", Bytes{}},
		{"b named nil", Bytes(nil)},
		{"b ptr arr", &[2]byte{'o', 'k'}},
		{"b uint8 slice", []uint8{200, 100}},
		{"b myuint8", []MyUint8{65, 66}},
	}
	for _, c := range bs {
		for _, f := range []string{"%v", "%s", "%x", "%X", "% x", "%# X", "%q", "%#v", "%d", "%T", "%5s|", "%-5s|", "%08b", "%.1s", "%o", "%c", "%+v", "%.2x", "%6x|"} {
			t(c.name, f, c.v)
		}
	}
}

func runes() {
	vals := []struct {
		name string
		v    any
	}{
		{"r a", 'a'},
		{"r cmd", '⌘'},
		{"r emoji", rune(0x1F600)},
		{"r neg", rune(-1)},
		{"r toobig", rune(0x110000)},
		{"r surrogate", rune(0xD800)},
		{"r nl", '\n'},
		{"r quote", '\''},
		{"r dquote", '"'},
		{"r nonprint", rune(0x00ad)},
		{"r nul", rune(0)},
		{"r byte", byte('z')},
	}
	for _, c := range vals {
		for _, f := range []string{"%c", "%q", "%+q", "%#q", "%U", "%#U", "%#10U|", "%-10U|", "%x", "%d", "%v", "%5c|", "%-4q|", "%.6U"} {
			t(c.name, f, c.v)
		}
	}
}

func bools() {
	for _, b := range []bool{true, false} {
		for _, f := range []string{"%t", "%v", "%5t|", "%-6t|", "%d", "%#v", "%q", "%s", "%T", "%05t"} {
			t(fmt.Sprint("bool ", b), f, b)
		}
	}
	t("named bool", "%v %t %#v %T", MyBool(true), MyBool(false), MyBool(true), MyBool(true))
}

func nils() {
	var nilMap map[string]int
	var nilSlice []int
	var nilPtr *int
	var nilFunc func()
	var nilErr error
	var nilIface any
	var nilChan chan int
	var nilPoint *Point
	vals := []struct {
		name string
		v    any
	}{
		{"nil", nil},
		{"nil map", nilMap},
		{"nil slice", nilSlice},
		{"nil ptr", nilPtr},
		{"nil func", nilFunc},
		{"nil error", nilErr},
		{"nil iface", nilIface},
		{"nil chan", nilChan},
		{"nil *Point", nilPoint},
		{"nil names", Names(nil)},
	}
	for _, c := range vals {
		for _, f := range []string{"%v", "%+v", "%#v", "%d", "%s", "%p", "%T", "%x", "%10v|", "%-10v|", "%t", "%q"} {
			t(c.name, f, c.v)
		}
	}
	t("nil in slice", "%v %#v", []any{nil, 1}, []any{nil, "a"})
	t("nil err slice", "%v %#v", []error{nil}, []error{nil})
	t("nil ptr slice", "%v %#v", []*int{nil}, []*int{nil})
}

func structs() {
	o := Outer{Name: "o", In: Inner{1, "x"}, List: []int{1, 2}, M: map[string]int{"b": 2, "a": 1}, small: 9}
	vals := []struct {
		name string
		v    any
	}{
		{"Point", Point{1, -2}},
		{"&Point", &Point{3, 4}},
		{"Inner", Inner{7, "seven"}},
		{"Outer", o},
		{"&Outer", &o},
		{"Outer zero", Outer{}},
		{"Derived", Derived{Base{5}, "d"}},
		{"&Derived", &Derived{Base{6}, "e"}},
		{"Empty", Empty{}},
		{"&Empty", &Empty{}},
		{"anon", struct {
			A int
			b []string
			C any
		}{1, []string{"x", "y"}, 2.5}},
		{"anon nil", struct {
			E error
			I any
			S fmt.Stringer
		}{}},
		{"Flags", Flags{true, 1.5, 2i, 'x', 'y', 7, -8, "s"}},
		{"[]Point", []Point{{1, 2}, {3, 4}}},
		{"[]Inner", []Inner{{1, "a"}}},
		{"[2]Point", [2]Point{{5, 6}}},
		{"[]*Point nil", []*Point{nil}},
		{"&[]Point", &[]Point{{0, 1}}},
		{"struct of struct", struct{ P, Q Point }{Point{1, 2}, Point{3, 4}}},
		{"WithStringer", WithStringer{T: 21.5, t: 3, V: ValStr{2}, Errs: []error{MyErr{1}, nil}}},
	}
	for _, c := range vals {
		for _, f := range []string{"%v", "%+v", "%#v", "%d", "%s", "%x", "%T", "%5v|", "%q"} {
			t(c.name, f, c.v)
		}
	}
}

func maps() {
	zero := 0.0
	nan := zero / zero
	fm := map[float64]string{2.5: "b", math.Inf(-1): "-inf", -1: "a", math.Inf(1): "+inf"}
	fm[nan] = "nan"
	fm[nan] = "nan"
	vals := []struct {
		name string
		v    any
	}{
		{"map int", map[int]string{3: "c", -1: "z", 1: "a", 2: "b"}},
		{"map string", map[string]int{"b": 2, "a": 1, "": 0, "B": 3}},
		{"map float", fm},
		{"map bool", map[bool]int{true: 1, false: 0}},
		{"map mixed", map[any]int{"b": 1, 2: 2, 1.5: 3, true: 4, int8(-1): 5, "a": 6, 1: 7, false: 8, uint(3): 9}},
		{"map mixed nil", map[any]string{nil: "nil", 0: "zero", "": "empty"}},
		{"map arr", map[[2]int]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"}},
		{"map Point", map[Point]int{{2, 1}: 1, {1, 2}: 2}},
		{"map nested", map[string][]int{"x": {1}, "a": nil}},
		{"map of map", map[string]map[string]int{"o": {"i": 1}}},
		{"map empty", map[string]int{}},
		{"map named", IntMap{"z": 26, "y": 25}},
		{"map int8", map[int8]bool{-100: true, 100: false, 0: true}},
		{"map uint", map[uint64]int{math.MaxUint64: 1, 0: 0}},
		{"map rune", map[rune]int{'b': 2, 'a': 1}},
		{"map any val", map[string]any{"n": nil, "i": 1, "s": "str"}},
		{"map err val", map[string]error{"e": nil}},
		{"&map", &map[string]int{"k": 1}},
		{"map stringer val", map[string]Temp{"t": 1.25}},
		{"map stringer key", map[StrInt]int{2: 2, 1: 1}},
	}
	for _, c := range vals {
		for _, f := range []string{"%v", "%+v", "%#v", "%d", "%s", "%x", "%T", "%3v|"} {
			t(c.name, f, c.v)
		}
	}
}

func methods() {
	var nilNilOK *NilOK
	vals := []struct {
		name string
		v    any
	}{
		{"Temp", Temp(21.5)},
		{"&PtrStr", &PtrStr{3}},
		{"PtrStr", PtrStr{4}},
		{"ValStr", ValStr{5}},
		{"&ValStr", &ValStr{6}},
		{"MyErr", MyErr{7}},
		{"&MyErr", &MyErr{8}},
		{"&PErr", &PErr{"bad"}},
		{"GoS", GoS{1}},
		{"Fmter", Fmter{1}},
		{"&PFmter", &PFmter{2}},
		{"PFmter", PFmter{3}},
		{"Both", Both{}},
		{"Panicky", Panicky{}},
		{"nil *NilOK", nilNilOK},
		{"[]Temp", []Temp{1, 2.25}},
		{"[]fmt.Stringer", []fmt.Stringer{Temp(1), ValStr{1}, nil}},
		{"[]error", []error{MyErr{1}, MyErr{2}}},
		{"StrInt", StrInt(42)},
		{"[]StrInt", []StrInt{1, 2}},
	}
	for _, c := range vals {
		for _, f := range []string{"%v", "%+v", "%#v", "%s", "%d", "%q", "%x", "%10v|", "%-10s|", "%T", "%.3s", "%08.3f"} {
			t(c.name, f, c.v)
		}
	}
	t("Fmter flags", "%+-#0 12.4x", Fmter{1})
	t("Fmter star", "%*.*v", 5, 2, Fmter{1})
	t("Fmter in slice", "%v", []Fmter{{1}, {2}})
	t("errors.New", "%v %s %q %x %#v", errors.New("e1"), errors.New("e2"), errors.New("e3"), errors.New("e4"), MyErr{9})
}

func named() {
	vals := []struct {
		name string
		v    any
	}{
		{"Celsius", Celsius(36.6)},
		{"Names", Names{"a", "b c"}},
		{"Names empty", Names{}},
		{"MyInt", MyInt(-3)},
		{"MyString", MyString("ms")},
		{"Runes", Runes("hé")},
		{"Arr", Arr{1, 2, 3}},
		{"[]MyInt", []MyInt{1, 2}},
		{"[]Celsius", []Celsius{1.5}},
	}
	for _, c := range vals {
		for _, f := range []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%.1f", "%6v|"} {
			t(c.name, f, c.v)
		}
	}
}

func typeVerb() {
	var e error
	vals := []any{
		1, int8(1), uint16(1), uintptr(1), 1.5, float32(1), 1i, complex64(1i),
		"s", 'r', byte(1), true, []int{}, [3]string{}, map[string][]int{},
		&Point{}, Point{}, struct{}{}, struct {
			A int
			B string
		}{},
		func(int) string { return "" }, (chan int)(nil), (<-chan string)(nil), (chan<- bool)(nil),
		e, errors.New("x"), MyErr{}, &PErr{}, Celsius(1), Names{}, []any{}, map[any]any{},
		[]error{}, [2][]int{}, func(...int) {}, func() (int, error) { return 0, nil },
		Derived{}, Temp(1), []*Point{}, struct{ Outer }{},
	}
	for i, v := range vals {
		t(fmt.Sprint("T ", i), "%T", v)
	}
	t("T width", "%10T|%-10T|", 1, "s")
	t("T nil", "%T %5T|", nil, nil)
}

func badVerbs() {
	t("bad d string", "%d", "hi")
	t("bad s int", "%s", 5)
	t("bad z", "%z", 5)
	t("bad z float", "%z", 1.5)
	t("bad t int", "%t", 1)
	t("bad noverb", "%")
	t("bad noverb flags", "abc%-5")
	t("bad missing", "%d %d", 1)
	t("bad missing s", "%s")
	t("bad extra", "%d", 1, 2)
	t("bad extra multi", "%d", 1, "a", nil, 2.5)
	t("bad extra no verbs", "x", 1)
	t("bad extra nil", "", nil)
	t("bad x bool", "%x", true)
	t("bad c string", "%c", "a")
	t("bad e int", "%e", 3)
	t("bad d float", "%d", 2.5)
	t("bad !", "%!", 1)
	t("bad unicode verb", "%☺", 1)
	t("bad w in Sprintf", "%w", errors.New("e"))
	t("bad w nonerr", "%w", 3)
	t("bad d struct field", "%d", Inner{1, "s"})
	t("bad d map", "%d", map[string]string{"a": "b"})
	t("bad q float", "%q", 1.5)
	t("bad U string", "%U", "s")
	t("percent", "%% %5% %-5%|")
	t("percent args", "%%", 1)
	t("bad verb slice", "%z", []int{1})
	t("bad verb nil ptr", "%z", (*int)(nil))
	t("bad verb bytes", "%z", []byte("a"))
}

func indexes() {
	t("idx swap", "%[2]d %[1]d", 1, 2)
	t("idx reuse", "%[1]d %[1]x %#[1]o", 64)
	t("idx star", "%[3]*.[2]*[1]f", 12.0, 2, 6)
	t("idx then next", "%d %d %#[1]x %#x", 16, 17)
	t("idx bad", "%[5]d", 1)
	t("idx zero", "%[0]d", 1)
	t("idx neg", "%[-1]d", 1)
	t("idx unclosed", "%[1d", 1)
	t("idx empty", "%[]d", 1)
	t("idx word", "%[x]d", 1)
	t("idx extra not reported", "%[1]d", 1, 2)
	t("idx past end", "%[2]d %d", 1, 2)
	t("idx star bad", "%[2]*d", 1, "x")
	t("idx width after", "%[1]5d", 1)
	t("idx prec", "%.[2]d", 1, 2)
	t("idx then missing", "%[1]d %d %d", 1)
	t("idx twice", "%[2][1]d", 1, 2)
	t("idx big", "%[99999999999]d", 1)
	t("idx w", "%[2]s %[1]v", "b", "a")
}

func stars() {
	t("star width", "%*d|", 5, 42)
	t("star neg width", "%*d|", -5, 42)
	t("star prec", "%.*f", 2, math.Pi)
	t("star both", "%*.*f|", 8, 3, math.Pi)
	t("star neg prec", "%.*d", -1, 42)
	t("star bad width", "%*d", "x", 42)
	t("star bad prec", "%.*d", "x", 42)
	t("star missing", "%*d")
	t("star uint", "%*d|", uint(3), 1)
	t("star int8", "%*d|", int8(4), 1)
	t("star huge", "%*d", 10000000, 1)
	t("star zero", "%0*d", 6, -12)
	t("star with minus", "%-*d|", 4, 7)
	t("star string", "%*s|%-*s|", 6, "ab", 6, "cd")
	t("star prec string", "%.*s", 3, "abcdef")
}

func composites() {
	t("slice width", "%6v|", []int{1, 2})
	t("slice minus", "%-4d|", []int{1, 22})
	t("slice x", "%x", []int{255, 16})
	t("slice X", "%#X", []int{255})
	t("slice q", "%q", []string{"a", "b\n"})
	t("slice f", "%5.1f", []float64{1, 2.25})
	t("slice s", "%s", []string{"x", "y"})
	t("slice x strings", "%x", []string{"hi", "yo"})
	t("slice any", "%v", []any{1, "a", nil, 2.5, []int{3}})
	t("slice #v any", "%#v", []any{1, "a", nil, 2.5, []int{3}, true})
	t("slice nested", "%v %#v", [][]int{{1}, {2, 3}, nil}, [][]int{{1}, nil})
	t("array", "%v %#v %d", [3]int{1, 2, 3}, [2]bool{true}, [0]int{})
	t("array of strings", "%q %x", [2]string{"a", "b"}, [2]string{"a", "b"})
	t("ptr array", "%v %+v", &[2]int{1, 2}, &[1]string{"s"})
	t("ptr slice", "%v %#v", &[]string{"z"}, &[]int{})
	t("ptr map", "%#v", &map[int]bool{1: true})
	t("slice of maps", "%v", []map[string]int{{"a": 1}, nil})
	t("slice ptr nested", "%v", []*int{nil, nil})
	t("map width", "%4v|", map[string]int{"a": 1})
	t("struct width", "%4v|", Point{1, 2})
	t("struct with slices", "%+v", struct {
		A []string
		B [2]byte
	}{[]string{"q"}, [2]byte{1, 2}})
	t("struct bytes s", "%s", struct{ B []byte }{[]byte("hi")})
	t("struct bytes x", "%x", struct{ B []byte }{[]byte("hi")})
	t("slice of bytes s", "%s", [][]byte{[]byte("a"), []byte("b")})
	t("slice of bytes v", "%v", [][]byte{[]byte("a")})
	t("slice of bytes #v", "%#v", [][]byte{[]byte("a"), nil})
	t("funcs in struct nil", "%v", struct{ F func() }{})
	t("chan in struct nil", "%v", struct{ C chan int }{})
	t("empty slice", "%v %#v %d %s", []int{}, []string{}, []int{}, []string{})
	t("nil slice elems", "%v", [][]string{nil})
	t("bool slice", "%v %t %5t", []bool{true}, []bool{false, true}, []bool{true})
	t("complex slice", "%v %.1f", []complex128{1 + 1i}, []complex64{2 - 2i})
	t("rune slice", "%v %c %q %U", []rune("ab"), []rune("cd"), []rune("ef"), []rune("g"))
	t("uint16 slice", "%x %X %#o", []uint16{0xabc}, []uint16{0xdef}, []uint16{8})
	t("float32 verbs", "%x %e %g %.3f %v", float32(1.5), float32(1e-8), float32(3.4e38), float32(2.0/3), float32(16777216))
	t("map any vals #v", "%#v", map[string]any{"a": []int{1}, "b": map[string]any{"c": nil}})
	t("map ptr val nil", "%v %#v", map[string]*int{"p": nil}, map[int]*Point{1: nil})
	t("struct unexported formatter", "%v", struct {
		f Fmter
		F Fmter
	}{Fmter{1}, Fmter{2}})
	t("struct embedded nil ptr", "%+v", struct {
		*Inner
		N int
	}{nil, 3})
	t("struct of Names", "%v %#v", struct{ N Names }{Names{"x"}}, struct{ N Names }{})
	t("nested any", "%v %+v", []any{[]any{1, []any{"a"}}, map[string]any{"k": Point{1, 2}}}, []any{Inner{1, "b"}})
	t("width on nil", "%8v|%-8v|%08v", nil, []int(nil), (*int)(nil))
	t("plus q unicode", "%+q %#+q %q", "héllo☺\x80", "☺", "\u00e9\U0001F600")
	t("byte slice width prec", "%8.2s|%-8.2q|% 8X", []byte("abcdef"), []byte("abcdef"), []byte{1, 171})
	t("mixed verb list", "%d|%5s|%-6.2f|%x|%t|%c|%U|%q", 7, "ab", 3.14159, "hi", true, 'x', 'x', 'x')
}

func printFuncs() {
	line("Sprint mixed", fmt.Sprint("a", 1, 2, "b", 3.0, nil, true, "c", "d"))
	line("Sprint ints", fmt.Sprint(1, 2, 3))
	line("Sprint strings", fmt.Sprint("a", "b", "c"))
	line("Sprint string int", fmt.Sprint("x", 1, "y"))
	line("Sprint nils", fmt.Sprint(nil, nil))
	line("Sprint named string", fmt.Sprint(MyString("a"), MyString("b"), 1))
	line("Sprint errs", fmt.Sprint(errors.New("e"), 3, errors.New("f")))
	line("Sprint stringer", fmt.Sprint(Temp(1), Temp(2), "s", Temp(3)))
	line("Sprint slices", fmt.Sprint([]int{1}, []int{2}, "x"))
	line("Sprint empty", fmt.Sprint())
	line("Sprint floats", fmt.Sprint(1.0, 2.5, float32(0.1)))
	line("Sprintln", fmt.Sprintln("a", 1, "b", nil, 2.5))
	line("Sprintln strings", fmt.Sprintln("a", "b"))
	line("Sprintln empty", fmt.Sprintln())
	line("Sprintln mixed", fmt.Sprintln(Point{1, 2}, &Point{3, 4}, []string{"x"}, map[int]int{1: 1}))
	var sb strings.Builder
	fmt.Fprint(&sb, "p", 1, 2, "q")
	fmt.Fprintf(&sb, "|%03d|", 7)
	fmt.Fprintln(&sb, "end", 1)
	line("Fprint builder", sb.String())
	n, err := fmt.Fprintf(&sb, "%s", "12345")
	line("Fprintf n", fmt.Sprint(n, err))
	line("Append", string(fmt.Append([]byte("pre:"), 1, "a", 2)))
	line("Appendf", string(fmt.Appendf(nil, "%d-%s", 5, "x")))
	line("Appendln", string(fmt.Appendln([]byte("l:"), "a", 1)))
	fmt.Print("Print: ", 1, 2, "x", 3, "\n")
	fmt.Println("Println:", 1, "a", nil, []int{1}, 2.0)
	fmt.Printf("Printf: %d %s\n", 1, "x")
	fmt.Fprintln(os.Stdout, "Fprintln stdout", true)
}

func errorf() {
	base := errors.New("base")
	e := fmt.Errorf("wrap: %w", base)
	line("Errorf w", e.Error())
	line("Errorf unwrap", fmt.Sprint(errors.Unwrap(e) == base, errors.Is(e, base)))
	e2 := fmt.Errorf("two: %w and %w", base, MyErr{3})
	line("Errorf two", e2.Error())
	line("Errorf two is", fmt.Sprint(errors.Is(e2, base), errors.Is(e2, MyErr{3}), errors.Unwrap(e2) == nil))
	line("Errorf nil w", fmt.Errorf("n: %w", nil).Error())
	line("Errorf nonerr w", fmt.Errorf("i: %w", 5).Error())
	line("Errorf v", fmt.Errorf("v: %v %d", base, 3).Error())
	line("Errorf no w unwrap", fmt.Sprint(errors.Unwrap(fmt.Errorf("x %v", base)) == nil))
	line("Errorf nested", fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", base)).Error())
	line("Errorf w flags", fmt.Errorf("%+w|%#w|%10w", base, base, base).Error())
	line("Errorf %T", fmt.Sprintf("%T %T %T", e, e2, fmt.Errorf("plain")))
	line("Errorf w twice same", fmt.Errorf("%w %[1]w", base).Error())
	line("Errorf w idx", fmt.Errorf("%[2]w %[1]v", 1, base).Error())
	line("Errorf %v of wrap", fmt.Sprintf("%v|%s|%q", e, e, e))
}

func pointers() {
	var np *Point
	var m map[int]int
	var s []int
	var f func()
	var c chan int
	t("p nil ptr", "%p %v %#p", np, np, np)
	t("p nil map", "%p", m)
	t("p nil slice", "%p", s)
	t("p nil func", "%p", f)
	t("p nil chan", "%p", c)
	t("p nil iface", "%p", nil)
	t("p int", "%p", 5)
	t("p string", "%p", "s")
	t("p nil width", "%10p|%-10p|", np, np)
	t("p nil #v", "%#v %#v %#v", np, m, f)
	t("p nil d", "%d %x %o %b", np, np, np, np)
	t("p nil s", "%s", np)
	t("ptr to int", "%T", new(int))
	t("ptr to ptr nil", "%v %T", (**int)(nil), (**int)(nil))
	pp := &PtrStr{9}
	t("ptr stringer nested", "%v", []*PtrStr{pp})
	t("ptr stringer struct", "%v", struct{ P *PtrStr }{pp})
	t("ptr err in slice", "%v", []error{&PErr{"x"}})
}
