// layout.cc - sizes, alignments, field offsets and pointer maps.
#include "interp/layout.h"

#include "interp/scope.h"

namespace gopark::interp {

namespace {

void set_bit(std::vector<uint64_t>& m, uint64_t word) {
  if (m.size() <= word / 64) m.resize(word / 64 + 1);
  m[word / 64] |= uint64_t(1) << (word % 64);
}

// ORs src (for a value at byte offset off, 8-aligned if it has pointers)
// into dst.
void merge(std::vector<uint64_t>& dst, const Shape& src, uint64_t off) {
  uint64_t base = off / 8;
  for (uint64_t w = 0; w < src.words(); w++)
    if (src.is_ptr_word(w)) set_bit(dst, base + w);
}

uint64_t round_up(uint64_t x, uint64_t a) {
  return (x + a - 1) / a * a;
}

}  // namespace

bool is_scalar_word(Type* t) {
  auto* b = as<Basic>(underlying(t));
  if (!b) return false;
  switch (b->bkind) {
    case BasicKind::string:
    case BasicKind::complex64:
    case BasicKind::complex128:
    case BasicKind::untyped_string:
    case BasicKind::untyped_complex:
    case BasicKind::untyped_nil:
    case BasicKind::invalid:
      return false;
    default:
      return true;
  }
}

const Shape& Layouts::shape(Type* t) {
  auto it = shapes_.find(t);
  if (it != shapes_.end()) return it->second;
  Shape s = compute(t);
  return shapes_.emplace(t, std::move(s)).first->second;
}

uint64_t Layouts::field_offset(Struct* s, size_t i) {
  shape(s);
  return offsets_[s][i];
}

Shape Layouts::compute(Type* t) {
  Shape s;
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::basic: {
      auto* b = static_cast<Basic*>(u);
      switch (b->bkind) {
        case BasicKind::bool_:
        case BasicKind::int8:
        case BasicKind::uint8:
        case BasicKind::untyped_bool:
          s.size = 1;
          s.align = 1;
          break;
        case BasicKind::int16:
        case BasicKind::uint16:
          s.size = 2;
          s.align = 2;
          break;
        case BasicKind::int32:
        case BasicKind::uint32:
        case BasicKind::float32:
        case BasicKind::untyped_rune:
          s.size = 4;
          s.align = 4;
          break;
        case BasicKind::complex64:
          s.size = 8;
          s.align = 4;
          break;
        case BasicKind::complex128:
        case BasicKind::untyped_complex:
          s.size = 16;
          s.align = 8;
          break;
        case BasicKind::string:
        case BasicKind::untyped_string:
          s.size = 16;
          s.align = 8;
          set_bit(s.ptrmap, 0);
          break;
        case BasicKind::unsafe_pointer:
        case BasicKind::untyped_nil:
          s.size = 8;
          s.align = 8;
          set_bit(s.ptrmap, 0);
          break;
        default:  // int, uint, int64, uint64, uintptr, float64, untyped int/float
          s.size = 8;
          s.align = 8;
          break;
      }
      break;
    }
    case TypeKind::pointer:
    case TypeKind::map:
    case TypeKind::chan:
    case TypeKind::signature:
      s.size = 8;
      s.align = 8;
      set_bit(s.ptrmap, 0);
      break;
    case TypeKind::slice:
      s.size = 24;
      s.align = 8;
      set_bit(s.ptrmap, 0);
      break;
    case TypeKind::interface:
      // {type descriptor (static, never traced), data pointer}
      s.size = 16;
      s.align = 8;
      set_bit(s.ptrmap, 1);
      break;
    case TypeKind::array: {
      auto* a = static_cast<Array*>(u);
      const Shape& e = shape(a->elem);
      uint64_t stride = round_up(e.size, e.align);
      s.size = stride * uint64_t(a->len);
      s.align = e.align;
      if (e.has_pointers())
        for (int64_t i = 0; i < a->len; i++) merge(s.ptrmap, e, stride * uint64_t(i));
      break;
    }
    case TypeKind::struct_: {
      auto* st = static_cast<Struct*>(u);
      std::vector<uint64_t> offs;
      uint64_t off = 0;
      uint32_t align = 1;
      for (Object* f : st->fields) {
        const Shape& fs = shape(f->type);
        off = round_up(off, fs.align);
        offs.push_back(off);
        if (fs.has_pointers()) merge(s.ptrmap, fs, off);
        off += fs.size;
        if (fs.align > align) align = fs.align;
      }
      s.size = round_up(off, align);
      s.align = align;
      offsets_[st] = std::move(offs);
      break;
    }
    default:
      s.size = 8;
      s.align = 8;
      break;
  }
  return s;
}

}  // namespace gopark::interp
