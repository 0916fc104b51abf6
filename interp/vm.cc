// vm.cc - the dispatch loop (VMG::run) and native calls.
//
// Registers of the running frame are `R` (a pointer into the goroutine's
// words), reloaded after anything that may grow the words array (a call).
// Dispatch is computed goto with GCC and clang (a jump table of label
// addresses built from opcodes.def), a switch otherwise and on wasm: wasm
// has no indirect jump, so clang lowers a computed goto to a load from a
// table of label numbers feeding the br_table a switch gives directly (one
// dependent load more per instruction; V8 spills pc and R in this loop, so
// every load counts).
#include "interp/vm.h"

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>

#include "interp/map.h"
#include "interp/native.h"
#include "interp/value.h"
#include "interp/vm_internal.h"
#include "runtime/sched.h"

namespace gopark::interp {

namespace {

int scompare(const uint64_t* a, const uint64_t* b) {
  uint64_t la = a[1], lb = b[1];
  uint64_t n = la < lb ? la : lb;
  int c = n ? std::memcmp(sptr(a), sptr(b), n) : 0;
  if (c) return c;
  return la < lb ? -1 : la > lb ? 1 : 0;
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
  return alloc_size(ncap * esize) / esize;
}

// Go's message for an index i outside [0, n): a negative index is shown
// without the length.
// Go's messages for s[lo:hi] and s[lo:hi:max] out of range (limit: the
// length of a string, else the capacity). A negative bound is printed
// without the limit.
std::string slice_error(bool three, bool is_len, int64_t lo, int64_t hi, int64_t max,
                        uint64_t limit) {
  std::string pre = "runtime error: slice bounds out of range [";
  std::string with = std::string("] with ") + (is_len ? "length " : "capacity ");
  auto n = [](int64_t v) { return std::to_string(v); };
  if (three) {
    if (max < 0) return pre + "::" + n(max) + "]";
    if (uint64_t(max) > limit) return pre + "::" + n(max) + with + std::to_string(limit);
    if (hi < 0 || hi > max)
      return hi < 0 ? pre + ":" + n(hi) + ":]" : pre + ":" + n(hi) + ":" + n(max) + "]";
    return lo < 0 ? pre + n(lo) + "::]" : pre + n(lo) + ":" + n(hi) + ":]";
  }
  if (hi < 0) return pre + ":" + n(hi) + "]";
  if (uint64_t(hi) > limit) return pre + ":" + n(hi) + with + std::to_string(limit);
  return lo < 0 ? pre + n(lo) + ":]" : pre + n(lo) + ":" + n(hi) + "]";
}

std::string index_error(int64_t i, int64_t n) {
  if (i < 0) return "runtime error: index out of range [" + std::to_string(i) + "]";
  return "runtime error: index out of range [" + std::to_string(i) + "] with length " +
         std::to_string(n);
}

}  // namespace

VMG::NativeResult VMG::call_native(rt::G* g, uint32_t idx, uint64_t* args) {
  NativeCall c;
  c.vm = vm_;
  c.g = g;
  c.R = args;
  if (vm_->module().natives[idx](c)) return c.yield ? NativeResult::yield : NativeResult::ok;
  if (c.exit >= 0) {
    g->sched->exit(c.exit);
    return NativeResult::exit;
  }
  if (c.park) return NativeResult::park;
  if (c.goexit) {
    PanicRec p;
    p.native = PanicRec::goexit;
    p.has_text = true;
    p.start = uint32_t(frames.size() - 1);
    panics.push_back(std::move(p));
    return NativeResult::goexit;
  }
  if (c.panic.empty()) return NativeResult::out_of_memory;
  if (c.fatal) {
    vm_->fatal(g, c.panic);
    return NativeResult::fatal;
  }
  native_panic(c.panic);
  return NativeResult::panic;
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
  vm_->world().enter();
  rt::Resume r = run(g);
  vm_->world().leave();
  return r;
}

rt::Resume VMG::run(rt::G* g) {
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
// Go's fatal errors for a map used by parallel goroutines without locks.
#define MAP_RACE(msg)        \
  do {                       \
    SAVE_PC_AT();            \
    vm_->fatal(g, msg);      \
    return rt::Resume::exit; \
  } while (0)
#define PANIC(msg)     \
  do {                 \
    SAVE_PC_AT();      \
    native_panic(msg); \
    goto unwind;       \
  } while (0)

#if defined(__GNUC__) && !defined(__EMSCRIPTEN__)
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
      move_words(R + pc->a, R + pc->b, pc->c);
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
      zero_words(R + pc->a, pc->b);
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
    CASE(CADD) {
      double a = f64(R[pc->b]) + f64(R[pc->c]), b = f64(R[pc->b + 1]) + f64(R[pc->c + 1]);
      R[pc->a] = wf(a);
      R[pc->a + 1] = wf(b);
      NEXT();
    }
    CASE(CSUB) {
      double a = f64(R[pc->b]) - f64(R[pc->c]), b = f64(R[pc->b + 1]) - f64(R[pc->c + 1]);
      R[pc->a] = wf(a);
      R[pc->a + 1] = wf(b);
      NEXT();
    }
    CASE(CMUL) {
      double xr = f64(R[pc->b]), xi = f64(R[pc->b + 1]);
      double yr = f64(R[pc->c]), yi = f64(R[pc->c + 1]);
      R[pc->a] = wf(xr * yr - xi * yi);
      R[pc->a + 1] = wf(xr * yi + xi * yr);
      NEXT();
    }
    CASE(CDIV) {
      double xr = f64(R[pc->b]), xi = f64(R[pc->b + 1]);
      double yr = f64(R[pc->c]), yi = f64(R[pc->c + 1]);
      double e, f;
      // Smith (1962): scale by the larger part of the divisor.
      if (std::fabs(yr) >= std::fabs(yi)) {
        double r = yi / yr, d = yr + r * yi;
        e = (xr + xi * r) / d;
        f = (xi - xr * r) / d;
      } else {
        double r = yr / yi, d = yi + r * yr;
        e = (xr * r + xi) / d;
        f = (xi * r - xr) / d;
      }
      if (std::isnan(e) && std::isnan(f)) {
        // C99 Annex G: infinities and zeros where the quotient has them.
        if (yr == 0 && yi == 0 && (!std::isnan(xr) || !std::isnan(xi))) {
          e = std::copysign(INFINITY, yr) * xr;
          f = std::copysign(INFINITY, yr) * xi;
        } else if ((std::isinf(xr) || std::isinf(xi)) && std::isfinite(yr) && std::isfinite(yi)) {
          double a = std::copysign(std::isinf(xr) ? 1.0 : 0.0, xr);
          double b = std::copysign(std::isinf(xi) ? 1.0 : 0.0, xi);
          e = INFINITY * (a * yr + b * yi);
          f = INFINITY * (b * yr - a * yi);
        } else if ((std::isinf(yr) || std::isinf(yi)) && std::isfinite(xr) && std::isfinite(xi)) {
          double c = std::copysign(std::isinf(yr) ? 1.0 : 0.0, yr);
          double d = std::copysign(std::isinf(yi) ? 1.0 : 0.0, yi);
          e = 0.0 * (xr * c + xi * d);
          f = 0.0 * (xi * c - xr * d);
        }
      }
      R[pc->a] = wf(e);
      R[pc->a + 1] = wf(f);
      NEXT();
    }
    CASE(CNEG) {
      R[pc->a] = wf(-f64(R[pc->b]));
      R[pc->a + 1] = wf(-f64(R[pc->b + 1]));
      NEXT();
    }
    CASE(CEQ) {
      R[pc->a] = f64(R[pc->b]) == f64(R[pc->c]) && f64(R[pc->b + 1]) == f64(R[pc->c + 1]);
      NEXT();
    }
    CASE(CNE) {
      R[pc->a] = !(f64(R[pc->b]) == f64(R[pc->c]) && f64(R[pc->b + 1]) == f64(R[pc->c + 1]));
      NEXT();
    }
    CASE(C64TO128) {
      uint64_t w = R[pc->b];
      float re, im;
      std::memcpy(&re, &w, 4);
      std::memcpy(&im, reinterpret_cast<const uint8_t*>(&w) + 4, 4);
      R[pc->a] = wf(re);
      R[pc->a + 1] = wf(im);
      NEXT();
    }
    CASE(C128TO64) {
      float re = float(f64(R[pc->b])), im = float(f64(R[pc->b + 1]));
      uint64_t w = 0;
      std::memcpy(&w, &re, 4);
      std::memcpy(reinterpret_cast<uint8_t*>(&w) + 4, &im, 4);
      R[pc->a] = w;
      NEXT();
    }
    CASE(FMIN) {
      double x = f64(R[pc->b]), y = f64(R[pc->c]);
      double r = x != x || y != y ? NAN : x < y ? x : y < x ? y : std::signbit(x) ? x : y;
      R[pc->a] = wf(r);
      NEXT();
    }
    CASE(FMAX) {
      double x = f64(R[pc->b]), y = f64(R[pc->c]);
      double r = x != x || y != y ? NAN : x > y ? x : y > x ? y : std::signbit(x) ? y : x;
      R[pc->a] = wf(r);
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
      if (i >= n) PANIC(index_error(int64_t(i), int64_t(n)));
      R[pc->a] = sptr(R + pc->b)[i];
      NEXT();
    }
    CASE(SSLICE) {
      uint64_t lo = R[pc->c], hi = R[pc->c + 1], n = R[pc->b + 1];
      if (hi > n || lo > hi) PANIC(slice_error(false, true, int64_t(lo), int64_t(hi), 0, n));
      R[pc->a] = R[pc->b] + lo;
      R[pc->a + 1] = hi - lo;
      NEXT();
    }
    CASE(RUNESTR) {
      uint8_t buf[4];
      size_t n = utf8_encode(buf, int64_t(R[pc->b]));
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
      utf8_decode(sptr(R + pc->b), R[pc->b + 1], R[pc->c], &r, &w);
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
    // ARG: a = words, bx = offset | tail << 16 (tail: bytes used of the
    // last word, 0 = all 8), so a value not a multiple of 8 bytes long never
    // touches the memory after it.
    CASE(LDN) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      const Instr& x = pc[1];
      uint32_t tail = x.bx() >> 16;
      size_t bytes = size_t(x.a) * 8 - (tail ? 8 - tail : 0);
      R[pc->a + x.a - 1] = 0;
      move_values(R + pc->a, p + (x.bx() & 0xFFFF), bytes);
      ++pc;
      NEXT();
    }
    CASE(STN) {
      uint8_t* p = mptr(R[pc->b]);
      NILP(p);
      const Instr& x = pc[1];
      uint32_t tail = x.bx() >> 16;
      size_t bytes = size_t(x.a) * 8 - (tail ? 8 - tail : 0);
      move_values(p + (x.bx() & 0xFFFF), R + pc->a, bytes);
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
      if (i >= n) PANIC(index_error(int64_t(i), int64_t(n)));
      R[pc->a] = R[pc->b] + i * pc[1].bx();
      ++pc;
      NEXT();
    }
    CASE(ARRIDX) {
      // ARG bx: K[bx] = the array's length, K[bx+1] = the element size.
      uint64_t i = R[pc->c];
      uint64_t len = K[pc[1].bx()], size = K[pc[1].bx() + 1];
      if (i >= len) PANIC(index_error(int64_t(i), int64_t(len)));
      R[pc->a] = R[pc->b] + i * size;
      ++pc;
      NEXT();
    }
    CASE(SLICESL) {
      // R[C], R[C+1], R[C+2] = lo, hi, max (hi/max already defaulted).
      uint64_t lo = R[pc->c], hi = R[pc->c + 1], max = R[pc->c + 2];
      uint64_t cap = R[pc->b + 2];
      uint64_t esize = pc[1].a;
      if (max > cap || hi > max || lo > hi)
        PANIC(slice_error((pc[1].bx() & 1) != 0, (pc[1].bx() & 2) != 0, int64_t(lo), int64_t(hi),
                          int64_t(max), cap));
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
      if (n) move_values(mptr(s[0]) + len * esize, mptr(src[0]), n * esize);
      s[1] = len + n;
      ++pc;
      NEXT();
    }
    CASE(COPYSL) {
      const uint64_t* d = R + pc->b;
      const uint64_t* s = R + pc->c;
      uint64_t n = d[1] < s[1] ? d[1] : s[1];
      if (n) move_values(mptr(d[0]), mptr(s[0]), n * pc[1].bx());
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
      const TypeInfo* bad = nullptr;
      auto* h = reinterpret_cast<uint64_t*>(mptr(R[pc->b]));
      if (gomap::writing(h)) MAP_RACE("concurrent map read and map write");
      uint8_t* v = gomap::lookup(mi, h, R + pc->c, &bad);
      if (bad) PANIC("runtime error: hash of unhashable type " + bad->name);
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
      const TypeInfo* bad = nullptr;
      if (!gomap::begin_write(h)) MAP_RACE("concurrent map writes");
      uint8_t* v = gomap::assign(vm_, mi, h, R + pc->c, &bad);
      if (!gomap::end_write(h)) MAP_RACE("concurrent map writes");
      if (bad) PANIC("runtime error: hash of unhashable type " + bad->name);
      if (!v) OUT_OF_MEMORY();
      R[pc->a] = wptr(v);
      ++pc;
      NEXT();
    }
    CASE(MAPDELETE) {
      const MapInfo& mi = mod.maps[pc[1].bx()];
      const TypeInfo* bad = nullptr;
      auto* h = reinterpret_cast<uint64_t*>(mptr(R[pc->a]));
      if (h && !gomap::begin_write(h)) MAP_RACE("concurrent map writes");
      gomap::remove(mi, h, R + pc->b, &bad);
      if (h && !gomap::end_write(h)) MAP_RACE("concurrent map writes");
      if (bad) PANIC("runtime error: hash of unhashable type " + bad->name);
      ++pc;
      NEXT();
    }
    CASE(MAPCLEAR) {
      auto* h = reinterpret_cast<uint64_t*>(mptr(R[pc->a]));
      if (h && !gomap::begin_write(h)) MAP_RACE("concurrent map writes");
      gomap::clear(mod.maps[pc[1].bx()], h);
      if (h && !gomap::end_write(h)) MAP_RACE("concurrent map writes");
      pc += 2;
      DISPATCH_OR_TOP();
    }
    CASE(CLEARSL) {
      if (R[pc->a + 1]) std::memset(mptr(R[pc->a]), 0, size_t(R[pc->a + 1] * pc[1].bx()));
      pc += 2;
      DISPATCH_OR_TOP();
    }
    CASE(MAPLEN) {
      auto* h = reinterpret_cast<uint64_t*>(mptr(R[pc->b]));
      R[pc->a] = h ? h[gomap::kCount] : 0;
      NEXT();
    }
    CASE(MAPITER) {
      // {header, table, control bytes, capacity, start, steps}: a snapshot
      // of the current table, walked from a random position.
      auto* h = reinterpret_cast<uint64_t*>(mptr(R[pc->b]));
      uint64_t* it = R + pc->a;
      bool any = h && h[gomap::kCount];
      it[0] = any ? R[pc->b] : 0;
      it[1] = any ? h[gomap::kTable] : 0;
      it[2] = any ? h[gomap::kCtrl] : 0;
      it[3] = any ? h[gomap::kCap] : 0;
      it[4] = any ? vm_->next_random() & (it[3] - 1) : 0;
      it[5] = 0;
      ++pc;
      NEXT();
    }
    CASE(MAPNEXT) {
      const MapInfo& mi = mod.maps[pc[1].bx()];
      uint64_t* it = R + pc->a;
      bool found = false;
      while (it[5] < it[3]) {
        uint64_t i = (it[4] + it[5]) & (it[3] - 1);
        it[5]++;
        if (!gomap::full_ctrl(it[2], i)) continue;
        uint8_t* e = mptr(it[1]) + i * mi.entry_size;
        uint8_t* v = e + mi.val_off;
        auto* h = reinterpret_cast<uint64_t*>(mptr(it[0]));
        if (gomap::writing(h)) MAP_RACE("concurrent map iteration and map write");
        if (h[gomap::kTable] != it[1]) {
          // The table was rebuilt since the loop began: the snapshot keeps
          // the order, the map says whether the key is still there and
          // holds its current value.
          const TypeInfo* bad = nullptr;
          v = gomap::lookup(mi, h, reinterpret_cast<const uint64_t*>(e + mi.key_off), &bad);
          if (!v) continue;
        }
        R[pc->b] = wptr(e + mi.key_off);
        R[pc->b + 1] = wptr(v);
        found = true;
        break;
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
        utf8_decode(sp, n, i, &r, &w);
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
        utf8_decode(sp, n, i, &r, &w);
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
      for (uint64_t i = 0; i < n; i++) size += utf8_encode(buf, rp[i]);
      SAVE_PC();  // the collector reads this frame at this instruction
      auto* p = static_cast<uint8_t*>(vm_->alloc(nullptr, size, size));
      if (!p) OUT_OF_MEMORY();
      rp = reinterpret_cast<const int32_t*>(mptr(R[pc->b]));
      uint64_t at = 0;
      for (uint64_t i = 0; i < n; i++) at += utf8_encode(p + at, rp[i]);
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
    CASE(CALLI) {
      const uint64_t* iv = R + pc->b;
      const Itab* it = iface_itab(iv);
      if (!it) PANIC("runtime error: invalid memory address or nil pointer dereference");
      const MethodInfo* m = it->fun[pc->c];
      callee = mod.protos[m->proto].get();
      clo = nullptr;
      uint64_t data = iv[1];
      if (!m->load) {
        R[pc->a] = data;
        goto do_call;
      }
      // A value receiver: load it from the box (or the *T) over the
      // receiver word, moving the arguments up (or down) to follow it.
      if (!data) {
        std::string tn = m->load->name.substr(m->load->name.rfind('.') + 1);
        PANIC("value method " + callee->name + " called using nil *" + tn + " pointer");
      }
      uint64_t w = reg_words(m->load);
      size_t need = size_t(fr->base) + pc->a + callee->nparams + kStackSlack;
      if (need > words.size()) {
        words.resize(grown(need));
        R = words.data() + fr->base;
      }
      move_words(R + pc->a + w, R + pc->a + 1, callee->nparams - w);
      load_value(R + pc->a, reinterpret_cast<const uint8_t*>(mptr(data)), m->load);
      goto do_call;
    }
  do_call : {
    uint32_t nbase = fr->base + pc->a;
    uint64_t need = uint64_t(nbase) + callee->nregs + kStackSlack;
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
        words.resize(size_t(grown(need) < cap_words ? grown(need) : cap_words));
      }
    }
    fr->pc = uint32_t(pc - code) + 1;  // the return address
    // Parameters were moved in by the caller; the rest starts zeroed (the
    // collector may look at any word of a frame).
    zero_words(words.data() + nbase + callee->nparams, callee->nregs - callee->nparams);
    frames.push_back(VMFrame{callee, 0, nbase, clo});
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
    CASE(CALLN) {
      SAVE_PC();  // the collector reads this frame at this instruction
      // (In a helper: a NativeCall has a std::string, which may not be in
      // scope at a computed goto.)
      switch (call_native(g, pc->bx(), R + pc->a)) {
        case NativeResult::ok:
          NEXT();
        case NativeResult::park:  // the same call again once readied
          note_park(g);
          return rt::Resume::park;
        case NativeResult::yield:
          fr->pc = uint32_t(pc - code) + 1;
          return rt::Resume::yield;
        case NativeResult::exit:
        case NativeResult::fatal:
          return rt::Resume::exit;
        case NativeResult::out_of_memory:
          OUT_OF_MEMORY();
        case NativeResult::panic:
        case NativeResult::goexit:
          SAVE_PC_AT();
          goto unwind;
      }
      NEXT();
    }
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
      uint64_t need = uint64_t(nbase) + callee->nregs + kStackSlack;
      if (need > words.size()) words.resize(size_t(grown(need)));
      if (d.nargs) std::memcpy(words.data() + nbase, d.args, size_t(d.nargs) * 8);
      std::memset(words.data() + nbase + callee->nparams, 0,
                  size_t(callee->nregs - callee->nparams) * 8);
      frames.push_back(VMFrame{callee, 0, nbase, clo});
      fr = &frames.back();
      proto = callee;
      code = proto->code.data();
      pc = code;
      R = words.data() + nbase;
      K = proto->consts.data();
      DISPATCH_OR_TOP();
    }
    CASE(RET) {
      if (pc->b == 1)
        R[0] = R[pc->a];
      else if (pc->b)
        move_words(R, R + pc->a, pc->b);
      if (__builtin_expect(fr->ret == FrameRet::normal, 1)) {
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
      if (fr->ret == FrameRet::unwind) {
        uint32_t deferrer = fr->aux;
        frames.pop_back();
        if (panics.empty() || !panics.back().recovered) goto unwind;
        // Recovered: the deferring frame returns normally. Panics raised at
        // or above it are over; its callees' frames go.
        while (!panics.empty() && panics.back().start >= deferrer) panics.pop_back();
        frames.resize(deferrer + 1);
        while (!defers.empty() && defers.back().depth > deferrer) defers.pop_back();
        fr = &frames.back();
        proto = fr->proto;
        if (proto->recover_pc == UINT32_MAX) {  // a compiler bug, not the program's
          vm_->fatal(g, "gopark: no recovery point in " + proto->name);
          return rt::Resume::exit;
        }
        code = proto->code.data();
        pc = code + proto->recover_pc;
        R = words.data() + fr->base;
        K = proto->consts.data();
        DISPATCH_OR_TOP();
      }
      // FrameRet::panic_text
      PanicRec& p = panics[fr->aux];
      p.text.assign(reinterpret_cast<const char*>(sptr(R)), R[1]);
      p.has_text = true;
      frames.pop_back();
      goto die;
    }
    CASE(GO) {
      auto* fn = reinterpret_cast<uint64_t*>(mptr(R[pc->a]));
      if (!fn) {
        SAVE_PC_AT();
        vm_->fatal(g, "go of nil func value");
        return rt::Resume::exit;
      }
      const Proto* entry = mod.protos[fn[0]].get();
      VMG* ng = vm_->new_goroutine(entry, fn, R + pc->a + 1, pc->b);
      int line = proto->lines[size_t(pc - code)];
      const std::string& file = mod.files[proto->file];
      if (!g->sched->spawn(ng, rt::Frame{proto->name.c_str(), file.c_str(), line, proto->has_args},
                           g, entry->name.c_str())) {
        vm_->free_goroutine(ng);
        SAVE_PC_AT();
        vm_->fatal(g, "too many goroutines");
        return rt::Resume::exit;
      }
      ++pc;  // skip the ARG
      NEXT();
    }
    CASE(CHMAKE) {
      SAVE_PC();  // the collector reads this frame at this instruction
      const char* bad = nullptr;
      uint64_t* cell = vm_->make_chan(g, mod.types[pc->c].get(), int64_t(R[pc->b]), &bad);
      if (bad) PANIC(bad);
      if (!cell) OUT_OF_MEMORY();
      if (!proto->chan_labels.empty()) label_chan(cell, fr->pc);
      R[pc->a] = wptr(cell);
      NEXT();
    }
    CASE(CHSEND) {
      SAVE_PC();  // a park comes back to this instruction
      rt::Step st = rt::chan_send(g, VM::chan_of(R[pc->a]), R + pc->b);
      if (st == rt::Step::park) {
        note_park(g);
        return rt::Resume::park;
      }
      if (st == rt::Step::panic) PANIC(g->panic_text);
      NEXT();
    }
    CASE(CHRECV) {
      SAVE_PC();  // a park comes back to this instruction
      bool ok = false;
      rt::Step st = rt::chan_recv(g, VM::chan_of(R[pc->b]), R + pc->a, &ok);
      if (st == rt::Step::park) {
        note_park(g);
        return rt::Resume::park;
      }
      if (pc->c) R[pc->a + pc->c] = ok;
      NEXT();
    }
    CASE(SELECT) {
      SAVE_PC();  // a park comes back to this instruction
      uint32_t n = pc->b;
      if (select_cases.size() != n) select_cases.resize(n);
      for (uint32_t i = 0; i < n; i++) {
        const Instr& x = pc[1 + i];
        select_cases[i] = rt::SelectCase{VM::chan_of(R[x.a]), R + x.b, x.c != 0};
      }
      int chosen = -1;
      bool ok = false;
      rt::Step st = rt::select(g, select_cases.data(), int(n), pc->c == 0, &chosen, &ok);
      if (st == rt::Step::park) {
        note_park(g);
        return rt::Resume::park;
      }
      if (st == rt::Step::panic) PANIC(g->panic_text);
      R[pc->a] = uint64_t(int64_t(chosen));
      R[pc->a + 1] = ok;
      pc += n;
      NEXT();
    }
    CASE(CHCLOSE) {
      if (rt::chan_close(g, VM::chan_of(R[pc->a])) == rt::Step::panic) PANIC(g->panic_text);
      NEXT();
    }
    CASE(CHLEN) {
      R[pc->a] = uint64_t(rt::chan_len(VM::chan_of(R[pc->b])));
      NEXT();
    }
    CASE(CHCAP) {
      R[pc->a] = uint64_t(rt::chan_cap(VM::chan_of(R[pc->b])));
      NEXT();
    }
    CASE(MKIFACE) {
      const Itab* it = mod.itabs[pc->c].get();
      const TypeInfo* t = it->type;
      uint64_t data;
      if (t->direct) {
        data = R[pc->b];
      } else if (t->size == 0) {
        data = wptr(vm_->zeros());
      } else {
        SAVE_PC();  // the collector reads this frame at this instruction
        auto* box = static_cast<uint8_t*>(vm_->alloc(t, 1, t->size));
        if (!box) OUT_OF_MEMORY();
        store_value(box, R + pc->b, t);
        data = wptr(box);
      }
      R[pc->a] = wptr(it);
      R[pc->a + 1] = data;
      NEXT();
    }
    CASE(CONVI) {
      const Itab* it = iface_itab(R + pc->b);
      const TypeInfo* to = mod.types[pc->c].get();
      uint64_t data = R[pc->b + 1];
      if (it && it->iface != to) it = vm_->find_itab(to, it->type, nullptr);
      R[pc->a] = wptr(it);
      R[pc->a + 1] = it ? data : 0;
      NEXT();
    }
    CASE(ASSERT) {
      const Itab* it = iface_itab(R + pc->b);
      const TypeInfo* t = mod.types[pc->c].get();
      bool comma_ok = pc[1].a;
      uint64_t data = R[pc->b + 1];
      bool ok = it && it->type == t;
      if (ok) {
        if (t->direct)
          R[pc->a] = data;
        else
          load_value(R + pc->a, reinterpret_cast<const uint8_t*>(mptr(data)), t);
      } else if (comma_ok) {
        zero_words(R + pc->a, size_t(reg_words(t)));
      } else {
        SAVE_PC_AT();
        assertion_panic(mod.types[pc[1].bx()].get(), it ? it->type : nullptr, t, "");
        goto unwind;
      }
      if (comma_ok) R[pc->a + reg_words(t)] = ok;
      pc += 2;
      DISPATCH_OR_TOP();
    }
    CASE(ASSERTI) {
      const Itab* it = iface_itab(R + pc->b);
      const TypeInfo* t = mod.types[pc->c].get();
      bool comma_ok = pc[1].a;
      uint64_t data = R[pc->b + 1];
      const Itab* nit = !it ? nullptr : it->iface == t ? it : vm_->find_itab(t, it->type, nullptr);
      if (nit) {
        R[pc->a] = wptr(nit);
        R[pc->a + 1] = data;
      } else if (comma_ok) {
        R[pc->a] = R[pc->a + 1] = 0;
      } else {
        SAVE_PC_AT();
        iface_assertion_panic(it, t, mod.types[pc[1].bx()].get());
        goto unwind;
      }
      if (comma_ok) R[pc->a + 2] = nit != nullptr;
      pc += 2;
      DISPATCH_OR_TOP();
    }
    CASE(IFACEEQ) {
      const TypeInfo* bad = nullptr;
      bool eq = iface_equal(R + pc->b, R + pc->c, &bad);
      if (bad) PANIC("runtime error: comparing uncomparable type " + bad->name);
      R[pc->a] = eq;
      NEXT();
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
    CASE(PRINTC) {
      vm_->write(2, "(" + print_float(f64(R[pc->a])) + print_float(f64(R[pc->a + 1])) + "i)");
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
    CASE(PRINTSL) {
      char buf[80];
      std::snprintf(buf, sizeof buf, "[%" PRIu64 "/%" PRIu64 "]0x%" PRIx64, R[pc->a + 1],
                    R[pc->a + 2], R[pc->a]);
      vm_->write(2, buf);
      NEXT();
    }
    CASE(PRINTE) {
      // The itab stands for Go's type word.
      char buf[80];
      std::snprintf(buf, sizeof buf, "(0x%" PRIx64 ",0x%" PRIx64 ")", R[pc->a], R[pc->a + 1]);
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
    CASE(PANICV) {
      SAVE_PC_AT();
      PanicRec p;
      p.val[0] = R[pc->a];
      p.val[1] = R[pc->a + 1];
      if (!p.val[0]) {
        // panic(nil) panics with a *runtime.PanicNilError (Go 1.21).
        p.native = PanicRec::nil_value;
        p.text = "panic called with nil argument";
        p.has_text = true;
      }
      p.start = uint32_t(frames.size() - 1);
      panics.push_back(std::move(p));
      goto unwind;
    }
    CASE(RECOVER) {
      // Only a deferred call run by a panic, calling recover itself, stops
      // the panic.
      R[pc->a] = R[pc->a + 1] = 0;
      if (fr->ret == FrameRet::unwind && !panics.empty() && !panics.back().recovered &&
          panics.back().native != PanicRec::goexit) {
        PanicRec& p = panics.back();
        if (!p.val[0]) {
          SAVE_PC();  // the collector reads this frame at this instruction
          if (!make_panic_value(p)) OUT_OF_MEMORY();
        }
        p.recovered = true;
        R[pc->a] = p.val[0];
        R[pc->a + 1] = p.val[1];
      }
      NEXT();
    }
    CASE(PANICIDX) {
      PANIC(index_error(int64_t(R[pc->a]), int64_t(int64_t(R[pc->b]))));
    }
    CASE(UNREACH) PANIC("unreachable code reached");
#if !defined(__GNUC__) || defined(__EMSCRIPTEN__)
    default:
      __builtin_unreachable();
#endif
  }
#if !defined(__GNUC__) || defined(__EMSCRIPTEN__)
}
#endif
unwind : {
  // The newest panic runs the pending deferred calls, newest first, each on
  // top of the stack (which stays as it was for the traceback).
  if (defers.empty()) goto die;
  Defer d = defers.back();
  defers.pop_back();
  clo = d.fn;
  if (!clo) {
    native_panic("runtime error: invalid memory address or nil pointer dereference");
    goto unwind;
  }
  callee = mod.protos[clo[0]].get();
  const VMFrame& top = frames.back();
  uint32_t nbase = top.base + top.proto->nregs;
  uint64_t need = uint64_t(nbase) + callee->nregs + kStackSlack;
  if (need > words.size()) words.resize(size_t(grown(need)));
  if (d.nargs) std::memcpy(words.data() + nbase, d.args, size_t(d.nargs) * 8);
  std::memset(words.data() + nbase + callee->nparams, 0,
              size_t(callee->nregs - callee->nparams) * 8);
  frames.push_back(VMFrame{callee, 0, nbase, clo, FrameRet::unwind, d.depth});
  fr = &frames.back();
  proto = callee;
  code = proto->code.data();
  pc = code;
  R = words.data() + nbase;
  K = proto->consts.data();
  DISPATCH_OR_TOP();
}
die : {
  // runtime.Goexit has run every deferred call: the goroutine ends (main's
  // leaves the program to the others).
  if (panics.back().native == PanicRec::goexit) {
    if (g->sched->is_main(g)) g->sched->main_goexit();
    return rt::Resume::exit;
  }
  // Nothing recovered: print the panics, oldest first. A value with an
  // Error (or else String) method prints what the method returns, so the
  // goroutine runs it first, on top of its stack.
  for (size_t i = 0; i < panics.size(); i++) {
    PanicRec& p = panics[i];
    if (p.has_text) continue;
    const Itab* it = iface_itab(p.val);
    const MethodInfo* m = find_method_named(it->type, "Error");
    if (!m || mod.protos[m->proto]->nresults != 2) m = find_method_named(it->type, "String");
    const Proto* mp = m ? mod.protos[m->proto].get() : nullptr;
    uint64_t rw = m && m->load ? reg_words(m->load) : 1;
    p.text = panic_value_text(it->type, iface_data(p.val));
    p.has_text = true;  // stays if the method panics
    if (!mp || mp->nresults != 2 || mp->nparams != rw || (m->load && !p.val[1])) continue;
    const VMFrame& top = frames.back();
    uint32_t nbase = top.base + top.proto->nregs;
    uint64_t need = uint64_t(nbase) + mp->nregs + kStackSlack;
    if (need > words.size()) words.resize(size_t(grown(need)));
    uint64_t* W = words.data() + nbase;
    std::memset(W, 0, size_t(mp->nregs) * 8);
    if (m->load)
      load_value(W, reinterpret_cast<const uint8_t*>(mptr(p.val[1])), m->load);
    else
      W[0] = p.val[1];
    frames.push_back(VMFrame{mp, 0, nbase, nullptr, FrameRet::panic_text, uint32_t(i)});
    fr = &frames.back();
    proto = mp;
    code = proto->code.data();
    pc = code;
    R = W;
    K = proto->consts.data();
    DISPATCH_OR_TOP();
  }
  vm_->panic(g, panic_message());
  return rt::Resume::exit;
}
#undef SAVE_PC
#undef SAVE_PC_AT
#undef OUT_OF_MEMORY
#undef PANIC
#undef MAP_RACE
return rt::Resume::exit;
}

}  // namespace gopark::interp
