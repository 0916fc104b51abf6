// bytecode.h - compiled functions (Proto) and the compiled program (Module).
//
// Register machine, Lua 5.4's model with Go's static types: each function
// has a fixed frame of 8-byte registers whose layout the compiler decided
// (layout.h), so instructions are typed (ADD on words, FADD on doubles, LD8S
// for an int8 field) and nothing is tested at run time on the hot path.
//
// Calls (no C++ recursion): a caller evaluates the arguments, moves them to
// its call window - the registers just past its own frame - and executes
// CALL. The callee's frame starts at the window: its parameters are its
// first registers. RET copies the results to the callee's first registers,
// that is, to the caller's window, where the caller picks them up. Hence a
// goroutine's whole stack is one array of words plus a list of frame records,
// which the collector scans with each function's pointer map and which can
// move between threads as plain data.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace gopark::interp {

struct NativeCall;  // native.h

enum class Op : uint16_t {
#define OP(name, format, meaning) name,
#include "interp/opcodes.def"
#undef OP
};
constexpr int kNumOps = 0
#define OP(name, format, meaning) +1
#include "interp/opcodes.def"
#undef OP
    ;

const char* op_name(Op op);
const char* op_format(Op op);

struct Instr {
  Op op = Op::NOP;
  uint16_t a = 0, b = 0, c = 0;
  int32_t sbx() const { return int32_t((uint32_t(b) << 16) | c); }
  uint32_t bx() const { return (uint32_t(b) << 16) | c; }
  int16_t sc() const { return int16_t(c); }
  void set_bx(uint32_t v) {
    b = uint16_t(v >> 16);
    c = uint16_t(v);
  }
};
static_assert(sizeof(Instr) == 8, "one instruction is one word");

// The kind of a Go type at run time (Go's reflect.Kind), or internal for
// the VM's own allocations (closures, map tables, deferred arguments).
enum class Kind : uint8_t {
  internal,
  bool_,
  int_,
  int8,
  int16,
  int32,
  int64,
  uint,
  uint8,
  uint16,
  uint32,
  uint64,
  uintptr,
  float32,
  float64,
  complex64,
  complex128,
  string,
  unsafe_pointer,
  pointer,
  slice,
  array,
  struct_,
  map,
  chan,
  func,
  interface,
};

struct TypeInfo;
struct Itab;

// A method of a type's method set, for building itabs at run time.
struct MethodInfo {
  std::string name;  // qualified by package path when unexported ("main.m")
  uint32_t proto = 0;
  // Non-null: the method takes a value of this type as its receiver, while
  // interfaces hold a pointer to it (a boxed value, or the *T itself).
  const TypeInfo* load = nullptr;
};

struct FieldInfo {
  std::string name;
  uint64_t offset = 0;
  const TypeInfo* type = nullptr;
  bool embedded = false;
};

// Run-time description of a type: for allocation and tracing (size and
// which words hold pointers), and for interfaces, equality, hashing and
// printing (kind, name, components, method set). One TypeInfo per type
// identity in a Module, so pointer equality is type identity.
struct TypeInfo {
  std::string name;  // as Go's runtime prints it ("main.Point", "[]int", "interface {}")
  uint64_t size = 0;
  uint32_t align = 1;
  std::vector<uint64_t> ptrmap;
  Kind kind = Kind::internal;
  bool comparable = false;  // == does not panic (no slices, maps or funcs inside)
  bool named = false;       // a defined type (prints as main.T(5) in a panic)
  // An interface holds the value itself in its data word (pointers, maps,
  // channels, funcs); other values are boxed and the word points to the box.
  bool direct = false;
  const TypeInfo* elem = nullptr;     // pointer, slice, array, chan, map value
  const TypeInfo* key = nullptr;      // map key
  uint64_t len = 0;                   // array length
  uint32_t map_info = 0;              // maps: Module::maps index
  std::vector<FieldInfo> fields;      // structs
  std::vector<MethodInfo> methods;    // the method set, sorted by name
  std::vector<std::string> imethods;  // interfaces: method names, sorted
  bool has_pointers() const {
    for (uint64_t w : ptrmap)
      if (w) return true;
    return false;
  }
};

// What an interface value's first word points to: its dynamic type and,
// for the interface type it was converted to, where each of that
// interface's methods (in imethods order) is. nil interfaces hold null.
// Immutable once made; the compiler makes the ones it can see, the VM the
// others (conversions between interfaces, assertions) on first use.
struct Itab {
  const TypeInfo* iface = nullptr;
  const TypeInfo* type = nullptr;
  std::vector<const MethodInfo*> fun;
};

// How a map type stores its entries (interp/map.h): a table of entries
// {key, value}, each at fixed offsets, beside an array of control bytes.
// general: any other comparable key (structs with strings or floats,
// interfaces), hashed and compared through its TypeInfo (interp/value.h).
enum class KeyKind : uint8_t { bytes, string, float64, general };
struct MapInfo {
  std::string name;  // "map[string]int"
  uint32_t key_size = 0, val_size = 0;
  uint32_t key_off = 0, val_off = 0, entry_size = 0;
  KeyKind key_kind = KeyKind::bytes;
  uint32_t entry_type = 0;             // TypeInfo of one entry (for tracing the table)
  uint32_t header_type = 0;            // TypeInfo of the map header
  const TypeInfo* key_info = nullptr;  // the key's type (general keys)
};

struct Proto {
  std::string name;  // as Go's tracebacks print it: "main.fib", "main.(*T).M", "main.main.func1"
  std::vector<Instr> code;
  std::vector<int32_t> lines;    // source line of each instruction
  std::vector<uint64_t> consts;  // one word each
  uint32_t nregs = 0;            // frame words; the call window starts here
  uint32_t nparams = 0;          // parameter words (R[0..nparams))
  uint32_t nresults = 0;         // result words
  uint32_t file = 0;             // its source file: an index in Module::files
  bool has_args = false;         // printed as name(...) in tracebacks
  bool hidden = false;           // not shown in tracebacks (the module entry)
  // Functions with deferred calls: where a frame continues when a deferred
  // call recovers a panic (run the remaining deferred calls, return the
  // result variables).
  uint32_t recover_pc = UINT32_MAX;
  // Stack maps, for the collector: at each safepoint instruction (calls and
  // allocations), which registers of the frame are live and hold pointers.
  // map_at[pc] indexes maps (UINT32_MAX: not a safepoint); there, a word
  // count n followed by ceil(n/64) bitmap words.
  std::vector<uint32_t> map_at;
  std::vector<uint64_t> maps;
  // Channels made here, by CHMAKE's pc: the variable or field the program
  // assigns the new channel to ("done", "results"), for the state panel.
  std::vector<std::pair<uint32_t, std::string>> chan_labels;
};

struct Module {
  std::string filename;  // for tracebacks: "prog.go"
  // Source files by Proto::file: 0 is the program's (filename), then the
  // library files whose functions the program uses ("strings/strings.go").
  std::vector<std::string> files;
  std::vector<std::unique_ptr<Proto>> protos;
  std::vector<std::unique_ptr<TypeInfo>> types;
  std::vector<MapInfo> maps;
  std::vector<std::unique_ptr<Itab>> itabs;  // the compiler's (MKIFACE operands)
  // CALLN's operands: native functions (interp/native.h) and their names.
  std::vector<bool (*)(NativeCall&)> natives;
  std::vector<std::string> native_names;
  // The panic values the VM makes for run-time errors (null if the program
  // never recovers, so never needs them as values): runtime.errorString,
  // runtime.plainError, *runtime.TypeAssertionError, each as an `any`.
  const Itab* rt_error = nullptr;
  const Itab* rt_plain = nullptr;
  const Itab* rt_assert = nullptr;
  const Itab* rt_nil = nullptr;        // *runtime.PanicNilError
  const TypeInfo* any_type = nullptr;  // interface {}
  std::deque<std::string> strings;     // string constants (stable addresses)
  uint32_t main = 0;                   // proto index of the entry (runs inits then main.main)
  uint64_t global_words = 0;           // package variables, laid out in one block
  std::vector<uint64_t> global_ptrmap;
};

// The disassembly of one function / the whole module, for `gopark disasm`.
std::string disasm(const Module& m, const Proto& p);
std::string disasm(const Module& m);

}  // namespace gopark::interp
