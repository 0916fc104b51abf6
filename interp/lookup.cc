// lookup.cc - selectors through embedded fields, method sets, interface
// satisfaction, assignability and convertibility (spec "Selectors",
// "Method sets", "Implementing an interface", "Assignability",
// "Conversions").
#include <algorithm>

#include "interp/check_internal.h"

namespace gopark::interp {

namespace {

bool has_name(Type* t) {
  return as<Basic>(t) || as<Named>(t) || as<TypeParam>(t);
}

bool same_name(const Object* o, const Package* pkg, std::string_view name) {
  if (o->name != name) return false;
  if (o->exported()) return true;
  return o->pkg == pkg || !o->pkg || !pkg;
}

bool ptr_recv(Object* m) {
  auto* sig = as<Signature>(m->type);
  return sig && sig->recv && as<Pointer>(sig->recv->type);
}

}  // namespace

Checker::LookupResult Checker::lookup(Type* T, bool addressable, const Package* pkg,
                                      std::string_view name) {
  LookupResult r;
  if (name == "_" || !T || is_invalid(T)) return r;
  // A defined pointer type has the fields of its base type but no methods.
  if (auto* n = as<Named>(T); n && as<Pointer>(n->underlying)) {
    LookupResult inner = lookup(n->underlying, false, pkg, name);
    if (inner.obj && inner.obj->kind == ObjKind::func) return LookupResult{};
    return inner;
  }
  Type* typ = T;
  bool is_ptr = false;
  if (auto* p = as<Pointer>(T)) {
    typ = p->elem;
    is_ptr = true;
    if (as<Interface>(underlying(typ))) return r;
  }
  struct Emb {
    Type* typ;
    std::vector<int> index;
    bool indirect;
    bool multiples;
  };
  std::vector<Emb> current{{typ, {}, is_ptr, false}};
  std::unordered_set<Named*> seen;
  while (!current.empty()) {
    std::vector<Emb> next;
    Object* found = nullptr;
    for (Emb& e : current) {
      Type* t = e.typ;
      if (auto* n = as<Named>(t)) {
        if (!seen.insert(n->origin).second) continue;
        Named* o = n->origin;
        bool hit = false;
        for (size_t i = 0; i < o->methods.size(); i++) {
          Object* m = o->methods[i];
          if (!same_name(m, pkg, name)) continue;
          if (found || e.multiples) {
            r.ambiguous = true;
            r.obj = nullptr;
            return r;
          }
          method_sig(m);
          found = m;
          r.index = e.index;
          r.index.push_back(int(i));
          r.indirect = e.indirect;
          hit = true;
          break;
        }
        if (hit) continue;
      }
      Type* u = underlying(t);
      if (auto* st = as<Struct>(u)) {
        for (size_t i = 0; i < st->fields.size(); i++) {
          Object* f = st->fields[i];
          if (same_name(f, pkg, name)) {
            if (found || e.multiples) {
              r.ambiguous = true;
              r.obj = nullptr;
              return r;
            }
            found = f;
            r.index = e.index;
            r.index.push_back(int(i));
            r.indirect = e.indirect;
            continue;
          }
          if (!found && (f->flags & kVarEmbedded)) {
            Type* ft = f->type;
            bool p = false;
            if (auto* pt = as<Pointer>(ft)) {
              ft = pt->elem;
              p = true;
            }
            std::vector<int> idx = e.index;
            idx.push_back(int(i));
            next.push_back({ft, std::move(idx), e.indirect || p, e.multiples});
          }
        }
      } else if (auto* it = as<Interface>(u)) {
        const TypeSet& ts = type_set(it);
        for (size_t i = 0; i < ts.methods.size(); i++) {
          if (!same_name(ts.methods[i], pkg, name)) continue;
          if (found || e.multiples) {
            r.ambiguous = true;
            r.obj = nullptr;
            return r;
          }
          found = ts.methods[i];
          r.index = e.index;
          r.index.push_back(int(i));
          r.indirect = e.indirect;
        }
      }
    }
    if (found) {
      if (found->kind == ObjKind::func && ptr_recv(found) && !r.indirect && !addressable) {
        r.ptr_required = true;
        return r;
      }
      r.obj = found;
      return r;
    }
    // Consolidate: the same type reached twice at one depth is ambiguous.
    std::vector<Emb> merged;
    for (Emb& e : next) {
      bool dup = false;
      for (Emb& m : merged) {
        if (identical(m.typ, e.typ)) {
          m.multiples = true;
          dup = true;
          break;
        }
      }
      if (!dup) merged.push_back(std::move(e));
    }
    current = std::move(merged);
  }
  return r;
}

// m's signature as a method of recv_type (an instance of a generic type
// substitutes the receiver's type parameters).
Type* Checker::method_type(Object* m, Type* recv_type) {
  method_sig(m);
  auto* sig = as<Signature>(m->type);
  if (!sig) return m->type;
  if (sig->rparams.empty()) return sig;
  Type* t = recv_type;
  if (auto* p = as<Pointer>(t)) t = p->elem;
  auto* n = as<Named>(t);
  // Find the instance of the method's receiver base type in recv_type's
  // embedding chain is the caller's business; here recv_type is it.
  if (!n || !n->is_instance()) return sig;
  return subst(sig, sig->rparams, n->targs);
}

std::string Checker::pos_string(Pos p) const {
  return filename_ + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

namespace {

// "M(x int) string": a method as missing-method messages show it.
std::string func_string(Checker* c, Object* m, Type* sig) {
  std::string s = type_string(sig, c->qual_);
  if (s.rfind("func", 0) == 0) s = s.substr(4);
  return m->name + s;
}

}  // namespace

Object* Checker::missing_method(Type* t, Type* iface, bool static_, bool* wrong_type,
                                bool* ptr_recv_out, Object** have) {
  *wrong_type = false;
  *ptr_recv_out = false;
  *have = nullptr;
  auto* it = as<Interface>(underlying(iface));
  if (!it) return nullptr;
  const TypeSet& ts = type_set(it);
  if (ts.methods.empty()) return nullptr;
  if (auto* ti = as<Interface>(underlying(t))) {
    const TypeSet& tts = type_set(ti);
    for (Object* m : ts.methods) {
      Object* found = nullptr;
      for (Object* o : tts.methods)
        if (o->same_id(*m)) found = o;
      if (!found) {
        if (static_) return m;
        continue;
      }
      if (!identical(found->type, m->type)) {
        *wrong_type = true;
        *have = found;
        return m;
      }
    }
    return nullptr;
  }
  for (Object* m : ts.methods) {
    LookupResult r = lookup(t, false, m->pkg, m->name);
    if (!r.obj || r.obj->kind != ObjKind::func) {
      if (r.ptr_required) {
        LookupResult p = lookup(t, true, m->pkg, m->name);
        *ptr_recv_out = true;
        *have = p.obj;
        return m;
      }
      // Same name with other capitalization?
      return m;
    }
    Type* mt = method_type(r.obj, t);
    if (!identical(mt, m->type)) {
      *wrong_type = true;
      *have = r.obj;
      return m;
    }
  }
  return nullptr;
}

std::string Checker::missing_method_cause(Type* t, Type* iface, Object* m, bool wrong_type,
                                          bool ptr, Object* have) {
  (void)iface;
  if (ptr) return "(method " + m->name + " has pointer receiver)";
  if (wrong_type && have) {
    Type* ht = as<Interface>(underlying(t)) ? have->type : method_type(have, t);
    return "(wrong type for method " + m->name + ")\n\t\thave " + func_string(this, have, ht) +
           "\n\t\twant " + func_string(this, m, m->type);
  }
  if (auto* p = as<Pointer>(t); p && as<Interface>(underlying(p->elem)))
    return "(type " + tstr(t) + " is pointer to interface, not interface)";
  LookupResult r = lookup(t, true, m->pkg, m->name);
  if (r.obj && r.obj->kind == ObjKind::var)
    return "(" + tstr(t) + "." + r.obj->name + " is a field, not a method)";
  return "(missing method " + m->name + ")";
}

bool Checker::implements(Type* t, Type* iface, std::string* cause) {
  if (is_invalid(t) || is_invalid(iface)) return true;
  auto* ti = as<Interface>(underlying(iface));
  if (!ti) {
    if (cause) *cause = tstr(iface) + " is not an interface";
    return false;
  }
  bool wrong, ptr;
  Object* have;
  if (Object* m = missing_method(t, iface, true, &wrong, &ptr, &have)) {
    if (cause)
      *cause = tstr(t) + " does not implement " + tstr(iface) + " " +
               missing_method_cause(t, iface, m, wrong, ptr, have);
    return false;
  }
  const TypeSet& ts = type_set(ti);
  if (ts.comparable && !comparable(t)) {
    if (cause) *cause = tstr(t) + " does not implement comparable";
    return false;
  }
  return true;
}

bool Checker::assignable_to(Operand& x, Type* T, std::string* cause) {
  if (x.invalid() || is_invalid(T)) return true;
  Type* V = x.type;
  if (identical(V, T)) return true;
  Type* Vu = underlying(V);
  Type* Tu = underlying(T);
  auto* Vp = as<TypeParam>(V);
  auto* Tp = as<TypeParam>(T);
  if (is_untyped(Vu)) {
    if (Tp) {
      // Must be assignable to every type of T's type set.
      auto* it = as<Interface>(underlying(Tp));
      const TypeSet& ts = type_set(it);
      if (ts.all_types) return x.is_nil() ? false : false;
      for (const Term& term : ts.terms) {
        Operand y = x;
        if (!assignable_to(y, term.type, nullptr)) return false;
      }
      return true;
    }
    Type* out = nullptr;
    int code = 0;
    Operand y = x;
    return implicit_type(y, T, &out, &code) && out;
  }
  if (identical(Vu, Tu) && (!has_name(V) || !has_name(T)) && !Vp && !Tp) return true;
  if ((as<Interface>(Tu) && !Tp) ||
      (as<Pointer>(Tu) && as<Interface>(underlying(as<Pointer>(Tu)->elem)))) {
    if (as<Pointer>(Tu)) {
      if (cause) *cause = "type " + tstr(T) + " is pointer to interface, not interface";
      return false;
    }
    if (implements(V, T, cause)) return true;
    if (!Vp) return false;
  }
  if (auto* Vi = as<Interface>(Vu); Vi && !Vp) {
    if (as<Interface>(Tu) == nullptr && implements(T, V, nullptr)) {
      if (cause) *cause = "need type assertion";
      return false;
    }
  }
  if (auto* vc = as<Chan>(Vu); vc && vc->dir == ChanDir::both) {
    if (auto* tc = as<Chan>(Tu); tc && identical(vc->elem, tc->elem))
      return !has_name(V) || !has_name(T);
  }
  // Type parameters: assignable to (or from) every specific type of the
  // type set, when the other side is not a named type.
  auto specific = [](TypeParam* tp) -> const std::vector<Term>* {
    auto* it = as<Interface>(underlying(tp));
    if (!it) return nullptr;
    const TypeSet& ts = type_set(it);
    if (ts.all_types || ts.terms.empty()) return nullptr;
    return &ts.terms;
  };
  if (Tp && !has_name(V)) {
    const auto* terms = specific(Tp);
    if (!terms) return false;
    for (const Term& term : *terms)
      if (!assignable_to(x, term.type, nullptr)) return false;
    return true;
  }
  if (Vp && !has_name(T)) {
    const auto* terms = specific(Vp);
    if (!terms) return false;
    for (const Term& term : *terms) {
      Operand y = x;
      y.type = term.type;
      if (!assignable_to(y, T, nullptr)) return false;
    }
    return true;
  }
  return false;
}

namespace {

// Identical ignoring struct tags (conversions).
bool identical_ignore_tags(Type* a, Type* b) {
  if (identical(a, b)) return true;
  auto* sa = as<Struct>(a);
  auto* sb = as<Struct>(b);
  if (!sa || !sb || sa->fields.size() != sb->fields.size()) return false;
  for (size_t i = 0; i < sa->fields.size(); i++) {
    Object* fa = sa->fields[i];
    Object* fb = sb->fields[i];
    if (fa->name != fb->name || (fa->flags & kVarEmbedded) != (fb->flags & kVarEmbedded))
      return false;
    if (!identical_ignore_tags(fa->type, fb->type)) return false;
  }
  return true;
}

bool is_bytes_or_runes(Type* t) {
  auto* s = as<Slice>(underlying(t));
  if (!s) return false;
  auto* b = as<Basic>(underlying(s->elem));
  return b && (b->bkind == BasicKind::uint8 || b->bkind == BasicKind::int32);
}

}  // namespace

bool Checker::convertible_to(Operand& x, Type* T, std::string* cause) {
  if (assignable_to(x, T, nullptr)) return true;
  Type* V = x.type;
  Type* Vu = underlying(V);
  Type* Tu = underlying(T);
  auto* Vp = as<TypeParam>(V);
  auto* Tp = as<TypeParam>(T);
  if (!Vp && !Tp) {
    if (identical_ignore_tags(Vu, Tu)) return true;
    auto* vp = as<Pointer>(V);
    auto* tp = as<Pointer>(T);
    if (vp && tp && identical_ignore_tags(underlying(vp->elem), underlying(tp->elem))) return true;
    if ((is_integer(Vu) || is_float(Vu)) && (is_integer(Tu) || is_float(Tu))) return true;
    if (is_complex(Vu) && is_complex(Tu)) return true;
    if ((is_integer(Vu) || is_bytes_or_runes(Vu)) && is_string(Tu)) return true;
    if (is_string(Vu) && is_bytes_or_runes(Tu)) return true;
    if (auto* s = as<Slice>(Vu)) {
      if (auto* a = as<Array>(Tu); a && identical(s->elem, a->elem)) return true;
      if (auto* p = as<Pointer>(Tu)) {
        if (auto* a = as<Array>(underlying(p->elem)); a && identical(s->elem, a->elem)) return true;
      }
    }
    return false;
  }
  // Type parameters: every pair of types in the type sets must convert.
  auto terms_of = [&](Type* t) -> std::vector<Type*> {
    auto* tpp = as<TypeParam>(t);
    if (!tpp) return {t};
    auto* it = as<Interface>(underlying(tpp));
    const TypeSet& ts = type_set(it);
    if (ts.all_types) return {};
    std::vector<Type*> out;
    for (const Term& term : ts.terms) out.push_back(term.type);
    return out;
  };
  auto vs = terms_of(V);
  auto ts = terms_of(T);
  if (vs.empty() || ts.empty()) {
    if (cause) *cause = "";
    return false;
  }
  for (Type* v : vs) {
    for (Type* t : ts) {
      Operand y = x;
      y.type = v;
      y.mode = Mode::value;
      if (!convertible_to(y, t, nullptr)) {
        if (cause)
          *cause = "cannot convert " + tstr(v) + " (in " + tstr(V) + ") to type " + tstr(t) +
                   (Tp ? " (in " + tstr(T) + ")" : "");
        return false;
      }
    }
  }
  return true;
}

}  // namespace gopark::interp
