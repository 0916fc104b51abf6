// compile_loc.cc - variables that live on the heap, locations of values
// (registers or memory), struct values, pointers, closures and method calls.
//
// Escape analysis is deliberately simple: a local variable lives in a heap
// cell ("boxed") when its address is taken (&x, &x.f, &x[i] of an array,
// x[:] of an array, a pointer-method call on it) or a function literal
// refers to it; every other local stays in registers. A boxed variable's
// register holds the cell's address, so closures share the variable, and
// pointers to it stay valid after the function returns.
#include <algorithm>
#include <cstring>

#include "interp/compile_internal.h"

namespace gopark::interp {

namespace {}  // namespace

void Compiler::find_boxed(Node* body) {
  // The variable at the root of an addressable operand (x in x.f[2].g),
  // following fields and array elements but not pointers or slices.
  auto root = [&](Expr* e) -> Object* {
    for (;;) {
      e = unparen(e);
      if (auto* se = as<SelectorExpr>(e)) {
        auto it = info_.selections.find(se);
        if (it == info_.selections.end() || it->second.kind != SelectionKind::field) return nullptr;
        if (se->x->type && as<Pointer>(underlying(se->x->type))) return nullptr;
        if (it->second.indirect) return nullptr;
        e = se->x;
      } else if (auto* ix = as<IndexExpr>(e)) {
        if (!ix->x->type || !as<Array>(underlying(ix->x->type))) return nullptr;
        e = ix->x;
      } else if (auto* id = as<Ident>(e)) {
        Object* o = obj_of(id);
        return o && o->kind == ObjKind::var && !globals_.count(o) ? o : nullptr;
      } else {
        return nullptr;
      }
    }
  };
  std::vector<FuncLit*> lits;
  std::function<void(Node*)> walk = [&](Node* n) {
    if (!n) return;
    if (auto* u = as<UnaryExpr>(n); u && u->op == Tok::and_) {
      if (Object* o = root(u->x)) boxed_.insert(o);
    } else if (auto* sl = as<SliceExpr>(n)) {
      if (sl->x->type && as<Array>(underlying(sl->x->type)))
        if (Object* o = root(sl->x)) boxed_.insert(o);
    } else if (auto* se = as<SelectorExpr>(n)) {
      auto it = info_.selections.find(se);
      if (it != info_.selections.end() && it->second.kind == SelectionKind::method) {
        auto* sig = as<Signature>(it->second.obj->type);
        if (sig && sig->recv && as<Pointer>(sig->recv->type) && se->x->type &&
            !as<Pointer>(underlying(se->x->type)))
          if (Object* o = root(se->x)) boxed_.insert(o);
      }
    } else if (auto* fl = as<FuncLit>(n)) {
      lits.push_back(fl);
    }
    for_each_child(n, walk);
  };
  walk(body);
  // Variables a function literal uses but does not declare.
  for (FuncLit* fl : lits) {
    std::function<void(Node*)> uses = [&](Node* n) {
      if (auto* id = as<Ident>(n)) {
        auto it = info_.uses.find(id);
        if (it != info_.uses.end() && it->second && it->second->kind == ObjKind::var &&
            !globals_.count(it->second) && !(it->second->flags & kVarField)) {
          Pos p = it->second->pos;
          if (p < fl->pos || !(p < fl->end)) boxed_.insert(it->second);
        }
      }
      for_each_child(n, uses);
    };
    uses(fl->body);
  }
}

void Compiler::bind_local(Object* o, Reg value) {
  if (!o || o->name == "_") return;
  if (!boxed_.count(o)) {
    fs_->locals[o] = LocalVar{value, ty(o->type), false};
    return;
  }
  Reg box = alloc_words(1);
  emit_bx(Op::NEW, box, type_info(ty(o->type)));
  store_mem(value, box, 0, ty(o->type));
  fs_->locals[o] = LocalVar{box, ty(o->type), true};
}

uint32_t Compiler::closure_type(uint32_t n) {
  auto it = closure_types_.find(n);
  if (it != closure_types_.end()) return it->second;
  auto ti = std::make_unique<TypeInfo>();
  ti->name = "closure";
  ti->size = 8 * (1 + uint64_t(n));
  ti->align = 8;
  for (uint32_t i = 1; i <= n; i++) {
    if (ti->ptrmap.size() <= i / 64) ti->ptrmap.resize(i / 64 + 1);
    ti->ptrmap[i / 64] |= uint64_t(1) << (i % 64);
  }
  mod_->types.push_back(std::move(ti));
  uint32_t id = uint32_t(mod_->types.size() - 1);
  closure_types_[n] = id;
  return id;
}

// ---------------------------------------------------------------------------
// Locations

Loc Compiler::field_path(Loc l, Type* t, const std::vector<int>& path, Type** out) {
  for (int idx : path) {
    if (auto* p = as<Pointer>(underlying(t))) {
      // An embedded pointer on the way: follow it.
      Reg r = alloc_words(1);
      load_loc(r, l, t);
      l = Loc{true, r, 0};
      t = p->elem;
    }
    auto* st = as<Struct>(underlying(t));
    if (!st) break;
    l.off += int64_t(lay_.field_offset(st, size_t(idx)));
    t = st->fields[size_t(idx)]->type;
  }
  *out = t;
  return l;
}

Loc Compiler::loc_of(Expr* e) {
  Expr* x = unparen(e);
  if (auto* id = as<Ident>(x); id && !const_of(e)) {
    Object* o = obj_of(id);
    auto it = o ? fs_->locals.find(o) : fs_->locals.end();
    if (it != fs_->locals.end()) {
      if (it->second.boxed) return Loc{true, it->second.reg, 0};
      return Loc{false, it->second.reg, 0};
    }
    auto g = o ? globals_.find(o) : globals_.end();
    if (g != globals_.end()) {
      Reg a = alloc_words(1);
      emit_bx(Op::GLOBAL, a, g->second.word);
      return Loc{true, a, 0};
    }
  }
  if (auto* se = as<SelectorExpr>(x)) {
    auto it = info_.selections.find(se);
    if (it == info_.selections.end()) {
      // pkg.Var
      Object* o = obj_of(se->sel);
      auto g = o ? globals_.find(o) : globals_.end();
      if (g != globals_.end()) {
        Reg a = alloc_words(1);
        emit_bx(Op::GLOBAL, a, g->second.word);
        return Loc{true, a, 0};
      }
    }
    if (it != info_.selections.end() && it->second.kind == SelectionKind::field) {
      Type* bt = type_of(se->x);
      Loc base;
      if (auto* p = as<Pointer>(underlying(bt))) {
        Reg r = expr_any(se->x);
        emit(Op::NILCHK, r);
        base = Loc{true, r, 0};
        bt = p->elem;
      } else {
        base = loc_of(se->x);
      }
      Type* ft;
      return field_path(base, bt, it->second.index, &ft);
    }
  }
  if (auto* st = as<StarExpr>(x)) {
    Reg r = expr_any(st->x);
    return Loc{true, r, 0};
  }
  if (auto* ix = as<IndexExpr>(x)) {
    Type* xt = underlying(type_of(ix->x));
    if (auto* sl = as<Slice>(xt)) {
      Reg s = expr_any(ix->x);
      Reg i = expr_any(ix->indices[0]);
      Reg a = alloc_words(1);
      emit(Op::SLICEIDX, a, s, i);
      emit_bx(Op::ARG, 0, uint32_t(lay_.size(sl->elem)));
      return Loc{true, a, 0};
    }
    Array* ar = as<Array>(xt);
    Loc base;
    if (!ar) {
      if (auto* p = as<Pointer>(xt)) ar = as<Array>(underlying(p->elem));
      if (ar) {
        Reg r = expr_any(ix->x);
        base = Loc{true, r, 0};
      }
    } else {
      base = loc_of(ix->x);
    }
    if (ar) {
      uint64_t esize = lay_.size(ar->elem);
      if (const Value* cv = const_of(ix->indices[0])) {
        auto i = cv->to_int64();
        base.off += int64_t(esize) * (i ? *i : 0);
        return base;
      }
      // Dynamic index: an address, checked against the length.
      Reg ptr = alloc_words(1);
      if (base.mem) {
        emit(Op::ADDI, ptr, base.reg, uint16_t(int16_t(base.off)));
      } else {
        emit(Op::REGADDR, ptr, base.reg);
        if (base.off) emit(Op::ADDI, ptr, ptr, uint16_t(int16_t(base.off)));
      }
      Reg i = expr_any(ix->indices[0]);
      Reg a = alloc_words(1);
      emit(Op::ARRIDX, a, ptr, i);
      // ARRIDX reads the length and element size as a pair of constants.
      auto& kk = fs_->proto->consts;
      kk.push_back(uint64_t(ar->len));
      kk.push_back(esize);
      uint32_t k = uint32_t(kk.size() - 2);
      emit_bx(Op::ARG, 0, k);
      return Loc{true, a, 0};
    }
  }
  // Any other value: evaluate it into registers.
  Type* t = type_of(e);
  Reg r = alloc(t);
  expr_to(e, r);
  return Loc{false, r, 0};
}

void Compiler::load_loc(Reg dst, Loc l, Type* t) {
  if (l.mem) {
    load_mem(dst, l.reg, int32_t(l.off), t);
    return;
  }
  uint64_t size = lay_.size(t);
  uint32_t n = words(t);
  if (l.off % 8 == 0 && (size % 8 == 0 || is_scalar_word(t)) && !(is_scalar_word(t) && size < 8)) {
    Reg from = l.reg + Reg(l.off / 8);
    if (from == dst || n == 0) return;
    if (n == 1)
      emit(Op::MOVE, dst, from);
    else
      emit(Op::MOVEN, dst, from, n);
    return;
  }
  Reg a = alloc_words(1);
  emit(Op::REGADDR, a, l.reg);
  load_mem(dst, a, int32_t(l.off), t);
}

void Compiler::store_loc(Reg src, Loc l, Type* t) {
  if (l.mem) {
    store_mem(src, l.reg, int32_t(l.off), t);
    return;
  }
  uint64_t size = lay_.size(t);
  uint32_t n = words(t);
  if (l.off % 8 == 0 && (size % 8 == 0 || is_scalar_word(t)) && !(is_scalar_word(t) && size < 8)) {
    Reg to = l.reg + Reg(l.off / 8);
    if (to == src || n == 0) return;
    if (n == 1)
      emit(Op::MOVE, to, src);
    else
      emit(Op::MOVEN, to, src, n);
    return;
  }
  Reg a = alloc_words(1);
  emit(Op::REGADDR, a, l.reg);
  store_mem(src, a, int32_t(l.off), t);
}

void Compiler::addr_of(Expr* e, Reg dst) {
  Expr* x = unparen(e);
  if (auto* cl = as<CompositeLit>(x)) {
    // &T{...}: a new heap value initialized from the literal.
    Type* t = type_of(x);
    Reg save = fs_->top;
    Reg v = alloc(t);
    expr_to(cl, v);
    emit_bx(Op::NEW, dst, type_info(t));
    store_mem(v, dst, 0, t);
    fs_->top = save;
    return;
  }
  Reg save = fs_->top;
  Loc l = loc_of(x);
  if (!l.mem) {
    unsupported(e, "taking this address");
    fs_->top = save;
    return;
  }
  if (l.off == 0) {
    if (l.reg != dst) emit(Op::MOVE, dst, l.reg);
  } else if (l.off >= -32768 && l.off <= 32767) {
    emit(Op::ADDI, dst, l.reg, uint16_t(int16_t(l.off)));
  } else {
    unsupported(e, "an address this far into a value");
  }
  fs_->top = save;
}

// ---------------------------------------------------------------------------
// Structs

void Compiler::struct_lit(CompositeLit* e, Type* t, Reg dst) {
  auto* st = as<Struct>(underlying(t));
  uint32_t n = words(t);
  if (n) emit(Op::ZERO, dst, n);
  Reg save = fs_->top;
  for (size_t i = 0; i < e->elts.size(); i++) {
    Expr* el = e->elts[i];
    size_t fi = i;
    if (auto* kv = as<KeyValueExpr>(el)) {
      auto* key = as<Ident>(kv->key);
      for (size_t k = 0; k < st->fields.size(); k++)
        if (key && st->fields[k]->name == key->name) fi = k;
      el = kv->value;
    }
    Object* f = st->fields[fi];
    Reg v = alloc(f->type);
    expr_as(el, f->type, v);
    store_loc(v, Loc{false, dst, int64_t(lay_.field_offset(st, fi))}, f->type);
    fs_->top = save;
  }
}

// dst = x == y (or !=) for struct or array values in registers x and y.
void Compiler::struct_eq(Reg dst, Reg x, Reg y, Type* t, bool neq) {
  Reg save = fs_->top;
  std::vector<std::pair<uint64_t, Type*>> leaves;  // (offset, scalar-ish type)
  std::function<void(Type*, uint64_t)> flatten = [&](Type* ty, uint64_t off) {
    Type* u = underlying(ty);
    if (auto* st = as<Struct>(u)) {
      for (size_t i = 0; i < st->fields.size(); i++)
        if (st->fields[i]->name != "_")
          flatten(st->fields[i]->type, off + lay_.field_offset(st, i));
    } else if (auto* ar = as<Array>(u)) {
      uint64_t es = lay_.size(ar->elem);
      for (int64_t i = 0; i < ar->len; i++) flatten(ar->elem, off + es * uint64_t(i));
    } else {
      leaves.push_back({off, ty});
    }
  };
  flatten(t, 0);
  emit_bx(Op::LOADI, dst, 1);
  std::vector<size_t> to_false;
  for (auto& [off, ft] : leaves) {
    Reg a = alloc(ft), b = alloc(ft);
    load_loc(a, Loc{false, x, int64_t(off)}, ft);
    load_loc(b, Loc{false, y, int64_t(off)}, ft);
    Reg r = alloc_words(1, false);
    equal(r, a, b, ft, false, nullptr);
    to_false.push_back(emit_jump(Op::JF, r));
    fs_->top = save;
  }
  size_t done = emit_jump(Op::JMP);
  patch_here(to_false);
  emit_bx(Op::LOADI, dst, 0);
  patch_to(done, here());
  if (neq) emit(Op::NOT, dst, dst);
  fs_->top = save;
}

void Compiler::equal(Reg dst, Reg x, Reg y, Type* t, bool neq, Node* at) {
  Type* u = underlying(t);
  if (is_string(u)) {
    emit(neq ? Op::SNE : Op::SEQ, dst, x, y);
  } else if (is_float(u)) {
    emit(neq ? Op::FNE : Op::FEQ, dst, x, y);
  } else if (is_basic(u, BasicKind::complex128)) {
    emit(neq ? Op::CNE : Op::CEQ, dst, x, y);
  } else if (is_basic(u, BasicKind::complex64)) {
    Reg a = alloc_words(2, false), b = alloc_words(2, false);
    emit(Op::C64TO128, a, x);
    emit(Op::C64TO128, b, y);
    emit(neq ? Op::CNE : Op::CEQ, dst, a, b);
  } else if (is_interface(t)) {
    emit(Op::IFACEEQ, dst, x, y);
    if (neq) emit(Op::NOT, dst, dst);
  } else if (as<Struct>(u) || as<Array>(u)) {
    struct_eq(dst, x, y, t, neq);
  } else if (words(t) == 1 || as<Slice>(u)) {
    // (A slice compares only with nil: its data word.)
    emit(neq ? Op::NE : Op::EQ, dst, x, y);
  } else {
    unsupported(at, "comparing values of type " + type_string(t));
  }
}

// ---------------------------------------------------------------------------
// Closures and func values

void Compiler::func_value(Object* fn, Reg dst) {
  Reg first = fs_->top;
  emit_bx(Op::CLOSURE, dst, proto_for(fn));
  emit(Op::ARG, 0, first, closure_type(0));
}

void Compiler::func_lit(FuncLit* e, Reg dst) {
  auto p = std::make_unique<Proto>();
  p->name = fs_->proto->name + ".func" + std::to_string(++fs_->nlits);
  p->file = fs_->proto->file;
  Proto* proto = p.get();
  mod_->protos.push_back(std::move(p));
  uint32_t id = uint32_t(mod_->protos.size() - 1);
  // Captured variables: boxed locals of enclosing functions used inside.
  std::vector<Object*> caps;
  std::function<void(Node*)> uses = [&](Node* n) {
    if (auto* idn = as<Ident>(n)) {
      auto it = info_.uses.find(idn);
      if (it != info_.uses.end() && it->second && fs_->locals.count(it->second) &&
          fs_->locals[it->second].boxed &&
          (it->second->pos < e->pos || !(it->second->pos < e->end))) {
        if (std::find(caps.begin(), caps.end(), it->second) == caps.end())
          caps.push_back(it->second);
      }
    }
    for_each_child(n, uses);
  };
  uses(e->body);
  // The closure object: box pointers in consecutive registers.
  Reg save = fs_->top;
  Reg first = fs_->top;
  for (Object* o : caps) {
    Reg r = alloc_words(1);
    emit(Op::MOVE, r, fs_->locals[o].reg);
  }
  emit_bx(Op::CLOSURE, dst, id);
  emit(Op::ARG, uint32_t(caps.size()), first, closure_type(uint32_t(caps.size())));
  fs_->top = save;
  // Compile the literal's body now, in a function state of its own.
  FuncState fs;
  fs.proto = proto;
  fs.sig = as<Signature>(type_of(e));
  fs.pkg = fs_->pkg;
  fs.tfrom = fs_->tfrom;  // a literal in a generic function's instance
  fs.tto = fs_->tto;
  fs.captures = caps;
  FuncState* outer = fs_;
  int line = line_;
  fs_ = &fs;
  Reg params_end = 0;
  std::vector<std::pair<Object*, Reg>> pbind;
  for (Object* v : fs.sig->params->vars) {
    Reg r = alloc(ty(v->type));
    pbind.push_back({v, r});
  }
  params_end = fs.top;
  proto->nparams = params_end;
  proto->has_args = fs.sig->params->size() > 0;
  fs.results = fs.top;
  uint32_t nres = 0;
  std::vector<std::pair<Object*, Reg>> rbind;
  for (Object* v : fs.sig->results->vars) {
    Reg r = alloc(ty(v->type));
    nres += words(ty(v->type));
    rbind.push_back({v, r});
  }
  proto->nresults = nres;
  for (size_t i = 0; i < caps.size(); i++) {
    Reg r = alloc_words(1);
    emit(Op::UPVAL, r, uint32_t(i));
    fs.locals[caps[i]] = LocalVar{r, ty(caps[i]->type), true};
  }
  for (auto& [v, r] : pbind)
    if (!v->name.empty()) bind_local(v, r);
  for (auto& [v, r] : rbind)
    if (!v->name.empty() && v->name != "_") bind_local(v, r);
  fs.has_defer = has_defer(e->body);
  stmt_list(e->body->stmts);
  line_ = e->body->rbrace.line;
  function_end();
  fs_ = outer;
  line_ = line;
}

Reg Compiler::value_call(CallExpr* e) {
  auto* sig = as<Signature>(underlying(type_of(e->fun)));
  Reg f = alloc_words(1);
  expr_to(e->fun, f);
  Reg base = fs_->top;
  push_args(e, sig);
  line_ = e->pos.line;
  emit(Op::CALLF, base, f);
  uint32_t nres = result_words(sig);
  fs_->top = base;
  alloc_words(nres ? nres : 1);
  return base;
}

// ---------------------------------------------------------------------------
// Methods

std::string Compiler::proto_name(Object* fn) {
  auto* sig = as<Signature>(fn->type);
  if (sig && sig->recv) {
    Type* rt = sig->recv->type;
    bool ptr = false;
    if (auto* p = as<Pointer>(rt)) {
      rt = p->elem;
      ptr = true;
    }
    const Package* pkg = fn->pkg ? fn->pkg : pkg_;
    std::string tn = type_string(rt, relative_to(pkg));
    size_t br = tn.find('[');
    if (br != std::string::npos) tn = tn.substr(0, br) + "[...]";
    return pkg->name + "." + (ptr ? "(*" + tn + ")" : tn) + "." + fn->name;
  }
  return (fn->pkg ? fn->pkg->name : pkg_->name) + "." + fn->name;
}

void Compiler::method_recv(SelectorExpr* se, const Selection& sel, Reg rv) {
  auto* msig = as<Signature>(sel.obj->type);
  bool want_ptr = as<Pointer>(msig->recv->type) != nullptr;
  Type* xt = type_of(se->x);
  std::vector<int> path(sel.index.begin(), sel.index.end() - 1);
  Reg inner = fs_->top;
  if (auto* p = as<Pointer>(underlying(xt))) {
    Reg r = expr_any(se->x);
    if (path.empty() && want_ptr)
      emit(Op::MOVE, rv, r);
    else
      recv_at(Loc{true, r, 0}, p->elem, path, want_ptr, rv, se);
  } else {
    recv_at(loc_of(se->x), xt, path, want_ptr, rv, se);
  }
  fs_->top = inner;
}

// The type arguments of the generic type whose method sel selects (empty
// for other methods): from the type holding the method, after following
// the embedded fields of the selection.
std::vector<Type*> Compiler::recv_targs(SelectorExpr* se, const Selection& sel) {
  auto* msig = as<Signature>(sel.obj->type);
  if (!msig || msig->rparams.empty()) return {};
  Type* t = type_of(se->x);
  auto deref = [](Type* x) {
    if (auto* p = as<Pointer>(underlying(x))) return p->elem;
    return x;
  };
  t = deref(t);
  for (size_t i = 0; i + 1 < sel.index.size(); i++) {
    auto* st = as<Struct>(underlying(t));
    if (!st) break;
    t = deref(st->fields[size_t(sel.index[i])]->type);
  }
  auto* n = as<Named>(t);
  return n ? n->targs : std::vector<Type*>{};
}

Reg Compiler::method_call(CallExpr* e, const Selection& sel) {
  Object* m = sel.obj;
  auto* msig = as<Signature>(m->type);
  if (is_iface_method(m)) return iface_call(e, sel);
  if (!m->decl || !msig || !msig->recv) {
    unsupported(e, "calling this method");
    return alloc_words(1);
  }
  if (!callable(m, e)) return alloc_words(1);
  auto* se = as<SelectorExpr>(unparen(e->fun));
  std::vector<Type*> targs = recv_targs(se, sel);
  if (!targs.empty()) msig = as<Signature>(subst(prog_.arena(), m->type, msig->rparams, targs));
  Reg base = fs_->top;
  Reg rv = alloc(msig->recv->type);
  method_recv(se, sel, rv);
  push_args(e, msig);
  line_ = e->pos.line;
  emit_bx(Op::CALL, base, proto_inst(m, targs));
  uint32_t nres = result_words(msig);
  fs_->top = base;
  alloc_words(nres ? nres : 1);
  return base;
}

}  // namespace gopark::interp
