// compile_expr.cc - expressions, conditions, calls, builtins, conversions
// and the loads and stores between registers and memory.
#include <complex>
#include <cstring>

#include "interp/compile_internal.h"

namespace gopark::interp {

namespace {

bool is_blank(Expr* e) {
  auto* id = as<Ident>(e);
  return id && id->name == "_";
}

bool is_signed_int(Type* t) {
  return is_integer(t) && !is_unsigned(t);
}

uint64_t fbits(double d) {
  uint64_t w;
  std::memcpy(&w, &d, 8);
  return w;
}

}  // namespace

// ---------------------------------------------------------------------------
// Memory

void Compiler::load_mem(Reg dst, Reg ptr, int32_t off, Type* t) {
  if (off < 0 || off > 32767) {
    unsupported(nullptr, "a value this large");
    return;
  }
  uint16_t c = uint16_t(int16_t(off));
  if (is_scalar_word(t)) {
    uint64_t size = lay_.size(t);
    bool sgn = is_signed_int(t);
    Op op = Op::LD64;
    if (is_basic(t, BasicKind::float32))
      op = Op::LDF32;
    else if (size == 1)
      op = sgn ? Op::LD8S : Op::LD8U;
    else if (size == 2)
      op = sgn ? Op::LD16S : Op::LD16U;
    else if (size == 4)
      op = sgn ? Op::LD32S : Op::LD32U;
    emit(op, dst, ptr, c);
    return;
  }
  uint32_t n = words(t);
  if (n == 0) return;
  if (n == 1 && lay_.size(t) == 8) {
    emit(Op::LD64, dst, ptr, c);
    return;
  }
  emit(Op::LDN, dst, ptr, 0);
  emit_bx(Op::ARG, n, uint32_t(off) | uint32_t(lay_.size(t) % 8) << 16);
}

void Compiler::store_mem(Reg src, Reg ptr, int32_t off, Type* t) {
  if (off < 0 || off > 32767) {
    unsupported(nullptr, "a value this large");
    return;
  }
  uint16_t c = uint16_t(int16_t(off));
  if (is_scalar_word(t)) {
    uint64_t size = lay_.size(t);
    Op op = Op::ST64;
    if (is_basic(t, BasicKind::float32))
      op = Op::STF32;
    else if (size == 1)
      op = Op::ST8;
    else if (size == 2)
      op = Op::ST16;
    else if (size == 4)
      op = Op::ST32;
    emit(op, src, ptr, c);
    return;
  }
  uint32_t n = words(t);
  if (n == 0) return;
  if (n == 1 && lay_.size(t) == 8) {
    emit(Op::ST64, src, ptr, c);
    return;
  }
  emit(Op::STN, src, ptr, 0);
  emit_bx(Op::ARG, n, uint32_t(off) | uint32_t(lay_.size(t) % 8) << 16);
}

// ---------------------------------------------------------------------------
// Constants and normalization

void Compiler::constant_to(const Value& v, Type* t, Reg dst) {
  if (is_untyped(t)) t = default_type(t);
  Type* u = underlying(t);
  auto* b = as<Basic>(u);
  if (!b) {
    if (as<Interface>(u)) {
      unsupported(nullptr, "constant of interface type");
      return;
    }
    unsupported(nullptr, "constant of type " + type_string(t));
    return;
  }
  if (b->info & kIsBoolean) {
    emit_bx(Op::LOADI, dst, v.bool_val() ? 1 : 0);
    return;
  }
  if (b->info & kIsString) {
    emit_bx(Op::LOADKS, dst, string_const(v.string_val()));
    return;
  }
  if (b->info & kIsInteger) {
    auto r = to_int(v);
    int64_t x = 0;
    if (auto s = r.val.to_int64())
      x = *s;
    else if (auto us = r.val.to_uint64())
      x = int64_t(*us);
    if (x >= INT32_MIN && x <= INT32_MAX)
      emit_bx(Op::LOADI, dst, uint32_t(int32_t(x)));
    else
      emit_bx(Op::LOADK, dst, konst(uint64_t(x)));
    return;
  }
  if (b->info & kIsFloat) {
    double d = b->bkind == BasicKind::float32 ? double(v.to_float()) : v.to_double();
    emit_bx(Op::LOADK, dst, konst(fbits(d)));
    return;
  }
  if (b->info & kIsComplex) {
    std::complex<double> c = v.to_complex128();
    if (b->bkind == BasicKind::complex64) {
      float re = float(c.real()), im = float(c.imag());
      uint64_t w = 0;
      std::memcpy(&w, &re, 4);
      std::memcpy(reinterpret_cast<uint8_t*>(&w) + 4, &im, 4);
      emit_bx(Op::LOADK, dst, konst(w));
    } else {
      emit_bx(Op::LOADK, dst, konst(fbits(c.real())));
      emit_bx(Op::LOADK, dst + 1, konst(fbits(c.imag())));
    }
    return;
  }
  unsupported(nullptr, "constant of type " + type_string(t));
}

// Complex values as a pair of doubles in two registers: a complex128's own
// registers, or a complex64 widened into new ones.
Reg Compiler::complex_pair(Expr* e) {
  Type* t = type_of(e);
  if (t && is_untyped(t)) t = default_type(t);
  if (is_basic(underlying(t), BasicKind::complex64)) {
    Reg w = expr_any(e);
    Reg p = alloc_words(2, false);
    emit(Op::C64TO128, p, w);
    return p;
  }
  return expr_any(e);
}

// Stores pair p as a value of complex type t at dst.
void Compiler::complex_store(Reg dst, Reg p, Type* t) {
  if (is_basic(underlying(t), BasicKind::complex64))
    emit(Op::C128TO64, dst, p);
  else if (dst != p)
    emit(Op::MOVEN, dst, p, 2);
}

void Compiler::normalize(Reg r, Type* t) {
  auto* b = as<Basic>(underlying(t));
  if (!b) return;
  switch (b->bkind) {
    case BasicKind::int8:
      emit(Op::SEXT8, r, r);
      break;
    case BasicKind::int16:
      emit(Op::SEXT16, r, r);
      break;
    case BasicKind::int32:
      emit(Op::SEXT32, r, r);
      break;
    case BasicKind::uint8:
      emit(Op::ZEXT8, r, r);
      break;
    case BasicKind::uint16:
      emit(Op::ZEXT16, r, r);
      break;
    case BasicKind::uint32:
      emit(Op::ZEXT32, r, r);
      break;
    case BasicKind::float32:
      emit(Op::F32, r, r);
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------------------
// Expressions

Reg Compiler::expr_any(Expr* e) {
  Expr* x = unparen(e);
  if (auto* id = as<Ident>(x); id && !const_of(e)) {
    Object* o = obj_of(id);
    auto it = o ? fs_->locals.find(o) : fs_->locals.end();
    if (it != fs_->locals.end() && !it->second.boxed) return it->second.reg;
  }
  // A call leaves its (single) result where its frame started: use it there.
  if (auto* c = as<CallExpr>(x); c && !const_of(e) && type_of(e) && !as<Tuple>(type_of(e))) {
    return call(c);
  }
  Type* t = type_of(e);
  if (t && is_untyped(t)) t = default_type(t);
  Reg r = alloc(t ? t : basic_type(BasicKind::int_));
  expr_to(e, r);
  return r;
}

void Compiler::expr_to(Expr* e, Reg dst) {
  line_ = e->pos.line ? e->pos.line : line_;
  if (const Value* v = const_of(e)) {
    constant_to(*v, type_of(e), dst);
    return;
  }
  Type* t = type_of(e);
  switch (e->kind) {
    case NodeKind::ParenExpr:
      expr_to(static_cast<ParenExpr*>(e)->x, dst);
      return;
    case NodeKind::Ident: {
      auto* id = static_cast<Ident*>(e);
      Object* o = obj_of(id);
      if (!o) {
        unsupported(e, "this identifier");
        return;
      }
      if (o->kind == ObjKind::nil) {
        emit(Op::ZERO, dst, words(t) ? words(t) : 1);
        return;
      }
      auto it = fs_->locals.find(o);
      if (it != fs_->locals.end() && it->second.boxed) {
        load_mem(dst, it->second.reg, 0, it->second.type);
        return;
      }
      if (it != fs_->locals.end()) {
        uint32_t n = words(it->second.type);
        if (it->second.reg == dst) return;
        if (n == 1)
          emit(Op::MOVE, dst, it->second.reg);
        else if (n > 1)
          emit(Op::MOVEN, dst, it->second.reg, n);
        return;
      }
      auto g = globals_.find(o);
      if (g != globals_.end()) {
        Reg save = fs_->top;
        Reg a = alloc_words(1);
        emit_bx(Op::GLOBAL, a, g->second.word);
        load_mem(dst, a, 0, ty(o->type));
        fs_->top = save;
        return;
      }
      if (o->kind == ObjKind::func && o->decl) {
        std::vector<Type*> targs = targs_of(e, nullptr);
        if (targs.empty()) {
          func_value(o, dst);
        } else {
          Reg first = fs_->top;
          emit_bx(Op::CLOSURE, dst, proto_inst(o, targs));
          emit(Op::ARG, 0, first, closure_type(0));
        }
        return;
      }
      unsupported(e, "this variable (captured or from another package)");
      return;
    }
    case NodeKind::BinaryExpr:
      binary_to(static_cast<BinaryExpr*>(e), dst);
      return;
    case NodeKind::StarExpr: {
      Reg save = fs_->top;
      Reg p = expr_any(static_cast<StarExpr*>(e)->x);
      load_mem(dst, p, 0, t);
      fs_->top = save;
      return;
    }
    case NodeKind::SelectorExpr: {
      auto* se = static_cast<SelectorExpr*>(e);
      auto it = info_.selections.find(se);
      if (it != info_.selections.end() && it->second.kind == SelectionKind::field) {
        Reg save = fs_->top;
        Loc l = loc_of(e);
        load_loc(dst, l, t);
        fs_->top = save;
        return;
      }
      if (it != info_.selections.end() && it->second.kind == SelectionKind::method) {
        method_value(se, it->second, dst);
        return;
      }
      if (it != info_.selections.end() && it->second.kind == SelectionKind::method_expr) {
        method_expr(se, it->second, dst);
        return;
      }
      if (Object* o = obj_of(se->sel); o && o->kind == ObjKind::func && o->decl) {
        func_value(o, dst);
        return;
      }
      if (Object* o = obj_of(se->sel); o && globals_.count(o)) {
        Reg save = fs_->top;
        Loc l = loc_of(e);
        load_loc(dst, l, t);
        fs_->top = save;
        return;
      }
      unsupported(e, "this selector");
      return;
    }
    case NodeKind::FuncLit:
      func_lit(static_cast<FuncLit*>(e), dst);
      return;
    case NodeKind::TypeAssertExpr:
      type_assert(static_cast<TypeAssertExpr*>(e), t, dst, false);
      return;
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<UnaryExpr*>(e);
      switch (u->op) {
        case Tok::add:
          expr_to(u->x, dst);
          return;
        case Tok::sub: {
          Reg save = fs_->top;
          if (is_complex(t)) {
            Reg p = complex_pair(u->x);
            Reg r = alloc_words(2, false);
            emit(Op::CNEG, r, p);
            complex_store(dst, r, t);
            fs_->top = save;
            return;
          }
          Reg x = expr_any(u->x);
          emit(is_float(t) ? Op::FNEG : Op::NEG, dst, x);
          normalize(dst, t);
          fs_->top = save;
          return;
        }
        case Tok::xor_: {
          Reg save = fs_->top;
          Reg x = expr_any(u->x);
          emit(Op::COMPL, dst, x);
          normalize(dst, t);
          fs_->top = save;
          return;
        }
        case Tok::not_: {
          Reg save = fs_->top;
          Reg x = expr_any(u->x);
          emit(Op::NOT, dst, x);
          fs_->top = save;
          return;
        }
        case Tok::and_:
          addr_of(u->x, dst);
          return;
        case Tok::arrow:
          recv_to(u->x, dst, 0);
          return;
        default:
          unsupported(e, std::string("operator ") + op_string(u->op));
          return;
      }
    }
    case NodeKind::CallExpr:
      call_to(static_cast<CallExpr*>(e), dst);
      return;
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<IndexExpr*>(e);
      if (info_.instances.count(e)) {
        // f[int] as a func value.
        Object* fo = nullptr;
        if (auto* id = as<Ident>(unparen(ix->x))) fo = obj_of(id);
        if (auto* sel = as<SelectorExpr>(unparen(ix->x))) fo = obj_of(sel->sel);
        if (fo && fo->kind == ObjKind::func && fo->decl) {
          Reg first = fs_->top;
          emit_bx(Op::CLOSURE, dst, proto_inst(fo, targs_of(e, nullptr)));
          emit(Op::ARG, 0, first, closure_type(0));
          return;
        }
      }
      Type* xt = underlying(type_of(ix->x));
      Reg save = fs_->top;
      if (is_string(xt)) {
        Reg s = expr_any(ix->x);
        Reg i = expr_any(ix->indices[0]);
        emit(Op::SINDEX, dst, s, i);
        fs_->top = save;
        return;
      }
      if (auto* sl = as<Slice>(xt)) {
        Reg s = expr_any(ix->x);
        Reg i = expr_any(ix->indices[0]);
        Reg a = alloc_words(1);
        emit(Op::SLICEIDX, a, s, i);
        emit_bx(Op::ARG, 0, uint32_t(lay_.size(sl->elem)));
        load_mem(dst, a, 0, sl->elem);
        fs_->top = save;
        return;
      }
      if (as<Map>(xt)) {
        map_index_to(ix, dst, nullptr);
        fs_->top = save;
        return;
      }
      if (as<Array>(xt) || (as<Pointer>(xt) && as<Array>(underlying(as<Pointer>(xt)->elem)))) {
        Loc l = loc_of(e);
        load_loc(dst, l, t);
        fs_->top = save;
        return;
      }
      unsupported(e, "indexing " + type_string(type_of(ix->x)));
      return;
    }
    case NodeKind::SliceExpr: {
      auto* se = static_cast<SliceExpr*>(e);
      Type* xt = underlying(type_of(se->x));
      Reg save = fs_->top;
      if (is_string(xt)) {
        Reg s = expr_any(se->x);
        Reg b = alloc_words(2, false);
        if (se->lo)
          expr_to(se->lo, b);
        else
          emit(Op::ZERO, b, 1);
        if (se->hi)
          expr_to(se->hi, b + 1);
        else
          emit(Op::MOVE, b + 1, s + 1);
        emit(Op::SSLICE, dst, s, b);
        fs_->top = save;
        return;
      }
      // A slice, or an array (addressable) or a pointer to one, sliced as
      // the slice {&a[0], len(a), len(a)}.
      Array* arr = as<Array>(xt);
      if (auto* p = as<Pointer>(xt)) arr = as<Array>(underlying(p->elem));
      Type* elem = nullptr;
      Reg s = 0;
      if (arr) {
        elem = arr->elem;
        s = alloc_words(3);
        if (as<Pointer>(xt)) {
          expr_to(se->x, s);
          emit(Op::NILCHK, s);
        } else {
          addr_of(se->x, s);
        }
        emit_bx(Op::LOADI, s + 1, uint32_t(arr->len));
        emit(Op::MOVE, s + 2, s + 1);
      } else if (auto* sl = as<Slice>(xt)) {
        elem = sl->elem;
        s = expr_any(se->x);
      }
      if (elem) {
        Reg b = alloc_words(3, false);
        if (se->lo)
          expr_to(se->lo, b);
        else
          emit(Op::ZERO, b, 1);
        if (se->hi)
          expr_to(se->hi, b + 1);
        else
          emit(Op::MOVE, b + 1, s + 1);
        if (se->max)
          expr_to(se->max, b + 2);
        else
          emit(Op::MOVE, b + 2, s + 2);
        if (lay_.size(elem) > 0xFFFF) {
          unsupported(e, "slicing slices of elements this large");
          return;
        }
        emit(Op::SLICESL, dst, s, b);
        // bx: bit 0 a 3-index slice, bit 1 an array (messages say length).
        emit_bx(Op::ARG, uint32_t(lay_.size(elem)), (se->slice3 ? 1 : 0) | (arr ? 2 : 0));
        fs_->top = save;
        return;
      }
      unsupported(e, "slicing " + type_string(type_of(se->x)));
      return;
    }
    case NodeKind::CompositeLit: {
      auto* cl = static_cast<CompositeLit*>(e);
      if (auto* pt = as<Pointer>(underlying(t))) {
        // An element {..} of a []*T or map[K]*T literal stands for &T{..}:
        // build the T, then move it to the heap.
        Reg save = fs_->top;
        Reg v = alloc(pt->elem);
        Type* saved_type = cl->type;
        cl->type = pt->elem;
        expr_to(cl, v);
        cl->type = saved_type;
        emit_bx(Op::NEW, dst, type_info(pt->elem));
        store_mem(v, dst, 0, pt->elem);
        fs_->top = save;
        return;
      }
      if (auto* sl = as<Slice>(underlying(t))) {
        Reg save = fs_->top;
        int64_t n = 0;
        for (Expr* el : cl->elts) {
          if (as<KeyValueExpr>(el)) {
            unsupported(el, "keyed slice literal");
            return;
          }
          n++;
        }
        Reg lc = alloc_words(2, false);
        emit_bx(Op::LOADI, lc, uint32_t(n));
        emit_bx(Op::LOADI, lc + 1, uint32_t(n));
        emit(Op::MAKESLICE, dst, lc, type_info(sl->elem));
        uint64_t esize = lay_.size(sl->elem);
        Reg v = alloc(sl->elem);
        Reg a = alloc_words(1);
        Reg idx = alloc_words(1, false);
        for (int64_t i = 0; i < n; i++) {
          expr_as(cl->elts[size_t(i)], sl->elem, v);
          emit_bx(Op::LOADI, idx, uint32_t(i));
          emit(Op::SLICEIDX, a, dst, idx);
          emit_bx(Op::ARG, 0, uint32_t(esize));
          store_mem(v, a, 0, sl->elem);
        }
        fs_->top = save;
        return;
      }
      if (as<Struct>(underlying(t))) {
        struct_lit(cl, t, dst);
        return;
      }
      if (as<Map>(underlying(t))) {
        map_lit(cl, t, dst);
        return;
      }
      if (auto* ar = as<Array>(underlying(t))) {
        uint32_t n = words(t);
        if (n) emit(Op::ZERO, dst, n);
        Reg save = fs_->top;
        uint64_t es = lay_.size(ar->elem);
        int64_t idx = 0;
        for (Expr* el : cl->elts) {
          if (auto* kv = as<KeyValueExpr>(el)) {
            if (const Value* kvv = const_of(kv->key)) idx = kvv->to_int64().value_or(0);
            el = kv->value;
          }
          Reg v = alloc(ar->elem);
          expr_as(el, ar->elem, v);
          store_loc(v, Loc{false, dst, int64_t(es) * idx}, ar->elem);
          fs_->top = save;
          idx++;
        }
        return;
      }
      unsupported(e, "composite literal of type " + type_string(t));
      return;
    }
    default:
      unsupported(e, std::string(node_kind_name(e->kind)));
      return;
  }
}

void Compiler::binary_to(BinaryExpr* e, Reg dst) {
  Tok op = e->op;
  if (op == Tok::land || op == Tok::lor) {
    expr_to(e->x, dst);
    size_t j = emit_jump(op == Tok::land ? Op::JF : Op::JT, dst);
    expr_to(e->y, dst);
    patch_to(j, here());
    return;
  }
  Type* xt = type_of(e->x);
  if (xt && is_untyped(xt)) xt = default_type(xt);
  Type* t = type_of(e);
  Reg save = fs_->top;
  if (op == Tok::eql || op == Tok::neq) {
    // With an interface on either side, the other converts to it; against
    // nil, only the itab word matters.
    Type* yt = type_of(e->y);
    bool xi = xt && is_interface(xt), yi = yt && is_interface(yt);
    if (xi || yi) {
      Type* it = xi ? xt : yt;
      auto is_nil = [&](Expr* x) {
        auto* id = as<Ident>(unparen(x));
        Object* o = id ? obj_of(id) : nullptr;
        return o && o->kind == ObjKind::nil;
      };
      Reg a = alloc(it), b = alloc(it);
      expr_as(e->x, it, a);
      expr_as(e->y, it, b);
      if (is_nil(e->x) || is_nil(e->y)) {
        emit(op == Tok::eql ? Op::EQ : Op::NE, dst, a, b);
      } else {
        emit(Op::IFACEEQ, dst, a, b);
        if (op == Tok::neq) emit(Op::NOT, dst, dst);
      }
      fs_->top = save;
      return;
    }
  }
  if (xt && is_complex(xt)) {
    Reg x = complex_pair(e->x);
    Reg y = complex_pair(e->y);
    switch (op) {
      case Tok::eql:
      case Tok::neq:
        emit(op == Tok::eql ? Op::CEQ : Op::CNE, dst, x, y);
        break;
      default: {
        Op o = op == Tok::add   ? Op::CADD
               : op == Tok::sub ? Op::CSUB
               : op == Tok::mul ? Op::CMUL
                                : Op::CDIV;
        Reg r = alloc_words(2, false);
        emit(o, r, x, y);
        complex_store(dst, r, t);
        break;
      }
    }
    fs_->top = save;
    return;
  }
  // Integer op with a small constant right operand: one instruction.
  if (xt && is_integer(xt) && is_scalar_word(xt)) {
    if (const Value* cv = const_of(e->y)) {
      auto iv = to_int(*cv);
      auto v = iv.ok() ? iv.val.to_int64() : std::nullopt;
      Op io = Op::NOP;
      int64_t imm = v ? *v : 0;
      if (v) {
        switch (op) {
          case Tok::add:
            io = Op::ADDI;
            break;
          case Tok::sub:
            io = Op::ADDI;
            imm = -imm;
            break;
          case Tok::mul:
            io = Op::MULI;
            break;
          case Tok::and_:
            io = Op::ANDI;
            break;
          case Tok::or_:
            io = Op::ORI;
            break;
          case Tok::xor_:
            io = Op::XORI;
            break;
          case Tok::shl:
            io = Op::SHLI;
            break;
          case Tok::shr:
            io = is_unsigned(xt) ? Op::SHRUI : Op::SHRSI;
            break;
          default:
            break;
        }
      }
      bool shift = io == Op::SHLI || io == Op::SHRSI || io == Op::SHRUI;
      bool fits = shift ? (imm >= 0 && imm <= 0xFFFF) : (imm >= -32768 && imm <= 32767);
      if (io != Op::NOP && fits) {
        Reg x = expr_any(e->x);
        emit(io, dst, x, uint16_t(imm));
        normalize(dst, t);
        fs_->top = save;
        return;
      }
    }
  }
  Reg x = expr_any(e->x);
  Reg y = expr_any(e->y);
  bool flt = is_float(xt);
  bool str = is_string(xt);
  bool uns = is_unsigned(xt);
  switch (op) {
    case Tok::eql:
    case Tok::neq:
    case Tok::lss:
    case Tok::leq:
    case Tok::gtr:
    case Tok::geq: {
      Reg a = x, b = y;
      Op o;
      bool swap = op == Tok::gtr || op == Tok::geq;
      if (swap) std::swap(a, b);
      Tok base = op == Tok::gtr ? Tok::lss : op == Tok::geq ? Tok::leq : op;
      if (str) {
        o = base == Tok::eql   ? Op::SEQ
            : base == Tok::neq ? Op::SNE
            : base == Tok::lss ? Op::SLT
                               : Op::SLE;
      } else if (flt) {
        o = base == Tok::eql   ? Op::FEQ
            : base == Tok::neq ? Op::FNE
            : base == Tok::lss ? Op::FLT
                               : Op::FLE;
      } else if (as<Struct>(underlying(xt)) || as<Array>(underlying(xt))) {
        if (base != Tok::eql && base != Tok::neq) {
          unsupported(e, "ordering");
          return;
        }
        struct_eq(dst, a, b, xt, base == Tok::neq);
        fs_->top = save;
        return;
      } else if (as<Slice>(underlying(xt)) && (base == Tok::eql || base == Tok::neq)) {
        o = base == Tok::eql ? Op::EQ : Op::NE;  // against nil: the data pointer
      } else if (words(xt) == 1) {
        o = base == Tok::eql   ? Op::EQ
            : base == Tok::neq ? Op::NE
            : base == Tok::lss ? (uns ? Op::LTU : Op::LTS)
                               : (uns ? Op::LEU : Op::LES);
      } else {
        unsupported(e, "comparing values of type " + type_string(xt));
        return;
      }
      emit(o, dst, a, b);
      fs_->top = save;
      return;
    }
    default:
      break;
  }
  if (str) {
    if (op != Tok::add) {
      unsupported(e, "this string operator");
      return;
    }
    emit(Op::CONCAT, dst, x, y);
    fs_->top = save;
    return;
  }
  Op o;
  switch (op) {
    case Tok::add:
      o = flt ? Op::FADD : Op::ADD;
      break;
    case Tok::sub:
      o = flt ? Op::FSUB : Op::SUB;
      break;
    case Tok::mul:
      o = flt ? Op::FMUL : Op::MUL;
      break;
    case Tok::quo:
      o = flt ? Op::FDIV : uns ? Op::DIVU : Op::DIVS;
      break;
    case Tok::rem:
      o = uns ? Op::REMU : Op::REMS;
      break;
    case Tok::and_:
      o = Op::AND;
      break;
    case Tok::or_:
      o = Op::OR;
      break;
    case Tok::xor_:
      o = Op::XOR;
      break;
    case Tok::and_not:
      o = Op::ANDNOT;
      break;
    case Tok::shl:
    case Tok::shr: {
      Type* ct = type_of(e->y);
      if (ct && is_signed_int(ct) && !const_of(e->y)) emit(Op::SHCHK, y);
      o = op == Tok::shl ? Op::SHL : (uns ? Op::SHRU : Op::SHRS);
      break;
    }
    default:
      unsupported(e, std::string("operator ") + op_string(op));
      return;
  }
  if ((o == Op::DIVS || o == Op::REMS) && false) {
  }
  emit(o, dst, x, y);
  normalize(dst, t);
  fs_->top = save;
}

// ---------------------------------------------------------------------------
// Conditions

std::vector<size_t> Compiler::cond_false(Expr* cond) {
  Expr* c = unparen(cond);
  if (auto* u = as<UnaryExpr>(c); u && u->op == Tok::not_) return cond_true(u->x);
  if (auto* b = as<BinaryExpr>(c)) {
    if (b->op == Tok::land) {
      auto f1 = cond_false(b->x);
      auto f2 = cond_false(b->y);
      f1.insert(f1.end(), f2.begin(), f2.end());
      return f1;
    }
    if (b->op == Tok::lor) {
      auto t1 = cond_true(b->x);
      auto f = cond_false(b->y);
      patch_here(t1);
      return f;
    }
    Type* xt = type_of(b->x);
    if (xt && is_untyped(xt)) xt = default_type(xt);
    bool scalar = xt && words(xt) == 1 && !is_float(xt) && is_scalar_word(xt);
    bool ordered_ok = scalar && is_signed_int(xt);
    Op inv = Op::NOP;
    bool swap = false;
    switch (b->op) {
      case Tok::eql:
        if (scalar) inv = Op::JNE;
        break;
      case Tok::neq:
        if (scalar) inv = Op::JEQ;
        break;
      case Tok::lss:
        if (ordered_ok) inv = Op::JGES;
        break;
      case Tok::leq:
        if (ordered_ok) inv = Op::JGTS;
        break;
      case Tok::gtr:
        if (ordered_ok) inv = Op::JLES;
        break;
      case Tok::geq:
        if (ordered_ok) inv = Op::JLTS;
        break;
      default:
        break;
    }
    (void)swap;
    if (inv != Op::NOP && !const_of(c)) {
      if (const Value* cv = const_of(b->y)) {
        auto iv = to_int(*cv);
        auto v = iv.ok() ? iv.val.to_int64() : std::nullopt;
        if (v && *v >= -32768 && *v <= 32767) {
          Op im = inv == Op::JNE    ? Op::JNEI
                  : inv == Op::JEQ  ? Op::JEQI
                  : inv == Op::JGES ? Op::JGESI
                  : inv == Op::JGTS ? Op::JGTSI
                  : inv == Op::JLES ? Op::JLESI
                                    : Op::JLTSI;
          Reg save = fs_->top;
          Reg x = expr_any(b->x);
          fs_->top = save;
          return {emit(im, x, uint16_t(int16_t(*v)))};
        }
      }
      Reg save = fs_->top;
      Reg x = expr_any(b->x);
      Reg y = expr_any(b->y);
      fs_->top = save;
      return {emit(inv, x, y)};
    }
  }
  Reg save = fs_->top;
  Reg r = expr_any(cond);
  fs_->top = save;
  return {emit_jump(Op::JF, r)};
}

// The fused jump for a comparison of scalar words: taken when `x op y`
// holds (negate: when it does not). NOP if the operands need a general
// comparison.
static Op fused_jump(Compiler* c, BinaryExpr* b, bool negate) {
  Type* xt = c->type_of(b->x);
  if (xt && is_untyped(xt)) xt = default_type(xt);
  bool scalar = xt && c->words(xt) == 1 && !is_float(xt) && is_scalar_word(xt);
  bool ordered = scalar && is_integer(xt) && !is_unsigned(xt);
  Tok op = b->op;
  if (negate) {
    switch (op) {
      case Tok::eql:
        op = Tok::neq;
        break;
      case Tok::neq:
        op = Tok::eql;
        break;
      case Tok::lss:
        op = Tok::geq;
        break;
      case Tok::leq:
        op = Tok::gtr;
        break;
      case Tok::gtr:
        op = Tok::leq;
        break;
      case Tok::geq:
        op = Tok::lss;
        break;
      default:
        return Op::NOP;
    }
  }
  switch (op) {
    case Tok::eql:
      return scalar ? Op::JEQ : Op::NOP;
    case Tok::neq:
      return scalar ? Op::JNE : Op::NOP;
    case Tok::lss:
      return ordered ? Op::JLTS : Op::NOP;
    case Tok::leq:
      return ordered ? Op::JLES : Op::NOP;
    case Tok::gtr:
      return ordered ? Op::JGTS : Op::NOP;
    case Tok::geq:
      return ordered ? Op::JGES : Op::NOP;
    default:
      return Op::NOP;
  }
}

static Op immediate_form(Op o) {
  switch (o) {
    case Op::JEQ:
      return Op::JEQI;
    case Op::JNE:
      return Op::JNEI;
    case Op::JLTS:
      return Op::JLTSI;
    case Op::JLES:
      return Op::JLESI;
    case Op::JGTS:
      return Op::JGTSI;
    case Op::JGES:
      return Op::JGESI;
    default:
      return Op::NOP;
  }
}

std::vector<size_t> Compiler::cond_true(Expr* cond) {
  Expr* c = unparen(cond);
  if (auto* u = as<UnaryExpr>(c); u && u->op == Tok::not_) return cond_false(u->x);
  if (auto* b = as<BinaryExpr>(c); b && !const_of(c)) {
    Op j = fused_jump(this, b, false);
    if (j != Op::NOP) {
      Reg save = fs_->top;
      if (const Value* cv = const_of(b->y)) {
        auto iv = to_int(*cv);
        auto v = iv.ok() ? iv.val.to_int64() : std::nullopt;
        if (v && *v >= -32768 && *v <= 32767) {
          Reg x = expr_any(b->x);
          fs_->top = save;
          return {emit(immediate_form(j), x, uint16_t(int16_t(*v)))};
        }
      }
      Reg x = expr_any(b->x);
      Reg y = expr_any(b->y);
      fs_->top = save;
      return {emit(j, x, y)};
    }
  }
  if (auto* b = as<BinaryExpr>(c)) {
    if (b->op == Tok::lor) {
      auto t1 = cond_true(b->x);
      auto t2 = cond_true(b->y);
      t1.insert(t1.end(), t2.begin(), t2.end());
      return t1;
    }
    if (b->op == Tok::land) {
      auto f1 = cond_false(b->x);
      auto t = cond_true(b->y);
      patch_here(f1);
      return t;
    }
  }
  Reg save = fs_->top;
  Reg r = expr_any(cond);
  fs_->top = save;
  return {emit_jump(Op::JT, r)};
}

// ---------------------------------------------------------------------------
// Calls

void Compiler::call_to(CallExpr* e, Reg dst) {
  Reg save = fs_->top;
  Reg r = call(e);
  Type* t = type_of(e);
  uint32_t n = t ? words(t) : 0;
  if (r != dst && n) {
    if (n == 1)
      emit(Op::MOVE, dst, r);
    else
      emit(Op::MOVEN, dst, r, n);
  }
  fs_->top = save;
}

Reg Compiler::call(CallExpr* e) {
  line_ = e->pos.line;
  Expr* fun = unparen(e->fun);
  // Conversion T(x).
  if (fun->type && !as<Signature>(underlying(fun->type)) && !as<Ident>(fun)) {
  }
  Object* fo = nullptr;
  Expr* callee_expr = fun;
  if (auto* ix = as<IndexExpr>(fun); ix && info_.instances.count(fun)) callee_expr = unparen(ix->x);
  if (auto* id = as<Ident>(callee_expr)) fo = obj_of(id);
  if (auto* sel = as<SelectorExpr>(callee_expr)) fo = obj_of(sel->sel);
  if (fo && fo->kind == ObjKind::type_name) {
    Type* to = type_of(e);
    Reg r = alloc(to);
    conversion(e->args[0], to, r);
    return r;
  }
  if (!fo) {
    // Conversions through type literals: []byte(s), (*T)(p)...
    Type* ft = fun->type;
    // (func())(nil) converts: a func type literal is a type, not a callee.
    if (ft && (!as<Signature>(underlying(ft)) || as<FuncType>(fun)) &&
        !info_.selections.count(as<SelectorExpr>(fun))) {
      Type* to = type_of(e);
      Reg r = alloc(to);
      conversion(e->args[0], to, r);
      return r;
    }
  }
  if (fo && fo->kind == ObjKind::builtin) {
    Type* t = type_of(e);
    Reg r = alloc(t && words(t) ? t : basic_type(BasicKind::int_));
    builtin(e, fo->builtin, r);
    return r;
  }
  if (auto* se = as<SelectorExpr>(fun)) {
    auto it = info_.selections.find(se);
    if (it != info_.selections.end() && it->second.kind == SelectionKind::method)
      return method_call(e, it->second);
    if (it != info_.selections.end() && it->second.kind == SelectionKind::method_expr)
      return value_call(e);  // T.M(x, ...): the method expression's func value
  }
  if (fo && fo->kind == ObjKind::var) return value_call(e);
  if (!fo && as<Signature>(underlying(type_of(e->fun)))) return value_call(e);
  if (!fo || fo->kind != ObjKind::func || !fo->decl) {
    unsupported(e, "this call");
    return alloc_words(1);
  }
  if (!callable(fo, e)) return alloc_words(1);
  std::vector<Type*> targs = targs_of(fun, e);
  auto* sig = as<Signature>(fo->type);
  if (!targs.empty()) sig = as<Signature>(subst(prog_.arena(), fo->type, sig->tparams, targs));
  Reg base = fs_->top;
  push_args(e, sig);
  line_ = e->pos.line;
  emit_bx(Op::CALL, base, proto_inst(fo, targs));
  uint32_t nres = result_words(sig);
  fs_->top = base;
  alloc_words(nres ? nres : 1);
  return base;
}

// Evaluates a call's arguments into consecutive registers at top, as the
// callee's parameters: f(g()) passes g's results in place; the extra
// arguments of a variadic call become a new slice (none: nil), and
// f(xs...) passes xs itself.
void Compiler::push_args(CallExpr* e, Signature* sig) {
  size_t np = sig->params->size();
  size_t fixed = sig->variadic ? np - 1 : np;
  if (e->args.size() == 1 && !e->has_dots) {
    auto* tup = as<Tuple>(type_of(e->args[0]));
    if (tup && tup->size() > 1) {
      spread_args(as<CallExpr>(unparen(e->args[0])), tup, sig);
      return;
    }
  }
  for (size_t i = 0; i < fixed && i < e->args.size(); i++) {
    Reg r = alloc(ty(sig->params->at(i)));
    expr_as(e->args[i], ty(sig->params->at(i)), r);
  }
  if (!sig->variadic) return;
  Type* st = ty(sig->params->at(np - 1));
  Reg s = alloc(st);
  if (e->has_dots) {
    expr_to(e->args[np - 1], s);
    return;
  }
  size_t n = e->args.size() > fixed ? e->args.size() - fixed : 0;
  if (n == 0) {
    emit(Op::ZERO, s, words(st));
    return;
  }
  variadic_slice(s, as<Slice>(underlying(st)), n,
                 [&](size_t i, Type* elem, Reg v) { expr_as(e->args[fixed + i], elem, v); });
}

// A new slice of n elements into s, element i computed into v by value.
void Compiler::variadic_slice(Reg s, Slice* sl, size_t n,
                              const std::function<void(size_t, Type*, Reg)>& value) {
  Reg t = fs_->top;
  Reg lc = alloc_words(2, false);
  emit_bx(Op::LOADI, lc, uint32_t(n));
  emit_bx(Op::LOADI, lc + 1, uint32_t(n));
  emit(Op::MAKESLICE, s, lc, type_info(sl->elem));
  Reg v = alloc(sl->elem);
  Reg a = alloc_words(1);
  Reg idx = alloc_words(1, false);
  for (size_t i = 0; i < n; i++) {
    value(i, sl->elem, v);
    emit_bx(Op::LOADI, idx, uint32_t(i));
    emit(Op::SLICEIDX, a, s, idx);
    emit_bx(Op::ARG, 0, uint32_t(lay_.size(sl->elem)));
    store_mem(v, a, 0, sl->elem);
  }
  fs_->top = t;
}

// f(g()) with g returning several values: the parameters' registers are
// reserved first (they are the callee's frame), g's results land above
// them and are converted into place (into the variadic slice for the
// rest, as in fmt.Println(g())).
void Compiler::spread_args(CallExpr* inner, Tuple* tup, Signature* sig) {
  size_t np = sig->params->size();
  size_t fixed = sig->variadic ? np - 1 : np;
  std::vector<Reg> params;
  for (size_t i = 0; i < fixed; i++) params.push_back(alloc(ty(sig->params->at(i))));
  Type* st = sig->variadic ? ty(sig->params->at(np - 1)) : nullptr;
  Reg s = st ? alloc(st) : 0;
  Reg t = fs_->top;
  Reg r = call(inner);
  std::vector<Reg> res;
  for (size_t i = 0; i < tup->size(); i++) {
    res.push_back(r);
    r += words(tup->at(i)) ? words(tup->at(i)) : 1;
  }
  for (size_t i = 0; i < fixed && i < res.size(); i++)
    value_as(res[i], tup->at(i), ty(sig->params->at(i)), params[i]);
  if (st) {
    size_t n = res.size() > fixed ? res.size() - fixed : 0;
    if (n == 0)
      emit(Op::ZERO, s, words(st));
    else
      variadic_slice(s, as<Slice>(underlying(st)), n, [&](size_t i, Type* elem, Reg v) {
        value_as(res[fixed + i], tup->at(fixed + i), elem, v);
      });
  }
  fs_->top = t;
}

// The print instruction for a value of type t in r (print/println's format).
void Compiler::emit_print(Reg r, Type* t, Node* at) {
  Type* u = underlying(t);
  if (is_boolean(u))
    emit(Op::PRINTB, r);
  else if (is_float(u))
    emit(Op::PRINTF, r);
  else if (is_basic(u, BasicKind::complex128))
    emit(Op::PRINTC, r);
  else if (is_basic(u, BasicKind::complex64)) {
    Reg p = alloc_words(2, false);
    emit(Op::C64TO128, p, r);
    emit(Op::PRINTC, p);
  } else if (is_unsigned(u))
    emit(Op::PRINTU, r);
  else if (is_integer(u))
    emit(Op::PRINTI, r);
  else if (is_string(u))
    emit(Op::PRINTS, r);
  else if (as<Pointer>(u) || as<Map>(u) || as<Chan>(u) || as<Signature>(u))
    emit(Op::PRINTP, r);
  else if (as<Slice>(u))
    emit(Op::PRINTSL, r);
  else if (as<Interface>(u))
    emit(Op::PRINTE, r);
  else
    unsupported(at, "printing " + type_string(t));
}

void Compiler::builtin(CallExpr* e, BuiltinId id, Reg dst) {
  Reg save = fs_->top;
  // complex(f()), copy(f()), append(f()), min(f()), delete(f()), ...: the
  // operands are f's results, in registers from one call.
  std::vector<Reg> res;
  Tuple* tup = nullptr;
  if (e->args.size() == 1 && id != BuiltinId::print_ && id != BuiltinId::println_) {
    tup = as<Tuple>(type_of(e->args[0]));
    if (tup && tup->size() > 1) {
      Reg r = call(as<CallExpr>(unparen(e->args[0])));
      for (size_t i = 0; i < tup->size(); i++) {
        res.push_back(r);
        r += words(tup->at(i)) ? words(tup->at(i)) : 1;
      }
    } else {
      tup = nullptr;
    }
  }
  size_t nargs = tup ? tup->size() : e->args.size();
  auto arg_type = [&](size_t i) { return tup ? tup->at(i) : type_of(e->args[i]); };
  auto arg_to = [&](size_t i, Reg r) {
    if (tup)
      value_as(res[i], tup->at(i), tup->at(i), r);
    else
      expr_to(e->args[i], r);
  };
  auto arg_as = [&](size_t i, Type* want, Reg r) {
    if (tup)
      value_as(res[i], tup->at(i), want, r);
    else
      expr_as(e->args[i], want, r);
  };
  auto arg_any = [&](size_t i) { return tup ? res[i] : expr_any(e->args[i]); };
  switch (id) {
    case BuiltinId::len_:
    case BuiltinId::cap_: {
      Type* at = underlying(type_of(e->args[0]));
      if (is_string(at) || as<Slice>(at)) {
        Reg s = expr_any(e->args[0]);
        emit(Op::MOVE, dst, s + (id == BuiltinId::len_ ? 1 : 2));
        break;
      }
      if (as<Map>(at) && id == BuiltinId::len_) {
        Reg m = expr_any(e->args[0]);
        emit(Op::MAPLEN, dst, m);
        break;
      }
      if (as<Chan>(at)) {
        Reg c = expr_any(e->args[0]);
        emit(id == BuiltinId::len_ ? Op::CHLEN : Op::CHCAP, dst, c);
        break;
      }
      unsupported(e, "len/cap of " + type_string(type_of(e->args[0])));
      break;
    }
    case BuiltinId::print_:
    case BuiltinId::println_: {
      // All arguments are evaluated before anything is printed.
      std::vector<std::pair<Reg, Type*>> vals;
      if (e->args.size() == 1 && as<Tuple>(type_of(e->args[0]))) {
        // println(f()) prints each of f's results.
        Reg r = call(as<CallExpr>(unparen(e->args[0])));
        auto* tup = as<Tuple>(type_of(e->args[0]));
        for (size_t i = 0; i < tup->size(); i++) {
          if (i && id == BuiltinId::println_) emit(Op::PRINTSP);
          emit_print(r, tup->at(i), e);
          r += words(tup->at(i)) ? words(tup->at(i)) : 1;
        }
        if (id == BuiltinId::println_) emit(Op::PRINTNL);
        break;
      }
      for (size_t i = 0; i < e->args.size(); i++) {
        Type* t = type_of(e->args[i]);
        if (t && is_untyped(t)) t = default_type(t);
        Reg r = alloc(t);
        expr_to(e->args[i], r);
        vals.push_back({r, t});
      }
      for (size_t i = 0; i < vals.size(); i++) {
        if (i && id == BuiltinId::println_) emit(Op::PRINTSP);
        emit_print(vals[i].first, vals[i].second, e->args[i]);
      }
      if (id == BuiltinId::println_) emit(Op::PRINTNL);
      break;
    }
    case BuiltinId::panic_: {
      Type* any = prog_.universe().any_type();
      Reg r = alloc(any);
      expr_as(e->args[0], any, r);
      line_ = e->pos.line;
      emit(Op::PANICV, r);
      break;
    }
    case BuiltinId::real_:
    case BuiltinId::imag_: {
      Reg p = complex_pair(e->args[0]);
      emit(Op::MOVE, dst, p + (id == BuiltinId::imag_ ? 1 : 0));
      break;
    }
    case BuiltinId::complex_: {
      Type* t = type_of(e);
      Reg p = alloc_words(2, false);
      arg_to(0, p);
      arg_to(1, p + 1);
      complex_store(dst, p, t);
      break;
    }
    case BuiltinId::min_:
    case BuiltinId::max_: {
      // Left to right: r = x0; then r = min(r, xi) for each further operand.
      Type* t = type_of(e);
      bool is_min = id == BuiltinId::min_;
      arg_to(0, dst);
      for (size_t i = 1; i < nargs; i++) {
        Reg save2 = fs_->top;
        Reg v = alloc(t);
        arg_to(i, v);
        if (is_float(t)) {
          emit(is_min ? Op::FMIN : Op::FMAX, dst, dst, v);
        } else {
          // if !(v < dst) (min) / !(dst < v) (max): keep dst
          Reg c = alloc_words(1, false);
          Op lt = is_string(t) ? Op::SLT : is_unsigned(t) ? Op::LTU : Op::LTS;
          if (is_min)
            emit(lt, c, v, dst);
          else
            emit(lt, c, dst, v);
          size_t skip = emit_jump(Op::JF, c);
          uint32_t n = words(t);
          if (n == 1)
            emit(Op::MOVE, dst, v);
          else
            emit(Op::MOVEN, dst, v, n);
          patch_to(skip, here());
        }
        fs_->top = save2;
      }
      break;
    }
    case BuiltinId::clear_: {
      Type* t = type_of(e->args[0]);
      Reg x = expr_any(e->args[0]);
      if (auto* sl = as<Slice>(underlying(t))) {
        emit(Op::CLEARSL, x);
        emit_bx(Op::ARG, 0, uint32_t(lay_.size(sl->elem)));
      } else {
        emit(Op::MAPCLEAR, x);
        emit_bx(Op::ARG, 0, map_info(t, e));
      }
      break;
    }
    case BuiltinId::recover_:
      if (!uses_recover_) recover_at_ = e;
      uses_recover_ = true;
      emit(Op::RECOVER, dst);
      break;
    case BuiltinId::append_: {
      auto* sl = as<Slice>(underlying(type_of(e)));
      if (!sl || is_basic(sl->elem, BasicKind::float32)) {
        unsupported(e, "this append");
        break;
      }
      arg_to(0, dst);
      if (e->has_dots) {
        Reg s = expr_any(e->args[1]);
        emit(Op::APPENDSL, dst, s);
        emit_bx(Op::ARG, 0, type_info(sl->elem));
        break;
      }
      size_t n = nargs - 1;
      if (n == 0) break;
      Reg first = fs_->top;
      for (size_t i = 1; i < nargs; i++) {
        Reg r = alloc(sl->elem);
        arg_as(i, sl->elem, r);
      }
      emit(Op::APPEND, dst, first, uint32_t(n));
      emit_bx(Op::ARG, 0, type_info(sl->elem));
      break;
    }
    case BuiltinId::close_: {
      Reg c = expr_any(e->args[0]);
      emit(Op::CHCLOSE, c);
      break;
    }
    case BuiltinId::make_: {
      Type* t = type_of(e);
      auto* sl = as<Slice>(underlying(t));
      if (as<Chan>(underlying(t))) {
        make_chan(e, dst);
        break;
      }
      if (as<Map>(underlying(t))) {
        Reg hint = alloc_words(1, false);
        if (e->args.size() > 1)
          expr_to(e->args[1], hint);
        else
          emit(Op::ZERO, hint, 1);
        emit(Op::MAKEMAP, dst, hint);
        emit_bx(Op::ARG, 0, map_info(t, e));
        break;
      }
      if (!sl) {
        unsupported(e, "make of " + type_string(t));
        break;
      }
      Reg lc = alloc_words(2, false);
      expr_to(e->args[1], lc);
      if (e->args.size() > 2)
        expr_to(e->args[2], lc + 1);
      else
        emit(Op::MOVE, lc + 1, lc);
      emit(Op::MAKESLICE, dst, lc, type_info(sl->elem));
      break;
    }
    case BuiltinId::copy_: {
      auto* sl = as<Slice>(underlying(arg_type(0)));
      // copy(dst []byte, src string): a string's {data, len} is a slice's
      // first two words.
      if (!sl || !(as<Slice>(underlying(arg_type(1))) || is_string(arg_type(1)))) {
        unsupported(e, "this copy");
        break;
      }
      Reg d = arg_any(0);
      Reg s = arg_any(1);
      emit(Op::COPYSL, dst, d, s);
      emit_bx(Op::ARG, 0, uint32_t(lay_.size(sl->elem)));
      break;
    }
    case BuiltinId::delete_: {
      Type* mt = arg_type(0);
      auto* m = as<Map>(underlying(mt));
      Reg mr = arg_any(0);
      Reg k = alloc(m->key);
      arg_as(1, m->key, k);
      emit(Op::MAPDELETE, mr, k);
      emit_bx(Op::ARG, 0, map_info(mt, e));
      break;
    }
    case BuiltinId::new_: {
      auto* p = as<Pointer>(type_of(e));
      emit_bx(Op::NEW, dst, type_info(p->elem));
      break;
    }
    default:
      unsupported(e, std::string("built-in ") + builtin_name(id));
      break;
  }
  fs_->top = save;
}

void Compiler::conversion(Expr* arg, Type* to, Reg dst) {
  Type* from = type_of(arg);
  if (from && is_untyped(from)) from = default_type(from);
  Type* fu = underlying(from);
  Type* tu = underlying(to);
  if (is_interface(to)) {
    expr_as(arg, to, dst);
    return;
  }
  if (is_integer(fu) && is_integer(tu)) {
    expr_to(arg, dst);
    normalize(dst, to);
    return;
  }
  if (is_integer(fu) && is_float(tu)) {
    expr_to(arg, dst);
    emit(is_unsigned(fu) ? Op::U2F : Op::I2F, dst, dst);
    normalize(dst, to);
    return;
  }
  if (is_float(fu) && is_integer(tu)) {
    expr_to(arg, dst);
    emit(is_unsigned(tu) ? Op::F2U : Op::F2I, dst, dst);
    normalize(dst, to);
    return;
  }
  if (is_float(fu) && is_float(tu)) {
    expr_to(arg, dst);
    normalize(dst, to);
    return;
  }
  if (is_complex(fu) && is_complex(tu)) {
    Reg save = fs_->top;
    Reg p = complex_pair(arg);
    complex_store(dst, p, to);
    fs_->top = save;
    return;
  }
  if (is_integer(fu) && is_string(tu)) {
    Reg save = fs_->top;
    Reg r = expr_any(arg);
    emit(Op::RUNESTR, dst, r);
    fs_->top = save;
    return;
  }
  if (is_string(fu) && as<Slice>(tu) &&
      is_basic(underlying(as<Slice>(tu)->elem), BasicKind::uint8)) {
    Reg save = fs_->top;
    Reg r = expr_any(arg);
    emit(Op::STR2BYTES, dst, r);
    fs_->top = save;
    return;
  }
  if (as<Slice>(fu) && is_string(tu) &&
      is_basic(underlying(as<Slice>(fu)->elem), BasicKind::uint8)) {
    Reg save = fs_->top;
    Reg r = expr_any(arg);
    emit(Op::BYTES2STR, dst, r);
    fs_->top = save;
    return;
  }
  auto rune_slice = [](Type* t) {
    auto* s = as<Slice>(t);
    return s && is_basic(underlying(s->elem), BasicKind::int32);
  };
  if (is_string(fu) && rune_slice(tu)) {
    Reg save = fs_->top;
    Reg r = expr_any(arg);
    emit(Op::STR2RUNES, dst, r);
    fs_->top = save;
    return;
  }
  if (rune_slice(fu) && is_string(tu)) {
    Reg save = fs_->top;
    Reg r = expr_any(arg);
    emit(Op::RUNES2STR, dst, r);
    fs_->top = save;
    return;
  }
  if (identical(fu, tu) || (as<Pointer>(fu) && as<Pointer>(tu))) {
    expr_to(arg, dst);
    return;
  }
  unsupported(arg, "conversion from " + type_string(from) + " to " + type_string(to));
}

int64_t Compiler::local_reg(Expr* e) {
  auto* id = as<Ident>(unparen(e));
  if (!id) return -1;
  Object* o = obj_of(id);
  auto it = o ? fs_->locals.find(o) : fs_->locals.end();
  return it == fs_->locals.end() || it->second.boxed ? -1 : int64_t(it->second.reg);
}

void Compiler::store_var(Expr* lhs, Reg src) {
  Expr* x = unparen(lhs);
  if (is_blank(x)) return;
  Type* t = type_of(lhs);
  if (auto* id = as<Ident>(x)) {
    Object* o = obj_of(id);
    auto it = o ? fs_->locals.find(o) : fs_->locals.end();
    if (it != fs_->locals.end() && it->second.boxed) {
      store_mem(src, it->second.reg, 0, it->second.type);
      return;
    }
    if (it != fs_->locals.end()) {
      uint32_t n = words(it->second.type);
      if (it->second.reg == src) return;
      if (n == 1)
        emit(Op::MOVE, it->second.reg, src);
      else if (n > 1)
        emit(Op::MOVEN, it->second.reg, src, n);
      return;
    }
    auto g = o ? globals_.find(o) : globals_.end();
    if (g != globals_.end()) {
      Reg save = fs_->top;
      Reg a = alloc_words(1);
      emit_bx(Op::GLOBAL, a, g->second.word);
      store_mem(src, a, 0, ty(o->type));
      fs_->top = save;
      return;
    }
    unsupported(lhs, "assigning to this variable");
    return;
  }
  if (auto* ix = as<IndexExpr>(x)) {
    if (as<Map>(underlying(type_of(ix->x)))) {
      Reg save = fs_->top;
      map_store(ix, src);
      fs_->top = save;
      return;
    }
    if (auto* sl = as<Slice>(underlying(type_of(ix->x)))) {
      Reg save = fs_->top;
      Reg s = expr_any(ix->x);
      Reg i = expr_any(ix->indices[0]);
      Reg a = alloc_words(1);
      emit(Op::SLICEIDX, a, s, i);
      emit_bx(Op::ARG, 0, uint32_t(lay_.size(sl->elem)));
      store_mem(src, a, 0, sl->elem);
      fs_->top = save;
      return;
    }
  }
  if (auto* st = as<StarExpr>(x)) {
    Reg save = fs_->top;
    Reg p = expr_any(st->x);
    store_mem(src, p, 0, t);
    fs_->top = save;
    return;
  }
  if (as<SelectorExpr>(x) || as<IndexExpr>(x)) {
    Reg save = fs_->top;
    Loc l = loc_of(x);
    store_loc(src, l, t);
    fs_->top = save;
    return;
  }
  unsupported(lhs, "assigning to " + expr_string(lhs));
}

}  // namespace gopark::interp
