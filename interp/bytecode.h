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

// Run-time description of a type for allocation and tracing: its size and
// which of its words hold pointers.
struct TypeInfo {
  std::string name;  // as Go prints it ("main.Point", "[]int")
  uint64_t size = 0;
  uint32_t align = 1;
  std::vector<uint64_t> ptrmap;
  bool has_pointers() const {
    for (uint64_t w : ptrmap)
      if (w) return true;
    return false;
  }
};

// How a map type stores its entries (interp/map.cc): an open-addressing
// table of entries {state/hash word, key, value}, each at fixed offsets.
enum class KeyKind : uint8_t { bytes, string, float64 };
struct MapInfo {
  std::string name;  // "map[string]int"
  uint32_t key_size = 0, val_size = 0;
  uint32_t key_off = 8, val_off = 0, entry_size = 0;
  KeyKind key_kind = KeyKind::bytes;
  uint32_t entry_type = 0;   // TypeInfo of one entry (for tracing the table)
  uint32_t header_type = 0;  // TypeInfo of the map header
};

struct Proto {
  std::string name;  // as Go's tracebacks print it: "main.fib", "main.(*T).M", "main.main.func1"
  std::vector<Instr> code;
  std::vector<int32_t> lines;    // source line of each instruction
  std::vector<uint64_t> consts;  // one word each
  uint32_t nregs = 0;            // frame words; the call window starts here
  uint32_t nparams = 0;          // parameter words (R[0..nparams))
  uint32_t nresults = 0;         // result words
  bool has_args = false;         // printed as name(...) in tracebacks
  bool hidden = false;           // not shown in tracebacks (the module entry)
  // Stack maps, for the collector: at each safepoint instruction (calls and
  // allocations), which registers of the frame are live and hold pointers.
  // map_at[pc] indexes maps (UINT32_MAX: not a safepoint); there, a word
  // count n followed by ceil(n/64) bitmap words.
  std::vector<uint32_t> map_at;
  std::vector<uint64_t> maps;
};

struct Module {
  std::string filename;  // for tracebacks: "prog.go"
  std::vector<std::unique_ptr<Proto>> protos;
  std::vector<std::unique_ptr<TypeInfo>> types;
  std::vector<MapInfo> maps;
  std::deque<std::string> strings;  // string constants (stable addresses)
  uint32_t main = 0;                // proto index of the entry (runs inits then main.main)
  uint64_t global_words = 0;        // package variables, laid out in one block
  std::vector<uint64_t> global_ptrmap;
};

// The disassembly of one function / the whole module, for `gopark disasm`.
std::string disasm(const Module& m, const Proto& p);
std::string disasm(const Module& m);

}  // namespace gopark::interp
