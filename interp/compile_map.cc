// compile_map.cc - maps: their run-time description (MapInfo), indexing,
// assignment, comma-ok, delete, len, literals and range.
#include "interp/compile_internal.h"
#include "interp/map.h"

namespace gopark::interp {

namespace {

uint64_t round_up(uint64_t x, uint64_t a) {
  return (x + a - 1) / a * a;
}

// Keys the table compares byte by byte: integers, bools, pointers,
// channels, and structs and arrays of them.
bool bytewise_key(Type* t) {
  Type* u = underlying(t);
  if (auto* b = as<Basic>(u))
    return (b->info & (kIsInteger | kIsBoolean)) || b->bkind == BasicKind::unsafe_pointer;
  if (as<Pointer>(u) || as<Chan>(u)) return true;
  if (auto* a = as<Array>(u)) return bytewise_key(a->elem);
  if (auto* s = as<Struct>(u)) {
    for (Object* f : s->fields)
      if (!bytewise_key(f->type)) return false;
    return true;
  }
  return false;
}

void set_bit(std::vector<uint64_t>& m, uint64_t i) {
  if (m.size() <= i / 64) m.resize(i / 64 + 1);
  m[i / 64] |= uint64_t(1) << (i % 64);
}

}  // namespace

uint32_t Compiler::map_info(Type* mt, Node* at) {
  // By type identity: two local types may print alike.
  std::string key = type_key(underlying(mt));
  auto it = maps_.find(key);
  if (it != maps_.end()) return it->second;
  auto* m = as<Map>(underlying(mt));
  MapInfo mi;
  mi.name = type_string(mt, relative_to(nullptr));
  Type* ku = underlying(m->key);
  if (is_string(ku)) {
    mi.key_kind = KeyKind::string;
  } else if (is_basic(ku, BasicKind::float64)) {
    mi.key_kind = KeyKind::float64;
  } else if (bytewise_key(m->key)) {
    mi.key_kind = KeyKind::bytes;
  } else {
    mi.key_kind = KeyKind::general;
    mi.key_info = mod_->types[type_info(m->key)].get();
  }
  const Shape& ks = lay_.shape(m->key);
  const Shape& vs = lay_.shape(m->elem);
  mi.key_size = uint32_t(ks.size);
  mi.val_size = uint32_t(vs.size);
  mi.key_off = 0;
  mi.val_off = uint32_t(round_up(ks.size, vs.align ? vs.align : 1));
  // At least a word: hashing reads a small key as the entry's first word.
  mi.entry_size = uint32_t(std::max<uint64_t>(8, round_up(mi.val_off + vs.size, 8)));
  auto et = std::make_unique<TypeInfo>();
  et->name = "map entry of " + mi.name;
  et->size = mi.entry_size;
  et->align = 8;
  for (uint64_t i = 0; i < ks.words(); i++)
    if (ks.is_ptr_word(i)) set_bit(et->ptrmap, mi.key_off / 8 + i);
  for (uint64_t i = 0; i < vs.words(); i++)
    if (vs.is_ptr_word(i)) set_bit(et->ptrmap, mi.val_off / 8 + i);
  mod_->types.push_back(std::move(et));
  mi.entry_type = uint32_t(mod_->types.size() - 1);
  auto ht = std::make_unique<TypeInfo>();
  ht->name = "map header";
  ht->size = 8 * gomap::kHeaderWords;
  ht->align = 8;
  set_bit(ht->ptrmap, gomap::kTable);
  set_bit(ht->ptrmap, gomap::kCtrl);
  mod_->types.push_back(std::move(ht));
  mi.header_type = uint32_t(mod_->types.size() - 1);
  mod_->maps.push_back(std::move(mi));
  uint32_t id = uint32_t(mod_->maps.size() - 1);
  maps_[key] = id;
  return id;
}

// dst = m[k]; with ok, also *ok = whether k was there.
void Compiler::map_index_to(IndexExpr* ix, Reg dst, Reg* ok) {
  Type* mt = type_of(ix->x);
  auto* m = as<Map>(underlying(mt));
  uint32_t mi = map_info(mt, ix);
  Reg mr = expr_any(ix->x);
  Reg k = alloc(m->key);
  expr_as(ix->indices[0], m->key, k);
  Reg a = alloc_words(2);
  emit(Op::MAPLOOKUP, a, mr, k);
  emit_bx(Op::ARG, 0, mi);
  load_mem(dst, a, 0, m->elem);
  if (ok) *ok = a + 1;
}

void Compiler::map_store(IndexExpr* ix, Reg src) {
  Type* mt = type_of(ix->x);
  auto* m = as<Map>(underlying(mt));
  uint32_t mi = map_info(mt, ix);
  Reg mr = expr_any(ix->x);
  Reg k = alloc(m->key);
  expr_as(ix->indices[0], m->key, k);
  Reg a = alloc_words(1);
  emit(Op::MAPASSIGN, a, mr, k);
  emit_bx(Op::ARG, 0, mi);
  store_mem(src, a, 0, m->elem);
}

void Compiler::map_lit(CompositeLit* e, Type* t, Reg dst) {
  auto* m = as<Map>(underlying(t));
  uint32_t mi = map_info(t, e);
  Reg save = fs_->top;
  Reg hint = alloc_words(1, false);
  emit_bx(Op::LOADI, hint, uint32_t(e->elts.size()));
  emit(Op::MAKEMAP, dst, hint);
  emit_bx(Op::ARG, 0, mi);
  for (Expr* el : e->elts) {
    auto* kv = as<KeyValueExpr>(el);
    if (!kv) continue;
    Reg t2 = fs_->top;
    Reg k = alloc(m->key);
    expr_as(kv->key, m->key, k);
    Reg v = alloc(m->elem);
    expr_as(kv->value, m->elem, v);
    Reg a = alloc_words(1);
    emit(Op::MAPASSIGN, a, dst, k);
    emit_bx(Op::ARG, 0, mi);
    store_mem(v, a, 0, m->elem);
    fs_->top = t2;
  }
  fs_->top = save;
}

void Compiler::map_range(RangeStmt* s, BranchTarget bt) {
  Reg save = fs_->top;
  Type* mt = type_of(s->x);
  auto* m = as<Map>(underlying(mt));
  uint32_t mi = map_info(mt, s);
  Reg mr = alloc(mt);
  expr_to(s->x, mr);
  Reg it = alloc_words(6);
  emit(Op::MAPITER, it, mr);
  emit_bx(Op::ARG, 0, mi);
  Reg out = alloc_words(2);
  size_t top = here();
  size_t exit = emit(Op::MAPNEXT, it, out);
  emit_bx(Op::ARG, 0, mi);
  Reg inner = fs_->top;
  auto var_of = [&](Expr* e) -> Object* {
    auto* id = as<Ident>(e);
    if (!id || id->name == "_") return nullptr;
    auto d = info_.defs.find(id);
    return d != info_.defs.end() ? d->second : nullptr;
  };
  auto blank = [](Expr* e) { return !e || (as<Ident>(e) && as<Ident>(e)->name == "_"); };
  if (s->op == Tok::define) {
    if (Object* k = var_of(s->key)) {
      Reg kr = alloc(ty(k->type));
      load_mem(kr, out, 0, m->key);
      bind_local(k, kr);
    }
    if (Object* v = var_of(s->value)) {
      Reg vr = alloc(ty(v->type));
      load_mem(vr, out + 1, 0, m->elem);
      bind_local(v, vr);
    }
  } else if (s->op == Tok::assign) {
    if (!blank(s->key)) {
      Reg kr = alloc(m->key);
      load_mem(kr, out, 0, m->key);
      store_var(s->key, kr);
    }
    if (!blank(s->value)) {
      Reg vr = alloc(m->elem);
      load_mem(vr, out + 1, 0, m->elem);
      store_var(s->value, vr);
    }
  }
  fs_->targets.push_back(bt);
  stmt(s->body);
  BranchTarget done = std::move(fs_->targets.back());
  fs_->targets.pop_back();
  patch_here(done.continues);
  fs_->top = inner;
  size_t j = emit_jump(Op::JMP);
  patch_to(j, top);
  patch_to(exit, here());
  patch_here(done.breaks);
  fs_->top = save;
}

}  // namespace gopark::interp
