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

// Output:
// int 0: %v => [0]
// int 0: %d => [0]
// int 0: %+d => [+0]
// int 0: % d => [ 0]
// int 0: %5d => [    0]
// int 0: %-5d| => [0    |]
// int 0: %05d => [00000]
// int 0: %-05d| => [0    |]
// int 0: %x => [0]
// int 0: %X => [0]
// int 0: %#x => [0x0]
// int 0: %#X => [0X0]
// int 0: %o => [0]
// int 0: %#o => [0]
// int 0: %O => [0o0]
// int 0: %b => [0]
// int 0: %#b => [0b0]
// int 0: %.3d => [000]
// int 0: %8.3d => [     000]
// int 0: %-8.3d| => [000     |]
// int 0: %08.3d => [     000]
// int 0: %+.3d => [+000]
// int 0: %.0d => []
// int 0: %+05d => [+0000]
// int 0: % 05d => [ 0000]
// int 0: %#v => [0]
// int 0: %+v => [0]
// int 0: %#08x => [0x00000000]
// int 0: %# x => [ 0x0]
// int 42: %v => [42]
// int 42: %d => [42]
// int 42: %+d => [+42]
// int 42: % d => [ 42]
// int 42: %5d => [   42]
// int 42: %-5d| => [42   |]
// int 42: %05d => [00042]
// int 42: %-05d| => [42   |]
// int 42: %x => [2a]
// int 42: %X => [2A]
// int 42: %#x => [0x2a]
// int 42: %#X => [0X2A]
// int 42: %o => [52]
// int 42: %#o => [052]
// int 42: %O => [0o52]
// int 42: %b => [101010]
// int 42: %#b => [0b101010]
// int 42: %.3d => [042]
// int 42: %8.3d => [     042]
// int 42: %-8.3d| => [042     |]
// int 42: %08.3d => [     042]
// int 42: %+.3d => [+042]
// int 42: %.0d => [42]
// int 42: %+05d => [+0042]
// int 42: % 05d => [ 0042]
// int 42: %#v => [42]
// int 42: %+v => [42]
// int 42: %#08x => [0x0000002a]
// int 42: %# x => [ 0x2a]
// int -42: %v => [-42]
// int -42: %d => [-42]
// int -42: %+d => [-42]
// int -42: % d => [-42]
// int -42: %5d => [  -42]
// int -42: %-5d| => [-42  |]
// int -42: %05d => [-0042]
// int -42: %-05d| => [-42  |]
// int -42: %x => [-2a]
// int -42: %X => [-2A]
// int -42: %#x => [-0x2a]
// int -42: %#X => [-0X2A]
// int -42: %o => [-52]
// int -42: %#o => [-052]
// int -42: %O => [-0o52]
// int -42: %b => [-101010]
// int -42: %#b => [-0b101010]
// int -42: %.3d => [-042]
// int -42: %8.3d => [    -042]
// int -42: %-8.3d| => [-042    |]
// int -42: %08.3d => [    -042]
// int -42: %+.3d => [-042]
// int -42: %.0d => [-42]
// int -42: %+05d => [-0042]
// int -42: % 05d => [-0042]
// int -42: %#v => [-42]
// int -42: %+v => [-42]
// int -42: %#08x => [-0x000002a]
// int -42: %# x => [-0x2a]
// int8 max: %v => [127]
// int8 max: %d => [127]
// int8 max: %+d => [+127]
// int8 max: % d => [ 127]
// int8 max: %5d => [  127]
// int8 max: %-5d| => [127  |]
// int8 max: %05d => [00127]
// int8 max: %-05d| => [127  |]
// int8 max: %x => [7f]
// int8 max: %X => [7F]
// int8 max: %#x => [0x7f]
// int8 max: %#X => [0X7F]
// int8 max: %o => [177]
// int8 max: %#o => [0177]
// int8 max: %O => [0o177]
// int8 max: %b => [1111111]
// int8 max: %#b => [0b1111111]
// int8 max: %.3d => [127]
// int8 max: %8.3d => [     127]
// int8 max: %-8.3d| => [127     |]
// int8 max: %08.3d => [     127]
// int8 max: %+.3d => [+127]
// int8 max: %.0d => [127]
// int8 max: %+05d => [+0127]
// int8 max: % 05d => [ 0127]
// int8 max: %#v => [127]
// int8 max: %+v => [127]
// int8 max: %#08x => [0x0000007f]
// int8 max: %# x => [ 0x7f]
// int8 min: %v => [-128]
// int8 min: %d => [-128]
// int8 min: %+d => [-128]
// int8 min: % d => [-128]
// int8 min: %5d => [ -128]
// int8 min: %-5d| => [-128 |]
// int8 min: %05d => [-0128]
// int8 min: %-05d| => [-128 |]
// int8 min: %x => [-80]
// int8 min: %X => [-80]
// int8 min: %#x => [-0x80]
// int8 min: %#X => [-0X80]
// int8 min: %o => [-200]
// int8 min: %#o => [-0200]
// int8 min: %O => [-0o200]
// int8 min: %b => [-10000000]
// int8 min: %#b => [-0b10000000]
// int8 min: %.3d => [-128]
// int8 min: %8.3d => [    -128]
// int8 min: %-8.3d| => [-128    |]
// int8 min: %08.3d => [    -128]
// int8 min: %+.3d => [-128]
// int8 min: %.0d => [-128]
// int8 min: %+05d => [-0128]
// int8 min: % 05d => [-0128]
// int8 min: %#v => [-128]
// int8 min: %+v => [-128]
// int8 min: %#08x => [-0x0000080]
// int8 min: %# x => [-0x80]
// int16 min: %v => [-32768]
// int16 min: %d => [-32768]
// int16 min: %+d => [-32768]
// int16 min: % d => [-32768]
// int16 min: %5d => [-32768]
// int16 min: %-5d| => [-32768|]
// int16 min: %05d => [-32768]
// int16 min: %-05d| => [-32768|]
// int16 min: %x => [-8000]
// int16 min: %X => [-8000]
// int16 min: %#x => [-0x8000]
// int16 min: %#X => [-0X8000]
// int16 min: %o => [-100000]
// int16 min: %#o => [-0100000]
// int16 min: %O => [-0o100000]
// int16 min: %b => [-1000000000000000]
// int16 min: %#b => [-0b1000000000000000]
// int16 min: %.3d => [-32768]
// int16 min: %8.3d => [  -32768]
// int16 min: %-8.3d| => [-32768  |]
// int16 min: %08.3d => [  -32768]
// int16 min: %+.3d => [-32768]
// int16 min: %.0d => [-32768]
// int16 min: %+05d => [-32768]
// int16 min: % 05d => [-32768]
// int16 min: %#v => [-32768]
// int16 min: %+v => [-32768]
// int16 min: %#08x => [-0x0008000]
// int16 min: %# x => [-0x8000]
// int32 max: %v => [2147483647]
// int32 max: %d => [2147483647]
// int32 max: %+d => [+2147483647]
// int32 max: % d => [ 2147483647]
// int32 max: %5d => [2147483647]
// int32 max: %-5d| => [2147483647|]
// int32 max: %05d => [2147483647]
// int32 max: %-05d| => [2147483647|]
// int32 max: %x => [7fffffff]
// int32 max: %X => [7FFFFFFF]
// int32 max: %#x => [0x7fffffff]
// int32 max: %#X => [0X7FFFFFFF]
// int32 max: %o => [17777777777]
// int32 max: %#o => [017777777777]
// int32 max: %O => [0o17777777777]
// int32 max: %b => [1111111111111111111111111111111]
// int32 max: %#b => [0b1111111111111111111111111111111]
// int32 max: %.3d => [2147483647]
// int32 max: %8.3d => [2147483647]
// int32 max: %-8.3d| => [2147483647|]
// int32 max: %08.3d => [2147483647]
// int32 max: %+.3d => [+2147483647]
// int32 max: %.0d => [2147483647]
// int32 max: %+05d => [+2147483647]
// int32 max: % 05d => [ 2147483647]
// int32 max: %#v => [2147483647]
// int32 max: %+v => [2147483647]
// int32 max: %#08x => [0x7fffffff]
// int32 max: %# x => [ 0x7fffffff]
// int64 min: %v => [-9223372036854775808]
// int64 min: %d => [-9223372036854775808]
// int64 min: %+d => [-9223372036854775808]
// int64 min: % d => [-9223372036854775808]
// int64 min: %5d => [-9223372036854775808]
// int64 min: %-5d| => [-9223372036854775808|]
// int64 min: %05d => [-9223372036854775808]
// int64 min: %-05d| => [-9223372036854775808|]
// int64 min: %x => [-8000000000000000]
// int64 min: %X => [-8000000000000000]
// int64 min: %#x => [-0x8000000000000000]
// int64 min: %#X => [-0X8000000000000000]
// int64 min: %o => [-1000000000000000000000]
// int64 min: %#o => [-01000000000000000000000]
// int64 min: %O => [-0o1000000000000000000000]
// int64 min: %b => [-1000000000000000000000000000000000000000000000000000000000000000]
// int64 min: %#b => [-0b1000000000000000000000000000000000000000000000000000000000000000]
// int64 min: %.3d => [-9223372036854775808]
// int64 min: %8.3d => [-9223372036854775808]
// int64 min: %-8.3d| => [-9223372036854775808|]
// int64 min: %08.3d => [-9223372036854775808]
// int64 min: %+.3d => [-9223372036854775808]
// int64 min: %.0d => [-9223372036854775808]
// int64 min: %+05d => [-9223372036854775808]
// int64 min: % 05d => [-9223372036854775808]
// int64 min: %#v => [-9223372036854775808]
// int64 min: %+v => [-9223372036854775808]
// int64 min: %#08x => [-0x8000000000000000]
// int64 min: %# x => [-0x8000000000000000]
// int64 max: %v => [9223372036854775807]
// int64 max: %d => [9223372036854775807]
// int64 max: %+d => [+9223372036854775807]
// int64 max: % d => [ 9223372036854775807]
// int64 max: %5d => [9223372036854775807]
// int64 max: %-5d| => [9223372036854775807|]
// int64 max: %05d => [9223372036854775807]
// int64 max: %-05d| => [9223372036854775807|]
// int64 max: %x => [7fffffffffffffff]
// int64 max: %X => [7FFFFFFFFFFFFFFF]
// int64 max: %#x => [0x7fffffffffffffff]
// int64 max: %#X => [0X7FFFFFFFFFFFFFFF]
// int64 max: %o => [777777777777777777777]
// int64 max: %#o => [0777777777777777777777]
// int64 max: %O => [0o777777777777777777777]
// int64 max: %b => [111111111111111111111111111111111111111111111111111111111111111]
// int64 max: %#b => [0b111111111111111111111111111111111111111111111111111111111111111]
// int64 max: %.3d => [9223372036854775807]
// int64 max: %8.3d => [9223372036854775807]
// int64 max: %-8.3d| => [9223372036854775807|]
// int64 max: %08.3d => [9223372036854775807]
// int64 max: %+.3d => [+9223372036854775807]
// int64 max: %.0d => [9223372036854775807]
// int64 max: %+05d => [+9223372036854775807]
// int64 max: % 05d => [ 9223372036854775807]
// int64 max: %#v => [9223372036854775807]
// int64 max: %+v => [9223372036854775807]
// int64 max: %#08x => [0x7fffffffffffffff]
// int64 max: %# x => [ 0x7fffffffffffffff]
// int c: %c|%c|%c => [A|世|�]
// int q: %q|%q|%+q|%#q => ['A'|'世'|'\u4e16'|'\n']
// int U: %U|%#U|%#U => [U+0041|U+4E16 '世'|U+0007]
// int long prec: %.30d => [000000000000000000000000000007]
// int wide: %40d => [                                      -7]
// int zero prec width: [%5.0d] => [[     ]]
// int min x: %x => [-8000000000000000]
// int min b: %b => [-10000000]
// int zero flag+prec: %010.4d => [     -0012]
// int space plus: %+ d => [+5]
// uint8 max: %v => [255]
// uint8 max: %d => [255]
// uint8 max: %+d => [+255]
// uint8 max: %x => [ff]
// uint8 max: %#X => [0XFF]
// uint8 max: %o => [377]
// uint8 max: %O => [0o377]
// uint8 max: %b => [11111111]
// uint8 max: %#v => [0xff]
// uint8 max: %08d => [00000255]
// uint8 max: %c => [ÿ]
// uint8 max: %U => [U+00FF]
// uint16 max: %v => [65535]
// uint16 max: %d => [65535]
// uint16 max: %+d => [+65535]
// uint16 max: %x => [ffff]
// uint16 max: %#X => [0XFFFF]
// uint16 max: %o => [177777]
// uint16 max: %O => [0o177777]
// uint16 max: %b => [1111111111111111]
// uint16 max: %#v => [0xffff]
// uint16 max: %08d => [00065535]
// uint16 max: %c => [￿]
// uint16 max: %U => [U+FFFF]
// uint32 max: %v => [4294967295]
// uint32 max: %d => [4294967295]
// uint32 max: %+d => [+4294967295]
// uint32 max: %x => [ffffffff]
// uint32 max: %#X => [0XFFFFFFFF]
// uint32 max: %o => [37777777777]
// uint32 max: %O => [0o37777777777]
// uint32 max: %b => [11111111111111111111111111111111]
// uint32 max: %#v => [0xffffffff]
// uint32 max: %08d => [4294967295]
// uint32 max: %c => [�]
// uint32 max: %U => [U+FFFFFFFF]
// uint64 max: %v => [18446744073709551615]
// uint64 max: %d => [18446744073709551615]
// uint64 max: %+d => [+18446744073709551615]
// uint64 max: %x => [ffffffffffffffff]
// uint64 max: %#X => [0XFFFFFFFFFFFFFFFF]
// uint64 max: %o => [1777777777777777777777]
// uint64 max: %O => [0o1777777777777777777777]
// uint64 max: %b => [1111111111111111111111111111111111111111111111111111111111111111]
// uint64 max: %#v => [0xffffffffffffffff]
// uint64 max: %08d => [18446744073709551615]
// uint64 max: %c => [�]
// uint64 max: %U => [U+FFFFFFFFFFFFFFFF]
// uint 0: %v => [0]
// uint 0: %d => [0]
// uint 0: %+d => [+0]
// uint 0: %x => [0]
// uint 0: %#X => [0X0]
// uint 0: %o => [0]
// uint 0: %O => [0o0]
// uint 0: %b => [0]
// uint 0: %#v => [0x0]
// uint 0: %08d => [00000000]
// uint 0: %c => [\x00]
// uint 0: %U => [U+0000]
// uintptr: %v => [57005]
// uintptr: %d => [57005]
// uintptr: %+d => [+57005]
// uintptr: %x => [dead]
// uintptr: %#X => [0XDEAD]
// uintptr: %o => [157255]
// uintptr: %O => [0o157255]
// uintptr: %b => [1101111010101101]
// uintptr: %#v => [0xdead]
// uintptr: %08d => [00057005]
// uintptr: %c => [�]
// uintptr: %U => [U+DEAD]
// f 0: %v => [0]
// f 0: %e => [0.000000e+00]
// f 0: %E => [0.000000E+00]
// f 0: %f => [0.000000]
// f 0: %F => [0.000000]
// f 0: %g => [0]
// f 0: %G => [0]
// f 0: %.2f => [0.00]
// f 0: %8.3f => [   0.000]
// f 0: %-8.3f| => [0.000   |]
// f 0: %08.3f => [0000.000]
// f 0: %+f => [+0.000000]
// f 0: % f => [ 0.000000]
// f 0: %+.3e => [+0.000e+00]
// f 0: %.0f => [0]
// f 0: %#.0f => [0.]
// f 0: %#g => [0.00000]
// f 0: %#.3g => [0.00]
// f 0: %.3g => [0]
// f 0: %.10g => [0]
// f 0: %10.2e => [  0.00e+00]
// f 0: %-10v| => [0         |]
// f 0: %010v => [0000000000]
// f 0: %+v => [0]
// f 0: %#v => [0]
// f 0: %x => [0x0p+00]
// f 0: %.3x => [0x0.000p+00]
// f 0: %b => [0p-1074]
// f 0: % .2e => [ 0.00e+00]
// f 0: %+08.2f => [+0000.00]
// f 0: %-+8.1f| => [+0.0    |]
// f 0: %#v => [0]
// f 0: %.0e => [0e+00]
// f 0: %#.0e => [0.e+00]
// f -0: %v => [-0]
// f -0: %e => [-0.000000e+00]
// f -0: %E => [-0.000000E+00]
// f -0: %f => [-0.000000]
// f -0: %F => [-0.000000]
// f -0: %g => [-0]
// f -0: %G => [-0]
// f -0: %.2f => [-0.00]
// f -0: %8.3f => [  -0.000]
// f -0: %-8.3f| => [-0.000  |]
// f -0: %08.3f => [-000.000]
// f -0: %+f => [-0.000000]
// f -0: % f => [-0.000000]
// f -0: %+.3e => [-0.000e+00]
// f -0: %.0f => [-0]
// f -0: %#.0f => [-0.]
// f -0: %#g => [-0.00000]
// f -0: %#.3g => [-0.00]
// f -0: %.3g => [-0]
// f -0: %.10g => [-0]
// f -0: %10.2e => [ -0.00e+00]
// f -0: %-10v| => [-0        |]
// f -0: %010v => [-000000000]
// f -0: %+v => [-0]
// f -0: %#v => [-0]
// f -0: %x => [-0x0p+00]
// f -0: %.3x => [-0x0.000p+00]
// f -0: %b => [-0p-1074]
// f -0: % .2e => [-0.00e+00]
// f -0: %+08.2f => [-0000.00]
// f -0: %-+8.1f| => [-0.0    |]
// f -0: %#v => [-0]
// f -0: %.0e => [-0e+00]
// f -0: %#.0e => [-0.e+00]
// f 1: %v => [1]
// f 1: %e => [1.000000e+00]
// f 1: %E => [1.000000E+00]
// f 1: %f => [1.000000]
// f 1: %F => [1.000000]
// f 1: %g => [1]
// f 1: %G => [1]
// f 1: %.2f => [1.00]
// f 1: %8.3f => [   1.000]
// f 1: %-8.3f| => [1.000   |]
// f 1: %08.3f => [0001.000]
// f 1: %+f => [+1.000000]
// f 1: % f => [ 1.000000]
// f 1: %+.3e => [+1.000e+00]
// f 1: %.0f => [1]
// f 1: %#.0f => [1.]
// f 1: %#g => [1.00000]
// f 1: %#.3g => [1.00]
// f 1: %.3g => [1]
// f 1: %.10g => [1]
// f 1: %10.2e => [  1.00e+00]
// f 1: %-10v| => [1         |]
// f 1: %010v => [0000000001]
// f 1: %+v => [1]
// f 1: %#v => [1]
// f 1: %x => [0x1p+00]
// f 1: %.3x => [0x1.000p+00]
// f 1: %b => [4503599627370496p-52]
// f 1: % .2e => [ 1.00e+00]
// f 1: %+08.2f => [+0001.00]
// f 1: %-+8.1f| => [+1.0    |]
// f 1: %#v => [1]
// f 1: %.0e => [1e+00]
// f 1: %#.0e => [1.e+00]
// f -1.5: %v => [-1.5]
// f -1.5: %e => [-1.500000e+00]
// f -1.5: %E => [-1.500000E+00]
// f -1.5: %f => [-1.500000]
// f -1.5: %F => [-1.500000]
// f -1.5: %g => [-1.5]
// f -1.5: %G => [-1.5]
// f -1.5: %.2f => [-1.50]
// f -1.5: %8.3f => [  -1.500]
// f -1.5: %-8.3f| => [-1.500  |]
// f -1.5: %08.3f => [-001.500]
// f -1.5: %+f => [-1.500000]
// f -1.5: % f => [-1.500000]
// f -1.5: %+.3e => [-1.500e+00]
// f -1.5: %.0f => [-2]
// f -1.5: %#.0f => [-2.]
// f -1.5: %#g => [-1.50000]
// f -1.5: %#.3g => [-1.50]
// f -1.5: %.3g => [-1.5]
// f -1.5: %.10g => [-1.5]
// f -1.5: %10.2e => [ -1.50e+00]
// f -1.5: %-10v| => [-1.5      |]
// f -1.5: %010v => [-0000001.5]
// f -1.5: %+v => [-1.5]
// f -1.5: %#v => [-1.5]
// f -1.5: %x => [-0x1.8p+00]
// f -1.5: %.3x => [-0x1.800p+00]
// f -1.5: %b => [-6755399441055744p-52]
// f -1.5: % .2e => [-1.50e+00]
// f -1.5: %+08.2f => [-0001.50]
// f -1.5: %-+8.1f| => [-1.5    |]
// f -1.5: %#v => [-1.5]
// f -1.5: %.0e => [-2e+00]
// f -1.5: %#.0e => [-2.e+00]
// f pi: %v => [3.14159]
// f pi: %e => [3.141590e+00]
// f pi: %E => [3.141590E+00]
// f pi: %f => [3.141590]
// f pi: %F => [3.141590]
// f pi: %g => [3.14159]
// f pi: %G => [3.14159]
// f pi: %.2f => [3.14]
// f pi: %8.3f => [   3.142]
// f pi: %-8.3f| => [3.142   |]
// f pi: %08.3f => [0003.142]
// f pi: %+f => [+3.141590]
// f pi: % f => [ 3.141590]
// f pi: %+.3e => [+3.142e+00]
// f pi: %.0f => [3]
// f pi: %#.0f => [3.]
// f pi: %#g => [3.14159]
// f pi: %#.3g => [3.14]
// f pi: %.3g => [3.14]
// f pi: %.10g => [3.14159]
// f pi: %10.2e => [  3.14e+00]
// f pi: %-10v| => [3.14159   |]
// f pi: %010v => [0003.14159]
// f pi: %+v => [3.14159]
// f pi: %#v => [3.14159]
// f pi: %x => [0x1.921f9f01b866ep+01]
// f pi: %.3x => [0x1.922p+01]
// f pi: %b => [7074231776675438p-51]
// f pi: % .2e => [ 3.14e+00]
// f pi: %+08.2f => [+0003.14]
// f pi: %-+8.1f| => [+3.1    |]
// f pi: %#v => [3.14159]
// f pi: %.0e => [3e+00]
// f pi: %#.0e => [3.e+00]
// f tiny: %v => [1e-07]
// f tiny: %e => [1.000000e-07]
// f tiny: %E => [1.000000E-07]
// f tiny: %f => [0.000000]
// f tiny: %F => [0.000000]
// f tiny: %g => [1e-07]
// f tiny: %G => [1E-07]
// f tiny: %.2f => [0.00]
// f tiny: %8.3f => [   0.000]
// f tiny: %-8.3f| => [0.000   |]
// f tiny: %08.3f => [0000.000]
// f tiny: %+f => [+0.000000]
// f tiny: % f => [ 0.000000]
// f tiny: %+.3e => [+1.000e-07]
// f tiny: %.0f => [0]
// f tiny: %#.0f => [0.]
// f tiny: %#g => [1.00000e-07]
// f tiny: %#.3g => [1.00e-07]
// f tiny: %.3g => [1e-07]
// f tiny: %.10g => [1e-07]
// f tiny: %10.2e => [  1.00e-07]
// f tiny: %-10v| => [1e-07     |]
// f tiny: %010v => [000001e-07]
// f tiny: %+v => [1e-07]
// f tiny: %#v => [1e-07]
// f tiny: %x => [0x1.ad7f29abcaf48p-24]
// f tiny: %.3x => [0x1.ad8p-24]
// f tiny: %b => [7555786372591432p-76]
// f tiny: % .2e => [ 1.00e-07]
// f tiny: %+08.2f => [+0000.00]
// f tiny: %-+8.1f| => [+0.0    |]
// f tiny: %#v => [1e-07]
// f tiny: %.0e => [1e-07]
// f tiny: %#.0e => [1.e-07]
// f 1e20: %v => [1e+20]
// f 1e20: %e => [1.000000e+20]
// f 1e20: %E => [1.000000E+20]
// f 1e20: %f => [100000000000000000000.000000]
// f 1e20: %F => [100000000000000000000.000000]
// f 1e20: %g => [1e+20]
// f 1e20: %G => [1E+20]
// f 1e20: %.2f => [100000000000000000000.00]
// f 1e20: %8.3f => [100000000000000000000.000]
// f 1e20: %-8.3f| => [100000000000000000000.000|]
// f 1e20: %08.3f => [100000000000000000000.000]
// f 1e20: %+f => [+100000000000000000000.000000]
// f 1e20: % f => [ 100000000000000000000.000000]
// f 1e20: %+.3e => [+1.000e+20]
// f 1e20: %.0f => [100000000000000000000]
// f 1e20: %#.0f => [100000000000000000000.]
// f 1e20: %#g => [1.00000e+20]
// f 1e20: %#.3g => [1.00e+20]
// f 1e20: %.3g => [1e+20]
// f 1e20: %.10g => [1e+20]
// f 1e20: %10.2e => [  1.00e+20]
// f 1e20: %-10v| => [1e+20     |]
// f 1e20: %010v => [000001e+20]
// f 1e20: %+v => [1e+20]
// f 1e20: %#v => [1e+20]
// f 1e20: %x => [0x1.5af1d78b58c4p+66]
// f 1e20: %.3x => [0x1.5afp+66]
// f 1e20: %b => [6103515625000000p+14]
// f 1e20: % .2e => [ 1.00e+20]
// f 1e20: %+08.2f => [+100000000000000000000.00]
// f 1e20: %-+8.1f| => [+100000000000000000000.0|]
// f 1e20: %#v => [1e+20]
// f 1e20: %.0e => [1e+20]
// f 1e20: %#.0e => [1.e+20]
// f 1e21: %v => [1e+21]
// f 1e21: %e => [1.000000e+21]
// f 1e21: %E => [1.000000E+21]
// f 1e21: %f => [1000000000000000000000.000000]
// f 1e21: %F => [1000000000000000000000.000000]
// f 1e21: %g => [1e+21]
// f 1e21: %G => [1E+21]
// f 1e21: %.2f => [1000000000000000000000.00]
// f 1e21: %8.3f => [1000000000000000000000.000]
// f 1e21: %-8.3f| => [1000000000000000000000.000|]
// f 1e21: %08.3f => [1000000000000000000000.000]
// f 1e21: %+f => [+1000000000000000000000.000000]
// f 1e21: % f => [ 1000000000000000000000.000000]
// f 1e21: %+.3e => [+1.000e+21]
// f 1e21: %.0f => [1000000000000000000000]
// f 1e21: %#.0f => [1000000000000000000000.]
// f 1e21: %#g => [1.00000e+21]
// f 1e21: %#.3g => [1.00e+21]
// f 1e21: %.3g => [1e+21]
// f 1e21: %.10g => [1e+21]
// f 1e21: %10.2e => [  1.00e+21]
// f 1e21: %-10v| => [1e+21     |]
// f 1e21: %010v => [000001e+21]
// f 1e21: %+v => [1e+21]
// f 1e21: %#v => [1e+21]
// f 1e21: %x => [0x1.b1ae4d6e2ef5p+69]
// f 1e21: %.3x => [0x1.b1bp+69]
// f 1e21: %b => [7629394531250000p+17]
// f 1e21: % .2e => [ 1.00e+21]
// f 1e21: %+08.2f => [+1000000000000000000000.00]
// f 1e21: %-+8.1f| => [+1000000000000000000000.0|]
// f 1e21: %#v => [1e+21]
// f 1e21: %.0e => [1e+21]
// f 1e21: %#.0e => [1.e+21]
// f big: %v => [1.23456789e+08]
// f big: %e => [1.234568e+08]
// f big: %E => [1.234568E+08]
// f big: %f => [123456789.000000]
// f big: %F => [123456789.000000]
// f big: %g => [1.23456789e+08]
// f big: %G => [1.23456789E+08]
// f big: %.2f => [123456789.00]
// f big: %8.3f => [123456789.000]
// f big: %-8.3f| => [123456789.000|]
// f big: %08.3f => [123456789.000]
// f big: %+f => [+123456789.000000]
// f big: % f => [ 123456789.000000]
// f big: %+.3e => [+1.235e+08]
// f big: %.0f => [123456789]
// f big: %#.0f => [123456789.]
// f big: %#g => [1.23456789e+08]
// f big: %#.3g => [1.23e+08]
// f big: %.3g => [1.23e+08]
// f big: %.10g => [123456789]
// f big: %10.2e => [  1.23e+08]
// f big: %-10v| => [1.23456789e+08|]
// f big: %010v => [1.23456789e+08]
// f big: %+v => [1.23456789e+08]
// f big: %#v => [1.23456789e+08]
// f big: %x => [0x1.d6f3454p+26]
// f big: %.3x => [0x1.d6fp+26]
// f big: %b => [8285044862877696p-26]
// f big: % .2e => [ 1.23e+08]
// f big: %+08.2f => [+123456789.00]
// f big: %-+8.1f| => [+123456789.0|]
// f big: %#v => [1.23456789e+08]
// f big: %.0e => [1e+08]
// f big: %#.0e => [1.e+08]
// f 1e-4: %v => [0.0001]
// f 1e-4: %e => [1.000000e-04]
// f 1e-4: %E => [1.000000E-04]
// f 1e-4: %f => [0.000100]
// f 1e-4: %F => [0.000100]
// f 1e-4: %g => [0.0001]
// f 1e-4: %G => [0.0001]
// f 1e-4: %.2f => [0.00]
// f 1e-4: %8.3f => [   0.000]
// f 1e-4: %-8.3f| => [0.000   |]
// f 1e-4: %08.3f => [0000.000]
// f 1e-4: %+f => [+0.000100]
// f 1e-4: % f => [ 0.000100]
// f 1e-4: %+.3e => [+1.000e-04]
// f 1e-4: %.0f => [0]
// f 1e-4: %#.0f => [0.]
// f 1e-4: %#g => [0.000100000]
// f 1e-4: %#.3g => [0.000100]
// f 1e-4: %.3g => [0.0001]
// f 1e-4: %.10g => [0.0001]
// f 1e-4: %10.2e => [  1.00e-04]
// f 1e-4: %-10v| => [0.0001    |]
// f 1e-4: %010v => [00000.0001]
// f 1e-4: %+v => [0.0001]
// f 1e-4: %#v => [0.0001]
// f 1e-4: %x => [0x1.a36e2eb1c432dp-14]
// f 1e-4: %.3x => [0x1.a37p-14]
// f 1e-4: %b => [7378697629483821p-66]
// f 1e-4: % .2e => [ 1.00e-04]
// f 1e-4: %+08.2f => [+0000.00]
// f 1e-4: %-+8.1f| => [+0.0    |]
// f 1e-4: %#v => [0.0001]
// f 1e-4: %.0e => [1e-04]
// f 1e-4: %#.0e => [1.e-04]
// f 1e-5: %v => [1e-05]
// f 1e-5: %e => [1.000000e-05]
// f 1e-5: %E => [1.000000E-05]
// f 1e-5: %f => [0.000010]
// f 1e-5: %F => [0.000010]
// f 1e-5: %g => [1e-05]
// f 1e-5: %G => [1E-05]
// f 1e-5: %.2f => [0.00]
// f 1e-5: %8.3f => [   0.000]
// f 1e-5: %-8.3f| => [0.000   |]
// f 1e-5: %08.3f => [0000.000]
// f 1e-5: %+f => [+0.000010]
// f 1e-5: % f => [ 0.000010]
// f 1e-5: %+.3e => [+1.000e-05]
// f 1e-5: %.0f => [0]
// f 1e-5: %#.0f => [0.]
// f 1e-5: %#g => [1.00000e-05]
// f 1e-5: %#.3g => [1.00e-05]
// f 1e-5: %.3g => [1e-05]
// f 1e-5: %.10g => [1e-05]
// f 1e-5: %10.2e => [  1.00e-05]
// f 1e-5: %-10v| => [1e-05     |]
// f 1e-5: %010v => [000001e-05]
// f 1e-5: %+v => [1e-05]
// f 1e-5: %#v => [1e-05]
// f 1e-5: %x => [0x1.4f8b588e368f1p-17]
// f 1e-5: %.3x => [0x1.4f9p-17]
// f 1e-5: %b => [5902958103587057p-69]
// f 1e-5: % .2e => [ 1.00e-05]
// f 1e-5: %+08.2f => [+0000.00]
// f 1e-5: %-+8.1f| => [+0.0    |]
// f 1e-5: %#v => [1e-05]
// f 1e-5: %.0e => [1e-05]
// f 1e-5: %#.0e => [1.e-05]
// f denorm: %v => [5e-324]
// f denorm: %e => [4.940656e-324]
// f denorm: %E => [4.940656E-324]
// f denorm: %f => [0.000000]
// f denorm: %F => [0.000000]
// f denorm: %g => [5e-324]
// f denorm: %G => [5E-324]
// f denorm: %.2f => [0.00]
// f denorm: %8.3f => [   0.000]
// f denorm: %-8.3f| => [0.000   |]
// f denorm: %08.3f => [0000.000]
// f denorm: %+f => [+0.000000]
// f denorm: % f => [ 0.000000]
// f denorm: %+.3e => [+4.941e-324]
// f denorm: %.0f => [0]
// f denorm: %#.0f => [0.]
// f denorm: %#g => [5.00000e-324]
// f denorm: %#.3g => [4.94e-324]
// f denorm: %.3g => [4.94e-324]
// f denorm: %.10g => [4.940656458e-324]
// f denorm: %10.2e => [ 4.94e-324]
// f denorm: %-10v| => [5e-324    |]
// f denorm: %010v => [00005e-324]
// f denorm: %+v => [5e-324]
// f denorm: %#v => [5e-324]
// f denorm: %x => [0x1p-1074]
// f denorm: %.3x => [0x1.000p-1074]
// f denorm: %b => [1p-1074]
// f denorm: % .2e => [ 4.94e-324]
// f denorm: %+08.2f => [+0000.00]
// f denorm: %-+8.1f| => [+0.0    |]
// f denorm: %#v => [5e-324]
// f denorm: %.0e => [5e-324]
// f denorm: %#.0e => [5.e-324]
// f max: %v => [1.7976931348623157e+308]
// f max: %e => [1.797693e+308]
// f max: %E => [1.797693E+308]
// f max: %f => [179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000]
// f max: %F => [179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000]
// f max: %g => [1.7976931348623157e+308]
// f max: %G => [1.7976931348623157E+308]
// f max: %.2f => [179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00]
// f max: %8.3f => [179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000]
// f max: %-8.3f| => [179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000|]
// f max: %08.3f => [179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000]
// f max: %+f => [+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000]
// f max: % f => [ 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000]
// f max: %+.3e => [+1.798e+308]
// f max: %.0f => [179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368]
// f max: %#.0f => [179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.]
// f max: %#g => [1.7976931348623157e+308]
// f max: %#.3g => [1.80e+308]
// f max: %.3g => [1.8e+308]
// f max: %.10g => [1.797693135e+308]
// f max: %10.2e => [ 1.80e+308]
// f max: %-10v| => [1.7976931348623157e+308|]
// f max: %010v => [1.7976931348623157e+308]
// f max: %+v => [1.7976931348623157e+308]
// f max: %#v => [1.7976931348623157e+308]
// f max: %x => [0x1.fffffffffffffp+1023]
// f max: %.3x => [0x1.000p+1024]
// f max: %b => [9007199254740991p+971]
// f max: % .2e => [ 1.80e+308]
// f max: %+08.2f => [+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00]
// f max: %-+8.1f| => [+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0|]
// f max: %#v => [1.7976931348623157e+308]
// f max: %.0e => [2e+308]
// f max: %#.0e => [2.e+308]
// f +inf: %v => [+Inf]
// f +inf: %e => [+Inf]
// f +inf: %E => [+Inf]
// f +inf: %f => [+Inf]
// f +inf: %F => [+Inf]
// f +inf: %g => [+Inf]
// f +inf: %G => [+Inf]
// f +inf: %.2f => [+Inf]
// f +inf: %8.3f => [    +Inf]
// f +inf: %-8.3f| => [+Inf    |]
// f +inf: %08.3f => [    +Inf]
// f +inf: %+f => [+Inf]
// f +inf: % f => [ Inf]
// f +inf: %+.3e => [+Inf]
// f +inf: %.0f => [+Inf]
// f +inf: %#.0f => [+Inf]
// f +inf: %#g => [+Inf]
// f +inf: %#.3g => [+Inf]
// f +inf: %.3g => [+Inf]
// f +inf: %.10g => [+Inf]
// f +inf: %10.2e => [      +Inf]
// f +inf: %-10v| => [+Inf      |]
// f +inf: %010v => [      +Inf]
// f +inf: %+v => [+Inf]
// f +inf: %#v => [+Inf]
// f +inf: %x => [+Inf]
// f +inf: %.3x => [+Inf]
// f +inf: %b => [+Inf]
// f +inf: % .2e => [ Inf]
// f +inf: %+08.2f => [    +Inf]
// f +inf: %-+8.1f| => [+Inf    |]
// f +inf: %#v => [+Inf]
// f +inf: %.0e => [+Inf]
// f +inf: %#.0e => [+Inf]
// f -inf: %v => [-Inf]
// f -inf: %e => [-Inf]
// f -inf: %E => [-Inf]
// f -inf: %f => [-Inf]
// f -inf: %F => [-Inf]
// f -inf: %g => [-Inf]
// f -inf: %G => [-Inf]
// f -inf: %.2f => [-Inf]
// f -inf: %8.3f => [    -Inf]
// f -inf: %-8.3f| => [-Inf    |]
// f -inf: %08.3f => [    -Inf]
// f -inf: %+f => [-Inf]
// f -inf: % f => [-Inf]
// f -inf: %+.3e => [-Inf]
// f -inf: %.0f => [-Inf]
// f -inf: %#.0f => [-Inf]
// f -inf: %#g => [-Inf]
// f -inf: %#.3g => [-Inf]
// f -inf: %.3g => [-Inf]
// f -inf: %.10g => [-Inf]
// f -inf: %10.2e => [      -Inf]
// f -inf: %-10v| => [-Inf      |]
// f -inf: %010v => [      -Inf]
// f -inf: %+v => [-Inf]
// f -inf: %#v => [-Inf]
// f -inf: %x => [-Inf]
// f -inf: %.3x => [-Inf]
// f -inf: %b => [-Inf]
// f -inf: % .2e => [-Inf]
// f -inf: %+08.2f => [    -Inf]
// f -inf: %-+8.1f| => [-Inf    |]
// f -inf: %#v => [-Inf]
// f -inf: %.0e => [-Inf]
// f -inf: %#.0e => [-Inf]
// f nan: %v => [NaN]
// f nan: %e => [NaN]
// f nan: %E => [NaN]
// f nan: %f => [NaN]
// f nan: %F => [NaN]
// f nan: %g => [NaN]
// f nan: %G => [NaN]
// f nan: %.2f => [NaN]
// f nan: %8.3f => [     NaN]
// f nan: %-8.3f| => [NaN     |]
// f nan: %08.3f => [     NaN]
// f nan: %+f => [+NaN]
// f nan: % f => [ NaN]
// f nan: %+.3e => [+NaN]
// f nan: %.0f => [NaN]
// f nan: %#.0f => [NaN]
// f nan: %#g => [NaN]
// f nan: %#.3g => [NaN]
// f nan: %.3g => [NaN]
// f nan: %.10g => [NaN]
// f nan: %10.2e => [       NaN]
// f nan: %-10v| => [NaN       |]
// f nan: %010v => [       NaN]
// f nan: %+v => [NaN]
// f nan: %#v => [NaN]
// f nan: %x => [NaN]
// f nan: %.3x => [NaN]
// f nan: %b => [NaN]
// f nan: % .2e => [ NaN]
// f nan: %+08.2f => [    +NaN]
// f nan: %-+8.1f| => [+NaN    |]
// f nan: %#v => [NaN]
// f nan: %.0e => [NaN]
// f nan: %#.0e => [NaN]
// f32 0.1: %v => [0.1]
// f32 0.1: %e => [1.000000e-01]
// f32 0.1: %E => [1.000000E-01]
// f32 0.1: %f => [0.100000]
// f32 0.1: %F => [0.100000]
// f32 0.1: %g => [0.1]
// f32 0.1: %G => [0.1]
// f32 0.1: %.2f => [0.10]
// f32 0.1: %8.3f => [   0.100]
// f32 0.1: %-8.3f| => [0.100   |]
// f32 0.1: %08.3f => [0000.100]
// f32 0.1: %+f => [+0.100000]
// f32 0.1: % f => [ 0.100000]
// f32 0.1: %+.3e => [+1.000e-01]
// f32 0.1: %.0f => [0]
// f32 0.1: %#.0f => [0.]
// f32 0.1: %#g => [0.100000]
// f32 0.1: %#.3g => [0.100]
// f32 0.1: %.3g => [0.1]
// f32 0.1: %.10g => [0.1000000015]
// f32 0.1: %10.2e => [  1.00e-01]
// f32 0.1: %-10v| => [0.1       |]
// f32 0.1: %010v => [00000000.1]
// f32 0.1: %+v => [0.1]
// f32 0.1: %#v => [0.1]
// f32 0.1: %x => [0x1.99999ap-04]
// f32 0.1: %.3x => [0x1.99ap-04]
// f32 0.1: %b => [13421773p-27]
// f32 0.1: % .2e => [ 1.00e-01]
// f32 0.1: %+08.2f => [+0000.10]
// f32 0.1: %-+8.1f| => [+0.1    |]
// f32 0.1: %#v => [0.1]
// f32 0.1: %.0e => [1e-01]
// f32 0.1: %#.0e => [1.e-01]
// f32 1e10: %v => [1e+10]
// f32 1e10: %e => [1.000000e+10]
// f32 1e10: %E => [1.000000E+10]
// f32 1e10: %f => [10000000000.000000]
// f32 1e10: %F => [10000000000.000000]
// f32 1e10: %g => [1e+10]
// f32 1e10: %G => [1E+10]
// f32 1e10: %.2f => [10000000000.00]
// f32 1e10: %8.3f => [10000000000.000]
// f32 1e10: %-8.3f| => [10000000000.000|]
// f32 1e10: %08.3f => [10000000000.000]
// f32 1e10: %+f => [+10000000000.000000]
// f32 1e10: % f => [ 10000000000.000000]
// f32 1e10: %+.3e => [+1.000e+10]
// f32 1e10: %.0f => [10000000000]
// f32 1e10: %#.0f => [10000000000.]
// f32 1e10: %#g => [1.00000e+10]
// f32 1e10: %#.3g => [1.00e+10]
// f32 1e10: %.3g => [1e+10]
// f32 1e10: %.10g => [1e+10]
// f32 1e10: %10.2e => [  1.00e+10]
// f32 1e10: %-10v| => [1e+10     |]
// f32 1e10: %010v => [000001e+10]
// f32 1e10: %+v => [1e+10]
// f32 1e10: %#v => [1e+10]
// f32 1e10: %x => [0x1.2a05f2p+33]
// f32 1e10: %.3x => [0x1.2a0p+33]
// f32 1e10: %b => [9765625p+10]
// f32 1e10: % .2e => [ 1.00e+10]
// f32 1e10: %+08.2f => [+10000000000.00]
// f32 1e10: %-+8.1f| => [+10000000000.0|]
// f32 1e10: %#v => [1e+10]
// f32 1e10: %.0e => [1e+10]
// f32 1e10: %#.0e => [1.e+10]
// f32 max: %v => [3.4028235e+38]
// f32 max: %e => [3.402823e+38]
// f32 max: %E => [3.402823E+38]
// f32 max: %f => [340282346638528859811704183484516925440.000000]
// f32 max: %F => [340282346638528859811704183484516925440.000000]
// f32 max: %g => [3.4028235e+38]
// f32 max: %G => [3.4028235E+38]
// f32 max: %.2f => [340282346638528859811704183484516925440.00]
// f32 max: %8.3f => [340282346638528859811704183484516925440.000]
// f32 max: %-8.3f| => [340282346638528859811704183484516925440.000|]
// f32 max: %08.3f => [340282346638528859811704183484516925440.000]
// f32 max: %+f => [+340282346638528859811704183484516925440.000000]
// f32 max: % f => [ 340282346638528859811704183484516925440.000000]
// f32 max: %+.3e => [+3.403e+38]
// f32 max: %.0f => [340282346638528859811704183484516925440]
// f32 max: %#.0f => [340282346638528859811704183484516925440.]
// f32 max: %#g => [3.4028235e+38]
// f32 max: %#.3g => [3.40e+38]
// f32 max: %.3g => [3.4e+38]
// f32 max: %.10g => [3.402823466e+38]
// f32 max: %10.2e => [  3.40e+38]
// f32 max: %-10v| => [3.4028235e+38|]
// f32 max: %010v => [3.4028235e+38]
// f32 max: %+v => [3.4028235e+38]
// f32 max: %#v => [3.4028235e+38]
// f32 max: %x => [0x1.fffffep+127]
// f32 max: %.3x => [0x1.000p+128]
// f32 max: %b => [16777215p+104]
// f32 max: % .2e => [ 3.40e+38]
// f32 max: %+08.2f => [+340282346638528859811704183484516925440.00]
// f32 max: %-+8.1f| => [+340282346638528859811704183484516925440.0|]
// f32 max: %#v => [3.4028235e+38]
// f32 max: %.0e => [3e+38]
// f32 max: %#.0e => [3.e+38]
// f 2.5: %v => [2.5]
// f 2.5: %e => [2.500000e+00]
// f 2.5: %E => [2.500000E+00]
// f 2.5: %f => [2.500000]
// f 2.5: %F => [2.500000]
// f 2.5: %g => [2.5]
// f 2.5: %G => [2.5]
// f 2.5: %.2f => [2.50]
// f 2.5: %8.3f => [   2.500]
// f 2.5: %-8.3f| => [2.500   |]
// f 2.5: %08.3f => [0002.500]
// f 2.5: %+f => [+2.500000]
// f 2.5: % f => [ 2.500000]
// f 2.5: %+.3e => [+2.500e+00]
// f 2.5: %.0f => [2]
// f 2.5: %#.0f => [2.]
// f 2.5: %#g => [2.50000]
// f 2.5: %#.3g => [2.50]
// f 2.5: %.3g => [2.5]
// f 2.5: %.10g => [2.5]
// f 2.5: %10.2e => [  2.50e+00]
// f 2.5: %-10v| => [2.5       |]
// f 2.5: %010v => [00000002.5]
// f 2.5: %+v => [2.5]
// f 2.5: %#v => [2.5]
// f 2.5: %x => [0x1.4p+01]
// f 2.5: %.3x => [0x1.400p+01]
// f 2.5: %b => [5629499534213120p-51]
// f 2.5: % .2e => [ 2.50e+00]
// f 2.5: %+08.2f => [+0002.50]
// f 2.5: %-+8.1f| => [+2.5    |]
// f 2.5: %#v => [2.5]
// f 2.5: %.0e => [2e+00]
// f 2.5: %#.0e => [2.e+00]
// f 100: %v => [100]
// f 100: %e => [1.000000e+02]
// f 100: %E => [1.000000E+02]
// f 100: %f => [100.000000]
// f 100: %F => [100.000000]
// f 100: %g => [100]
// f 100: %G => [100]
// f 100: %.2f => [100.00]
// f 100: %8.3f => [ 100.000]
// f 100: %-8.3f| => [100.000 |]
// f 100: %08.3f => [0100.000]
// f 100: %+f => [+100.000000]
// f 100: % f => [ 100.000000]
// f 100: %+.3e => [+1.000e+02]
// f 100: %.0f => [100]
// f 100: %#.0f => [100.]
// f 100: %#g => [100.000]
// f 100: %#.3g => [100.]
// f 100: %.3g => [100]
// f 100: %.10g => [100]
// f 100: %10.2e => [  1.00e+02]
// f 100: %-10v| => [100       |]
// f 100: %010v => [0000000100]
// f 100: %+v => [100]
// f 100: %#v => [100]
// f 100: %x => [0x1.9p+06]
// f 100: %.3x => [0x1.900p+06]
// f 100: %b => [7036874417766400p-46]
// f 100: % .2e => [ 1.00e+02]
// f 100: %+08.2f => [+0100.00]
// f 100: %-+8.1f| => [+100.0  |]
// f 100: %#v => [100]
// f 100: %.0e => [1e+02]
// f 100: %#.0e => [1.e+02]
// f 0.000123456: %v => [0.000123456]
// f 0.000123456: %e => [1.234560e-04]
// f 0.000123456: %E => [1.234560E-04]
// f 0.000123456: %f => [0.000123]
// f 0.000123456: %F => [0.000123]
// f 0.000123456: %g => [0.000123456]
// f 0.000123456: %G => [0.000123456]
// f 0.000123456: %.2f => [0.00]
// f 0.000123456: %8.3f => [   0.000]
// f 0.000123456: %-8.3f| => [0.000   |]
// f 0.000123456: %08.3f => [0000.000]
// f 0.000123456: %+f => [+0.000123]
// f 0.000123456: % f => [ 0.000123]
// f 0.000123456: %+.3e => [+1.235e-04]
// f 0.000123456: %.0f => [0]
// f 0.000123456: %#.0f => [0.]
// f 0.000123456: %#g => [0.000123456]
// f 0.000123456: %#.3g => [0.000123]
// f 0.000123456: %.3g => [0.000123]
// f 0.000123456: %.10g => [0.000123456]
// f 0.000123456: %10.2e => [  1.23e-04]
// f 0.000123456: %-10v| => [0.000123456|]
// f 0.000123456: %010v => [0.000123456]
// f 0.000123456: %+v => [0.000123456]
// f 0.000123456: %#v => [0.000123456]
// f 0.000123456: %x => [0x1.02e7ef70994ddp-13]
// f 0.000123456: %.3x => [0x1.02ep-13]
// f 0.000123456: %b => [4554722472727773p-65]
// f 0.000123456: % .2e => [ 1.23e-04]
// f 0.000123456: %+08.2f => [+0000.00]
// f 0.000123456: %-+8.1f| => [+0.0    |]
// f 0.000123456: %#v => [0.000123456]
// f 0.000123456: %.0e => [1e-04]
// f 0.000123456: %#.0e => [1.e-04]
// g prec 0: %.0g => [1e+02]
// e prec 0: %.0e => [1e-04]
// g prec 1: %.1g => [1e+02]
// e prec 1: %.1e => [1.2e-04]
// g prec 2: %.2g => [1.2e+02]
// e prec 2: %.2e => [1.23e-04]
// g prec 3: %.3g => [123]
// e prec 3: %.3e => [1.235e-04]
// g prec 5: %.5g => [123.46]
// e prec 5: %.5e => [1.23457e-04]
// g prec 8: %.8g => [123.45679]
// e prec 8: %.8e => [1.23456789e-04]
// g prec 17: %.17g => [123.456789]
// e prec 17: %.17e => [1.23456788999999997e-04]
// g prec 20: %.20g => [123.45678900000000056]
// e prec 20: %.20e => [1.23456788999999996686e-04]
// f round half even: %.0f %.0f %.0f %.1f => [0 2 2 0.2]
// f big f: %f => [99999999999999991611392.000000]
// f 1/3: %v %.20f => [0.3333333333333333 0.33333333333333331483]
// f32 1/3: %v => [0.33333334]
// f shortest: %v %v %v => [0.3 1e-320 1.2345678901234568e+17]
// f G big: %G %G => [1E-10 2.5E+30]
// c 1+2i: %v => [(1+2i)]
// c 1+2i: %.2f => [(1.00+2.00i)]
// c 1+2i: %+.1e => [(+1.0e+00+2.0e+00i)]
// c 1+2i: %8.2f => [(    1.00   +2.00i)]
// c 1+2i: %g => [(1+2i)]
// c 1+2i: %#v => [(1+2i)]
// c 1+2i: %T => [complex128]
// c 1+2i: % v => [( 1+2i)]
// c 1+2i: %-12v| => [(1           +2          i)|]
// c 1+2i: %010.2f => [(0000001.00+000002.00i)]
// c 1+2i: %d => [%!d(complex128=(1+2i))]
// c -1.5-0i: %v => [(-1.5-0i)]
// c -1.5-0i: %.2f => [(-1.50-0.00i)]
// c -1.5-0i: %+.1e => [(-1.5e+00-0.0e+00i)]
// c -1.5-0i: %8.2f => [(   -1.50   -0.00i)]
// c -1.5-0i: %g => [(-1.5-0i)]
// c -1.5-0i: %#v => [(-1.5-0i)]
// c -1.5-0i: %T => [complex128]
// c -1.5-0i: % v => [(-1.5-0i)]
// c -1.5-0i: %-12v| => [(-1.5        -0          i)|]
// c -1.5-0i: %010.2f => [(-000001.50-000000.00i)]
// c -1.5-0i: %d => [%!d(complex128=(-1.5-0i))]
// c64: %v => [(0.1-3i)]
// c64: %.2f => [(0.10-3.00i)]
// c64: %+.1e => [(+1.0e-01-3.0e+00i)]
// c64: %8.2f => [(    0.10   -3.00i)]
// c64: %g => [(0.1-3i)]
// c64: %#v => [(0.1-3i)]
// c64: %T => [complex64]
// c64: % v => [( 0.1-3i)]
// c64: %-12v| => [(0.1         -3          i)|]
// c64: %010.2f => [(0000000.10-000003.00i)]
// c64: %d => [%!d(complex64=(0.1-3i))]
// c inf nan: %v => [(+Inf+NaNi)]
// c inf nan: %.2f => [(+Inf+NaNi)]
// c inf nan: %+.1e => [(+Inf+NaNi)]
// c inf nan: %8.2f => [(    +Inf    +NaNi)]
// c inf nan: %g => [(+Inf+NaNi)]
// c inf nan: %#v => [(+Inf+NaNi)]
// c inf nan: %T => [complex128]
// c inf nan: % v => [( Inf+NaNi)]
// c inf nan: %-12v| => [(+Inf        +NaN        i)|]
// c inf nan: %010.2f => [(      +Inf      +NaNi)]
// c inf nan: %d => [%!d(complex128=(+Inf+NaNi))]
// c 0: %v => [(0+0i)]
// c 0: %.2f => [(0.00+0.00i)]
// c 0: %+.1e => [(+0.0e+00+0.0e+00i)]
// c 0: %8.2f => [(    0.00   +0.00i)]
// c 0: %g => [(0+0i)]
// c 0: %#v => [(0+0i)]
// c 0: %T => [complex128]
// c 0: % v => [( 0+0i)]
// c 0: %-12v| => [(0           +0          i)|]
// c 0: %010.2f => [(0000000.00+000000.00i)]
// c 0: %d => [%!d(complex128=(0+0i))]
// named complex: %v %.1f %T => [(1+1i) (2.0-2.0i) main.Complex]
// s hello: %s => [hello]
// s hello: %v => [hello]
// s hello: %q => ["hello"]
// s hello: %+q => ["hello"]
// s hello: %#q => [`hello`]
// s hello: %x => [68656c6c6f]
// s hello: %X => [68656C6C6F]
// s hello: % x => [68 65 6c 6c 6f]
// s hello: %# x => [0x68 0x65 0x6c 0x6c 0x6f]
// s hello: %#x => [0x68656c6c6f]
// s hello: %10s| => [     hello|]
// s hello: %-10s| => [hello     |]
// s hello: %.3s => [hel]
// s hello: %.0s => []
// s hello: %10.2s| => [        he|]
// s hello: %8q => [ "hello"]
// s hello: %#v => ["hello"]
// s hello: %.2q => ["he"]
// s hello: %.1x => [68]
// s hello: %-8x| => [68656c6c6f|]
// s hello: %08s => [000hello]
// s empty: %s => []
// s empty: %v => []
// s empty: %q => [""]
// s empty: %+q => [""]
// s empty: %#q => [``]
// s empty: %x => []
// s empty: %X => []
// s empty: % x => []
// s empty: %# x => []
// s empty: %#x => []
// s empty: %10s| => [          |]
// s empty: %-10s| => [          |]
// s empty: %.3s => []
// s empty: %.0s => []
// s empty: %10.2s| => [          |]
// s empty: %8q => [      ""]
// s empty: %#v => [""]
// s empty: %.2q => [""]
// s empty: %.1x => []
// s empty: %-8x| => [        |]
// s empty: %08s => [00000000]
// s cjk: %s => [日本語]
// s cjk: %v => [日本語]
// s cjk: %q => ["日本語"]
// s cjk: %+q => ["\u65e5\u672c\u8a9e"]
// s cjk: %#q => [`日本語`]
// s cjk: %x => [e697a5e69cace8aa9e]
// s cjk: %X => [E697A5E69CACE8AA9E]
// s cjk: % x => [e6 97 a5 e6 9c ac e8 aa 9e]
// s cjk: %# x => [0xe6 0x97 0xa5 0xe6 0x9c 0xac 0xe8 0xaa 0x9e]
// s cjk: %#x => [0xe697a5e69cace8aa9e]
// s cjk: %10s| => [       日本語|]
// s cjk: %-10s| => [日本語       |]
// s cjk: %.3s => [日本語]
// s cjk: %.0s => []
// s cjk: %10.2s| => [        日本|]
// s cjk: %8q => [   "日本語"]
// s cjk: %#v => ["日本語"]
// s cjk: %.2q => ["日本"]
// s cjk: %.1x => [e6]
// s cjk: %-8x| => [e697a5e69cace8aa9e|]
// s cjk: %08s => [00000日本語]
// s ctl: %s => [a\x09b\x0a]
// s ctl: %v => [a\x09b\x0a]
// s ctl: %q => ["a\tb\n"]
// s ctl: %+q => ["a\tb\n"]
// s ctl: %#q => ["a\tb\n"]
// s ctl: %x => [6109620a]
// s ctl: %X => [6109620A]
// s ctl: % x => [61 09 62 0a]
// s ctl: %# x => [0x61 0x09 0x62 0x0a]
// s ctl: %#x => [0x6109620a]
// s ctl: %10s| => [      a\x09b\x0a|]
// s ctl: %-10s| => [a\x09b\x0a      |]
// s ctl: %.3s => [a\x09b]
// s ctl: %.0s => []
// s ctl: %10.2s| => [        a\x09|]
// s ctl: %8q => ["a\tb\n"]
// s ctl: %#v => ["a\tb\n"]
// s ctl: %.2q => ["a\t"]
// s ctl: %.1x => [61]
// s ctl: %-8x| => [6109620a|]
// s ctl: %08s => [0000a\x09b\x0a]
// s bad utf8: %s => [\xff\xfeA]
// s bad utf8: %v => [\xff\xfeA]
// s bad utf8: %q => ["\xff\xfeA"]
// s bad utf8: %+q => ["\xff\xfeA"]
// s bad utf8: %#q => ["\xff\xfeA"]
// s bad utf8: %x => [fffe41]
// s bad utf8: %X => [FFFE41]
// s bad utf8: % x => [ff fe 41]
// s bad utf8: %# x => [0xff 0xfe 0x41]
// s bad utf8: %#x => [0xfffe41]
// s bad utf8: %10s| => [       \xff\xfeA|]
// s bad utf8: %-10s| => [\xff\xfeA       |]
// s bad utf8: %.3s => [\xff\xfeA]
// s bad utf8: %.0s => []
// s bad utf8: %10.2s| => [        \xff\xfe|]
// s bad utf8: %8q => ["\xff\xfeA"]
// s bad utf8: %#v => ["\xff\xfeA"]
// s bad utf8: %.2q => ["\xff\xfe"]
// s bad utf8: %.1x => [ff]
// s bad utf8: %-8x| => [fffe41  |]
// s bad utf8: %08s => [00000\xff\xfeA]
// s quotes: %s => [q"b`s\]
// s quotes: %v => [q"b`s\]
// s quotes: %q => ["q\"b`s\\"]
// s quotes: %+q => ["q\"b`s\\"]
// s quotes: %#q => ["q\"b`s\\"]
// s quotes: %x => [71226260735c]
// s quotes: %X => [71226260735C]
// s quotes: % x => [71 22 62 60 73 5c]
// s quotes: %# x => [0x71 0x22 0x62 0x60 0x73 0x5c]
// s quotes: %#x => [0x71226260735c]
// s quotes: %10s| => [    q"b`s\|]
// s quotes: %-10s| => [q"b`s\    |]
// s quotes: %.3s => [q"b]
// s quotes: %.0s => []
// s quotes: %10.2s| => [        q"|]
// s quotes: %8q => ["q\"b`s\\"]
// s quotes: %#v => ["q\"b`s\\"]
// s quotes: %.2q => ["q\""]
// s quotes: %.1x => [71]
// s quotes: %-8x| => [71226260735c|]
// s quotes: %08s => [00q"b`s\]
// s emoji: %s => [😀x]
// s emoji: %v => [😀x]
// s emoji: %q => ["😀x"]
// s emoji: %+q => ["\U0001f600x"]
// s emoji: %#q => [`😀x`]
// s emoji: %x => [f09f988078]
// s emoji: %X => [F09F988078]
// s emoji: % x => [f0 9f 98 80 78]
// s emoji: %# x => [0xf0 0x9f 0x98 0x80 0x78]
// s emoji: %#x => [0xf09f988078]
// s emoji: %10s| => [        😀x|]
// s emoji: %-10s| => [😀x        |]
// s emoji: %.3s => [😀x]
// s emoji: %.0s => []
// s emoji: %10.2s| => [        😀x|]
// s emoji: %8q => [    "😀x"]
// s emoji: %#v => ["😀x"]
// s emoji: %.2q => ["😀x"]
// s emoji: %.1x => [f0]
// s emoji: %-8x| => [f09f988078|]
// s emoji: %08s => [000000😀x]
// s del: %s => [\x7f­]
// s del: %v => [\x7f­]
// s del: %q => ["\x7f\u00ad"]
// s del: %+q => ["\x7f\u00ad"]
// s del: %#q => ["\x7f\u00ad"]
// s del: %x => [7fc2ad]
// s del: %X => [7FC2AD]
// s del: % x => [7f c2 ad]
// s del: %# x => [0x7f 0xc2 0xad]
// s del: %#x => [0x7fc2ad]
// s del: %10s| => [        \x7f­|]
// s del: %-10s| => [\x7f­        |]
// s del: %.3s => [\x7f­]
// s del: %.0s => []
// s del: %10.2s| => [        \x7f­|]
// s del: %8q => ["\x7f\u00ad"]
// s del: %#v => ["\x7f\u00ad"]
// s del: %.2q => ["\x7f\u00ad"]
// s del: %.1x => [7f]
// s del: %-8x| => [7fc2ad  |]
// s del: %08s => [000000\x7f­]
// b hi0: %v => [[104 105 0]]
// b hi0: %s => [hi\x00]
// b hi0: %x => [686900]
// b hi0: %X => [686900]
// b hi0: % x => [68 69 00]
// b hi0: %# X => [0X68 0X69 0X00]
// b hi0: %q => ["hi\x00"]
// b hi0: %#v => [[]byte{0x68, 0x69, 0x0}]
// b hi0: %d => [[104 105 0]]
// b hi0: %T => [[]uint8]
// b hi0: %5s| => [  hi\x00|]
// b hi0: %-5s| => [hi\x00  |]
// b hi0: %08b => [[01101000 01101001 00000000]]
// b hi0: %.1s => [h]
// b hi0: %o => [[150 151 0]]
// b hi0: %c => [[h i \x00]]
// b hi0: %+v => [[104 105 0]]
// b hi0: %.2x => [6869]
// b hi0: %6x| => [686900|]
// b empty: %v => [[]]
// b empty: %s => []
// b empty: %x => []
// b empty: %X => []
// b empty: % x => []
// b empty: %# X => []
// b empty: %q => [""]
// b empty: %#v => [[]byte{}]
// b empty: %d => [[]]
// b empty: %T => [[]uint8]
// b empty: %5s| => [     |]
// b empty: %-5s| => [     |]
// b empty: %08b => [[]]
// b empty: %.1s => []
// b empty: %o => [[]]
// b empty: %c => [[]]
// b empty: %+v => [[]]
// b empty: %.2x => []
// b empty: %6x| => [      |]
// b nil: %v => [[]]
// b nil: %s => []
// b nil: %x => []
// b nil: %X => []
// b nil: % x => []
// b nil: %# X => []
// b nil: %q => [""]
// b nil: %#v => [[]byte(nil)]
// b nil: %d => [[]]
// b nil: %T => [[]uint8]
// b nil: %5s| => [     |]
// b nil: %-5s| => [     |]
// b nil: %08b => [[]]
// b nil: %.1s => []
// b nil: %o => [[]]
// b nil: %c => [[]]
// b nil: %+v => [[]]
// b nil: %.2x => []
// b nil: %6x| => [      |]
// b arr: %v => [[1 2 255]]
// b arr: %s => [\x01\x02\xff]
// b arr: %x => [0102ff]
// b arr: %X => [0102FF]
// b arr: % x => [01 02 ff]
// b arr: %# X => [0X01 0X02 0XFF]
// b arr: %q => ["\x01\x02\xff"]
// b arr: %#v => [[3]uint8{0x1, 0x2, 0xff}]
// b arr: %d => [[1 2 255]]
// b arr: %T => [[3]uint8]
// b arr: %5s| => [  \x01\x02\xff|]
// b arr: %-5s| => [\x01\x02\xff  |]
// b arr: %08b => [[00000001 00000010 11111111]]
// b arr: %.1s => [\x01]
// b arr: %o => [[1 2 377]]
// b arr: %c => [[\x01 \x02 ÿ]]
// b arr: %+v => [[1 2 255]]
// b arr: %.2x => [0102]
// b arr: %6x| => [0102ff|]
// b text arr: %v => [[97 98 99 100]]
// b text arr: %s => [abcd]
// b text arr: %x => [61626364]
// b text arr: %X => [61626364]
// b text arr: % x => [61 62 63 64]
// b text arr: %# X => [0X61 0X62 0X63 0X64]
// b text arr: %q => ["abcd"]
// b text arr: %#v => [[4]uint8{0x61, 0x62, 0x63, 0x64}]
// b text arr: %d => [[97 98 99 100]]
// b text arr: %T => [[4]uint8]
// b text arr: %5s| => [ abcd|]
// b text arr: %-5s| => [abcd |]
// b text arr: %08b => [[01100001 01100010 01100011 01100100]]
// b text arr: %.1s => [a]
// b text arr: %o => [[141 142 143 144]]
// b text arr: %c => [[a b c d]]
// b text arr: %+v => [[97 98 99 100]]
// b text arr: %.2x => [6162]
// b text arr: %6x| => [61626364|]
// b named: %v => [[120 121 122]]
// b named: %s => [xyz]
// b named: %x => [78797a]
// b named: %X => [78797A]
// b named: % x => [78 79 7a]
// b named: %# X => [0X78 0X79 0X7A]
// b named: %q => ["xyz"]
// b named: %#v => [main.Bytes{0x78, 0x79, 0x7a}]
// b named: %d => [[120 121 122]]
// b named: %T => [main.Bytes]
// b named: %5s| => [  xyz|]
// b named: %-5s| => [xyz  |]
// b named: %08b => [[01111000 01111001 01111010]]
// b named: %.1s => [x]
// b named: %o => [[170 171 172]]
// b named: %c => [[x y z]]
// b named: %+v => [[120 121 122]]
// b named: %.2x => [7879]
// b named: %6x| => [78797a|]
// b named empty: %v => [[]]
// b named empty: %s => []
// b named empty: %x => []
// b named empty: %X => []
// b named empty: % x => []
// b named empty: %# X => []
// b named empty: %q => [""]
// b named empty: %#v => [main.Bytes{}]
// b named empty: %d => [[]]
// b named empty: %T => [main.Bytes]
// b named empty: %5s| => [     |]
// b named empty: %-5s| => [     |]
// b named empty: %08b => [[]]
// b named empty: %.1s => []
// b named empty: %o => [[]]
// b named empty: %c => [[]]
// b named empty: %+v => [[]]
// b named empty: %.2x => []
// b named empty: %6x| => [      |]
// b named nil: %v => [[]]
// b named nil: %s => []
// b named nil: %x => []
// b named nil: %X => []
// b named nil: % x => []
// b named nil: %# X => []
// b named nil: %q => [""]
// b named nil: %#v => [main.Bytes(nil)]
// b named nil: %d => [[]]
// b named nil: %T => [main.Bytes]
// b named nil: %5s| => [     |]
// b named nil: %-5s| => [     |]
// b named nil: %08b => [[]]
// b named nil: %.1s => []
// b named nil: %o => [[]]
// b named nil: %c => [[]]
// b named nil: %+v => [[]]
// b named nil: %.2x => []
// b named nil: %6x| => [      |]
// b ptr arr: %v => [&[111 107]]
// b ptr arr: %s => [&ok]
// b ptr arr: %x => [&6f6b]
// b ptr arr: %X => [&6F6B]
// b ptr arr: % x => [&6f 6b]
// b ptr arr: %# X => [&0X6F 0X6B]
// b ptr arr: %q => [&"ok"]
// b ptr arr: %#v => [&[2]uint8{0x6f, 0x6b}]
// b ptr arr: %d => [&[111 107]]
// b ptr arr: %T => [*[2]uint8]
// b ptr arr: %5s| => [&   ok|]
// b ptr arr: %-5s| => [&ok   |]
// b ptr arr: %08b => [&[01101111 01101011]]
// b ptr arr: %.1s => [&o]
// b ptr arr: %o => [&[157 153]]
// b ptr arr: %c => [&[o k]]
// b ptr arr: %+v => [&[111 107]]
// b ptr arr: %.2x => [&6f6b]
// b ptr arr: %6x| => [&  6f6b|]
// b uint8 slice: %v => [[200 100]]
// b uint8 slice: %s => [\xc8d]
// b uint8 slice: %x => [c864]
// b uint8 slice: %X => [C864]
// b uint8 slice: % x => [c8 64]
// b uint8 slice: %# X => [0XC8 0X64]
// b uint8 slice: %q => ["\xc8d"]
// b uint8 slice: %#v => [[]byte{0xc8, 0x64}]
// b uint8 slice: %d => [[200 100]]
// b uint8 slice: %T => [[]uint8]
// b uint8 slice: %5s| => [   \xc8d|]
// b uint8 slice: %-5s| => [\xc8d   |]
// b uint8 slice: %08b => [[11001000 01100100]]
// b uint8 slice: %.1s => [\xc8]
// b uint8 slice: %o => [[310 144]]
// b uint8 slice: %c => [[È d]]
// b uint8 slice: %+v => [[200 100]]
// b uint8 slice: %.2x => [c864]
// b uint8 slice: %6x| => [  c864|]
// b myuint8: %v => [[65 66]]
// b myuint8: %s => [AB]
// b myuint8: %x => [4142]
// b myuint8: %X => [4142]
// b myuint8: % x => [41 42]
// b myuint8: %# X => [0X41 0X42]
// b myuint8: %q => ["AB"]
// b myuint8: %#v => [[]main.MyUint8{0x41, 0x42}]
// b myuint8: %d => [[65 66]]
// b myuint8: %T => [[]main.MyUint8]
// b myuint8: %5s| => [   AB|]
// b myuint8: %-5s| => [AB   |]
// b myuint8: %08b => [[01000001 01000010]]
// b myuint8: %.1s => [A]
// b myuint8: %o => [[101 102]]
// b myuint8: %c => [[A B]]
// b myuint8: %+v => [[65 66]]
// b myuint8: %.2x => [4142]
// b myuint8: %6x| => [  4142|]
// r a: %c => [a]
// r a: %q => ['a']
// r a: %+q => ['a']
// r a: %#q => ['a']
// r a: %U => [U+0061]
// r a: %#U => [U+0061 'a']
// r a: %#10U| => [U+0061 'a'|]
// r a: %-10U| => [U+0061    |]
// r a: %x => [61]
// r a: %d => [97]
// r a: %v => [97]
// r a: %5c| => [    a|]
// r a: %-4q| => ['a' |]
// r a: %.6U => [U+000061]
// r cmd: %c => [⌘]
// r cmd: %q => ['⌘']
// r cmd: %+q => ['\u2318']
// r cmd: %#q => ['⌘']
// r cmd: %U => [U+2318]
// r cmd: %#U => [U+2318 '⌘']
// r cmd: %#10U| => [U+2318 '⌘'|]
// r cmd: %-10U| => [U+2318    |]
// r cmd: %x => [2318]
// r cmd: %d => [8984]
// r cmd: %v => [8984]
// r cmd: %5c| => [    ⌘|]
// r cmd: %-4q| => ['⌘' |]
// r cmd: %.6U => [U+002318]
// r emoji: %c => [😀]
// r emoji: %q => ['😀']
// r emoji: %+q => ['\U0001f600']
// r emoji: %#q => ['😀']
// r emoji: %U => [U+1F600]
// r emoji: %#U => [U+1F600 '😀']
// r emoji: %#10U| => [U+1F600 '😀'|]
// r emoji: %-10U| => [U+1F600   |]
// r emoji: %x => [1f600]
// r emoji: %d => [128512]
// r emoji: %v => [128512]
// r emoji: %5c| => [    😀|]
// r emoji: %-4q| => ['😀' |]
// r emoji: %.6U => [U+01F600]
// r neg: %c => [�]
// r neg: %q => ['�']
// r neg: %+q => ['\ufffd']
// r neg: %#q => ['�']
// r neg: %U => [U+FFFFFFFFFFFFFFFF]
// r neg: %#U => [U+FFFFFFFFFFFFFFFF]
// r neg: %#10U| => [U+FFFFFFFFFFFFFFFF|]
// r neg: %-10U| => [U+FFFFFFFFFFFFFFFF|]
// r neg: %x => [-1]
// r neg: %d => [-1]
// r neg: %v => [-1]
// r neg: %5c| => [    �|]
// r neg: %-4q| => ['�' |]
// r neg: %.6U => [U+FFFFFFFFFFFFFFFF]
// r toobig: %c => [�]
// r toobig: %q => ['�']
// r toobig: %+q => ['\ufffd']
// r toobig: %#q => ['�']
// r toobig: %U => [U+110000]
// r toobig: %#U => [U+110000]
// r toobig: %#10U| => [  U+110000|]
// r toobig: %-10U| => [U+110000  |]
// r toobig: %x => [110000]
// r toobig: %d => [1114112]
// r toobig: %v => [1114112]
// r toobig: %5c| => [    �|]
// r toobig: %-4q| => ['�' |]
// r toobig: %.6U => [U+110000]
// r surrogate: %c => [�]
// r surrogate: %q => ['�']
// r surrogate: %+q => ['\ufffd']
// r surrogate: %#q => ['�']
// r surrogate: %U => [U+D800]
// r surrogate: %#U => [U+D800]
// r surrogate: %#10U| => [    U+D800|]
// r surrogate: %-10U| => [U+D800    |]
// r surrogate: %x => [d800]
// r surrogate: %d => [55296]
// r surrogate: %v => [55296]
// r surrogate: %5c| => [    �|]
// r surrogate: %-4q| => ['�' |]
// r surrogate: %.6U => [U+00D800]
// r nl: %c => [\x0a]
// r nl: %q => ['\n']
// r nl: %+q => ['\n']
// r nl: %#q => ['\n']
// r nl: %U => [U+000A]
// r nl: %#U => [U+000A]
// r nl: %#10U| => [    U+000A|]
// r nl: %-10U| => [U+000A    |]
// r nl: %x => [a]
// r nl: %d => [10]
// r nl: %v => [10]
// r nl: %5c| => [    \x0a|]
// r nl: %-4q| => ['\n'|]
// r nl: %.6U => [U+00000A]
// r quote: %c => [']
// r quote: %q => ['\'']
// r quote: %+q => ['\'']
// r quote: %#q => ['\'']
// r quote: %U => [U+0027]
// r quote: %#U => [U+0027 ''']
// r quote: %#10U| => [U+0027 '''|]
// r quote: %-10U| => [U+0027    |]
// r quote: %x => [27]
// r quote: %d => [39]
// r quote: %v => [39]
// r quote: %5c| => [    '|]
// r quote: %-4q| => ['\''|]
// r quote: %.6U => [U+000027]
// r dquote: %c => ["]
// r dquote: %q => ['"']
// r dquote: %+q => ['"']
// r dquote: %#q => ['"']
// r dquote: %U => [U+0022]
// r dquote: %#U => [U+0022 '"']
// r dquote: %#10U| => [U+0022 '"'|]
// r dquote: %-10U| => [U+0022    |]
// r dquote: %x => [22]
// r dquote: %d => [34]
// r dquote: %v => [34]
// r dquote: %5c| => [    "|]
// r dquote: %-4q| => ['"' |]
// r dquote: %.6U => [U+000022]
// r nonprint: %c => [­]
// r nonprint: %q => ['\u00ad']
// r nonprint: %+q => ['\u00ad']
// r nonprint: %#q => ['\u00ad']
// r nonprint: %U => [U+00AD]
// r nonprint: %#U => [U+00AD]
// r nonprint: %#10U| => [    U+00AD|]
// r nonprint: %-10U| => [U+00AD    |]
// r nonprint: %x => [ad]
// r nonprint: %d => [173]
// r nonprint: %v => [173]
// r nonprint: %5c| => [    ­|]
// r nonprint: %-4q| => ['\u00ad'|]
// r nonprint: %.6U => [U+0000AD]
// r nul: %c => [\x00]
// r nul: %q => ['\x00']
// r nul: %+q => ['\x00']
// r nul: %#q => ['\x00']
// r nul: %U => [U+0000]
// r nul: %#U => [U+0000]
// r nul: %#10U| => [    U+0000|]
// r nul: %-10U| => [U+0000    |]
// r nul: %x => [0]
// r nul: %d => [0]
// r nul: %v => [0]
// r nul: %5c| => [    \x00|]
// r nul: %-4q| => ['\x00'|]
// r nul: %.6U => [U+000000]
// r byte: %c => [z]
// r byte: %q => ['z']
// r byte: %+q => ['z']
// r byte: %#q => ['z']
// r byte: %U => [U+007A]
// r byte: %#U => [U+007A 'z']
// r byte: %#10U| => [U+007A 'z'|]
// r byte: %-10U| => [U+007A    |]
// r byte: %x => [7a]
// r byte: %d => [122]
// r byte: %v => [122]
// r byte: %5c| => [    z|]
// r byte: %-4q| => ['z' |]
// r byte: %.6U => [U+00007A]
// bool true: %t => [true]
// bool true: %v => [true]
// bool true: %5t| => [ true|]
// bool true: %-6t| => [true  |]
// bool true: %d => [%!d(bool=true)]
// bool true: %#v => [true]
// bool true: %q => [%!q(bool=true)]
// bool true: %s => [%!s(bool=true)]
// bool true: %T => [bool]
// bool true: %05t => [0true]
// bool false: %t => [false]
// bool false: %v => [false]
// bool false: %5t| => [false|]
// bool false: %-6t| => [false |]
// bool false: %d => [%!d(bool=false)]
// bool false: %#v => [false]
// bool false: %q => [%!q(bool=false)]
// bool false: %s => [%!s(bool=false)]
// bool false: %T => [bool]
// bool false: %05t => [false]
// named bool: %v %t %#v %T => [true false true main.MyBool]
// nil: %v => [<nil>]
// nil: %+v => [<nil>]
// nil: %#v => [<nil>]
// nil: %d => [%!d(<nil>)]
// nil: %s => [%!s(<nil>)]
// nil: %p => [%!p(<nil>)]
// nil: %T => [<nil>]
// nil: %x => [%!x(<nil>)]
// nil: %10v| => [     <nil>|]
// nil: %-10v| => [<nil>     |]
// nil: %t => [%!t(<nil>)]
// nil: %q => [%!q(<nil>)]
// nil map: %v => [map[]]
// nil map: %+v => [map[]]
// nil map: %#v => [map[string]int(nil)]
// nil map: %d => [map[]]
// nil map: %s => [map[]]
// nil map: %p => [0x0]
// nil map: %T => [map[string]int]
// nil map: %x => [map[]]
// nil map: %10v| => [map[]|]
// nil map: %-10v| => [map[]|]
// nil map: %t => [map[]]
// nil map: %q => [map[]]
// nil slice: %v => [[]]
// nil slice: %+v => [[]]
// nil slice: %#v => [[]int(nil)]
// nil slice: %d => [[]]
// nil slice: %s => [[]]
// nil slice: %p => [0x0]
// nil slice: %T => [[]int]
// nil slice: %x => [[]]
// nil slice: %10v| => [[]|]
// nil slice: %-10v| => [[]|]
// nil slice: %t => [[]]
// nil slice: %q => [[]]
// nil ptr: %v => [<nil>]
// nil ptr: %+v => [<nil>]
// nil ptr: %#v => [(*int)(nil)]
// nil ptr: %d => [0]
// nil ptr: %s => [%!s(*int=<nil>)]
// nil ptr: %p => [0x0]
// nil ptr: %T => [*int]
// nil ptr: %x => [0]
// nil ptr: %10v| => [     <nil>|]
// nil ptr: %-10v| => [<nil>     |]
// nil ptr: %t => [%!t(*int=<nil>)]
// nil ptr: %q => [%!q(*int=<nil>)]
// nil func: %v => [<nil>]
// nil func: %+v => [<nil>]
// nil func: %#v => [(func())(nil)]
// nil func: %d => [0]
// nil func: %s => [%!s(func()=<nil>)]
// nil func: %p => [0x0]
// nil func: %T => [func()]
// nil func: %x => [0]
// nil func: %10v| => [     <nil>|]
// nil func: %-10v| => [<nil>     |]
// nil func: %t => [%!t(func()=<nil>)]
// nil func: %q => [%!q(func()=<nil>)]
// nil error: %v => [<nil>]
// nil error: %+v => [<nil>]
// nil error: %#v => [<nil>]
// nil error: %d => [%!d(<nil>)]
// nil error: %s => [%!s(<nil>)]
// nil error: %p => [%!p(<nil>)]
// nil error: %T => [<nil>]
// nil error: %x => [%!x(<nil>)]
// nil error: %10v| => [     <nil>|]
// nil error: %-10v| => [<nil>     |]
// nil error: %t => [%!t(<nil>)]
// nil error: %q => [%!q(<nil>)]
// nil iface: %v => [<nil>]
// nil iface: %+v => [<nil>]
// nil iface: %#v => [<nil>]
// nil iface: %d => [%!d(<nil>)]
// nil iface: %s => [%!s(<nil>)]
// nil iface: %p => [%!p(<nil>)]
// nil iface: %T => [<nil>]
// nil iface: %x => [%!x(<nil>)]
// nil iface: %10v| => [     <nil>|]
// nil iface: %-10v| => [<nil>     |]
// nil iface: %t => [%!t(<nil>)]
// nil iface: %q => [%!q(<nil>)]
// nil chan: %v => [<nil>]
// nil chan: %+v => [<nil>]
// nil chan: %#v => [(chan int)(nil)]
// nil chan: %d => [0]
// nil chan: %s => [%!s(chan int=<nil>)]
// nil chan: %p => [0x0]
// nil chan: %T => [chan int]
// nil chan: %x => [0]
// nil chan: %10v| => [     <nil>|]
// nil chan: %-10v| => [<nil>     |]
// nil chan: %t => [%!t(chan int=<nil>)]
// nil chan: %q => [%!q(chan int=<nil>)]
// nil *Point: %v => [<nil>]
// nil *Point: %+v => [<nil>]
// nil *Point: %#v => [(*main.Point)(nil)]
// nil *Point: %d => [0]
// nil *Point: %s => [%!s(*main.Point=<nil>)]
// nil *Point: %p => [0x0]
// nil *Point: %T => [*main.Point]
// nil *Point: %x => [0]
// nil *Point: %10v| => [     <nil>|]
// nil *Point: %-10v| => [<nil>     |]
// nil *Point: %t => [%!t(*main.Point=<nil>)]
// nil *Point: %q => [%!q(*main.Point=<nil>)]
// nil names: %v => [[]]
// nil names: %+v => [[]]
// nil names: %#v => [main.Names(nil)]
// nil names: %d => [[]]
// nil names: %s => [[]]
// nil names: %p => [0x0]
// nil names: %T => [main.Names]
// nil names: %x => [[]]
// nil names: %10v| => [[]|]
// nil names: %-10v| => [[]|]
// nil names: %t => [[]]
// nil names: %q => [[]]
// nil in slice: %v %#v => [[<nil> 1] []interface {}{interface {}(nil), "a"}]
// nil err slice: %v %#v => [[<nil>] []error{error(nil)}]
// nil ptr slice: %v %#v => [[<nil>] []*int{(*int)(nil)}]
// Point: %v => [{1 -2}]
// Point: %+v => [{X:1 Y:-2}]
// Point: %#v => [main.Point{X:1, Y:-2}]
// Point: %d => [{1 -2}]
// Point: %s => [{%!s(int=1) %!s(int=-2)}]
// Point: %x => [{1 -2}]
// Point: %T => [main.Point]
// Point: %5v| => [{    1    -2}|]
// Point: %q => [{'\x01' '�'}]
// &Point: %v => [&{3 4}]
// &Point: %+v => [&{X:3 Y:4}]
// &Point: %#v => [&main.Point{X:3, Y:4}]
// &Point: %d => [&{3 4}]
// &Point: %s => [&{%!s(int=3) %!s(int=4)}]
// &Point: %x => [&{3 4}]
// &Point: %T => [*main.Point]
// &Point: %5v| => [&{    3     4}|]
// &Point: %q => [&{'\x03' '\x04'}]
// Inner: %v => [{7 seven}]
// Inner: %+v => [{A:7 B:seven}]
// Inner: %#v => [main.Inner{A:7, B:"seven"}]
// Inner: %d => [{7 %!d(string=seven)}]
// Inner: %s => [{%!s(int=7) seven}]
// Inner: %x => [{7 736576656e}]
// Inner: %T => [main.Inner]
// Inner: %5v| => [{    7 seven}|]
// Inner: %q => [{'\a' "seven"}]
// Outer: %v => [{o {1 x} <nil> [1 2] map[a:1 b:2] <nil> <nil> <nil> <nil> 9}]
// Outer: %+v => [{Name:o In:{A:1 B:x} Ptr:<nil> List:[1 2] M:map[a:1 b:2] Any:<nil> Err:<nil> Str:<nil> F:<nil> small:9}]
// Outer: %#v => [main.Outer{Name:"o", In:main.Inner{A:1, B:"x"}, Ptr:(*main.Inner)(nil), List:[]int{1, 2}, M:map[string]int{"a":1, "b":2}, Any:interface {}(nil), Err:error(nil), Str:fmt.Stringer(nil), F:(func())(nil), small:9}]
// Outer: %d => [{%!d(string=o) {1 %!d(string=x)} 0 [1 2] map[%!d(string=a):1 %!d(string=b):2] <nil> <nil> <nil> 0 9}]
// Outer: %s => [{o {%!s(int=1) x} %!s(*main.Inner=<nil>) [%!s(int=1) %!s(int=2)] map[a:%!s(int=1) b:%!s(int=2)] <nil> <nil> <nil> %!s(func()=<nil>) %!s(int=9)}]
// Outer: %x => [{6f {1 78} 0 [1 2] map[61:1 62:2] <nil> <nil> <nil> 0 9}]
// Outer: %T => [main.Outer]
// Outer: %5v| => [{    o {    1     x} <nil> [    1     2] map[    a:    1     b:    2] <nil> <nil> <nil> <nil>     9}|]
// Outer: %q => [{"o" {'\x01' "x"} %!q(*main.Inner=<nil>) ['\x01' '\x02'] map["a":'\x01' "b":'\x02'] <nil> <nil> <nil> %!q(func()=<nil>) '\t'}]
// &Outer: %v => [&{o {1 x} <nil> [1 2] map[a:1 b:2] <nil> <nil> <nil> <nil> 9}]
// &Outer: %+v => [&{Name:o In:{A:1 B:x} Ptr:<nil> List:[1 2] M:map[a:1 b:2] Any:<nil> Err:<nil> Str:<nil> F:<nil> small:9}]
// &Outer: %#v => [&main.Outer{Name:"o", In:main.Inner{A:1, B:"x"}, Ptr:(*main.Inner)(nil), List:[]int{1, 2}, M:map[string]int{"a":1, "b":2}, Any:interface {}(nil), Err:error(nil), Str:fmt.Stringer(nil), F:(func())(nil), small:9}]
// &Outer: %d => [&{%!d(string=o) {1 %!d(string=x)} 0 [1 2] map[%!d(string=a):1 %!d(string=b):2] <nil> <nil> <nil> 0 9}]
// &Outer: %s => [&{o {%!s(int=1) x} %!s(*main.Inner=<nil>) [%!s(int=1) %!s(int=2)] map[a:%!s(int=1) b:%!s(int=2)] <nil> <nil> <nil> %!s(func()=<nil>) %!s(int=9)}]
// &Outer: %x => [&{6f {1 78} 0 [1 2] map[61:1 62:2] <nil> <nil> <nil> 0 9}]
// &Outer: %T => [*main.Outer]
// &Outer: %5v| => [&{    o {    1     x} <nil> [    1     2] map[    a:    1     b:    2] <nil> <nil> <nil> <nil>     9}|]
// &Outer: %q => [&{"o" {'\x01' "x"} %!q(*main.Inner=<nil>) ['\x01' '\x02'] map["a":'\x01' "b":'\x02'] <nil> <nil> <nil> %!q(func()=<nil>) '\t'}]
// Outer zero: %v => [{ {0 } <nil> [] map[] <nil> <nil> <nil> <nil> 0}]
// Outer zero: %+v => [{Name: In:{A:0 B:} Ptr:<nil> List:[] M:map[] Any:<nil> Err:<nil> Str:<nil> F:<nil> small:0}]
// Outer zero: %#v => [main.Outer{Name:"", In:main.Inner{A:0, B:""}, Ptr:(*main.Inner)(nil), List:[]int(nil), M:map[string]int(nil), Any:interface {}(nil), Err:error(nil), Str:fmt.Stringer(nil), F:(func())(nil), small:0}]
// Outer zero: %d => [{%!d(string=) {0 %!d(string=)} 0 [] map[] <nil> <nil> <nil> 0 0}]
// Outer zero: %s => [{ {%!s(int=0) } %!s(*main.Inner=<nil>) [] map[] <nil> <nil> <nil> %!s(func()=<nil>) %!s(int=0)}]
// Outer zero: %x => [{ {0 } 0 [] map[] <nil> <nil> <nil> 0 0}]
// Outer zero: %T => [main.Outer]
// Outer zero: %5v| => [{      {    0      } <nil> [] map[] <nil> <nil> <nil> <nil>     0}|]
// Outer zero: %q => [{"" {'\x00' ""} %!q(*main.Inner=<nil>) [] map[] <nil> <nil> <nil> %!q(func()=<nil>) '\x00'}]
// Derived: %v => [{{5} d}]
// Derived: %+v => [{Base:{ID:5} Name:d}]
// Derived: %#v => [main.Derived{Base:main.Base{ID:5}, Name:"d"}]
// Derived: %d => [{{5} %!d(string=d)}]
// Derived: %s => [{{%!s(int=5)} d}]
// Derived: %x => [{{5} 64}]
// Derived: %T => [main.Derived]
// Derived: %5v| => [{{    5}     d}|]
// Derived: %q => [{{'\x05'} "d"}]
// &Derived: %v => [&{{6} e}]
// &Derived: %+v => [&{Base:{ID:6} Name:e}]
// &Derived: %#v => [&main.Derived{Base:main.Base{ID:6}, Name:"e"}]
// &Derived: %d => [&{{6} %!d(string=e)}]
// &Derived: %s => [&{{%!s(int=6)} e}]
// &Derived: %x => [&{{6} 65}]
// &Derived: %T => [*main.Derived]
// &Derived: %5v| => [&{{    6}     e}|]
// &Derived: %q => [&{{'\x06'} "e"}]
// Empty: %v => [{}]
// Empty: %+v => [{}]
// Empty: %#v => [main.Empty{}]
// Empty: %d => [{}]
// Empty: %s => [{}]
// Empty: %x => [{}]
// Empty: %T => [main.Empty]
// Empty: %5v| => [{}|]
// Empty: %q => [{}]
// &Empty: %v => [&{}]
// &Empty: %+v => [&{}]
// &Empty: %#v => [&main.Empty{}]
// &Empty: %d => [&{}]
// &Empty: %s => [&{}]
// &Empty: %x => [&{}]
// &Empty: %T => [*main.Empty]
// &Empty: %5v| => [&{}|]
// &Empty: %q => [&{}]
// anon: %v => [{1 [x y] 2.5}]
// anon: %+v => [{A:1 b:[x y] C:2.5}]
// anon: %#v => [struct { A int; b []string; C interface {} }{A:1, b:[]string{"x", "y"}, C:2.5}]
// anon: %d => [{1 [%!d(string=x) %!d(string=y)] %!d(float64=2.5)}]
// anon: %s => [{%!s(int=1) [x y] %!s(float64=2.5)}]
// anon: %x => [{1 [78 79] 0x1.4p+01}]
// anon: %T => [struct { A int; b []string; C interface {} }]
// anon: %5v| => [{    1 [    x     y]   2.5}|]
// anon: %q => [{'\x01' ["x" "y"] %!q(float64=2.5)}]
// anon nil: %v => [{<nil> <nil> <nil>}]
// anon nil: %+v => [{E:<nil> I:<nil> S:<nil>}]
// anon nil: %#v => [struct { E error; I interface {}; S fmt.Stringer }{E:error(nil), I:interface {}(nil), S:fmt.Stringer(nil)}]
// anon nil: %d => [{<nil> <nil> <nil>}]
// anon nil: %s => [{<nil> <nil> <nil>}]
// anon nil: %x => [{<nil> <nil> <nil>}]
// anon nil: %T => [struct { E error; I interface {}; S fmt.Stringer }]
// anon nil: %5v| => [{<nil> <nil> <nil>}|]
// anon nil: %q => [{<nil> <nil> <nil>}]
// Flags: %v => [{true 1.5 (0+2i) 120 121 7 -8 s}]
// Flags: %+v => [{On:true F:1.5 C:(0+2i) R:120 B:121 U:7 I8:-8 Str:s}]
// Flags: %#v => [main.Flags{On:true, F:1.5, C:(0+2i), R:120, B:0x79, U:0x7, I8:-8, Str:"s"}]
// Flags: %d => [{%!d(bool=true) %!d(float64=1.5) %!d(complex128=(0+2i)) 120 121 7 -8 %!d(string=s)}]
// Flags: %s => [{%!s(bool=true) %!s(float64=1.5) %!s(complex128=(0+2i)) %!s(int32=120) %!s(uint8=121) %!s(uint=7) %!s(int8=-8) s}]
// Flags: %x => [{%!x(bool=true) 0x1.8p+00 (0x0p+00+0x1p+01i) 78 79 7 -8 73}]
// Flags: %T => [main.Flags]
// Flags: %5v| => [{ true   1.5 (    0   +2i)   120   121     7    -8     s}|]
// Flags: %q => [{%!q(bool=true) %!q(float64=1.5) %!q(complex128=(0+2i)) 'x' 'y' '\a' '�' "s"}]
// []Point: %v => [[{1 2} {3 4}]]
// []Point: %+v => [[{X:1 Y:2} {X:3 Y:4}]]
// []Point: %#v => [[]main.Point{main.Point{X:1, Y:2}, main.Point{X:3, Y:4}}]
// []Point: %d => [[{1 2} {3 4}]]
// []Point: %s => [[{%!s(int=1) %!s(int=2)} {%!s(int=3) %!s(int=4)}]]
// []Point: %x => [[{1 2} {3 4}]]
// []Point: %T => [[]main.Point]
// []Point: %5v| => [[{    1     2} {    3     4}]|]
// []Point: %q => [[{'\x01' '\x02'} {'\x03' '\x04'}]]
// []Inner: %v => [[{1 a}]]
// []Inner: %+v => [[{A:1 B:a}]]
// []Inner: %#v => [[]main.Inner{main.Inner{A:1, B:"a"}}]
// []Inner: %d => [[{1 %!d(string=a)}]]
// []Inner: %s => [[{%!s(int=1) a}]]
// []Inner: %x => [[{1 61}]]
// []Inner: %T => [[]main.Inner]
// []Inner: %5v| => [[{    1     a}]|]
// []Inner: %q => [[{'\x01' "a"}]]
// [2]Point: %v => [[{5 6} {0 0}]]
// [2]Point: %+v => [[{X:5 Y:6} {X:0 Y:0}]]
// [2]Point: %#v => [[2]main.Point{main.Point{X:5, Y:6}, main.Point{X:0, Y:0}}]
// [2]Point: %d => [[{5 6} {0 0}]]
// [2]Point: %s => [[{%!s(int=5) %!s(int=6)} {%!s(int=0) %!s(int=0)}]]
// [2]Point: %x => [[{5 6} {0 0}]]
// [2]Point: %T => [[2]main.Point]
// [2]Point: %5v| => [[{    5     6} {    0     0}]|]
// [2]Point: %q => [[{'\x05' '\x06'} {'\x00' '\x00'}]]
// []*Point nil: %v => [[<nil>]]
// []*Point nil: %+v => [[<nil>]]
// []*Point nil: %#v => [[]*main.Point{(*main.Point)(nil)}]
// []*Point nil: %d => [[0]]
// []*Point nil: %s => [[%!s(*main.Point=<nil>)]]
// []*Point nil: %x => [[0]]
// []*Point nil: %T => [[]*main.Point]
// []*Point nil: %5v| => [[<nil>]|]
// []*Point nil: %q => [[%!q(*main.Point=<nil>)]]
// &[]Point: %v => [&[{0 1}]]
// &[]Point: %+v => [&[{X:0 Y:1}]]
// &[]Point: %#v => [&[]main.Point{main.Point{X:0, Y:1}}]
// &[]Point: %d => [&[{0 1}]]
// &[]Point: %s => [&[{%!s(int=0) %!s(int=1)}]]
// &[]Point: %x => [&[{0 1}]]
// &[]Point: %T => [*[]main.Point]
// &[]Point: %5v| => [&[{    0     1}]|]
// &[]Point: %q => [&[{'\x00' '\x01'}]]
// struct of struct: %v => [{{1 2} {3 4}}]
// struct of struct: %+v => [{P:{X:1 Y:2} Q:{X:3 Y:4}}]
// struct of struct: %#v => [struct { P main.Point; Q main.Point }{P:main.Point{X:1, Y:2}, Q:main.Point{X:3, Y:4}}]
// struct of struct: %d => [{{1 2} {3 4}}]
// struct of struct: %s => [{{%!s(int=1) %!s(int=2)} {%!s(int=3) %!s(int=4)}}]
// struct of struct: %x => [{{1 2} {3 4}}]
// struct of struct: %T => [struct { P main.Point; Q main.Point }]
// struct of struct: %5v| => [{{    1     2} {    3     4}}|]
// struct of struct: %q => [{{'\x01' '\x02'} {'\x03' '\x04'}}]
// WithStringer: %v => [{21.5° 3 ValStr#2 [myerr 1 <nil>]}]
// WithStringer: %+v => [{T:21.5° t:3 V:ValStr#2 Errs:[myerr 1 <nil>]}]
// WithStringer: %#v => [main.WithStringer{T:21.5, t:3, V:main.ValStr{N:2}, Errs:[]error{main.MyErr{Code:1}, error(nil)}}]
// WithStringer: %d => [{%!d(main.Temp=21.5) %!d(main.Temp=3) {2} [{1} <nil>]}]
// WithStringer: %s => [{21.5° %!s(main.Temp=3) ValStr#2 [myerr 1 <nil>]}]
// WithStringer: %x => [{32312e35c2b0 0x1.8p+01 56616c5374722332 [6d796572722031 <nil>]}]
// WithStringer: %T => [main.WithStringer]
// WithStringer: %5v| => [{21.5°     3 ValStr#2 [myerr 1 <nil>]}|]
// WithStringer: %q => [{"21.5°" %!q(main.Temp=3) "ValStr#2" ["myerr 1" <nil>]}]
// map int: %v => [map[-1:z 1:a 2:b 3:c]]
// map int: %+v => [map[-1:z 1:a 2:b 3:c]]
// map int: %#v => [map[int]string{-1:"z", 1:"a", 2:"b", 3:"c"}]
// map int: %d => [map[-1:%!d(string=z) 1:%!d(string=a) 2:%!d(string=b) 3:%!d(string=c)]]
// map int: %s => [map[%!s(int=-1):z %!s(int=1):a %!s(int=2):b %!s(int=3):c]]
// map int: %x => [map[-1:7a 1:61 2:62 3:63]]
// map int: %T => [map[int]string]
// map int: %3v| => [map[ -1:  z   1:  a   2:  b   3:  c]|]
// map string: %v => [map[:0 B:3 a:1 b:2]]
// map string: %+v => [map[:0 B:3 a:1 b:2]]
// map string: %#v => [map[string]int{"":0, "B":3, "a":1, "b":2}]
// map string: %d => [map[%!d(string=):0 %!d(string=B):3 %!d(string=a):1 %!d(string=b):2]]
// map string: %s => [map[:%!s(int=0) B:%!s(int=3) a:%!s(int=1) b:%!s(int=2)]]
// map string: %x => [map[:0 42:3 61:1 62:2]]
// map string: %T => [map[string]int]
// map string: %3v| => [map[   :  0   B:  3   a:  1   b:  2]|]
// map float: %v => [map[NaN:nan NaN:nan -Inf:-inf -1:a 2.5:b +Inf:+inf]]
// map float: %+v => [map[NaN:nan NaN:nan -Inf:-inf -1:a 2.5:b +Inf:+inf]]
// map float: %#v => [map[float64]string{NaN:"nan", NaN:"nan", -Inf:"-inf", -1:"a", 2.5:"b", +Inf:"+inf"}]
// map float: %d => [map[%!d(float64=NaN):%!d(string=nan) %!d(float64=NaN):%!d(string=nan) %!d(float64=-Inf):%!d(string=-inf) %!d(float64=-1):%!d(string=a) %!d(float64=2.5):%!d(string=b) %!d(float64=+Inf):%!d(string=+inf)]]
// map float: %s => [map[%!s(float64=NaN):nan %!s(float64=NaN):nan %!s(float64=-Inf):-inf %!s(float64=-1):a %!s(float64=2.5):b %!s(float64=+Inf):+inf]]
// map float: %x => [map[NaN:6e616e NaN:6e616e -Inf:2d696e66 -0x1p+00:61 0x1.4p+01:62 +Inf:2b696e66]]
// map float: %T => [map[float64]string]
// map float: %3v| => [map[NaN:nan NaN:nan -Inf:-inf  -1:  a 2.5:  b +Inf:+inf]|]
// map bool: %v => [map[false:0 true:1]]
// map bool: %+v => [map[false:0 true:1]]
// map bool: %#v => [map[bool]int{false:0, true:1}]
// map bool: %d => [map[%!d(bool=false):0 %!d(bool=true):1]]
// map bool: %s => [map[%!s(bool=false):%!s(int=0) %!s(bool=true):%!s(int=1)]]
// map bool: %x => [map[%!x(bool=false):0 %!x(bool=true):1]]
// map bool: %T => [map[bool]int]
// map bool: %3v| => [map[false:  0 true:  1]|]
// map mixed: %v => [map[a:6 b:1 -1:5 1:7 2:2 3:9 1.5:3 false:8 true:4]]
// map mixed: %+v => [map[a:6 b:1 -1:5 1:7 2:2 3:9 1.5:3 false:8 true:4]]
// map mixed: %#v => [map[interface {}]int{"a":6, "b":1, -1:5, 1:7, 2:2, 0x3:9, 1.5:3, false:8, true:4}]
// map mixed: %d => [map[%!d(string=a):6 %!d(string=b):1 -1:5 1:7 2:2 3:9 %!d(float64=1.5):3 %!d(bool=false):8 %!d(bool=true):4]]
// map mixed: %s => [map[a:%!s(int=6) b:%!s(int=1) %!s(int8=-1):%!s(int=5) %!s(int=1):%!s(int=7) %!s(int=2):%!s(int=2) %!s(uint=3):%!s(int=9) %!s(float64=1.5):%!s(int=3) %!s(bool=false):%!s(int=8) %!s(bool=true):%!s(int=4)]]
// map mixed: %x => [map[61:6 62:1 -1:5 1:7 2:2 3:9 0x1.8p+00:3 %!x(bool=false):8 %!x(bool=true):4]]
// map mixed: %T => [map[interface {}]int]
// map mixed: %3v| => [map[  a:  6   b:  1  -1:  5   1:  7   2:  2   3:  9 1.5:  3 false:  8 true:  4]|]
// map mixed nil: %v => [map[<nil>:nil :empty 0:zero]]
// map mixed nil: %+v => [map[<nil>:nil :empty 0:zero]]
// map mixed nil: %#v => [map[interface {}]string{interface {}(nil):"nil", "":"empty", 0:"zero"}]
// map mixed nil: %d => [map[<nil>:%!d(string=nil) %!d(string=):%!d(string=empty) 0:%!d(string=zero)]]
// map mixed nil: %s => [map[<nil>:nil :empty %!s(int=0):zero]]
// map mixed nil: %x => [map[<nil>:6e696c :656d707479 0:7a65726f]]
// map mixed nil: %T => [map[interface {}]string]
// map mixed nil: %3v| => [map[<nil>:nil    :empty   0:zero]|]
// map arr: %v => [map[[1 2]:a [1 9]:b [2 1]:c]]
// map arr: %+v => [map[[1 2]:a [1 9]:b [2 1]:c]]
// map arr: %#v => [map[[2]int]string{[2]int{1, 2}:"a", [2]int{1, 9}:"b", [2]int{2, 1}:"c"}]
// map arr: %d => [map[[1 2]:%!d(string=a) [1 9]:%!d(string=b) [2 1]:%!d(string=c)]]
// map arr: %s => [map[[%!s(int=1) %!s(int=2)]:a [%!s(int=1) %!s(int=9)]:b [%!s(int=2) %!s(int=1)]:c]]
// map arr: %x => [map[[1 2]:61 [1 9]:62 [2 1]:63]]
// map arr: %T => [map[[2]int]string]
// map arr: %3v| => [map[[  1   2]:  a [  1   9]:  b [  2   1]:  c]|]
// map Point: %v => [map[{1 2}:2 {2 1}:1]]
// map Point: %+v => [map[{X:1 Y:2}:2 {X:2 Y:1}:1]]
// map Point: %#v => [map[main.Point]int{main.Point{X:1, Y:2}:2, main.Point{X:2, Y:1}:1}]
// map Point: %d => [map[{1 2}:2 {2 1}:1]]
// map Point: %s => [map[{%!s(int=1) %!s(int=2)}:%!s(int=2) {%!s(int=2) %!s(int=1)}:%!s(int=1)]]
// map Point: %x => [map[{1 2}:2 {2 1}:1]]
// map Point: %T => [map[main.Point]int]
// map Point: %3v| => [map[{  1   2}:  2 {  2   1}:  1]|]
// map nested: %v => [map[a:[] x:[1]]]
// map nested: %+v => [map[a:[] x:[1]]]
// map nested: %#v => [map[string][]int{"a":[]int(nil), "x":[]int{1}}]
// map nested: %d => [map[%!d(string=a):[] %!d(string=x):[1]]]
// map nested: %s => [map[a:[] x:[%!s(int=1)]]]
// map nested: %x => [map[61:[] 78:[1]]]
// map nested: %T => [map[string][]int]
// map nested: %3v| => [map[  a:[]   x:[  1]]|]
// map of map: %v => [map[o:map[i:1]]]
// map of map: %+v => [map[o:map[i:1]]]
// map of map: %#v => [map[string]map[string]int{"o":map[string]int{"i":1}}]
// map of map: %d => [map[%!d(string=o):map[%!d(string=i):1]]]
// map of map: %s => [map[o:map[i:%!s(int=1)]]]
// map of map: %x => [map[6f:map[69:1]]]
// map of map: %T => [map[string]map[string]int]
// map of map: %3v| => [map[  o:map[  i:  1]]|]
// map empty: %v => [map[]]
// map empty: %+v => [map[]]
// map empty: %#v => [map[string]int{}]
// map empty: %d => [map[]]
// map empty: %s => [map[]]
// map empty: %x => [map[]]
// map empty: %T => [map[string]int]
// map empty: %3v| => [map[]|]
// map named: %v => [map[y:25 z:26]]
// map named: %+v => [map[y:25 z:26]]
// map named: %#v => [main.IntMap{"y":25, "z":26}]
// map named: %d => [map[%!d(string=y):25 %!d(string=z):26]]
// map named: %s => [map[y:%!s(int=25) z:%!s(int=26)]]
// map named: %x => [map[79:19 7a:1a]]
// map named: %T => [main.IntMap]
// map named: %3v| => [map[  y: 25   z: 26]|]
// map int8: %v => [map[-100:true 0:true 100:false]]
// map int8: %+v => [map[-100:true 0:true 100:false]]
// map int8: %#v => [map[int8]bool{-100:true, 0:true, 100:false}]
// map int8: %d => [map[-100:%!d(bool=true) 0:%!d(bool=true) 100:%!d(bool=false)]]
// map int8: %s => [map[%!s(int8=-100):%!s(bool=true) %!s(int8=0):%!s(bool=true) %!s(int8=100):%!s(bool=false)]]
// map int8: %x => [map[-64:%!x(bool=true) 0:%!x(bool=true) 64:%!x(bool=false)]]
// map int8: %T => [map[int8]bool]
// map int8: %3v| => [map[-100:true   0:true 100:false]|]
// map uint: %v => [map[0:0 18446744073709551615:1]]
// map uint: %+v => [map[0:0 18446744073709551615:1]]
// map uint: %#v => [map[uint64]int{0x0:0, 0xffffffffffffffff:1}]
// map uint: %d => [map[0:0 18446744073709551615:1]]
// map uint: %s => [map[%!s(uint64=0):%!s(int=0) %!s(uint64=18446744073709551615):%!s(int=1)]]
// map uint: %x => [map[0:0 ffffffffffffffff:1]]
// map uint: %T => [map[uint64]int]
// map uint: %3v| => [map[  0:  0 18446744073709551615:  1]|]
// map rune: %v => [map[97:1 98:2]]
// map rune: %+v => [map[97:1 98:2]]
// map rune: %#v => [map[int32]int{97:1, 98:2}]
// map rune: %d => [map[97:1 98:2]]
// map rune: %s => [map[%!s(int32=97):%!s(int=1) %!s(int32=98):%!s(int=2)]]
// map rune: %x => [map[61:1 62:2]]
// map rune: %T => [map[int32]int]
// map rune: %3v| => [map[ 97:  1  98:  2]|]
// map any val: %v => [map[i:1 n:<nil> s:str]]
// map any val: %+v => [map[i:1 n:<nil> s:str]]
// map any val: %#v => [map[string]interface {}{"i":1, "n":interface {}(nil), "s":"str"}]
// map any val: %d => [map[%!d(string=i):1 %!d(string=n):<nil> %!d(string=s):%!d(string=str)]]
// map any val: %s => [map[i:%!s(int=1) n:<nil> s:str]]
// map any val: %x => [map[69:1 6e:<nil> 73:737472]]
// map any val: %T => [map[string]interface {}]
// map any val: %3v| => [map[  i:  1   n:<nil>   s:str]|]
// map err val: %v => [map[e:<nil>]]
// map err val: %+v => [map[e:<nil>]]
// map err val: %#v => [map[string]error{"e":error(nil)}]
// map err val: %d => [map[%!d(string=e):<nil>]]
// map err val: %s => [map[e:<nil>]]
// map err val: %x => [map[65:<nil>]]
// map err val: %T => [map[string]error]
// map err val: %3v| => [map[  e:<nil>]|]
// &map: %v => [&map[k:1]]
// &map: %+v => [&map[k:1]]
// &map: %#v => [&map[string]int{"k":1}]
// &map: %d => [&map[%!d(string=k):1]]
// &map: %s => [&map[k:%!s(int=1)]]
// &map: %x => [&map[6b:1]]
// &map: %T => [*map[string]int]
// &map: %3v| => [&map[  k:  1]|]
// map stringer val: %v => [map[t:1.2°]]
// map stringer val: %+v => [map[t:1.2°]]
// map stringer val: %#v => [map[string]main.Temp{"t":1.25}]
// map stringer val: %d => [map[%!d(string=t):%!d(main.Temp=1.25)]]
// map stringer val: %s => [map[t:1.2°]]
// map stringer val: %x => [map[74:312e32c2b0]]
// map stringer val: %T => [map[string]main.Temp]
// map stringer val: %3v| => [map[  t:1.2°]|]
// map stringer key: %v => [map[SI(1):1 SI(2):2]]
// map stringer key: %+v => [map[SI(1):1 SI(2):2]]
// map stringer key: %#v => [map[main.StrInt]int{1:1, 2:2}]
// map stringer key: %d => [map[1:1 2:2]]
// map stringer key: %s => [map[SI(1):%!s(int=1) SI(2):%!s(int=2)]]
// map stringer key: %x => [map[5349283129:1 5349283229:2]]
// map stringer key: %T => [map[main.StrInt]int]
// map stringer key: %3v| => [map[SI(1):  1 SI(2):  2]|]
// Temp: %v => [21.5°]
// Temp: %+v => [21.5°]
// Temp: %#v => [21.5]
// Temp: %s => [21.5°]
// Temp: %d => [%!d(main.Temp=21.5)]
// Temp: %q => ["21.5°"]
// Temp: %x => [32312e35c2b0]
// Temp: %10v| => [     21.5°|]
// Temp: %-10s| => [21.5°     |]
// Temp: %T => [main.Temp]
// Temp: %.3s => [21.]
// Temp: %08.3f => [0021.500]
// &PtrStr: %v => [PtrStr#3]
// &PtrStr: %+v => [PtrStr#3]
// &PtrStr: %#v => [&main.PtrStr{N:3}]
// &PtrStr: %s => [PtrStr#3]
// &PtrStr: %d => [&{3}]
// &PtrStr: %q => ["PtrStr#3"]
// &PtrStr: %x => [5074725374722333]
// &PtrStr: %10v| => [  PtrStr#3|]
// &PtrStr: %-10s| => [PtrStr#3  |]
// &PtrStr: %T => [*main.PtrStr]
// &PtrStr: %.3s => [Ptr]
// &PtrStr: %08.3f => [&{%!f(int=     003)}]
// PtrStr: %v => [{4}]
// PtrStr: %+v => [{N:4}]
// PtrStr: %#v => [main.PtrStr{N:4}]
// PtrStr: %s => [{%!s(int=4)}]
// PtrStr: %d => [{4}]
// PtrStr: %q => [{'\x04'}]
// PtrStr: %x => [{4}]
// PtrStr: %10v| => [{         4}|]
// PtrStr: %-10s| => [{%!s(int=4         )}|]
// PtrStr: %T => [main.PtrStr]
// PtrStr: %.3s => [{%!s(int=004)}]
// PtrStr: %08.3f => [{%!f(int=     004)}]
// ValStr: %v => [ValStr#5]
// ValStr: %+v => [ValStr#5]
// ValStr: %#v => [main.ValStr{N:5}]
// ValStr: %s => [ValStr#5]
// ValStr: %d => [{5}]
// ValStr: %q => ["ValStr#5"]
// ValStr: %x => [56616c5374722335]
// ValStr: %10v| => [  ValStr#5|]
// ValStr: %-10s| => [ValStr#5  |]
// ValStr: %T => [main.ValStr]
// ValStr: %.3s => [Val]
// ValStr: %08.3f => [{%!f(int=     005)}]
// &ValStr: %v => [ValStr#6]
// &ValStr: %+v => [ValStr#6]
// &ValStr: %#v => [&main.ValStr{N:6}]
// &ValStr: %s => [ValStr#6]
// &ValStr: %d => [&{6}]
// &ValStr: %q => ["ValStr#6"]
// &ValStr: %x => [56616c5374722336]
// &ValStr: %10v| => [  ValStr#6|]
// &ValStr: %-10s| => [ValStr#6  |]
// &ValStr: %T => [*main.ValStr]
// &ValStr: %.3s => [Val]
// &ValStr: %08.3f => [&{%!f(int=     006)}]
// MyErr: %v => [myerr 7]
// MyErr: %+v => [myerr 7]
// MyErr: %#v => [main.MyErr{Code:7}]
// MyErr: %s => [myerr 7]
// MyErr: %d => [{7}]
// MyErr: %q => ["myerr 7"]
// MyErr: %x => [6d796572722037]
// MyErr: %10v| => [   myerr 7|]
// MyErr: %-10s| => [myerr 7   |]
// MyErr: %T => [main.MyErr]
// MyErr: %.3s => [mye]
// MyErr: %08.3f => [{%!f(int=     007)}]
// &MyErr: %v => [myerr 8]
// &MyErr: %+v => [myerr 8]
// &MyErr: %#v => [&main.MyErr{Code:8}]
// &MyErr: %s => [myerr 8]
// &MyErr: %d => [&{8}]
// &MyErr: %q => ["myerr 8"]
// &MyErr: %x => [6d796572722038]
// &MyErr: %10v| => [   myerr 8|]
// &MyErr: %-10s| => [myerr 8   |]
// &MyErr: %T => [*main.MyErr]
// &MyErr: %.3s => [mye]
// &MyErr: %08.3f => [&{%!f(int=     008)}]
// &PErr: %v => [perr: bad]
// &PErr: %+v => [perr: bad]
// &PErr: %#v => [&main.PErr{Msg:"bad"}]
// &PErr: %s => [perr: bad]
// &PErr: %d => [&{%!d(string=bad)}]
// &PErr: %q => ["perr: bad"]
// &PErr: %x => [706572723a20626164]
// &PErr: %10v| => [ perr: bad|]
// &PErr: %-10s| => [perr: bad |]
// &PErr: %T => [*main.PErr]
// &PErr: %.3s => [per]
// &PErr: %08.3f => [&{%!f(string=00000bad)}]
// GoS: %v => [S!]
// GoS: %+v => [S!]
// GoS: %#v => [GoS!]
// GoS: %s => [S!]
// GoS: %d => [{1}]
// GoS: %q => ["S!"]
// GoS: %x => [5321]
// GoS: %10v| => [        S!|]
// GoS: %-10s| => [S!        |]
// GoS: %T => [main.GoS]
// GoS: %.3s => [S!]
// GoS: %08.3f => [{%!f(int=     001)}]
// Fmter: %v => [F(v,-1,-1,"%v")]
// Fmter: %+v => [F(v,-1,-1,"%+v")]
// Fmter: %#v => [F(v,-1,-1,"%#v")]
// Fmter: %s => [F(s,-1,-1,"%s")]
// Fmter: %d => [F(d,-1,-1,"%d")]
// Fmter: %q => [F(q,-1,-1,"%q")]
// Fmter: %x => [F(x,-1,-1,"%x")]
// Fmter: %10v| => [F(v,10,-1,"%10v")|]
// Fmter: %-10s| => [F(s,10,-1,"%-10s")|]
// Fmter: %T => [main.Fmter]
// Fmter: %.3s => [F(s,-1,3,"%.3s")]
// Fmter: %08.3f => [F(f,8,3,"%08.3f")]
// &PFmter: %v => [PF<2>]
// &PFmter: %+v => [PF<2>]
// &PFmter: %#v => [PF<2>]
// &PFmter: %s => [PF<2>]
// &PFmter: %d => [PF<2>]
// &PFmter: %q => [PF<2>]
// &PFmter: %x => [PF<2>]
// &PFmter: %10v| => [PF<2>|]
// &PFmter: %-10s| => [PF<2>|]
// &PFmter: %T => [*main.PFmter]
// &PFmter: %.3s => [PF<2>]
// &PFmter: %08.3f => [PF<2>]
// PFmter: %v => [{3}]
// PFmter: %+v => [{V:3}]
// PFmter: %#v => [main.PFmter{V:3}]
// PFmter: %s => [{%!s(int=3)}]
// PFmter: %d => [{3}]
// PFmter: %q => [{'\x03'}]
// PFmter: %x => [{3}]
// PFmter: %10v| => [{         3}|]
// PFmter: %-10s| => [{%!s(int=3         )}|]
// PFmter: %T => [main.PFmter]
// PFmter: %.3s => [{%!s(int=003)}]
// PFmter: %08.3f => [{%!f(int=     003)}]
// Both: %v => [as-error]
// Both: %+v => [as-error]
// Both: %#v => [main.Both{}]
// Both: %s => [as-error]
// Both: %d => [{}]
// Both: %q => ["as-error"]
// Both: %x => [61732d6572726f72]
// Both: %10v| => [  as-error|]
// Both: %-10s| => [as-error  |]
// Both: %T => [main.Both]
// Both: %.3s => [as-]
// Both: %08.3f => [{}]
// Panicky: %v => [%!v(PANIC=String method: boom)]
// Panicky: %+v => [%!v(PANIC=String method: boom)]
// Panicky: %#v => [main.Panicky{}]
// Panicky: %s => [%!s(PANIC=String method: boom)]
// Panicky: %d => [{}]
// Panicky: %q => [%!q(PANIC=String method: boom)]
// Panicky: %x => [%!x(PANIC=String method: boom)]
// Panicky: %10v| => [%!v(PANIC=String method: boom)|]
// Panicky: %-10s| => [%!s(PANIC=String method: boom)|]
// Panicky: %T => [main.Panicky]
// Panicky: %.3s => [%!s(PANIC=String method: boom)]
// Panicky: %08.3f => [{}]
// nil *NilOK: %v => [<nil>]
// nil *NilOK: %+v => [<nil>]
// nil *NilOK: %#v => [(*main.NilOK)(nil)]
// nil *NilOK: %s => [<nil>]
// nil *NilOK: %d => [0]
// nil *NilOK: %q => [<nil>]
// nil *NilOK: %x => [<nil>]
// nil *NilOK: %10v| => [<nil>|]
// nil *NilOK: %-10s| => [<nil>|]
// nil *NilOK: %T => [*main.NilOK]
// nil *NilOK: %.3s => [<nil>]
// nil *NilOK: %08.3f => [%!f(*main.NilOK=000<nil>)]
// []Temp: %v => [[1.0° 2.2°]]
// []Temp: %+v => [[1.0° 2.2°]]
// []Temp: %#v => [[]main.Temp{1, 2.25}]
// []Temp: %s => [[1.0° 2.2°]]
// []Temp: %d => [[%!d(main.Temp=1) %!d(main.Temp=2.25)]]
// []Temp: %q => [["1.0°" "2.2°"]]
// []Temp: %x => [[312e30c2b0 322e32c2b0]]
// []Temp: %10v| => [[      1.0°       2.2°]|]
// []Temp: %-10s| => [[1.0°       2.2°      ]|]
// []Temp: %T => [[]main.Temp]
// []Temp: %.3s => [[1.0 2.2]]
// []Temp: %08.3f => [[0001.000 0002.250]]
// []fmt.Stringer: %v => [[1.0° ValStr#1 <nil>]]
// []fmt.Stringer: %+v => [[1.0° ValStr#1 <nil>]]
// []fmt.Stringer: %#v => [[]fmt.Stringer{1, main.ValStr{N:1}, fmt.Stringer(nil)}]
// []fmt.Stringer: %s => [[1.0° ValStr#1 <nil>]]
// []fmt.Stringer: %d => [[%!d(main.Temp=1) {1} <nil>]]
// []fmt.Stringer: %q => [["1.0°" "ValStr#1" <nil>]]
// []fmt.Stringer: %x => [[312e30c2b0 56616c5374722331 <nil>]]
// []fmt.Stringer: %10v| => [[      1.0°   ValStr#1 <nil>]|]
// []fmt.Stringer: %-10s| => [[1.0°       ValStr#1   <nil>]|]
// []fmt.Stringer: %T => [[]fmt.Stringer]
// []fmt.Stringer: %.3s => [[1.0 Val <nil>]]
// []fmt.Stringer: %08.3f => [[0001.000 {%!f(int=     001)} <nil>]]
// []error: %v => [[myerr 1 myerr 2]]
// []error: %+v => [[myerr 1 myerr 2]]
// []error: %#v => [[]error{main.MyErr{Code:1}, main.MyErr{Code:2}}]
// []error: %s => [[myerr 1 myerr 2]]
// []error: %d => [[{1} {2}]]
// []error: %q => [["myerr 1" "myerr 2"]]
// []error: %x => [[6d796572722031 6d796572722032]]
// []error: %10v| => [[   myerr 1    myerr 2]|]
// []error: %-10s| => [[myerr 1    myerr 2   ]|]
// []error: %T => [[]error]
// []error: %.3s => [[mye mye]]
// []error: %08.3f => [[{%!f(int=     001)} {%!f(int=     002)}]]
// StrInt: %v => [SI(42)]
// StrInt: %+v => [SI(42)]
// StrInt: %#v => [42]
// StrInt: %s => [SI(42)]
// StrInt: %d => [42]
// StrInt: %q => ["SI(42)"]
// StrInt: %x => [534928343229]
// StrInt: %10v| => [    SI(42)|]
// StrInt: %-10s| => [SI(42)    |]
// StrInt: %T => [main.StrInt]
// StrInt: %.3s => [SI(]
// StrInt: %08.3f => [%!f(main.StrInt=     042)]
// []StrInt: %v => [[SI(1) SI(2)]]
// []StrInt: %+v => [[SI(1) SI(2)]]
// []StrInt: %#v => [[]main.StrInt{1, 2}]
// []StrInt: %s => [[SI(1) SI(2)]]
// []StrInt: %d => [[1 2]]
// []StrInt: %q => [["SI(1)" "SI(2)"]]
// []StrInt: %x => [[5349283129 5349283229]]
// []StrInt: %10v| => [[     SI(1)      SI(2)]|]
// []StrInt: %-10s| => [[SI(1)      SI(2)     ]|]
// []StrInt: %T => [[]main.StrInt]
// []StrInt: %.3s => [[SI( SI(]]
// []StrInt: %08.3f => [[%!f(main.StrInt=     001) %!f(main.StrInt=     002)]]
// Fmter flags: %+-#0 12.4x => [F(x,12,4,"% +-#12.4x")]
// Fmter star: %*.*v => [F(v,5,2,"%5.2v")]
// Fmter in slice: %v => [[F(v,-1,-1,"%v") F(v,-1,-1,"%v")]]
// errors.New: %v %s %q %x %#v => [e1 e2 "e3" 6534 main.MyErr{Code:9}]
// Celsius: %v => [36.6]
// Celsius: %+v => [36.6]
// Celsius: %#v => [36.6]
// Celsius: %T => [main.Celsius]
// Celsius: %d => [%!d(main.Celsius=36.6)]
// Celsius: %s => [%!s(main.Celsius=36.6)]
// Celsius: %q => [%!q(main.Celsius=36.6)]
// Celsius: %x => [0x1.24ccccccccccdp+05]
// Celsius: %.1f => [36.6]
// Celsius: %6v| => [  36.6|]
// Names: %v => [[a b c]]
// Names: %+v => [[a b c]]
// Names: %#v => [main.Names{"a", "b c"}]
// Names: %T => [main.Names]
// Names: %d => [[%!d(string=a) %!d(string=b c)]]
// Names: %s => [[a b c]]
// Names: %q => [["a" "b c"]]
// Names: %x => [[61 622063]]
// Names: %.1f => [[%!f(string=a) %!f(string=b)]]
// Names: %6v| => [[     a    b c]|]
// Names empty: %v => [[]]
// Names empty: %+v => [[]]
// Names empty: %#v => [main.Names{}]
// Names empty: %T => [main.Names]
// Names empty: %d => [[]]
// Names empty: %s => [[]]
// Names empty: %q => [[]]
// Names empty: %x => [[]]
// Names empty: %.1f => [[]]
// Names empty: %6v| => [[]|]
// MyInt: %v => [-3]
// MyInt: %+v => [-3]
// MyInt: %#v => [-3]
// MyInt: %T => [main.MyInt]
// MyInt: %d => [-3]
// MyInt: %s => [%!s(main.MyInt=-3)]
// MyInt: %q => ['�']
// MyInt: %x => [-3]
// MyInt: %.1f => [%!f(main.MyInt=-3)]
// MyInt: %6v| => [    -3|]
// MyString: %v => [ms]
// MyString: %+v => [ms]
// MyString: %#v => ["ms"]
// MyString: %T => [main.MyString]
// MyString: %d => [%!d(main.MyString=ms)]
// MyString: %s => [ms]
// MyString: %q => ["ms"]
// MyString: %x => [6d73]
// MyString: %.1f => [%!f(main.MyString=m)]
// MyString: %6v| => [    ms|]
// Runes: %v => [[104 233]]
// Runes: %+v => [[104 233]]
// Runes: %#v => [main.Runes{104, 233}]
// Runes: %T => [main.Runes]
// Runes: %d => [[104 233]]
// Runes: %s => [[%!s(int32=104) %!s(int32=233)]]
// Runes: %q => [['h' 'é']]
// Runes: %x => [[68 e9]]
// Runes: %.1f => [[%!f(int32=104) %!f(int32=233)]]
// Runes: %6v| => [[   104    233]|]
// Arr: %v => [[1 2 3]]
// Arr: %+v => [[1 2 3]]
// Arr: %#v => [main.Arr{1, 2, 3}]
// Arr: %T => [main.Arr]
// Arr: %d => [[1 2 3]]
// Arr: %s => [[%!s(int=1) %!s(int=2) %!s(int=3)]]
// Arr: %q => [['\x01' '\x02' '\x03']]
// Arr: %x => [[1 2 3]]
// Arr: %.1f => [[%!f(int=1) %!f(int=2) %!f(int=3)]]
// Arr: %6v| => [[     1      2      3]|]
// []MyInt: %v => [[1 2]]
// []MyInt: %+v => [[1 2]]
// []MyInt: %#v => [[]main.MyInt{1, 2}]
// []MyInt: %T => [[]main.MyInt]
// []MyInt: %d => [[1 2]]
// []MyInt: %s => [[%!s(main.MyInt=1) %!s(main.MyInt=2)]]
// []MyInt: %q => [['\x01' '\x02']]
// []MyInt: %x => [[1 2]]
// []MyInt: %.1f => [[%!f(main.MyInt=1) %!f(main.MyInt=2)]]
// []MyInt: %6v| => [[     1      2]|]
// []Celsius: %v => [[1.5]]
// []Celsius: %+v => [[1.5]]
// []Celsius: %#v => [[]main.Celsius{1.5}]
// []Celsius: %T => [[]main.Celsius]
// []Celsius: %d => [[%!d(main.Celsius=1.5)]]
// []Celsius: %s => [[%!s(main.Celsius=1.5)]]
// []Celsius: %q => [[%!q(main.Celsius=1.5)]]
// []Celsius: %x => [[0x1.8p+00]]
// []Celsius: %.1f => [[1.5]]
// []Celsius: %6v| => [[   1.5]|]
// T 0: %T => [int]
// T 1: %T => [int8]
// T 2: %T => [uint16]
// T 3: %T => [uintptr]
// T 4: %T => [float64]
// T 5: %T => [float32]
// T 6: %T => [complex128]
// T 7: %T => [complex64]
// T 8: %T => [string]
// T 9: %T => [int32]
// T 10: %T => [uint8]
// T 11: %T => [bool]
// T 12: %T => [[]int]
// T 13: %T => [[3]string]
// T 14: %T => [map[string][]int]
// T 15: %T => [*main.Point]
// T 16: %T => [main.Point]
// T 17: %T => [struct {}]
// T 18: %T => [struct { A int; B string }]
// T 19: %T => [func(int) string]
// T 20: %T => [chan int]
// T 21: %T => [<-chan string]
// T 22: %T => [chan<- bool]
// T 23: %T => [<nil>]
// T 24: %T => [*errors.errorString]
// T 25: %T => [main.MyErr]
// T 26: %T => [*main.PErr]
// T 27: %T => [main.Celsius]
// T 28: %T => [main.Names]
// T 29: %T => [[]interface {}]
// T 30: %T => [map[interface {}]interface {}]
// T 31: %T => [[]error]
// T 32: %T => [[2][]int]
// T 33: %T => [func(...int)]
// T 34: %T => [func() (int, error)]
// T 35: %T => [main.Derived]
// T 36: %T => [main.Temp]
// T 37: %T => [[]*main.Point]
// T 38: %T => [struct { main.Outer }]
// T width: %10T|%-10T| => [       int|string    |]
// T nil: %T %5T| => [<nil> <nil>|]
// bad d string: %d => [%!d(string=hi)]
// bad s int: %s => [%!s(int=5)]
// bad z: %z => [%!z(int=5)]
// bad z float: %z => [%!z(float64=1.5)]
// bad t int: %t => [%!t(int=1)]
// bad noverb: % => [%!(NOVERB)]
// bad noverb flags: abc%-5 => [abc%!(NOVERB)]
// bad missing: %d %d => [1 %!d(MISSING)]
// bad missing s: %s => [%!s(MISSING)]
// bad extra: %d => [1%!(EXTRA int=2)]
// bad extra multi: %d => [1%!(EXTRA string=a, <nil>, float64=2.5)]
// bad extra no verbs: x => [x%!(EXTRA int=1)]
// bad extra nil:  => [%!(EXTRA <nil>)]
// bad x bool: %x => [%!x(bool=true)]
// bad c string: %c => [%!c(string=a)]
// bad e int: %e => [%!e(int=3)]
// bad d float: %d => [%!d(float64=2.5)]
// bad !: %! => [%!!(int=1)]
// bad unicode verb: %☺ => [%!☺(int=1)]
// bad w in Sprintf: %w => [%!w(*errors.errorString=&{e})]
// bad w nonerr: %w => [%!w(int=3)]
// bad d struct field: %d => [{1 %!d(string=s)}]
// bad d map: %d => [map[%!d(string=a):%!d(string=b)]]
// bad q float: %q => [%!q(float64=1.5)]
// bad U string: %U => [%!U(string=s)]
// percent: %% %5% %-5%| => [% % %|]
// percent args: %% => [%%!(EXTRA int=1)]
// bad verb slice: %z => [[%!z(int=1)]]
// bad verb nil ptr: %z => [%!z(*int=<nil>)]
// bad verb bytes: %z => [[%!z(uint8=97)]]
// idx swap: %[2]d %[1]d => [2 1]
// idx reuse: %[1]d %[1]x %#[1]o => [64 40 0100]
// idx star: %[3]*.[2]*[1]f => [ 12.00]
// idx then next: %d %d %#[1]x %#x => [16 17 0x10 0x11]
// idx bad: %[5]d => [%!d(BADINDEX)]
// idx zero: %[0]d => [%!d(BADINDEX)]
// idx neg: %[-1]d => [%!d(BADINDEX)]
// idx unclosed: %[1d => [%!d(BADINDEX)]
// idx empty: %[]d => [%!d(BADINDEX)]
// idx word: %[x]d => [%!d(BADINDEX)]
// idx extra not reported: %[1]d => [1]
// idx past end: %[2]d %d => [2 %!d(MISSING)]
// idx star bad: %[2]*d => [%!(BADWIDTH)%!d(MISSING)]
// idx width after: %[1]5d => [%!d(BADINDEX)]
// idx prec: %.[2]d => [2]
// idx then missing: %[1]d %d %d => [1 %!d(MISSING) %!d(MISSING)]
// idx twice: %[2][1]d => [%![(int=2)1]d]
// idx big: %[99999999999]d => [%!d(BADINDEX)]
// idx w: %[2]s %[1]v => [a b]
// star width: %*d| => [   42|]
// star neg width: %*d| => [42   |]
// star prec: %.*f => [3.14]
// star both: %*.*f| => [   3.142|]
// star neg prec: %.*d => [%!(BADPREC)42]
// star bad width: %*d => [%!(BADWIDTH)42]
// star bad prec: %.*d => [%!(BADPREC)42]
// star missing: %*d => [%!(BADWIDTH)%!d(MISSING)]
// star uint: %*d| => [  1|]
// star int8: %*d| => [   1|]
// star huge: %*d => [%!(BADWIDTH)1]
// star zero: %0*d => [-00012]
// star with minus: %-*d| => [7   |]
// star string: %*s|%-*s| => [    ab|cd    |]
// star prec string: %.*s => [abc]
// slice width: %6v| => [[     1      2]|]
// slice minus: %-4d| => [[1    22  ]|]
// slice x: %x => [[ff 10]]
// slice X: %#X => [[0XFF]]
// slice q: %q => [["a" "b\n"]]
// slice f: %5.1f => [[  1.0   2.2]]
// slice s: %s => [[x y]]
// slice x strings: %x => [[6869 796f]]
// slice any: %v => [[1 a <nil> 2.5 [3]]]
// slice #v any: %#v => [[]interface {}{1, "a", interface {}(nil), 2.5, []int{3}, true}]
// slice nested: %v %#v => [[[1] [2 3] []] [][]int{[]int{1}, []int(nil)}]
// array: %v %#v %d => [[1 2 3] [2]bool{true, false} []]
// array of strings: %q %x => [["a" "b"] [61 62]]
// ptr array: %v %+v => [&[1 2] &[s]]
// ptr slice: %v %#v => [&[z] &[]int{}]
// ptr map: %#v => [&map[int]bool{1:true}]
// slice of maps: %v => [[map[a:1] map[]]]
// slice ptr nested: %v => [[<nil> <nil>]]
// map width: %4v| => [map[   a:   1]|]
// struct width: %4v| => [{   1    2}|]
// struct with slices: %+v => [{A:[q] B:[1 2]}]
// struct bytes s: %s => [{hi}]
// struct bytes x: %x => [{6869}]
// slice of bytes s: %s => [[a b]]
// slice of bytes v: %v => [[[97]]]
// slice of bytes #v: %#v => [[][]uint8{[]uint8{0x61}, []uint8(nil)}]
// funcs in struct nil: %v => [{<nil>}]
// chan in struct nil: %v => [{<nil>}]
// empty slice: %v %#v %d %s => [[] []string{} [] []]
// nil slice elems: %v => [[[]]]
// bool slice: %v %t %5t => [[true] [false true] [ true]]
// complex slice: %v %.1f => [[(1+1i)] [(2.0-2.0i)]]
// rune slice: %v %c %q %U => [[97 98] [c d] ['e' 'f'] [U+0067]]
// uint16 slice: %x %X %#o => [[abc] [DEF] [010]]
// float32 verbs: %x %e %g %.3f %v => [0x1.8p+00 1.000000e-08 3.4e+38 0.667 1.6777216e+07]
// map any vals #v: %#v => [map[string]interface {}{"a":[]int{1}, "b":map[string]interface {}{"c":interface {}(nil)}}]
// map ptr val nil: %v %#v => [map[p:<nil>] map[int]*main.Point{1:(*main.Point)(nil)}]
// struct unexported formatter: %v => [{{1} F(v,-1,-1,"%v")}]
// struct embedded nil ptr: %+v => [{Inner:<nil> N:3}]
// struct of Names: %v %#v => [{[x]} struct { N main.Names }{N:main.Names(nil)}]
// nested any: %v %+v => [[[1 [a]] map[k:{1 2}]] [{A:1 B:b}]]
// width on nil: %8v|%-8v|%08v => [   <nil>|[]|000<nil>]
// plus q unicode: %+q %#+q %q => ["h\u00e9llo\u263a\x80" `☺` "é😀"]
// byte slice width prec: %8.2s|%-8.2q|% 8X => [      ab|"ab"    |   01 AB]
// mixed verb list: %d|%5s|%-6.2f|%x|%t|%c|%U|%q => [7|   ab|3.14  |6869|true|x|U+0078|'x']
// Sprint mixed: [a1 2b3 <nil> truecd]
// Sprint ints: [1 2 3]
// Sprint strings: [abc]
// Sprint string int: [x1y]
// Sprint nils: [<nil> <nil>]
// Sprint named string: [ab1]
// Sprint errs: [e 3 f]
// Sprint stringer: [1.0° 2.0°s3.0°]
// Sprint slices: [[1] [2]x]
// Sprint empty: []
// Sprint floats: [1 2.5 0.1]
// Sprintln: [a 1 b <nil> 2.5\x0a]
// Sprintln strings: [a b\x0a]
// Sprintln empty: [\x0a]
// Sprintln mixed: [{1 2} &{3 4} [x] map[1:1]\x0a]
// Fprint builder: [p1 2q|007|end 1\x0a]
// Fprintf n: [5 <nil>]
// Append: [pre:1a2]
// Appendf: [5-x]
// Appendln: [l:a 1\x0a]
// Print: 1 2x3
// Println: 1 a <nil> [1] 2
// Printf: 1 x
// Fprintln stdout true
// Errorf w: [wrap: base]
// Errorf unwrap: [true true]
// Errorf two: [two: base and myerr 3]
// Errorf two is: [true true true]
// Errorf nil w: [n: %!w(<nil>)]
// Errorf nonerr w: [i: %!w(int=5)]
// Errorf v: [v: base 3]
// Errorf no w unwrap: [true]
// Errorf nested: [outer: inner: base]
// Errorf w flags: [base|&%!w(errors.errorString=errors.errorString{s:"base"})|      base]
// Errorf %T: [*fmt.wrapError *fmt.wrapErrors *errors.errorString]
// Errorf w twice same: [base base]
// Errorf w idx: [base 1]
// Errorf %v of wrap: [wrap: base|wrap: base|"wrap: base"]
// p nil ptr: %p %v %#p => [0x0 <nil> 0]
// p nil map: %p => [0x0]
// p nil slice: %p => [0x0]
// p nil func: %p => [0x0]
// p nil chan: %p => [0x0]
// p nil iface: %p => [%!p(<nil>)]
// p int: %p => [%!p(int=5)]
// p string: %p => [%!p(string=s)]
// p nil width: %10p|%-10p| => [       0x0|0x0       |]
// p nil #v: %#v %#v %#v => [(*main.Point)(nil) map[int]int(nil) (func())(nil)]
// p nil d: %d %x %o %b => [0 0 0 0]
// p nil s: %s => [%!s(*main.Point=<nil>)]
// ptr to int: %T => [*int]
// ptr to ptr nil: %v %T => [<nil> **int]
// ptr stringer nested: %v => [[PtrStr#9]]
// ptr stringer struct: %v => [{PtrStr#9}]
// ptr err in slice: %v => [[perr: x]]
