// vm_cold.cc - the instructions the dispatch loop (vm.cc) leaves out of
// line, and panics unwinding: VMG::step_cold runs one of GOPARK_COLD_OPS
// (vm_internal.h) at r.pc, or one step of unwinding, and hands the
// registers back. The cases read as they would in the loop: NEXT goes back
// to the loop at the next instruction, a return ends run() the same way.
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "interp/map.h"
#include "interp/native.h"
#include "interp/value.h"
#include "interp/vm.h"
#include "interp/vm_internal.h"
#include "runtime/sched.h"

namespace gopark::interp {

VMG::Step (*volatile const VMG::step_cold_ptr)(VMG*, rt::G*, Regs&, Step) =
    [](VMG* vm, rt::G* g, Regs& r, Step what) { return vm->step_cold(g, r, what); };

VMG::Step VMG::step_cold(rt::G* g, Regs& r, Step what) {
  const Module& mod = vm_->module();
  VMFrame* fr = r.fr;
  const Proto* proto = r.proto;
  const Instr* code = r.code;
  const Instr* pc = r.pc;
  uint64_t* R = r.R;
  const uint64_t* K = r.K;
  const Proto* callee = nullptr;
  uint64_t* clo = nullptr;

#include "interp/vm_macros.h"
#define CASE(name) case Op::name:
#define DISPATCH_OR_TOP() goto dispatch
#define NEXT()     \
  do {             \
    ++pc;          \
    goto dispatch; \
  } while (0)

  if (what == Step::unwind) goto unwind;
  if (what == Step::die) goto die;
  switch (pc->op) {
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
    CASE(U2F) {
      R[pc->a] = wf(double(R[pc->b]));
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
      // Two passes: the size, then the encoding straight into the string.
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
    CASE(CALLN) {
      SAVE_PC();  // the collector reads this frame at this instruction
      switch (call_native(g, pc->bx(), R + pc->a)) {
        case NativeResult::ok:
          NEXT();
        case NativeResult::park:  // the same call again once readied
          note_park(g);
          return Step::park;
        case NativeResult::yield:
          fr->pc = uint32_t(pc - code) + 1;
          return Step::yield;
        case NativeResult::exit:
        case NativeResult::fatal:
          return Step::exit;
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
      if (need > words.size() && !grow_words(size_t(grown(need)))) OUT_OF_MEMORY();
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
    CASE(GO) {
      auto* fn = reinterpret_cast<uint64_t*>(mptr(R[pc->a]));
      if (!fn) {
        SAVE_PC_AT();
        vm_->fatal(g, "go of nil func value");
        return Step::exit;
      }
      const Proto* entry = mod.protos[fn[0]].get();
      VMG* ng = vm_->new_goroutine(entry, fn, R + pc->a + 1, pc->b);
      if (!ng) {
        // Garbage may be what fills the limit: collect, then try again.
        SAVE_PC();
        vm_->collect();
        ng = vm_->new_goroutine(entry, fn, R + pc->a + 1, pc->b);
        if (!ng) OUT_OF_MEMORY();
      }
      int line = proto->lines[size_t(pc - code)];
      const std::string& file = mod.files[proto->file];
      if (!g->sched->spawn(ng, rt::Frame{proto->name.c_str(), file.c_str(), line, proto->has_args},
                           g, entry->name.c_str())) {
        vm_->free_goroutine(ng);
        SAVE_PC_AT();
        // Go has no such limit; the wording is that of its thread limit.
        vm_->fatal(g, "runtime: program exceeds " + std::to_string(vm_->options().max_goroutines) +
                          "-goroutine limit");
        return Step::exit;
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
        return Step::park;
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
        return Step::park;
      }
      if (pc->c) R[pc->a + pc->c] = ok;
      NEXT();
    }
    CASE(SELECT) {
      SAVE_PC();  // a park comes back to this instruction
      uint32_t n = pc->b;
      // Woken from this select's park (g->reentry), the cases are still
      // the ones it parked with, and the M that parked it may still be
      // reading them (selunlock_parked unlocks channel by channel, and a
      // waker on an unlocked one can resume this G on another M): leave
      // them untouched; rt::select locks every channel before using them.
      if (!g->reentry) {
        if (select_cases.size() != n) select_cases.resize(n);
        for (uint32_t i = 0; i < n; i++) {
          const Instr& x = pc[1 + i];
          select_cases[i] = rt::SelectCase{VM::chan_of(R[x.a]), R + x.b, x.c != 0};
        }
      }
      int chosen = -1;
      bool ok = false;
      rt::Step st = rt::select(g, select_cases.data(), int(n), pc->c == 0, &chosen, &ok);
      if (st == rt::Step::park) {
        note_park(g);
        return Step::park;
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
      SAVE_PC();  // the write may step out of VM code (VM::write)
      vm_->write(2, std::to_string(int64_t(R[pc->a])));
      NEXT();
    }
    CASE(PRINTU) {
      SAVE_PC();  // the write may step out of VM code (VM::write)
      vm_->write(2, std::to_string(R[pc->a]));
      NEXT();
    }
    CASE(PRINTF) {
      SAVE_PC();  // the write may step out of VM code (VM::write)
      vm_->write(2, print_float(f64(R[pc->a])));
      NEXT();
    }
    CASE(PRINTC) {
      SAVE_PC();  // the write may step out of VM code (VM::write)
      vm_->write(2, "(" + print_float(f64(R[pc->a])) + print_float(f64(R[pc->a + 1])) + "i)");
      NEXT();
    }
    CASE(PRINTB) {
      SAVE_PC();  // the write may step out of VM code (VM::write)
      vm_->write(2, R[pc->a] ? "true" : "false");
      NEXT();
    }
    CASE(PRINTS) {
      SAVE_PC();  // the write may step out of VM code (VM::write)
      vm_->write(2, std::string_view(reinterpret_cast<const char*>(sptr(R + pc->a)), R[pc->a + 1]));
      NEXT();
    }
    CASE(PRINTP) {
      SAVE_PC();  // the write may step out of VM code (VM::write)
      char buf[32];
      std::snprintf(buf, sizeof buf, "0x%" PRIx64, R[pc->a]);
      vm_->write(2, buf);
      NEXT();
    }
    CASE(PRINTSL) {
      SAVE_PC();  // the write may step out of VM code (VM::write)
      char buf[80];
      std::snprintf(buf, sizeof buf, "[%" PRIu64 "/%" PRIu64 "]0x%" PRIx64, R[pc->a + 1],
                    R[pc->a + 2], R[pc->a]);
      vm_->write(2, buf);
      NEXT();
    }
    CASE(PRINTE) {
      SAVE_PC();  // the write may step out of VM code (VM::write)
      // The itab stands for Go's type word.
      char buf[80];
      std::snprintf(buf, sizeof buf, "(0x%" PRIx64 ",0x%" PRIx64 ")", R[pc->a], R[pc->a + 1]);
      vm_->write(2, buf);
      NEXT();
    }
    CASE(PRINTSP) {
      SAVE_PC();  // the write may step out of VM code (VM::write)
      vm_->write(2, " ");
      NEXT();
    }
    CASE(PRINTNL) {
      SAVE_PC();  // the write may step out of VM code (VM::write)
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
    default:
      break;
  }
  // run() sends only GOPARK_COLD_OPS here.
  SAVE_PC_AT();
  vm_->fatal(g, "gopark: instruction " + std::to_string(int(pc->op)) + " in step_cold");
  return Step::exit;

dispatch:
  r.fr = fr;
  r.proto = proto;
  r.code = code;
  r.pc = pc;
  r.R = R;
  r.K = K;
  return Step::dispatch;

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
  if (need > words.size() && !grow_words(size_t(grown(need)))) {
    vm_->fatal(g, "runtime: out of memory");
    return Step::exit;
  }
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
    return Step::exit;
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
    if (need > words.size() && !grow_words(size_t(grown(need)))) continue;  // no memory: plain text
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
  return Step::exit;
}
#include "interp/vm_macros_end.h"
#undef CASE
#undef DISPATCH_OR_TOP
#undef NEXT
  return Step::exit;
}

}  // namespace gopark::interp
