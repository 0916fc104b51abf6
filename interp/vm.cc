// vm.cc - the dispatch loop.
//
// Registers of the running frame are `R` (a pointer into the goroutine's
// words), reloaded after anything that may grow the words array (a call).
// Dispatch is computed goto with GCC and clang (a jump table of label
// addresses built from opcodes.def), a switch otherwise.
#include "interp/vm.h"

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>

#include "interp/map.h"
#include "runtime/sched.h"

namespace gopark::interp {

namespace {

inline double f64(uint64_t w) {
  double d;
  std::memcpy(&d, &w, 8);
  return d;
}
inline uint64_t wf(double d) {
  uint64_t w;
  std::memcpy(&w, &d, 8);
  return w;
}
inline const uint8_t* sptr(const uint64_t* r) {
  return reinterpret_cast<const uint8_t*>(static_cast<uintptr_t>(r[0]));
}
inline uint8_t* mptr(uint64_t w) {
  return reinterpret_cast<uint8_t*>(static_cast<uintptr_t>(w));
}
inline uint64_t wptr(const void* p) {
  return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p));
}

int scompare(const uint64_t* a, const uint64_t* b) {
  uint64_t la = a[1], lb = b[1];
  uint64_t n = la < lb ? la : lb;
  int c = n ? std::memcmp(sptr(a), sptr(b), n) : 0;
  if (c) return c;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

// Go's print/println format for floats: +1.500000e+000.
std::string print_float(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "+Inf" : "-Inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.6e", d);
  // C prints at least two exponent digits; Go's runtime prints three.
  std::string s = buf;
  size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  char sign = s[e + 1];
  std::string digits = s.substr(e + 2);
  while (digits.size() < 3) digits = "0" + digits;
  return mant + "e" + sign + digits;
}

// Encodes rune r as UTF-8 (invalid runes as U+FFFD).
size_t encode_rune(uint8_t* out, int64_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out[0] = uint8_t(r);
    return 1;
  }
  if (r < 0x800) {
    out[0] = uint8_t(0xC0 | (r >> 6));
    out[1] = uint8_t(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    out[0] = uint8_t(0xE0 | (r >> 12));
    out[1] = uint8_t(0x80 | ((r >> 6) & 0x3F));
    out[2] = uint8_t(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = uint8_t(0xF0 | (r >> 18));
  out[1] = uint8_t(0x80 | ((r >> 12) & 0x3F));
  out[2] = uint8_t(0x80 | ((r >> 6) & 0x3F));
  out[3] = uint8_t(0x80 | (r & 0x3F));
  return 4;
}

// Decodes the rune at s[i] (len n): the rune (U+FFFD for invalid UTF-8) and
// its width (1 for an invalid byte), as Go's range over a string does.
void decode_rune(const uint8_t* s, uint64_t n, uint64_t i, int64_t* r, uint64_t* w) {
  uint8_t c = s[i];
  if (c < 0x80) {
    *r = c;
    *w = 1;
    return;
  }
  auto cont = [&](uint64_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    *r = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    *w = 2;
    return;
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    int64_t v = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (v >= 0x800 && !(v >= 0xD800 && v <= 0xDFFF)) {
      *r = v;
      *w = 3;
      return;
    }
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    int64_t v = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) |
                (s[i + 3] & 0x3F);
    if (v >= 0x10000 && v <= 0x10FFFF) {
      *r = v;
      *w = 4;
      return;
    }
  }
  *r = 0xFFFD;
  *w = 1;
}

// The capacity append gives a slice that must grow from cap to hold need
// elements of esize bytes, as Go's growslice computes it: double small
// slices, grow large ones by about 1.25x, then round the allocation up to
// the allocator's size class (so cap(append([]byte{}, 1)) is 8, as in Go).
uint64_t grow_cap(uint64_t cap, uint64_t need, uint64_t esize) {
  uint64_t ncap = cap;
  uint64_t dbl = cap + cap;
  if (need > dbl) {
    ncap = need;
  } else if (cap < 256) {
    ncap = dbl;
  } else {
    while (ncap < need) ncap += (ncap + 3 * 256) >> 2;
  }
  if (esize == 0) return ncap;
  // Go's small-object size classes (bytes); larger sizes round to pages.
  static const uint32_t kClasses[] = {
      8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,
      176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,
      480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,
      1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,
      6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384, 18432,
      19072, 20480, 21760, 24576, 27264, 28672, 32768};
  uint64_t bytes = ncap * esize;
  uint64_t rounded = bytes;
  if (bytes <= 32768) {
    for (uint32_t c : kClasses)
      if (c >= bytes) {
        rounded = c;
        break;
      }
  } else {
    rounded = (bytes + 8191) / 8192 * 8192;
  }
  return rounded / esize;
}

}  // namespace

// ---------------------------------------------------------------------------
// VM

VM::VM(const Module& m, VMOptions opts) : mod_(m), opts_(opts) {
  heap_.set_limit(opts.mem_limit);
  rng_ = opts.seed ? opts.seed : std::random_device{}() * 0x9E3779B97F4A7C15ULL + 1;
  size_t z = 16;
  for (const MapInfo& mi : m.maps)
    if (mi.val_size > z) z = mi.val_size;
  zeros_.assign(z, 0);
  globals_.assign(m.global_words ? m.global_words : 1, 0);
}
VM::~VM() = default;

void VM::write(int fd, std::string_view s) {
  if (write_) write_(fd, s);
}

uint64_t VM::next_random() {
  // splitmix64
  uint64_t z = (rng_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

void VM::remove_goroutine(VMG* g) {
  for (size_t i = 0; i < gs_.size(); i++)
    if (gs_[i] == g) {
      gs_[i] = gs_.back();
      gs_.pop_back();
      return;
    }
}

void* VM::alloc(const TypeInfo* t, uint64_t count, uint64_t bytes) {
  if (opts_.gc_stress || heap_.should_collect(bytes) || !heap_.fits(bytes)) collect();
  if (!heap_.fits(bytes)) return nullptr;
  return heap_.alloc(t, count, bytes);
}

// Marks from the roots: each goroutine's frames through the stack map of
// the instruction the frame is at (the innermost frame's current
// instruction, the others' calls), and the package variables.
void VM::collect() {
  heap_.begin_collection();
  for (VMG* g : gs_) {
    for (const Defer& d : g->defers) {
      heap_.mark_word(reinterpret_cast<uintptr_t>(d.fn));
      heap_.mark_word(reinterpret_cast<uintptr_t>(d.args));
    }
    for (size_t fi = 0; fi < g->frames.size(); fi++) {
      const VMFrame& f = g->frames[fi];
      bool innermost = fi + 1 == g->frames.size();
      uint32_t at = innermost ? f.pc : f.pc - 1;
      const Proto* p = f.proto;
      // A frame running its deferred calls waits at RUNDEFERS itself.
      if (!innermost && (at >= p->map_at.size() || p->map_at[at] == UINT32_MAX)) at = f.pc;
      if (f.closure) heap_.mark_word(reinterpret_cast<uintptr_t>(f.closure));
      (void)0;
      if (at >= p->map_at.size() || p->map_at[at] == UINT32_MAX) continue;
      const uint64_t* m = p->maps.data() + p->map_at[at];
      uint64_t n = m[0];
      const uint64_t* bits = m + 1;
      const uint64_t* regs = g->words.data() + f.base;
      for (uint64_t i = 0; i < n; i++)
        if ((bits[i / 64] >> (i % 64)) & 1) heap_.mark_word(regs[i]);
    }
  }
  for (const void* p : pins_) heap_.mark_word(reinterpret_cast<uintptr_t>(p));
  const auto& gm = mod_.global_ptrmap;
  for (uint64_t i = 0; i < mod_.global_words; i++)
    if (i / 64 < gm.size() && ((gm[i / 64] >> (i % 64)) & 1)) heap_.mark_word(globals_[i]);
  heap_.drain();
  heap_.sweep();
}

void VM::panic(rt::G* g, const std::string& msg) {
  g->sched->die(g, msg, false);
}

void VM::fatal(rt::G* g, const std::string& msg) {
  g->sched->die(g, msg, true);
}

int VM::run(std::function<void(int fd, std::string_view)> write) {
  write_ = write;
  rt::Config cfg;
  cfg.gomaxprocs = 1;
  cfg.threads = true;
  cfg.write = write;
  rt::Sched s(cfg);
  auto* main = new VMG(this, mod_.protos[mod_.main].get());
  return s.run(main, rt::Frame{"main.main", file(), 0, false});
}

// ---------------------------------------------------------------------------
// Goroutines

VMG::VMG(VM* vm, const Proto* entry) : vm_(vm) {
  words.assign(entry->nregs + 64, 0);
  frames.push_back(VMFrame{entry, 0, 0});
  vm->add_goroutine(this);
}

void VMG::destroy(rt::G*) {
  vm_->remove_goroutine(this);
  delete this;
}

void VMG::traceback(const rt::G*, std::vector<rt::Frame>& out) const {
  // Innermost first; the running frame's pc is past the instruction being
  // executed (or at the call it made).
  size_t n = frames.size();
  auto add = [&](size_t i) {
    const VMFrame& f = frames[i];
    if (f.proto->hidden) return;
    uint32_t pc = f.pc ? f.pc - 1 : 0;
    int line = pc < f.proto->lines.size() ? f.proto->lines[pc] : 0;
    out.push_back(rt::Frame{f.proto->name.c_str(), vm_->file(), line, f.proto->has_args});
  };
  // Go prints the 50 innermost and the 50 outermost frames of a deep stack.
  if (n <= 100) {
    for (size_t i = n; i-- > 0;) add(i);
    return;
  }
  for (size_t i = n; i-- > n - 50;) add(i);
  for (size_t i = 50; i-- > 0;) add(i);
}

// Moves slice s (three registers) to a new array with room for need
// elements of type t, with append's growth; false when out of memory.
bool VMG::grow_slice(uint64_t* s, const TypeInfo* t, uint64_t need) {
  uint64_t esize = t->size;
  uint64_t ncap = grow_cap(s[2], need, esize);
  void* p = vm_->alloc(t, ncap, ncap * esize);
  if (!p) return false;
  if (s[1]) std::memcpy(p, mptr(s[0]), s[1] * esize);
  s[0] = wptr(p);
  s[2] = ncap;
  return true;
}

rt::Resume VMG::resume(rt::G* g) {
  const Module& mod = vm_->module();
  VMFrame* fr = &frames.back();
  const Proto* proto = fr->proto;
  const Instr* code = proto->code.data();
  const Instr* pc = code + fr->pc;
  uint64_t* R = words.data() + fr->base;
  const uint64_t* K = proto->consts.data();
  int32_t budget = vm_->options().budget;
  const Proto* callee = nullptr;
  uint64_t* clo = nullptr;

  // Saves the running frame's pc (for tracebacks and re-entry).
#define SAVE_PC() (fr->pc = uint32_t(pc - code))
// For tracebacks: the failing instruction is the frame's current one.
#define SAVE_PC_AT() (fr->pc = uint32_t(pc - code) + 1)
// A panic runs the pending deferred calls (innermost first) on top of the
// stack, then ends the program with the stack as it was.
#define OUT_OF_MEMORY()                      \
  do {                                       \
    SAVE_PC_AT();                            \
    vm_->fatal(g, "runtime: out of memory"); \
    return rt::Resume::exit;                 \
  } while (0)
#define PANIC(msg)     \
  do {                 \
    SAVE_PC_AT();      \
    panic_msg = (msg); \
    goto unwind;       \
  } while (0)

#if defined(__GNUC__)
  static const void* const kLabels[] = {
#define OP(name, format, meaning) &&L_##name,
#include "interp/opcodes.def"
#undef OP
  };
#define DISPATCH()                             \
  do {                                         \
    goto* kLabels[static_cast<int>((pc)->op)]; \
  } while (0)
#define CASE(name) L_##name:
#define DISPATCH_OR_TOP() DISPATCH()
#define NEXT()  \
  do {          \
    ++pc;       \
    DISPATCH(); \
  } while (0)
  DISPATCH();
#else
#define CASE(name) case Op::name:
#define DISPATCH_OR_TOP() goto top
#define NEXT() \
  do {         \
    ++pc;      \
    goto top;  \
  } while (0)
top:
  switch (pc->op) {
#endif
  {
    CASE(NOP) NEXT();
    CASE(MOVE) {
      R[pc->a] = R[pc->b];
      NEXT();
    }
    CASE(MOVEN) {
      std::memmove(R + pc->a, R + pc->b, size_t(pc->c) * 8);
      NEXT();
    }
    CASE(LOADK) {
      R[pc->a] = K[pc->bx()];
      NEXT();
    }
    CASE(LOADKS) {
      const std::string& s = mod.strings[pc->bx()];
      R[pc->a] = wptr(s.data());
      R[pc->a + 1] = s.size();
      NEXT();
    }
    CASE(LOADI) {
      R[pc->a] = uint64_t(int64_t(pc->sbx()));
      NEXT();
    }
    CASE(ZERO) {
      std::memset(R + pc->a, 0, size_t(pc->b) * 8);
      NEXT();
    }
    CASE(REGADDR) {
      R[pc->a] = wptr(R + pc->b);
      NEXT();
    }
    CASE(GLOBAL) {
      R[pc->a] = wptr(vm_->globals() + pc->bx());
      NEXT();
    }
    CASE(ADD) {
      R[pc->a] = R[pc->b] + R[pc->c];
      NEXT();
    }
    CASE(SUB) {
      R[pc->a] = R[pc->b] - R[pc->c];
      NEXT();
    }
    CASE(MUL) {
      R[pc->a] = R[pc->b] * R[pc->c];
      NEXT();
    }
    CASE(ADDI) {
      R[pc->a] = R[pc->b] + uint64_t(int64_t(pc->sc()));
      NEXT();
    }
    CASE(MULI) {
      R[pc->a] = R[pc->b] * uint64_t(int64_t(pc->sc()));
      NEXT();
    }
    CASE(ANDI) {
      R[pc->a] = R[pc->b] & uint64_t(int64_t(pc->sc()));
      NEXT();
    }
    CASE(ORI) {
      R[pc->a] = R[pc->b] | uint64_t(int64_t(pc->sc()));
      NEXT();
    }
    CASE(XORI) {
      R[pc->a] = R[pc->b] ^ uint64_t(int64_t(pc->sc()));
      NEXT();
    }
    CASE(SHLI) {
      uint64_t n = uint64_t(pc->c);
      R[pc->a] = n >= 64 ? 0 : R[pc->b] << n;
      NEXT();
    }
    CASE(SHRSI) {
      uint64_t n = uint64_t(pc->c);
      R[pc->a] = uint64_t(int64_t(R[pc->b]) >> (n >= 64 ? 63 : n));
      NEXT();
    }
    CASE(SHRUI) {
      uint64_t n = uint64_t(pc->c);
      R[pc->a] = n >= 64 ? 0 : R[pc->b] >> n;
      NEXT();
    }
    CASE(DIVS) {
      int64_t d = int64_t(R[pc->c]);
      if (d == 0) PANIC("runtime error: integer divide by zero");
      int64_t n = int64_t(R[pc->b]);
      R[pc->a] = (d == -1) ? uint64_t(0) - uint64_t(n) : uint64_t(n / d);
      NEXT();
    }
    CASE(DIVU) {
      uint64_t d = R[pc->c];
      if (d == 0) PANIC("runtime error: integer divide by zero");
      R[pc->a] = R[pc->b] / d;
      NEXT();
    }
    CASE(REMS) {
      int64_t d = int64_t(R[pc->c]);
      if (d == 0) PANIC("runtime error: integer divide by zero");
      R[pc->a] = d == -1 ? 0 : uint64_t(int64_t(R[pc->b]) % d);
      NEXT();
    }
    CASE(REMU) {
      uint64_t d = R[pc->c];
      if (d == 0) PANIC("runtime error: integer divide by zero");
      R[pc->a] = R[pc->b] % d;
      NEXT();
    }
    CASE(AND) {
      R[pc->a] = R[pc->b] & R[pc->c];
      NEXT();
    }
    CASE(OR) {
      R[pc->a] = R[pc->b] | R[pc->c];
      NEXT();
    }
    CASE(XOR) {
      R[pc->a] = R[pc->b] ^ R[pc->c];
      NEXT();
    }
    CASE(ANDNOT) {
      R[pc->a] = R[pc->b] & ~R[pc->c];
      NEXT();
    }
    CASE(SHL) {
      uint64_t n = R[pc->c];
      R[pc->a] = n >= 64 ? 0 : R[pc->b] << n;
      NEXT();
    }
    CASE(SHRS) {
      uint64_t n = R[pc->c];
      R[pc->a] = uint64_t(int64_t(R[pc->b]) >> (n >= 64 ? 63 : n));
      NEXT();
    }
    CASE(SHRU) {
      uint64_t n = R[pc->c];
      R[pc->a] = n >= 64 ? 0 : R[pc->b] >> n;
      NEXT();
    }
    CASE(SHCHK) {
      if (int64_t(R[pc->a]) < 0) PANIC("runtime error: negative shift amount");
      NEXT();
    }
    CASE(NEG) {
      R[pc->a] = uint64_t(0) - R[pc->b];
      NEXT();
    }
    CASE(COMPL) {
      R[pc->a] = ~R[pc->b];
      NEXT();
    }
    CASE(NOT) {
      R[pc->a] = R[pc->b] ? 0 : 1;
      NEXT();
    }
    CASE(SEXT8) {
      R[pc->a] = uint64_t(int64_t(int8_t(R[pc->b])));
      NEXT();
    }
    CASE(SEXT16) {
      R[pc->a] = uint64_t(int64_t(int16_t(R[pc->b])));
      NEXT();
    }
    CASE(SEXT32) {
      R[pc->a] = uint64_t(int64_t(int32_t(R[pc->b])));
      NEXT();
    }
    CASE(ZEXT8) {
      R[pc->a] = uint8_t(R[pc->b]);
      NEXT();
    }
    CASE(ZEXT16) {
      R[pc->a] = uint16_t(R[pc->b]);
      NEXT();
    }
    CASE(ZEXT32) {
      R[pc->a] = uint32_t(R[pc->b]);
      NEXT();
    }
    CASE(FADD) {
      R[pc->a] = wf(f64(R[pc->b]) + f64(R[pc->c]));
      NEXT();
    }
    CASE(FSUB) {
      R[pc->a] = wf(f64(R[pc->b]) - f64(R[pc->c]));
      NEXT();
    }
    CASE(FMUL) {
      R[pc->a] = wf(f64(R[pc->b]) * f64(R[pc->c]));
      NEXT();
    }
    CASE(FDIV) {
      R[pc->a] = wf(f64(R[pc->b]) / f64(R[pc->c]));
      NEXT();
    }
    CASE(FNEG) {
      R[pc->a] = wf(-f64(R[pc->b]));
      NEXT();
    }
    CASE(F32) {
      R[pc->a] = wf(double(float(f64(R[pc->b]))));
      NEXT();
    }
    CASE(I2F) {
      R[pc->a] = wf(double(int64_t(R[pc->b])));
      NEXT();
    }
    CASE(U2F) {
      R[pc->a] = wf(double(R[pc->b]));
      NEXT();
    }
    CASE(F2I) {
      double d = f64(R[pc->b]);
      // Out-of-range conversions are implementation-defined in Go; amd64
      // gives 0x8000000000000000, which we reproduce without C++ UB.
      R[pc->a] = (d >= -9223372036854775808.0 && d < 9223372036854775808.0) ? uint64_t(int64_t(d))
                                                                            : uint64_t(1) << 63;
      NEXT();
    }
    CASE(F2U) {
      double d = f64(R[pc->b]);
      if (d >= 0 && d < 18446744073709551616.0)
        R[pc->a] = uint64_t(d);
      else if (d < 0 && d > -9223372036854775808.0)
        R[pc->a] = uint64_t(int64_t(d));
      else
        R[pc->a] = uint64_t(1) << 63;
      NEXT();
    }
    CASE(EQ) {
      R[pc->a] = R[pc->b] == R[pc->c];
      NEXT();
    }
    CASE(NE) {
      R[pc->a] = R[pc->b] != R[pc->c];
      NEXT();
    }
    CASE(LTS) {
      R[pc->a] = int64_t(R[pc->b]) < int64_t(R[pc->c]);
      NEXT();
    }
    CASE(LES) {
      R[pc->a] = int64_t(R[pc->b]) <= int64_t(R[pc->c]);
      NEXT();
    }
    CASE(LTU) {
      R[pc->a] = R[pc->b] < R[pc->c];
      NEXT();
    }
    CASE(LEU) {
      R[pc->a] = R[pc->b] <= R[pc->c];
      NEXT();
    }
    CASE(FEQ) {
      R[pc->a] = f64(R[pc->b]) == f64(R[pc->c]);
      NEXT();
    }
    CASE(FNE) {
      R[pc->a] = f64(R[pc->b]) != f64(R[pc->c]);
      NEXT();
    }
    CASE(FLT) {
      R[pc->a] = f64(R[pc->b]) < f64(R[pc->c]);
      NEXT();
    }
    CASE(FLE) {
      R[pc->a] = f64(R[pc->b]) <= f64(R[pc->c]);
      NEXT();
    }
    CASE(SEQ) {
      const uint64_t* x = R + pc->b;
      const uint64_t* y = R + pc->c;
      R[pc->a] =
          x[1] == y[1] && (x[0] == y[0] || x[1] == 0 || std::memcmp(sptr(x), sptr(y), x[1]) == 0);
      NEXT();
    }
    CASE(SNE) {
      const uint64_t* x = R + pc->b;
      const uint64_t* y = R + pc->c;
      R[pc->a] = !(x[1] == y[1] &&
                   (x[0] == y[0] || x[1] == 0 || std::memcmp(sptr(x), sptr(y), x[1]) == 0));
      NEXT();
    }
    CASE(SLT) {
      R[pc->a] = scompare(R + pc->b, R + pc->c) < 0;
      NEXT();
    }
    CASE(SLE) {
      R[pc->a] = scompare(R + pc->b, R + pc->c) <= 0;
      NEXT();
    }
    CASE(JMP) {
      int32_t off = pc->sbx();
      pc += off;
      if (off < 0 && --budget <= 0) {
        ++pc;
        SAVE_PC();
        return rt::Resume::yield;
      }
      NEXT();
    }
    CASE(JT) {
      if (R[pc->a]) {
        int32_t off = pc->sbx();
        pc += off;
        if (off < 0 && --budget <= 0) {
          ++pc;
          SAVE_PC();
          return rt::Resume::yield;
        }
      }
      NEXT();
    }
    CASE(JF) {
      if (!R[pc->a]) {
        int32_t off = pc->sbx();
        pc += off;
        if (off < 0 && --budget <= 0) {
          ++pc;
          SAVE_PC();
          return rt::Resume::yield;
        }
      }
      NEXT();
    }
#define CMPJ(NAME, EXPR)                 \
  CASE(NAME) {                           \
    uint64_t x = R[pc->a], y = R[pc->b]; \
    if (EXPR) {                          \
      int16_t off = pc->sc();            \
      pc += off;                         \
      if (off < 0 && --budget <= 0) {    \
        ++pc;                            \
        SAVE_PC();                       \
        return rt::Resume::yield;        \
      }                                  \
    }                                    \
    NEXT();                              \
  }
    CMPJ(JLTS, int64_t(x) < int64_t(y))
    CMPJ(JLES, int64_t(x) <= int64_t(y))
    CMPJ(JGES, int64_t(x) >= int64_t(y))
    CMPJ(JGTS, int64_t(x) > int64_t(y))
    CMPJ(JEQ, x == y)
    CMPJ(JNE, x != y)
#undef CMPJ
#define CMPJI(NAME, EXPR)                \
  CASE(NAME) {                           \
    int64_t x = int64_t(R[pc->a]);       \
    int64_t y = int64_t(int16_t(pc->b)); \
    if (EXPR) {                          \
      int16_t off = pc->sc();            \
      pc += off;                         \
      if (off < 0 && --budget <= 0) {    \
        ++pc;                            \
        SAVE_PC();                       \
        return rt::Resume::yield;        \
      }                                  \
    }                                    \
    NEXT();                              \
  }
    CMPJI(JLTSI, x < y)
    CMPJI(JLESI, x <= y)
    CMPJI(JGESI, x >= y)
    CMPJI(JGTSI, x > y)
    CMPJI(JEQI, x == y)
    CMPJI(JNEI, x != y)
#undef CMPJI
    CASE(CONCAT) {
      uint64_t la = R[pc->b + 1], lb = R[pc->c + 1];
      if (la == 0) {
        R[pc->a] = R[pc->c];
        R[pc->a + 1] = lb;
        NEXT();
      }
      if (lb == 0) {
        R[pc->a] = R[pc->b];
        R[pc->a + 1] = la;
        NEXT();
      }
      SAVE_PC();  // the collector reads this frame at this instruction
      auto* p = static_cast<uint8_t*>(vm_->alloc(nullptr, la + lb, la + lb));
      if (!p) OUT_OF_MEMORY();
      std::memcpy(p, sptr(R + pc->b), la);
      std::memcpy(p + la, sptr(R + pc->c), lb);
      R[pc->a] = wptr(p);
      R[pc->a + 1] = la + lb;
      NEXT();
    }
    CASE(SINDEX) {
      uint64_t i = R[pc->c], n = R[pc->b + 1];
      if (i >= n)
        PANIC("runtime error: index out of range [" + std::to_string(int64_t(i)) +
              "] with length " + std::to_string(n));
      R[pc->a] = sptr(R + pc->b)[i];
      NEXT();
    }
    CASE(SSLICE) {
      uint64_t lo = R[pc->c], hi = R[pc->c + 1], n = R[pc->b + 1];
      if (hi > n)
        PANIC("runtime error: slice bounds out of range [:" + std::to_string(int64_t(hi)) +
              "] with length " + std::to_string(n));
      if (lo > hi)
        PANIC("runtime error: slice bounds out of range [" + std::to_string(int64_t(lo)) + ":" +
              std::to_string(hi) + "]");
      R[pc->a] = R[pc->b] + lo;
      R[pc->a + 1] = hi - lo;
      NEXT();
    }
    CASE(RUNESTR) {
      uint8_t buf[4];
      size_t n = encode_rune(buf, int64_t(R[pc->b]));
      SAVE_PC();  // the collector reads this frame at this instruction
      auto* p = static_cast<uint8_t*>(vm_->alloc(nullptr, n, n));
      if (!p) OUT_OF_MEMORY();
      std::memcpy(p, buf, n);
      R[pc->a] = wptr(p);
      R[pc->a + 1] = n;
      NEXT();
    }
    CASE(STRNEXT) {
      int64_t r;
      uint64_t w;
      decode_rune(sptr(R + pc->b), R[pc->b + 1], R[pc->c], &r, &w);
      R[pc->a] = uint64_t(r);
      R[pc->a + 1] = R[pc->c] + w;
      NEXT();
    }
#define NILP(P) \
  if (!(P)) PANIC("runtime error: invalid memory address or nil pointer dereference")
    CASE(LD8S) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      R[pc->a] = uint64_t(int64_t(*reinterpret_cast<int8_t*>(p + pc->sc())));
      NEXT();
    }
    CASE(LD8U) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      R[pc->a] = p[pc->sc()];
      NEXT();
    }
    CASE(LD16S) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      int16_t v;
      std::memcpy(&v, p + pc->sc(), 2);
      R[pc->a] = uint64_t(int64_t(v));
      NEXT();
    }
    CASE(LD16U) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      uint16_t v;
      std::memcpy(&v, p + pc->sc(), 2);
      R[pc->a] = v;
      NEXT();
    }
    CASE(LD32S) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      int32_t v;
      std::memcpy(&v, p + pc->sc(), 4);
      R[pc->a] = uint64_t(int64_t(v));
      NEXT();
    }
    CASE(LD32U) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      uint32_t v;
      std::memcpy(&v, p + pc->sc(), 4);
      R[pc->a] = v;
      NEXT();
    }
    CASE(LD64) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      std::memcpy(&R[pc->a], p + pc->sc(), 8);
      NEXT();
    }
    CASE(LDF32) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      float v;
      std::memcpy(&v, p + pc->sc(), 4);
      R[pc->a] = wf(double(v));
      NEXT();
    }
    CASE(ST8) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      p[pc->sc()] = uint8_t(R[pc->a]);
      NEXT();
    }
    CASE(ST16) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      uint16_t v = uint16_t(R[pc->a]);
      std::memcpy(p + pc->sc(), &v, 2);
      NEXT();
    }
    CASE(ST32) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      uint32_t v = uint32_t(R[pc->a]);
      std::memcpy(p + pc->sc(), &v, 4);
      NEXT();
    }
    CASE(ST64) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      std::memcpy(p + pc->sc(), &R[pc->a], 8);
      NEXT();
    }
    CASE(STF32) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      float v = float(f64(R[pc->a]));
      std::memcpy(p + pc->sc(), &v, 4);
      NEXT();
    }
    CASE(LDN) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      const Instr& x = pc[1];
      std::memcpy(R + pc->a, p + x.bx(), size_t(x.a) * 8);
      ++pc;
      NEXT();
    }
    CASE(STN) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      const Instr& x = pc[1];
      std::memmove(p + x.bx(), R + pc->a, size_t(x.a) * 8);
      ++pc;
      NEXT();
    }
    CASE(ARG) NEXT();
    CASE(NILCHK) {
      NILP(R[pc->a]);
      NEXT();
    }
#undef NILP
    CASE(NEW) {
      const TypeInfo* t = mod.types[pc->bx()].get();
      SAVE_PC();  // the collector reads this frame at this instruction
      void* p = vm_->alloc(t, 1, t->size);
      if (!p) OUT_OF_MEMORY();
      R[pc->a] = wptr(p);
      NEXT();
    }
    CASE(MAKESLICE) {
      const TypeInfo* t = mod.types[pc->c].get();
      int64_t len = int64_t(R[pc->b]), cap = int64_t(R[pc->b + 1]);
      if (len < 0) PANIC("runtime error: makeslice: len out of range");
      if (cap < len) PANIC("runtime error: makeslice: cap out of range");
      uint64_t bytes = uint64_t(cap) * t->size;
      if (t->size && bytes / t->size != uint64_t(cap))
        PANIC("runtime error: makeslice: cap out of range");
      SAVE_PC();  // the collector reads this frame at this instruction
      void* p = vm_->alloc(t, uint64_t(cap), bytes);
      if (!p) OUT_OF_MEMORY();
      R[pc->a] = wptr(p);
      R[pc->a + 1] = uint64_t(len);
      R[pc->a + 2] = uint64_t(cap);
      NEXT();
    }
    CASE(SLICEIDX) {
      uint64_t i = R[pc->c], n = R[pc->b + 1];
      if (i >= n)
        PANIC("runtime error: index out of range [" + std::to_string(int64_t(i)) +
              "] with length " + std::to_string(n));
      R[pc->a] = R[pc->b] + i * pc[1].bx();
      ++pc;
      NEXT();
    }
    CASE(ARRIDX) {
      // ARG bx: K[bx] = the array's length, K[bx+1] = the element size.
      uint64_t i = R[pc->c];
      uint64_t len = K[pc[1].bx()], size = K[pc[1].bx() + 1];
      if (i >= len)
        PANIC("runtime error: index out of range [" + std::to_string(int64_t(i)) +
              "] with length " + std::to_string(len));
      R[pc->a] = R[pc->b] + i * size;
      ++pc;
      NEXT();
    }
    CASE(SLICESL) {
      // R[C], R[C+1], R[C+2] = lo, hi, max (hi/max already defaulted).
      uint64_t lo = R[pc->c], hi = R[pc->c + 1], max = R[pc->c + 2];
      uint64_t cap = R[pc->b + 2];
      uint64_t esize = pc[1].a;
      if (max > cap)
        PANIC("runtime error: slice bounds out of range [" + std::string(pc[1].bx() ? "::" : ":") +
              std::to_string(int64_t(max)) + "] with capacity " + std::to_string(cap));
      if (hi > max)
        PANIC("runtime error: slice bounds out of range [:" + std::to_string(int64_t(hi)) + ":" +
              std::to_string(max) + "]");
      if (lo > hi)
        PANIC("runtime error: slice bounds out of range [" + std::to_string(int64_t(lo)) + ":" +
              std::to_string(hi) + "]");
      R[pc->a] = R[pc->b] + lo * esize;
      R[pc->a + 1] = hi - lo;
      R[pc->a + 2] = max - lo;
      ++pc;
      NEXT();
    }
    CASE(APPEND) {
      const TypeInfo* t = mod.types[pc[1].bx()].get();
      uint64_t* s = R + pc->a;
      uint64_t n = pc->c;
      uint64_t len = s[1], cap = s[2];
      uint64_t esize = t->size;
      if (len + n > cap) {
        SAVE_PC();  // the collector reads this frame at this instruction
        if (!grow_slice(s, t, len + n)) OUT_OF_MEMORY();
      }
      // Values are in registers, one element per ceil(esize/8) words; a
      // scalar element is a normalized word: store its low bytes.
      uint64_t words = (esize + 7) / 8;
      uint8_t* dst = mptr(s[0]) + len * esize;
      for (uint64_t i = 0; i < n; i++) std::memcpy(dst + i * esize, R + pc->b + i * words, esize);
      s[1] = len + n;
      ++pc;
      NEXT();
    }
    CASE(APPENDSL) {
      const TypeInfo* t = mod.types[pc[1].bx()].get();
      uint64_t* s = R + pc->a;
      const uint64_t* src = R + pc->b;
      uint64_t n = src[1];
      uint64_t len = s[1], cap = s[2];
      uint64_t esize = t->size;
      if (len + n > cap) {
        SAVE_PC();  // the collector reads this frame at this instruction
        if (!grow_slice(s, t, len + n)) OUT_OF_MEMORY();
      }
      if (n) std::memmove(mptr(s[0]) + len * esize, mptr(src[0]), n * esize);
      s[1] = len + n;
      ++pc;
      NEXT();
    }
    CASE(COPYSL) {
      const uint64_t* d = R + pc->b;
      const uint64_t* s = R + pc->c;
      uint64_t n = d[1] < s[1] ? d[1] : s[1];
      if (n) std::memmove(mptr(d[0]), mptr(s[0]), n * pc[1].bx());
      R[pc->a] = n;
      ++pc;
      NEXT();
    }
    CASE(STR2BYTES) {
      uint64_t n = R[pc->b + 1];
      SAVE_PC();  // the collector reads this frame at this instruction
      void* p = vm_->alloc(nullptr, n, n);
      if (!p) OUT_OF_MEMORY();
      if (n) std::memcpy(p, sptr(R + pc->b), n);
      R[pc->a] = wptr(p);
      R[pc->a + 1] = n;
      R[pc->a + 2] = n;
      NEXT();
    }
    CASE(BYTES2STR) {
      uint64_t n = R[pc->b + 1];
      SAVE_PC();  // the collector reads this frame at this instruction
      void* p = vm_->alloc(nullptr, n, n);
      if (!p) OUT_OF_MEMORY();
      if (n) std::memcpy(p, mptr(R[pc->b]), n);
      R[pc->a] = wptr(p);
      R[pc->a + 1] = n;
      NEXT();
    }
    CASE(MAKEMAP) {
      const MapInfo& mi = mod.maps[pc[1].bx()];
      SAVE_PC();  // the collector reads this frame at this instruction
      uint64_t hint = int64_t(R[pc->b]) > 0 ? R[pc->b] : 0;
      uint64_t* h = gomap::make(vm_, mi, hint, vm_->next_random());
      if (!h) OUT_OF_MEMORY();
      R[pc->a] = wptr(h);
      ++pc;
      NEXT();
    }
    CASE(MAPLOOKUP) {
      const MapInfo& mi = mod.maps[pc[1].bx()];
      uint8_t* v = gomap::lookup(mi, reinterpret_cast<uint64_t*>(mptr(R[pc->b])), R + pc->c);
      R[pc->a] = wptr(v ? v : vm_->zeros());
      R[pc->a + 1] = v != nullptr;
      ++pc;
      NEXT();
    }
    CASE(MAPASSIGN) {
      const MapInfo& mi = mod.maps[pc[1].bx()];
      auto* h = reinterpret_cast<uint64_t*>(mptr(R[pc->b]));
      if (!h) PANIC("assignment to entry in nil map");
      SAVE_PC();  // the collector reads this frame at this instruction
      uint8_t* v = gomap::assign(vm_, mi, h, R + pc->c);
      if (!v) OUT_OF_MEMORY();
      R[pc->a] = wptr(v);
      ++pc;
      NEXT();
    }
    CASE(MAPDELETE) {
      const MapInfo& mi = mod.maps[pc[1].bx()];
      gomap::remove(mi, reinterpret_cast<uint64_t*>(mptr(R[pc->a])), R + pc->b);
      ++pc;
      NEXT();
    }
    CASE(MAPLEN) {
      auto* h = reinterpret_cast<uint64_t*>(mptr(R[pc->b]));
      R[pc->a] = h ? h[gomap::kCount] : 0;
      NEXT();
    }
    CASE(MAPITER) {
      // {table, capacity, start, steps}: a snapshot of the current table,
      // walked from a random position.
      auto* h = reinterpret_cast<uint64_t*>(mptr(R[pc->b]));
      uint64_t* it = R + pc->a;
      it[0] = h ? h[gomap::kTable] : 0;
      it[1] = h && h[gomap::kCount] ? h[gomap::kCap] : 0;
      it[2] = it[1] ? vm_->next_random() & (it[1] - 1) : 0;
      it[3] = 0;
      ++pc;
      NEXT();
    }
    CASE(MAPNEXT) {
      const MapInfo& mi = mod.maps[pc[1].bx()];
      uint64_t* it = R + pc->a;
      bool found = false;
      while (it[3] < it[1]) {
        uint64_t i = (it[2] + it[3]) & (it[1] - 1);
        it[3]++;
        uint8_t* e = mptr(it[0]) + i * mi.entry_size;
        uint64_t w;
        std::memcpy(&w, e, 8);
        if ((w & 3) == 1) {
          R[pc->b] = wptr(e + mi.key_off);
          R[pc->b + 1] = wptr(e + mi.val_off);
          found = true;
          break;
        }
      }
      if (!found)
        pc += pc->sc();  // past the ARG: NEXT lands on the target
      else
        ++pc;  // skip the ARG
      NEXT();
    }
    CASE(STR2RUNES) {
      const uint8_t* sp = sptr(R + pc->b);
      uint64_t n = R[pc->b + 1], count = 0;
      for (uint64_t i = 0; i < n;) {
        int64_t r;
        uint64_t w;
        decode_rune(sp, n, i, &r, &w);
        i += w;
        count++;
      }
      SAVE_PC();  // the collector reads this frame at this instruction
      auto* p = static_cast<int32_t*>(vm_->alloc(nullptr, count * 4, count * 4));
      if (!p) OUT_OF_MEMORY();
      sp = sptr(R + pc->b);
      uint64_t k = 0;
      for (uint64_t i = 0; i < n;) {
        int64_t r;
        uint64_t w;
        decode_rune(sp, n, i, &r, &w);
        i += w;
        p[k++] = int32_t(r);
      }
      R[pc->a] = wptr(p);
      R[pc->a + 1] = count;
      R[pc->a + 2] = count;
      NEXT();
    }
    CASE(RUNES2STR) {
      // Two passes (size, then encode) keep the case free of objects with
      // destructors, which a computed goto may not jump out of.
      const auto* rp = reinterpret_cast<const int32_t*>(mptr(R[pc->b]));
      uint64_t n = R[pc->b + 1], size = 0;
      uint8_t buf[4];
      for (uint64_t i = 0; i < n; i++) size += encode_rune(buf, rp[i]);
      SAVE_PC();  // the collector reads this frame at this instruction
      auto* p = static_cast<uint8_t*>(vm_->alloc(nullptr, size, size));
      if (!p) OUT_OF_MEMORY();
      rp = reinterpret_cast<const int32_t*>(mptr(R[pc->b]));
      uint64_t at = 0;
      for (uint64_t i = 0; i < n; i++) at += encode_rune(p + at, rp[i]);
      R[pc->a] = wptr(p);
      R[pc->a + 1] = size;
      NEXT();
    }
    CASE(CALL) {
      callee = mod.protos[pc->bx()].get();
      clo = nullptr;
      goto do_call;
    }
    CASE(CALLF) {
      clo = reinterpret_cast<uint64_t*>(mptr(R[pc->b]));
      if (!clo) PANIC("runtime error: invalid memory address or nil pointer dereference");
      callee = mod.protos[clo[0]].get();
      goto do_call;
    }
  do_call : {
    uint32_t nbase = fr->base + pc->a;
    uint64_t need = uint64_t(nbase) + callee->nregs + 64;
    // The stack limit is checked when the words must grow and every 1024
    // frames (frame records count too), not on every call.
    if (need > words.size() || (frames.size() & 1023) == 0) {
      if (need * 8 + frames.size() * sizeof(VMFrame) > vm_->options().max_stack_bytes) {
        SAVE_PC_AT();
        vm_->write(2, "runtime: goroutine stack exceeds " +
                          std::to_string(vm_->options().max_stack_bytes) + "-byte limit\n");
        vm_->fatal(g, "stack overflow");
        return rt::Resume::exit;
      }
      if (need > words.size()) {
        uint64_t cap_words = vm_->options().max_stack_bytes / 8 + 256;
        words.resize(size_t(need * 2 < cap_words ? need * 2 : cap_words));
      }
    }
    SAVE_PC();
    ++fr->pc;  // return address
    // Parameters were moved in by the caller; the rest starts zeroed (the
    // collector may look at any word of a frame).
    {
      uint64_t* z = words.data() + nbase;
      for (uint32_t i = callee->nparams; i < callee->nregs; i++) z[i] = 0;
    }
    frames.push_back(VMFrame{callee, 0, nbase, clo, false});
    fr = &frames.back();
    proto = callee;
    code = proto->code.data();
    pc = code;
    R = words.data() + nbase;
    K = proto->consts.data();
    if (--budget <= 0) {
      SAVE_PC();
      return rt::Resume::yield;
    }
    DISPATCH_OR_TOP();
  }
    CASE(CLOSURE) {
      const Instr& x = pc[1];
      const TypeInfo* t = mod.types[x.c].get();
      SAVE_PC();  // the collector reads this frame at this instruction
      auto* c = static_cast<uint64_t*>(vm_->alloc(t, 1, t->size));
      if (!c) OUT_OF_MEMORY();
      c[0] = pc->bx();
      for (uint32_t i = 0; i < x.a; i++) c[1 + i] = R[x.b + i];
      R[pc->a] = wptr(c);
      ++pc;
      NEXT();
    }
    CASE(UPVAL) {
      R[pc->a] = fr->closure[1 + pc->b];
      NEXT();
    }
    CASE(CALLN) PANIC("native functions are not supported yet");
    CASE(DEFER) {
      Defer d;
      d.depth = uint32_t(frames.size() - 1);
      d.fn = reinterpret_cast<uint64_t*>(mptr(R[pc->a]));
      d.nargs = pc->b;
      if (d.nargs) {
        const TypeInfo* t = mod.types[pc[1].c].get();
        SAVE_PC();  // the collector reads this frame at this instruction
        d.args = static_cast<uint64_t*>(vm_->alloc(t, 1, t->size));
        if (!d.args) OUT_OF_MEMORY();
        std::memcpy(d.args, R + pc->a + 1, size_t(d.nargs) * 8);
      }
      defers.push_back(d);
      ++pc;
      NEXT();
    }
    CASE(RUNDEFERS) {
      if (defers.empty() || defers.back().depth != frames.size() - 1) NEXT();
      Defer d = defers.back();
      defers.pop_back();
      SAVE_PC();  // come back to this instruction for the next one
      clo = d.fn;
      if (!clo) PANIC("runtime error: invalid memory address or nil pointer dereference");
      callee = mod.protos[clo[0]].get();
      uint32_t nbase = fr->base + proto->nregs;
      uint64_t need = uint64_t(nbase) + callee->nregs + 64;
      if (need > words.size()) words.resize(size_t(need * 2));
      if (d.nargs) std::memcpy(words.data() + nbase, d.args, size_t(d.nargs) * 8);
      std::memset(words.data() + nbase + callee->nparams, 0,
                  size_t(callee->nregs - callee->nparams) * 8);
      frames.push_back(VMFrame{callee, 0, nbase, clo, false});
      fr = &frames.back();
      proto = callee;
      code = proto->code.data();
      pc = code;
      R = words.data() + nbase;
      K = proto->consts.data();
      DISPATCH_OR_TOP();
    }
    CASE(RET) {
      if (pc->b) std::memmove(R, R + pc->a, size_t(pc->b) * 8);
      if (fr->unwinding) {
        frames.pop_back();
        goto unwind;
      }
      frames.pop_back();
      if (frames.empty()) return rt::Resume::exit;
      fr = &frames.back();
      proto = fr->proto;
      code = proto->code.data();
      pc = code + fr->pc;
      R = words.data() + fr->base;
      K = proto->consts.data();
      DISPATCH_OR_TOP();
    }
    CASE(PRINTI) {
      vm_->write(2, std::to_string(int64_t(R[pc->a])));
      NEXT();
    }
    CASE(PRINTU) {
      vm_->write(2, std::to_string(R[pc->a]));
      NEXT();
    }
    CASE(PRINTF) {
      vm_->write(2, print_float(f64(R[pc->a])));
      NEXT();
    }
    CASE(PRINTB) {
      vm_->write(2, R[pc->a] ? "true" : "false");
      NEXT();
    }
    CASE(PRINTS) {
      vm_->write(2, std::string_view(reinterpret_cast<const char*>(sptr(R + pc->a)), R[pc->a + 1]));
      NEXT();
    }
    CASE(PRINTP) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "0x%" PRIx64, R[pc->a]);
      vm_->write(2, buf);
      NEXT();
    }
    CASE(PRINTSP) {
      vm_->write(2, " ");
      NEXT();
    }
    CASE(PRINTNL) {
      vm_->write(2, "\n");
      NEXT();
    }
    CASE(PANICS) {
      std::string s(reinterpret_cast<const char*>(sptr(R + pc->a)), R[pc->a + 1]);
      PANIC(s);
    }
    CASE(PANICIDX) {
      PANIC("runtime error: index out of range [" + std::to_string(int64_t(R[pc->a])) +
            "] with length " + std::to_string(int64_t(R[pc->b])));
    }
    CASE(UNREACH) PANIC("unreachable code reached");
  }
#if !defined(__GNUC__)
}
#endif
unwind : {
  if (defers.empty()) {
    vm_->panic(g, panic_msg);
    return rt::Resume::exit;
  }
  Defer d = defers.back();
  defers.pop_back();
  clo = d.fn;
  if (!clo) {
    vm_->panic(g, panic_msg);
    return rt::Resume::exit;
  }
  callee = mod.protos[clo[0]].get();
  // On top of everything: the panicking stack stays for the traceback.
  const VMFrame& top = frames.back();
  uint32_t nbase = top.base + top.proto->nregs;
  uint64_t need = uint64_t(nbase) + callee->nregs + 64;
  if (need > words.size()) words.resize(size_t(need * 2));
  if (d.nargs) std::memcpy(words.data() + nbase, d.args, size_t(d.nargs) * 8);
  std::memset(words.data() + nbase + callee->nparams, 0,
              size_t(callee->nregs - callee->nparams) * 8);
  frames.push_back(VMFrame{callee, 0, nbase, clo, true});
  fr = &frames.back();
  proto = callee;
  code = proto->code.data();
  pc = code;
  R = words.data() + nbase;
  K = proto->consts.data();
#if defined(__GNUC__)
  DISPATCH();
#else
    goto top;
#endif
}
#undef SAVE_PC
#undef SAVE_PC_AT
#undef OUT_OF_MEMORY
#undef PANIC
return rt::Resume::exit;
}

}  // namespace gopark::interp
