// unicode.cc - package unicode's classification and case mapping over the
// tables of unicode_data.inc (generated from Go's own tables, so every
// answer is Go 1.22's), shared with strings, bytes and strconv.
#include <algorithm>

#include "interp/value.h"
#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

struct Span {
  uint32_t lo, hi;
  uint32_t v;
};
struct CaseSpan {
  uint32_t lo, hi;
  int32_t du, dl, dt;
  int alt;
};
struct Fold {
  uint32_t r, f;
};

#include "stdlib/native/unicode_data.inc"

struct TableRanges {
  int64_t id;
  uint32_t r16, n16, r32, n32;
  int64_t latin_offset;
};

#include "stdlib/native/unicode_ranges.inc"

// The span of [b, e) holding r, or null.
template <class T>
const T* find(const T* b, const T* e, int64_t r) {
  if (r < 0 || r > 0x10FFFF) return nullptr;
  const T* it =
      std::upper_bound(b, e, uint32_t(r), [](uint32_t x, const T& s) { return x < s.lo; });
  if (it == b) return nullptr;
  --it;
  return uint32_t(r) <= it->hi ? it : nullptr;
}

constexpr uint32_t bit(int cat) {
  return uint32_t(1) << cat;
}
// Category numbers as in kCategory (the generator's order).
enum : int {
  Cc,
  Cf,
  Co,
  Cs,
  Ll,
  Lm,
  Lo,
  Lt,
  Lu,
  Mc,
  Me,
  Mn,
  Nd,
  Nl,
  No,
  Pc,
  Pd,
  Pe,
  Pf,
  Pi,
  Po,
  Ps,
  Sc,
  Sk,
  Sm,
  So,
  Zl,
  Zp,
  Zs
};
constexpr uint32_t kL = bit(Ll) | bit(Lm) | bit(Lo) | bit(Lt) | bit(Lu);
constexpr uint32_t kM = bit(Mc) | bit(Me) | bit(Mn);
constexpr uint32_t kN = bit(Nd) | bit(Nl) | bit(No);
constexpr uint32_t kP = bit(Pc) | bit(Pd) | bit(Pe) | bit(Pf) | bit(Pi) | bit(Po) | bit(Ps);
constexpr uint32_t kS = bit(Sc) | bit(Sk) | bit(Sm) | bit(So);

// The category bit of r (0 for unassigned runes and non-runes).
uint32_t cat_bit(int64_t r) {
  const Span* s = find(std::begin(kCategory), std::end(kCategory), r);
  return s ? bit(int(s->v)) : 0;
}

bool in_prop(int i, int64_t r) {
  return find(kProp + kPropStart[i], kProp + kPropStart[i + 1], r) != nullptr;
}

bool ret_bool(NativeCall& c, bool b) {
  c.R[0] = b;
  return true;
}

int64_t rune_arg(NativeCall& c, int i = 0) {
  return int64_t(int32_t(uint32_t(c.R[i])));
}

}  // namespace

bool unicode_is(uint32_t mask, int64_t r) {
  return (cat_bit(r) & mask) != 0;
}
bool unicode_is_letter(int64_t r) {
  return unicode_is(kL, r);
}
bool unicode_is_digit(int64_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return unicode_is(bit(Nd), r);
}
bool unicode_is_space(int64_t r) {
  if (r < 0x100) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  return in_prop(kWhiteSpaceProp, r);
}
bool unicode_is_print(int64_t r) {
  return r == ' ' || unicode_is(kL | kM | kN | kP | kS, r);
}
bool unicode_is_graphic(int64_t r) {
  return unicode_is(kL | kM | kN | kP | kS | bit(Zs), r);
}

int64_t unicode_to(int which, int64_t r) {
  if (r < 0x80) {
    if (which == 1) return r >= 'A' && r <= 'Z' ? r + 32 : r;
    return r >= 'a' && r <= 'z' ? r - 32 : r;
  }
  const CaseSpan* s = find(std::begin(kCase), std::end(kCase), r);
  if (!s) return r;
  if (s->alt) {
    // Upper case at even offsets from lo, its lower case just after.
    int64_t upper = int64_t(s->lo) + ((r - int64_t(s->lo)) & ~int64_t(1));
    return which == 1 ? upper + 1 : upper;
  }
  return r + (which == 0 ? s->du : which == 1 ? s->dl : s->dt);
}

int64_t unicode_simple_fold(int64_t r) {
  if (r < 0 || r > 0x10FFFF) return r;
  const Fold* b = std::begin(kFold);
  const Fold* e = std::end(kFold);
  const Fold* it =
      std::lower_bound(b, e, uint32_t(r), [](const Fold& f, uint32_t x) { return f.r < x; });
  if (it != e && it->r == uint32_t(r)) return it->f;
  int64_t l = unicode_to(1, r);
  return l != r ? l : unicode_to(0, r);
}

namespace {

// unicode.inTable(id int, r rune): id is kind<<40 | argument, as
// stdlib/unicode/unicode.go makes them.
bool in_table(NativeCall& c) {
  uint64_t id = c.R[0];
  int64_t r = rune_arg(c, 1);
  uint64_t arg = id & ((uint64_t(1) << 40) - 1);
  switch (id >> 40) {
    case 1:
      return ret_bool(c, unicode_is(uint32_t(arg), r));
    case 2: {
      const Span* s = find(std::begin(kScript), std::end(kScript), r);
      return ret_bool(c, s && s->v == arg);
    }
    default:
      return ret_bool(c, in_prop(int(arg), r));
  }
}

// unicode.rangesOf(id int) (r16 []Range16, r32 []Range32, latinOffset int):
// a fresh copy of Go's ranges for the package's table id (programs may
// read them, or even change them), while inTable answers Is.
bool ranges_of(NativeCall& c) {
  int64_t id = int64_t(c.R[0]);
  const TableRanges* b = std::begin(kTableRanges);
  const TableRanges* e = std::end(kTableRanges);
  const TableRanges* t =
      std::lower_bound(b, e, id, [](const TableRanges& x, int64_t v) { return x.id < v; });
  std::memset(c.R, 0, 7 * 8);
  if (t == e || t->id != id) return true;
  uint64_t b16 = uint64_t(t->n16) * 6, b32 = uint64_t(t->n32) * 12;
  void* p16 = nullptr;
  void* p32 = nullptr;
  if (b16) {
    p16 = c.vm->alloc(nullptr, b16, b16);
    if (!p16) return false;
    std::memcpy(p16, kR16 + size_t(t->r16) * 3, size_t(b16));
  }
  if (p16) c.vm->pin(p16);
  if (b32) p32 = c.vm->alloc(nullptr, b32, b32);
  if (p16) c.vm->unpin();
  if (b32 && !p32) return false;
  if (b32) std::memcpy(p32, kR32 + size_t(t->r32) * 3, size_t(b32));
  c.R[0] = uint64_t(reinterpret_cast<uintptr_t>(p16));
  c.R[1] = c.R[2] = t->n16;
  c.R[3] = uint64_t(reinterpret_cast<uintptr_t>(p32));
  c.R[4] = c.R[5] = t->n32;
  c.R[6] = uint64_t(t->latin_offset);
  return true;
}

#define PRED(name, expr)      \
  bool name(NativeCall& c) {  \
    int64_t r = rune_arg(c);  \
    return ret_bool(c, expr); \
  }
PRED(is_control, (r >= 0 && r < 0x20) || (r >= 0x7F && r <= 0x9F))
PRED(is_digit, unicode_is_digit(r))
PRED(is_graphic, unicode_is_graphic(r))
PRED(is_letter, unicode_is_letter(r))
PRED(is_lower, unicode_is(bit(Ll), r))
PRED(is_mark, unicode_is(kM, r))
PRED(is_number, unicode_is(kN, r))
PRED(is_print, unicode_is_print(r))
PRED(is_punct, unicode_is(kP, r))
PRED(is_space, unicode_is_space(r))
PRED(is_symbol, unicode_is(kS, r))
PRED(is_title, unicode_is(bit(Lt), r))
PRED(is_upper, unicode_is(bit(Lu), r))
#undef PRED

bool ret_rune(NativeCall& c, int64_t r) {
  c.R[0] = uint64_t(r);
  return true;
}
bool to_upper(NativeCall& c) {
  return ret_rune(c, unicode_to(0, rune_arg(c)));
}
bool to_lower(NativeCall& c) {
  return ret_rune(c, unicode_to(1, rune_arg(c)));
}
bool to_title(NativeCall& c) {
  return ret_rune(c, unicode_to(2, rune_arg(c)));
}
// To(_case int, r rune): an out-of-range case gives ReplacementChar.
bool to(NativeCall& c) {
  int64_t which = int64_t(c.R[0]);
  int64_t r = rune_arg(c, 1);
  if (which < 0 || which > 2) return ret_rune(c, 0xFFFD);
  return ret_rune(c, unicode_to(int(which), r));
}
bool simple_fold(NativeCall& c) {
  return ret_rune(c, unicode_simple_fold(rune_arg(c)));
}

}  // namespace

void register_unicode_natives() {
  using interp::register_native;
  register_native("unicode.inTable", in_table);
  register_native("unicode.rangesOf", ranges_of);
  register_native("unicode.IsControl", is_control);
  register_native("unicode.IsDigit", is_digit);
  register_native("unicode.IsGraphic", is_graphic);
  register_native("unicode.IsLetter", is_letter);
  register_native("unicode.IsLower", is_lower);
  register_native("unicode.IsMark", is_mark);
  register_native("unicode.IsNumber", is_number);
  register_native("unicode.IsPrint", is_print);
  register_native("unicode.IsPunct", is_punct);
  register_native("unicode.IsSpace", is_space);
  register_native("unicode.IsSymbol", is_symbol);
  register_native("unicode.IsTitle", is_title);
  register_native("unicode.IsUpper", is_upper);
  register_native("unicode.ToUpper", to_upper);
  register_native("unicode.ToLower", to_lower);
  register_native("unicode.ToTitle", to_title);
  register_native("unicode.To", to);
  register_native("unicode.SimpleFold", simple_fold);
}

}  // namespace gopark::stdlib
