// vm.cc - the dispatch loop (VMG::run, run_hot) and native calls.
//
// Registers of the running frame are `R` (a pointer into the goroutine's
// words), reloaded after anything that may grow the words array (a call).
// run_hot's loop holds the instructions programs run most; the rest
// (GOPARK_COLD_OPS) and panics unwinding run in step_cold (vm_cold.cc),
// one call each, and come back: a loop this small keeps pc and R in
// machine registers under V8 as under a native compiler.
// Dispatch is computed goto with GCC and clang (a jump table of label
// addresses built from opcodes.def), a switch otherwise and on wasm, which
// has no indirect jump: there clang lowers a computed goto to a load from a
// table of label numbers feeding the br_table a switch gives directly.
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

}  // namespace

int scompare(const uint64_t* a, const uint64_t* b) {
  uint64_t la = a[1], lb = b[1];
  uint64_t n = la < lb ? la : lb;
  int c = n ? std::memcmp(sptr(a), sptr(b), n) : 0;
  if (c) return c;
  return la < lb ? -1 : la > lb ? 1 : 0;
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

VMG::Step (*volatile const VMG::run_hot_ptr)(VMG*, rt::G*, Regs&) = [](VMG* vm, rt::G* g, Regs& r) {
  return vm->run_hot(g, r);
};

rt::Resume VMG::run(rt::G* g) {
  VMFrame* fr = &frames.back();
  Regs r{fr,
         fr->proto,
         fr->proto->code.data(),
         fr->proto->code.data() + fr->pc,
         words.data() + fr->base,
         fr->proto->consts.data(),
         vm_->options().budget};
  for (;;) {
    Step step = run_hot_ptr(this, g, r);
    if (step == Step::cold || step == Step::unwind || step == Step::die)
      step = step_cold_ptr(this, g, r, step);
    switch (step) {
      case Step::dispatch:
        continue;
      case Step::park:
        return rt::Resume::park;
      case Step::yield:
        return rt::Resume::yield;
      default:
        return rt::Resume::exit;
    }
  }
}

VMG::Step VMG::run_hot(rt::G* g, Regs& r) {
  const Module& mod = vm_->module();
  VMFrame* fr = r.fr;
  const Proto* proto = r.proto;
  const Instr* code = r.code;
  const Instr* pc = r.pc;
  uint64_t* R = r.R;
  const uint64_t* K = r.K;
  int32_t budget = r.budget;
  const Proto* callee = nullptr;
  uint64_t* clo = nullptr;
  Step why;  // what step_cold is to do

#include "interp/vm_macros.h"

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
    CASE(I2F) {
      R[pc->a] = wf(double(int64_t(R[pc->b])));
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
        return Step::yield;
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
          return Step::yield;
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
          return Step::yield;
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
        return Step::yield;              \
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
        return Step::yield;              \
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
        if (!grow_words(grown(need))) OUT_OF_MEMORY();
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
        return Step::exit;
      }
      if (!charge_frames()) OUT_OF_MEMORY();
      if (need > words.size()) {
        uint64_t cap_words = vm_->options().max_stack_bytes / 8 + 256;
        if (!grow_words(size_t(grown(need) < cap_words ? grown(need) : cap_words))) OUT_OF_MEMORY();
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
      return Step::yield;
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
    CASE(RET) {
      if (pc->b == 1)
        R[0] = R[pc->a];
      else if (pc->b)
        move_words(R, R + pc->a, pc->b);
      if (__builtin_expect(fr->ret == FrameRet::normal, 1)) {
        frames.pop_back();
        if (frames.empty()) return Step::exit;
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
          return Step::exit;
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
    GOPARK_COLD_OPS(CASE) {
      why = Step::cold;
      goto cold;
    }
#if !defined(__GNUC__) || defined(__EMSCRIPTEN__)
    default:
      __builtin_unreachable();
#endif
  }
#if !defined(__GNUC__) || defined(__EMSCRIPTEN__)
}
#endif
unwind : {
  why = Step::unwind;
  goto cold;
}
die : {
  why = Step::die;
  goto cold;
}
cold : {
  // step_cold takes over with the registers as they are at pc.
  r.fr = fr;
  r.proto = proto;
  r.code = code;
  r.pc = pc;
  r.R = R;
  r.K = K;
  r.budget = budget;
  return why;
}
#include "interp/vm_macros_end.h"
}

}  // namespace gopark::interp
