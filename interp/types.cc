// types.cc - Go types: the arena, identity, type sets, printing, predicates.
#include "interp/types.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <utility>

#include "interp/constant.h"
#include "interp/scope.h"

namespace gopark::interp {

// ---------------------------------------------------------------------------
// Basic types. Constant-initialized, never written: safe to share between
// checks and threads.

namespace {

constexpr Basic kBasics[kNumBasicKinds] = {
    {BasicKind::invalid, 0, "invalid type"},
    {BasicKind::bool_, kIsBoolean, "bool"},
    {BasicKind::int_, kIsInteger, "int"},
    {BasicKind::int8, kIsInteger, "int8"},
    {BasicKind::int16, kIsInteger, "int16"},
    {BasicKind::int32, kIsInteger, "int32"},
    {BasicKind::int64, kIsInteger, "int64"},
    {BasicKind::uint_, kIsInteger | kIsUnsigned, "uint"},
    {BasicKind::uint8, kIsInteger | kIsUnsigned, "uint8"},
    {BasicKind::uint16, kIsInteger | kIsUnsigned, "uint16"},
    {BasicKind::uint32, kIsInteger | kIsUnsigned, "uint32"},
    {BasicKind::uint64, kIsInteger | kIsUnsigned, "uint64"},
    {BasicKind::uintptr, kIsInteger | kIsUnsigned, "uintptr"},
    {BasicKind::float32, kIsFloat, "float32"},
    {BasicKind::float64, kIsFloat, "float64"},
    {BasicKind::complex64, kIsComplex, "complex64"},
    {BasicKind::complex128, kIsComplex, "complex128"},
    {BasicKind::string, kIsString, "string"},
    {BasicKind::unsafe_pointer, 0, "unsafe.Pointer"},
    {BasicKind::untyped_bool, kIsBoolean | kIsUntyped, "untyped bool"},
    {BasicKind::untyped_int, kIsInteger | kIsUntyped, "untyped int"},
    {BasicKind::untyped_rune, kIsInteger | kIsUntyped, "untyped rune"},
    {BasicKind::untyped_float, kIsFloat | kIsUntyped, "untyped float"},
    {BasicKind::untyped_complex, kIsComplex | kIsUntyped, "untyped complex"},
    {BasicKind::untyped_string, kIsString | kIsUntyped, "untyped string"},
    {BasicKind::untyped_nil, kIsUntyped, "untyped nil"},
};
constexpr Basic kByte{BasicKind::uint8, kIsInteger | kIsUnsigned, "byte"};
constexpr Basic kRune{BasicKind::int32, kIsInteger, "rune"};

// Type* is non-const throughout the checker; the basics are never written
// through it (no Basic member is mutable), so casting const away is sound.
Type* mut(const Basic& b) {
  return const_cast<Basic*>(&b);
}

}  // namespace

Type* basic_type(BasicKind k) {
  return mut(kBasics[static_cast<int>(k)]);
}
Type* byte_type() {
  return mut(kByte);
}
Type* rune_type() {
  return mut(kRune);
}

Type* Tuple::at(size_t i) const {
  return vars[i]->type;
}

// ---------------------------------------------------------------------------
// The arena.

TypeArena::TypeArena() {
  tuples_.emplace_back(std::vector<Object*>{});
  empty_tuple_ = &tuples_.back();
}
TypeArena::~TypeArena() = default;  // Object and Scope are complete here

size_t TypeArena::KeyHash::operator()(const Key& k) const {
  size_t h = std::hash<const void*>()(k.a);
  h = h * 31 + std::hash<const void*>()(k.b);
  h = h * 31 + std::hash<int64_t>()(k.n);
  return h * 31 + static_cast<size_t>(k.kind) * 4 + k.dir;
}

Type* TypeArena::pointer(Type* elem) {
  Type*& t = cons_[Key{TypeKind::pointer, 0, elem, nullptr, 0}];
  if (!t) t = &pointers_.emplace_back(elem);
  return t;
}
Type* TypeArena::slice(Type* elem) {
  Type*& t = cons_[Key{TypeKind::slice, 0, elem, nullptr, 0}];
  if (!t) t = &slices_.emplace_back(elem);
  return t;
}
Type* TypeArena::array(Type* elem, int64_t len) {
  Type*& t = cons_[Key{TypeKind::array, 0, elem, nullptr, len}];
  if (!t) t = &arrays_.emplace_back(len, elem);
  return t;
}
Type* TypeArena::map(Type* key, Type* elem) {
  Type*& t = cons_[Key{TypeKind::map, 0, key, elem, 0}];
  if (!t) t = &maps_.emplace_back(key, elem);
  return t;
}
Type* TypeArena::chan(ChanDir dir, Type* elem) {
  Type*& t = cons_[Key{TypeKind::chan, static_cast<uint8_t>(dir), elem, nullptr, 0}];
  if (!t) t = &chans_.emplace_back(dir, elem);
  return t;
}

Named* TypeArena::instance(Named* origin, const std::vector<Type*>& targs) {
  std::string key(reinterpret_cast<const char*>(&origin), sizeof origin);
  for (Type* a : targs) key.append(reinterpret_cast<const char*>(&a), sizeof a);
  Named*& n = instances_[key];
  if (!n) {
    n = &nameds_.emplace_back(origin->obj, nullptr);
    n->origin = origin;
    n->targs = targs;
  }
  return n;
}

Tuple* TypeArena::tuple(std::vector<Object*> vars) {
  return &tuples_.emplace_back(std::move(vars));
}
Signature* TypeArena::signature(Object* recv, Tuple* params, Tuple* results, bool variadic) {
  return &signatures_.emplace_back(recv, params ? params : empty_tuple_,
                                   results ? results : empty_tuple_, variadic);
}
Struct* TypeArena::struct_(std::vector<Object*> fields, std::vector<std::string> tags) {
  // Normalize: no tags at all is an empty list (so tag(i) is cheap).
  if (std::all_of(tags.begin(), tags.end(), [](const std::string& s) { return s.empty(); }))
    tags.clear();
  else
    tags.resize(fields.size());
  return &structs_.emplace_back(std::move(fields), std::move(tags));
}
Union* TypeArena::union_(std::vector<Term> terms) {
  return &unions_.emplace_back(std::move(terms));
}
Interface* TypeArena::interface(std::vector<Object*> methods, std::vector<Type*> embeddeds) {
  return &interfaces_.emplace_back(std::move(methods), std::move(embeddeds));
}
Named* TypeArena::named(Object* type_name, Type* underlying) {
  Named* n = &nameds_.emplace_back(type_name, underlying);
  if (type_name) type_name->type = n;
  return n;
}
TypeParam* TypeArena::type_param(Object* type_name, int index, Type* constraint) {
  TypeParam* p = &tparams_.emplace_back(type_name, index, constraint);
  if (type_name) type_name->type = p;
  return p;
}

// ---------------------------------------------------------------------------
// Underlying types.

Type* underlying(Type* t) {
  // A well-formed chain is one step; the bound only stops a cycle the
  // checker failed to break (type A B; type B A) from looping forever.
  for (int i = 0; i < 100 && t; i++) {
    if (auto* n = as<Named>(t)) {
      t = n->underlying;
      if (!t) return invalid_type();
    } else if (auto* p = as<TypeParam>(t)) {
      t = p->constraint;
      if (!t) return invalid_type();
    } else {
      return t;
    }
  }
  return invalid_type();
}

// ---------------------------------------------------------------------------
// Identity.

namespace {

bool same_method_sets(const TypeSet& x, const TypeSet& y, struct Identity& id);

// One identity check: remembers the interface pairs under comparison (a
// method's signature may mention its own interface through a Named, which
// is compared by pointer and stops there, but types2 keeps the guard for
// pathological literal recursion and so do we) and the correspondence of
// the type parameters of two generic signatures.
struct Identity {
  std::vector<std::pair<const Type*, const Type*>> ifaces;
  std::vector<std::pair<const TypeParam*, const TypeParam*>> tparams;

  bool tuples(const Tuple* x, const Tuple* y) {
    if (x->size() != y->size()) return false;
    for (size_t i = 0; i < x->size(); i++)
      if (!same(x->at(i), y->at(i))) return false;
    return true;
  }

  bool terms(const std::vector<Term>& x, const std::vector<Term>& y) {
    // Set equality: each term of x is in y and vice versa (lists are
    // normalized, so a term appears at most once).
    if (x.size() != y.size()) return false;
    for (const Term& a : x) {
      bool found = false;
      for (const Term& b : y)
        if (a.tilde == b.tilde && same(a.type, b.type)) found = true;
      if (!found) return false;
    }
    return true;
  }

  bool same(Type* x, Type* y) {
    if (x == y) return true;
    if (!x || !y || x->kind != y->kind) return false;
    switch (x->kind) {
      case TypeKind::basic:
        return as<Basic>(x)->bkind == as<Basic>(y)->bkind;
      case TypeKind::pointer:
        return same(as<Pointer>(x)->elem, as<Pointer>(y)->elem);
      case TypeKind::slice:
        return same(as<Slice>(x)->elem, as<Slice>(y)->elem);
      case TypeKind::array: {
        auto *a = as<Array>(x), *b = as<Array>(y);
        return a->len >= 0 && a->len == b->len && same(a->elem, b->elem);
      }
      case TypeKind::map: {
        auto *a = as<Map>(x), *b = as<Map>(y);
        return same(a->key, b->key) && same(a->elem, b->elem);
      }
      case TypeKind::chan: {
        auto *a = as<Chan>(x), *b = as<Chan>(y);
        return a->dir == b->dir && same(a->elem, b->elem);
      }
      case TypeKind::tuple:
        return tuples(as<Tuple>(x), as<Tuple>(y));
      case TypeKind::signature: {
        auto *a = as<Signature>(x), *b = as<Signature>(y);
        if (a->variadic != b->variadic || a->tparams.size() != b->tparams.size()) return false;
        size_t mark = tparams.size();
        for (size_t i = 0; i < a->tparams.size(); i++)
          tparams.emplace_back(a->tparams[i], b->tparams[i]);
        bool ok = true;
        for (size_t i = 0; ok && i < a->tparams.size(); i++)
          ok = same(a->tparams[i]->constraint, b->tparams[i]->constraint);
        ok = ok && tuples(a->params, b->params) && tuples(a->results, b->results);
        tparams.resize(mark);
        return ok;
      }
      case TypeKind::struct_: {
        auto *a = as<Struct>(x), *b = as<Struct>(y);
        if (a->fields.size() != b->fields.size()) return false;
        for (size_t i = 0; i < a->fields.size(); i++) {
          const Object *f = a->fields[i], *g = b->fields[i];
          if ((f->flags & kVarEmbedded) != (g->flags & kVarEmbedded) || a->tag(i) != b->tag(i) ||
              !f->same_id(*g) || !same(f->type, g->type))
            return false;
        }
        return true;
      }
      case TypeKind::union_:
        return terms(as<Union>(x)->terms, as<Union>(y)->terms);
      case TypeKind::interface: {
        for (auto& [p, q] : ifaces)
          if ((p == x && q == y) || (p == y && q == x)) return true;  // assume, as types2
        const TypeSet& a = type_set(as<Interface>(x));
        const TypeSet& b = type_set(as<Interface>(y));
        if (a.comparable != b.comparable || a.all_types != b.all_types) return false;
        ifaces.emplace_back(x, y);
        bool ok = terms(a.terms, b.terms) && same_method_sets(a, b, *this);
        ifaces.pop_back();
        return ok;
      }
      case TypeKind::named: {
        auto *a = as<Named>(x), *b = as<Named>(y);
        if (!a->is_instance() || a->origin != b->origin || a->targs.size() != b->targs.size())
          return false;
        for (size_t i = 0; i < a->targs.size(); i++)
          if (!same(a->targs[i], b->targs[i])) return false;
        return true;
      }
      case TypeKind::type_param:
        for (auto& [p, q] : tparams)
          if (p == x && q == y) return true;
        return false;
    }
    return false;
  }
};

bool same_method_sets(const TypeSet& x, const TypeSet& y, Identity& id) {
  if (x.methods.size() != y.methods.size()) return false;
  // Both are sorted by name.
  for (size_t i = 0; i < x.methods.size(); i++) {
    const Object *f = x.methods[i], *g = y.methods[i];
    if (!f->same_id(*g) || !id.same(f->type, g->type)) return false;
  }
  return true;
}

}  // namespace

bool identical(Type* a, Type* b) {
  Identity id;
  return id.same(a, b);
}

// ---------------------------------------------------------------------------
// Type sets (types2 typeset.go, simplified: no error reporting - the checker
// validates embedded elements and duplicate methods itself).

namespace {

// x ⊆ y for single terms (never the universe term).
bool term_subset(const Term& x, const Term& y) {
  if (y.tilde) return identical(x.tilde ? x.type : underlying(x.type), y.type);
  return !x.tilde && identical(x.type, y.type);
}

// x ∩ y, or nullopt when disjoint. A null type is the universe term.
std::optional<Term> term_intersect(const Term& x, const Term& y) {
  if (!x.type) return y;
  if (!y.type) return x;
  Type* ux = y.tilde ? underlying(x.type) : x.type;
  Type* uy = x.tilde ? underlying(y.type) : y.type;
  if (!identical(ux, uy)) return std::nullopt;
  if (!x.tilde) return x;
  return y;  // ~t ∩ ~t, or ~t ∩ T = T
}

// Drops terms contained in another term; keeps first-seen order.
std::vector<Term> normalize(const std::vector<Term>& in) {
  std::vector<Term> out;
  for (size_t i = 0; i < in.size(); i++) {
    bool redundant = false;
    for (size_t j = 0; j < in.size() && !redundant; j++) {
      if (i == j) continue;
      // in[i] inside in[j]: drop in[i], except keep the first of two equal terms.
      if (term_subset(in[i], in[j]) && (!term_subset(in[j], in[i]) || j < i)) redundant = true;
    }
    if (!redundant) out.push_back(in[i]);
  }
  return out;
}

// The terms an embedded element contributes: all (nullopt) or a list.
std::optional<std::vector<Term>> element_terms(Type* e, bool* comparable,
                                               std::vector<Object*>* methods) {
  Type* u = underlying(e);
  if (auto* it = as<Interface>(u); it && !as<TypeParam>(e)) {
    const TypeSet& ts = type_set(it);
    methods->insert(methods->end(), ts.methods.begin(), ts.methods.end());
    *comparable = *comparable || ts.comparable;
    if (ts.all_types) return std::nullopt;
    return ts.terms;
  }
  if (auto* un = as<Union>(e)) {
    std::vector<Term> out;
    for (const Term& t : un->terms) {
      auto* ti = as<Interface>(underlying(t.type));
      if (ti && !t.tilde && !as<TypeParam>(t.type)) {
        const TypeSet& ts = type_set(ti);  // methods of union members are ignored
        if (ts.all_types) return std::nullopt;
        out.insert(out.end(), ts.terms.begin(), ts.terms.end());
      } else {
        out.push_back(t);
      }
    }
    return normalize(out);
  }
  return std::vector<Term>{Term{false, e}};
}

}  // namespace

const TypeSet& type_set(Interface* t) {
  if (t->tset) return *t->tset;
  if (t->computing) {  // invalid cycle (interface embeds itself): empty set so far
    static const TypeSet kAll;
    return kAll;
  }
  t->computing = true;
  TypeSet ts;
  ts.comparable = t->builtin_comparable;
  std::vector<Object*> methods = t->methods;
  std::optional<std::vector<Term>> terms;  // nullopt = all types
  for (Type* e : t->embeddeds) {
    auto et = element_terms(e, &ts.comparable, &methods);
    if (!et) continue;
    if (!terms) {
      terms = std::move(et);
      continue;
    }
    std::vector<Term> both;
    for (const Term& x : *terms)
      for (const Term& y : *et)
        if (auto r = term_intersect(x, y)) both.push_back(*r);
    terms = normalize(both);
  }
  if (terms) {
    ts.all_types = false;
    ts.terms = std::move(*terms);
    if (ts.comparable) {  // comparable ∩ terms = the comparable terms
      std::vector<Term> keep;
      for (const Term& x : ts.terms)
        if (comparable(x.type)) keep.push_back(x);
      ts.terms = std::move(keep);
      ts.comparable = false;
    }
  }
  // Sort by name, keeping the first declaration of each name.
  std::stable_sort(methods.begin(), methods.end(),
                   [](const Object* a, const Object* b) { return a->name < b->name; });
  for (Object* m : methods)
    if (ts.methods.empty() || ts.methods.back()->name != m->name) ts.methods.push_back(m);
  t->tset = std::move(ts);
  t->computing = false;
  return *t->tset;
}

// ---------------------------------------------------------------------------
// Printing (types2 typestring.go, without the hashing context).

Qualifier relative_to(const Package* current) {
  return [current](const Package* p) -> std::string { return p == current ? "" : p->name; };
}

namespace {

struct Writer {
  const Qualifier& q;
  std::string out;

  void type_name(const Object* obj) {
    if (obj->pkg) {
      std::string p = q ? q(obj->pkg) : obj->pkg->path;
      if (!p.empty()) out += p + ".";
    }
    out += obj->name;
  }

  void type_list(const std::vector<Type*>& ts) {
    out += '[';
    for (size_t i = 0; i < ts.size(); i++) {
      if (i) out += ", ";
      typ(ts[i]);
    }
    out += ']';
  }

  // [P any, Q, R comparable]: consecutive parameters with the same
  // constraint share it.
  void tparam_list(const std::vector<TypeParam*>& ps) {
    out += '[';
    const Type* prev = nullptr;
    for (size_t i = 0; i < ps.size(); i++) {
      if (i) {
        if (ps[i]->constraint != prev) {
          out += ' ';
          typ(prev);
        }
        out += ", ";
      }
      prev = ps[i]->constraint;
      typ(ps[i]);
    }
    if (prev) {
      out += ' ';
      typ(prev);
    }
    out += ']';
  }

  void tuple(const Tuple* t, bool variadic) {
    out += '(';
    for (size_t i = 0; i < t->size(); i++) {
      if (i) out += ", ";
      const Object* v = t->vars[i];
      if (!v->name.empty()) out += v->name + " ";
      const Type* vt = v->type;
      if (variadic && i + 1 == t->size()) {
        if (auto* s = as<Slice>(vt)) {
          out += "...";
          vt = s->elem;
        } else {  // append(s, "x"...): func([]byte, string...)
          typ(vt);
          out += "...";
          continue;
        }
      }
      typ(vt);
    }
    out += ')';
  }

  void signature(const Signature* s) {
    if (!s->tparams.empty()) tparam_list(s->tparams);
    tuple(s->params, s->variadic);
    size_t n = s->results->size();
    if (n == 0) return;
    out += ' ';
    if (n == 1 && s->results->vars[0]->name.empty()) {
      typ(s->results->at(0));
      return;
    }
    tuple(s->results, false);
  }

  void typ(const Type* t) {
    if (!t) {
      out += "<nil>";
      return;
    }
    switch (t->kind) {
      case TypeKind::basic:
        out += as<Basic>(t)->name;
        return;
      case TypeKind::pointer:
        out += '*';
        typ(as<Pointer>(t)->elem);
        return;
      case TypeKind::slice:
        out += "[]";
        typ(as<Slice>(t)->elem);
        return;
      case TypeKind::array: {
        auto* a = as<Array>(t);
        out += '[';
        out += a->len < 0 ? std::string("unknown") : std::to_string(a->len);
        out += ']';
        typ(a->elem);
        return;
      }
      case TypeKind::map:
        out += "map[";
        typ(as<Map>(t)->key);
        out += ']';
        typ(as<Map>(t)->elem);
        return;
      case TypeKind::chan: {
        auto* c = as<Chan>(t);
        bool parens = false;
        switch (c->dir) {
          case ChanDir::both: {
            out += "chan ";
            auto* e = as<Chan>(c->elem);  // chan (<-chan T) needs parentheses
            parens = e && e->dir == ChanDir::recv;
            break;
          }
          case ChanDir::send:
            out += "chan<- ";
            break;
          case ChanDir::recv:
            out += "<-chan ";
            break;
        }
        if (parens) out += '(';
        typ(c->elem);
        if (parens) out += ')';
        return;
      }
      case TypeKind::tuple:
        tuple(as<Tuple>(t), false);
        return;
      case TypeKind::signature:
        out += "func";
        signature(as<Signature>(t));
        return;
      case TypeKind::struct_: {
        auto* s = as<Struct>(t);
        out += "struct{";
        for (size_t i = 0; i < s->fields.size(); i++) {
          if (i) out += "; ";
          const Object* f = s->fields[i];
          if (!(f->flags & kVarEmbedded)) out += f->name + " ";
          typ(f->type);
          if (!s->tag(i).empty()) out += " " + quote_string(s->tag(i));
        }
        out += '}';
        return;
      }
      case TypeKind::union_: {
        auto* u = as<Union>(t);
        for (size_t i = 0; i < u->terms.size(); i++) {
          if (i) out += " | ";
          if (u->terms[i].tilde) out += '~';
          typ(u->terms[i].type);
        }
        return;
      }
      case TypeKind::interface: {
        auto* it = as<Interface>(t);
        if (it->universe_any) {
          out += "any";
          return;
        }
        if (it->builtin_comparable) {
          out += "interface{ /* comparable */ }";
          return;
        }
        if (it->implicit && it->methods.empty() && it->embeddeds.size() == 1) {
          typ(it->embeddeds[0]);
          return;
        }
        out += "interface{";
        bool first = true;
        for (const Object* m : it->methods) {
          if (!first) out += "; ";
          first = false;
          out += m->name;
          signature(as<Signature>(m->type));
        }
        for (const Type* e : it->embeddeds) {
          if (!first) out += "; ";
          first = false;
          typ(e);
        }
        out += '}';
        return;
      }
      case TypeKind::named: {
        auto* n = as<Named>(t);
        type_name(n->obj);
        if (!n->targs.empty())
          type_list(n->targs);
        else if (!n->tparams.empty())
          tparam_list(n->tparams);
        return;
      }
      case TypeKind::type_param:
        out += as<TypeParam>(t)->obj->name;
        return;
    }
  }
};

}  // namespace

std::string type_string(const Type* t, const Qualifier& q) {
  Writer w{q, {}};
  w.typ(t);
  return std::move(w.out);
}

// ---------------------------------------------------------------------------
// Default types and predicates.

Type* default_type(Type* t) {
  auto* b = as<Basic>(t);
  if (!b) return t;
  switch (b->bkind) {
    case BasicKind::untyped_bool:
      return basic_type(BasicKind::bool_);
    case BasicKind::untyped_int:
      return basic_type(BasicKind::int_);
    case BasicKind::untyped_rune:
      return rune_type();
    case BasicKind::untyped_float:
      return basic_type(BasicKind::float64);
    case BasicKind::untyped_complex:
      return basic_type(BasicKind::complex128);
    case BasicKind::untyped_string:
      return basic_type(BasicKind::string);
    default:
      return t;
  }
}

namespace {
bool has_info(Type* t, uint16_t bits) {
  if (as<TypeParam>(t)) return false;
  auto* b = as<Basic>(underlying(t));
  return b && (b->info & bits) != 0;
}
}  // namespace

bool is_boolean(Type* t) {
  return has_info(t, kIsBoolean);
}
bool is_integer(Type* t) {
  return has_info(t, kIsInteger);
}
bool is_unsigned(Type* t) {
  return has_info(t, kIsUnsigned);
}
bool is_float(Type* t) {
  return has_info(t, kIsFloat);
}
bool is_complex(Type* t) {
  return has_info(t, kIsComplex);
}
bool is_numeric(Type* t) {
  return has_info(t, kIsNumeric);
}
bool is_string(Type* t) {
  return has_info(t, kIsString);
}
bool is_ordered(Type* t) {
  return has_info(t, kIsOrdered);
}
bool is_const_type(Type* t) {
  return has_info(t, kIsConstType);
}
bool is_untyped(Type* t) {
  auto* b = as<Basic>(t);  // untyped types are never named
  return b && (b->info & kIsUntyped);
}
bool is_typed(Type* t) {
  return !is_untyped(t);
}
bool is_interface(Type* t) {
  return !as<TypeParam>(t) && as<Interface>(underlying(t));
}
bool is_invalid(Type* t) {
  auto* b = as<Basic>(t);
  return b && b->bkind == BasicKind::invalid;
}
bool is_basic(Type* t, BasicKind k) {
  auto* b = as<Basic>(underlying(t));
  return b && b->bkind == k;
}

namespace {
bool comparable_rec(Type* t, std::vector<const Type*>& seen) {
  if (std::find(seen.begin(), seen.end(), t) != seen.end()) return true;  // cycle: assume
  if (auto* p = as<TypeParam>(t)) {
    auto* it = as<Interface>(underlying(p->constraint));
    if (!it) return false;
    const TypeSet& ts = type_set(it);
    if (ts.comparable) return true;
    if (ts.all_types) return false;
    for (const Term& x : ts.terms)
      if (!comparable(x.type)) return false;
    return !ts.terms.empty();
  }
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::basic:
      // The invalid type counts as comparable so one error is reported once.
      return as<Basic>(u)->bkind != BasicKind::untyped_nil;
    case TypeKind::pointer:
    case TypeKind::chan:
    case TypeKind::interface:
      return true;
    case TypeKind::struct_: {
      seen.push_back(t);
      for (Object* f : as<Struct>(u)->fields)
        if (!comparable_rec(f->type, seen)) return false;
      return true;
    }
    case TypeKind::array:
      seen.push_back(t);
      return comparable_rec(as<Array>(u)->elem, seen);
    default:
      return false;
  }
}
}  // namespace

bool comparable(Type* t) {
  std::vector<const Type*> seen;
  return comparable_rec(t, seen);
}

std::optional<NumType> num_type(Type* t) {
  auto* b = as<Basic>(underlying(t));
  if (!b) return std::nullopt;
  switch (b->bkind) {
    case BasicKind::int8:
      return NumType::int8;
    case BasicKind::int16:
      return NumType::int16;
    case BasicKind::int32:
      return NumType::int32;
    case BasicKind::int64:
      return NumType::int64;
    case BasicKind::int_:
      return NumType::int_;
    case BasicKind::uint8:
      return NumType::uint8;
    case BasicKind::uint16:
      return NumType::uint16;
    case BasicKind::uint32:
      return NumType::uint32;
    case BasicKind::uint64:
      return NumType::uint64;
    case BasicKind::uint_:
      return NumType::uint_;
    case BasicKind::uintptr:
      return NumType::uintptr;
    case BasicKind::float32:
      return NumType::float32;
    case BasicKind::float64:
      return NumType::float64;
    case BasicKind::complex64:
      return NumType::complex64;
    case BasicKind::complex128:
      return NumType::complex128;
    default:
      return std::nullopt;
  }
}

}  // namespace gopark::interp
