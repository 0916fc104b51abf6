// check_type.cc - type expressions, function signatures, struct and
// interface types, type parameters, instantiation and substitution.
#include <algorithm>

#include "interp/check_internal.h"

namespace gopark::interp {

Type* Checker::typexpr(Expr* e, Named* def) {
  Type* t = defined_type(e, def);
  if (auto* n = as<Named>(t); n && !n->tparams.empty() && !n->is_instance()) {
    error(e->pos, "cannot use generic type " + n->obj->name + tparams_string(n->tparams) +
                      " without instantiation");
    t = invalid_type();
  }
  e->type = t;
  return t;
}

std::string Checker::tparams_string(const std::vector<TypeParam*>& tps) {
  std::string s = "[";
  for (size_t i = 0; i < tps.size(); i++) {
    if (i) s += ", ";
    s += tps[i]->obj->name;
    if (i + 1 < tps.size() && tps[i + 1]->constraint == tps[i]->constraint) continue;
    s += " " + tstr(tps[i]->constraint);
  }
  return s + "]";
}

Type* Checker::var_type(Expr* e) {
  Type* t = typexpr(e);
  if (auto* it = as<Interface>(underlying(t)); it && !as<TypeParam>(t)) {
    const TypeSet& ts = type_set(it);
    if (!ts.all_types || ts.comparable) {
      error(e->pos, "cannot use type " + tstr(t) + " outside a type constraint: interface " +
                        (ts.comparable && ts.all_types ? "is (or embeds) comparable"
                                                       : "contains type constraints"));
      return invalid_type();
    }
  }
  return t;
}

Type* Checker::defined_type(Expr* e, Named* def) {
  switch (e->kind) {
    case NodeKind::Ident:
    case NodeKind::SelectorExpr: {
      Operand x;
      if (auto* id = as<Ident>(e))
        ident(x, id, true);
      else
        selector(x, static_cast<SelectorExpr*>(e), true);
      if (x.invalid()) return invalid_type();
      if (x.mode != Mode::typexpr) {
        error(e->pos, operand_string(x) + " is not a type");
        return invalid_type();
      }
      return x.type;
    }
    case NodeKind::IndexExpr:
      return generic_type_expr(static_cast<IndexExpr*>(e), def);
    case NodeKind::ParenExpr:
      return defined_type(static_cast<ParenExpr*>(e)->x, def);
    case NodeKind::ArrayType: {
      auto* a = static_cast<ArrayType*>(e);
      if (as<Ellipsis>(a->len)) {
        error(a->len->pos, "invalid use of [...] array (outside a composite literal)");
        var_type(a->elem);
        return invalid_type();
      }
      int64_t n = array_length(a->len);
      Type* elem = var_type(a->elem);
      if (n < 0) return invalid_type();
      return arena_.array(elem, n);
    }
    case NodeKind::SliceType:
      return arena_.slice(var_type(static_cast<SliceType*>(e)->elem));
    case NodeKind::MapType: {
      auto* m = static_cast<MapType*>(e);
      Type* k = var_type(m->key);
      Type* v = var_type(m->value);
      // Checked once the key type is complete (it may be a type being
      // declared, or a type parameter whose constraint comes later).
      if (!is_invalid(k)) pending_map_keys_.push_back({m->key, k});
      return arena_.map(k, v);
    }
    case NodeKind::ChanType: {
      auto* c = static_cast<ChanType*>(e);
      return arena_.chan(c->dir, var_type(c->elem));
    }
    case NodeKind::FuncType: {
      Scope* s = arena_.scope(scope_, e->pos, e->end, true, "function type");
      return func_type(static_cast<FuncType*>(e), nullptr, s, nullptr);
    }
    case NodeKind::StructType:
      return struct_type(static_cast<StructType*>(e));
    case NodeKind::InterfaceType:
      return interface_type(static_cast<InterfaceType*>(e), def);
    case NodeKind::StarExpr: {
      Type* elem = typexpr(static_cast<StarExpr*>(e)->x);
      if (is_invalid(elem)) return invalid_type();
      return arena_.pointer(elem);
    }
    case NodeKind::BadExpr:
      return invalid_type();
    case NodeKind::BinaryExpr:
    case NodeKind::UnaryExpr: {
      // ~T or A|B outside a constraint position.
      auto* u = as<UnaryExpr>(e);
      auto* b = as<BinaryExpr>(e);
      if ((u && u->op == Tok::tilde) || (b && b->op == Tok::or_)) {
        error(e->pos, "cannot use a type constraint outside a constraint position");
        return invalid_type();
      }
      [[fallthrough]];
    }
    default: {
      Operand x;
      expr(x, e);
      if (!x.invalid()) error(e->pos, operand_string(x) + " is not a type");
      return invalid_type();
    }
  }
}

// The constant length of an array type, or -1 after reporting why not.
int64_t Checker::array_length(Expr* e) {
  if (auto* id = as<Ident>(e)) {
    auto [sc, obj] = scope_->lookup_parent(id->name, id->pos);
    if (!obj) {
      error(e->pos,
            "undefined array length " + std::string(id->name) + " or missing type constraint");
      return -1;
    }
    if (obj->kind != ObjKind::const_) {
      error(e->pos, "invalid array length " + std::string(id->name));
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != Mode::constant) {
    if (!x.invalid()) error(e->pos, "array length " + operand_string(x) + " must be constant");
    return -1;
  }
  if (is_untyped(x.type) || is_integer(x.type)) {
    auto r = to_int(x.val);
    if (r.ok() && representable(r.val, NumType::int_).ok()) {
      if (auto v = r.val.to_int64(); v && *v >= 0) return *v;
    }
  }
  error(e->pos, std::string(is_integer(x.type) ? "invalid array length " : "array length ") +
                    operand_string(x) + (is_integer(x.type) ? "" : " must be integer"));
  return -1;
}

// ---------------------------------------------------------------------------
// Signatures

Signature* Checker::func_type(FuncType* f, Field* recv, Scope* scope, Object* fobj) {
  Scope* saved = scope_;
  scope_ = scope;
  std::vector<TypeParam*> tparams;
  if (!f->tparams.empty()) {
    tparams = declare_tparams(f->tparams, scope);
    bound_tparams(tparams, f->tparams);
  }
  // Receiver.
  Object* recv_var = nullptr;
  std::vector<TypeParam*> rparams;
  if (recv) {
    Expr* rt = recv->type;
    while (auto* p = as<ParenExpr>(rt)) rt = p->x;
    bool ptr = false;
    if (auto* s = as<StarExpr>(rt)) {
      ptr = true;
      rt = s->x;
      while (auto* p = as<ParenExpr>(rt)) rt = p->x;
    }
    Ident* base = as<Ident>(rt);
    IndexExpr* ix = as<IndexExpr>(rt);
    if (ix) base = as<Ident>(ix->x);
    Type* t = invalid_type();
    if (!base) {
      error(rt->pos, "invalid receiver type " + expr_string(rt));
    } else {
      auto [sc, obj] = scope_->lookup_parent(base->name, Pos{});
      (void)sc;
      if (!obj) {
        error(base->pos, "undefined: " + std::string(base->name));
      } else if (obj->kind != ObjKind::type_name) {
        error(base->pos, std::string(base->name) + " is not a type");
      } else {
        info_->uses[base] = obj;
        obj_decl(obj);
        Type* ot = obj->type;
        auto* n = as<Named>(ot);
        if (obj->pkg != pkg_ || !ot) {
          error(base->pos, "cannot define new methods on non-local type " + tstr(ot));
        } else if (!n) {
          error(base->pos, "invalid receiver type " + tstr(ot));
        } else if (as<Pointer>(n->underlying) || as<Interface>(n->underlying)) {
          error(base->pos, "invalid receiver type " + obj->name + " (pointer or interface type)");
        } else if (ix) {
          if (n->tparams.empty()) {
            error(base->pos, obj->name + " is not a generic type");
          } else if (ix->indices.size() != n->tparams.size()) {
            error(ix->pos, "receiver declares " + std::to_string(ix->indices.size()) +
                               " type parameters, but receiver base type declares " +
                               std::to_string(n->tparams.size()));
          } else {
            for (size_t i = 0; i < ix->indices.size(); i++) {
              auto* pid = as<Ident>(ix->indices[i]);
              std::string_view name = pid ? pid->name : std::string_view("_");
              Object* tn = arena_.object(ObjKind::type_name, name, ix->indices[i]->pos, nullptr);
              tn->pkg = pkg_;
              TypeParam* tp = arena_.type_param(tn, int(i), nullptr);
              rparams.push_back(tp);
              if (pid) declare(scope, pid, tn, Pos{});
            }
            std::vector<Type*> targs(rparams.begin(), rparams.end());
            for (size_t i = 0; i < rparams.size(); i++)
              rparams[i]->constraint = subst(n->tparams[i]->constraint, n->tparams, targs);
            t = arena_.instance(n, targs);
            expand(static_cast<Named*>(t));
          }
        } else if (!n->tparams.empty()) {
          error(base->pos, "cannot use generic type " + obj->name + tparams_string(n->tparams) +
                               " without instantiation");
        } else {
          t = n;
        }
      }
    }
    if (!is_invalid(t) && ptr) t = arena_.pointer(t);
    recv_var = arena_.object(ObjKind::var, recv->names.empty() ? "" : recv->names[0]->name,
                             recv->names.empty() ? recv->pos : recv->names[0]->pos, t);
    recv_var->flags = kVarParam;
    recv_var->pkg = pkg_;
    if (!recv->names.empty()) declare(scope, recv->names[0], recv_var, Pos{});
  }
  bool variadic = false;
  // Parameter names are in scope in the body only: `func f(url string,
  // v url.Values)` still means the package in the second type.
  std::vector<std::pair<Ident*, Object*>> to_declare;
  auto fields = [&](const List<Field>& list, bool params) {
    std::vector<Object*> vars;
    for (uint32_t i = 0; i < list.size(); i++) {
      Field* fl = list[i];
      Type* t;
      if (auto* el = as<Ellipsis>(fl->type)) {
        Type* et = var_type(el->elt);
        if (params && i + 1 == list.size() && fl->names.size() <= 1) {
          variadic = true;
          t = arena_.slice(et);
        } else {
          error(fl->type->pos, params ? "can only use ... with final parameter in list"
                                      : "can only use ... with final parameter in list");
          t = arena_.slice(et);
        }
        fl->type->type = t;
      } else {
        t = var_type(fl->type);
      }
      if (fl->names.empty()) {
        Object* v = arena_.object(ObjKind::var, "", fl->type->pos, t);
        v->flags = kVarParam;
        v->pkg = pkg_;
        vars.push_back(v);
        continue;
      }
      for (Ident* id : fl->names) {
        Object* v = arena_.object(ObjKind::var, id->name, id->pos, t);
        v->flags = kVarParam;
        v->pkg = pkg_;
        to_declare.push_back({id, v});
        vars.push_back(v);
      }
    }
    return vars;
  };
  Tuple* params = arena_.tuple(fields(f->params, true));
  bool var_saved = variadic;
  Tuple* results = arena_.tuple(fields(f->results, false));
  variadic = var_saved;
  for (auto& [id, v] : to_declare) declare(scope, id, v, Pos{});
  Signature* sig = arena_.signature(recv_var, params, results, variadic);
  sig->tparams = std::move(tparams);
  sig->rparams = std::move(rparams);
  f->type = sig;
  scope_ = saved;
  (void)fobj;
  return sig;
}

std::vector<TypeParam*> Checker::declare_tparams(const List<Field>& fields, Scope* scope) {
  std::vector<TypeParam*> tps;
  for (Field* f : fields) {
    for (Ident* id : f->names) {
      Object* tn = arena_.object(ObjKind::type_name, id->name, id->pos, nullptr);
      tn->pkg = pkg_;
      TypeParam* tp = arena_.type_param(tn, int(tps.size()), nullptr);
      declare(scope, id, tn, Pos{});
      tps.push_back(tp);
    }
  }
  return tps;
}

void Checker::bound_tparams(const std::vector<TypeParam*>& tps, const List<Field>& fields) {
  size_t i = 0;
  for (Field* f : fields) {
    Type* bound = nullptr;
    Expr* c = f->type;
    auto* u = as<UnaryExpr>(c);
    auto* b = as<BinaryExpr>(c);
    if ((u && u->op == Tok::tilde) || (b && b->op == Tok::or_)) {
      Type* ut = union_type(c);
      Interface* it = arena_.interface({}, {ut});
      it->implicit = true;
      bound = it;
    } else {
      Type* t = typexpr(c);
      if (is_invalid(t)) {
        bound = uni_.any_type();
      } else if (as<Interface>(underlying(t)) && !as<TypeParam>(t)) {
        bound = t;
      } else if (as<TypeParam>(t)) {
        error(c->pos, "cannot use a type parameter as constraint");
        bound = uni_.any_type();
      } else {
        Interface* it = arena_.interface({}, {t});
        it->implicit = true;
        bound = it;
      }
    }
    c->type = bound;
    for (size_t k = 0; k < f->names.size() && i < tps.size(); k++) tps[i++]->constraint = bound;
  }
}

// A | ~B | C as a Union type (inside an interface or constraint).
Type* Checker::union_type(Expr* e) {
  std::vector<Term> terms;
  std::vector<Expr*> exprs;
  std::function<void(Expr*)> flatten = [&](Expr* x) {
    if (auto* b = as<BinaryExpr>(x); b && b->op == Tok::or_) {
      flatten(b->x);
      flatten(b->y);
    } else {
      exprs.push_back(x);
    }
  };
  flatten(e);
  for (Expr* x : exprs) {
    Term t;
    Expr* te = x;
    if (auto* u = as<UnaryExpr>(x); u && u->op == Tok::tilde) {
      t.tilde = true;
      te = u->x;
    }
    t.type = typexpr(te);
    if (is_invalid(t.type)) continue;
    if (t.tilde && !identical(t.type, underlying(t.type))) {
      error(x->pos, "invalid use of ~ (underlying type of " + tstr(t.type) + " is " +
                        tstr(underlying(t.type)) + ")");
      continue;
    }
    if (exprs.size() > 1) {
      if (auto* it = as<Interface>(underlying(t.type))) {
        if (!it->methods.empty() || (it->tset && !it->tset->methods.empty())) {
          error(x->pos,
                "cannot use " + tstr(t.type) + " in union (" + tstr(t.type) + " contains methods)");
          continue;
        }
        if (t.type == uni_.comparable_type()) {
          error(x->pos, "cannot use comparable in union");
          continue;
        }
      }
    }
    terms.push_back(t);
  }
  if (exprs.size() == 1 && terms.size() == 1 && !terms[0].tilde) return terms[0].type;
  Type* u = arena_.union_(terms);
  e->type = u;
  return u;
}

Type* Checker::struct_type(StructType* s) {
  std::vector<Object*> fields;
  std::vector<std::string> tags;
  bool any_tag = false;
  std::unordered_map<std::string, Object*> seen;
  auto add = [&](Object* f, BasicLit* tag) {
    f->pkg = pkg_;
    std::string tv;
    if (tag) {
      auto r = make_from_literal(Tok::string_lit, tag->lit);
      if (r.ok()) tv = r.val.string_val();
      any_tag = true;
    }
    if (f->name != "_") {
      auto [it, inserted] = seen.emplace(f->name, f);
      if (!inserted)
        error(f->pos, f->name + " redeclared\n\t" + pos_string(it->second->pos) +
                          ": other declaration of " + f->name);
    }
    fields.push_back(f);
    tags.push_back(tv);
  };
  for (Field* fl : s->fields) {
    if (fl->names.empty()) {
      // Embedded: T, *T, pkg.T, T[A] (generic instance).
      Expr* te = fl->type;
      bool ptr = false;
      if (auto* st = as<StarExpr>(te)) {
        ptr = true;
        te = st->x;
      }
      Type* t = typexpr(te);
      Expr* ne = te;
      if (auto* ix = as<IndexExpr>(ne)) ne = ix->x;
      std::string name;
      if (auto* id = as<Ident>(ne))
        name = id->name;
      else if (auto* se = as<SelectorExpr>(ne))
        name = se->sel->name;
      Type* ft = ptr && !is_invalid(t) ? arena_.pointer(t) : t;
      if (!is_invalid(t)) {
        Type* u = underlying(t);
        if (ptr && as<Interface>(u)) {
          error(fl->type->pos, "embedded field type cannot be a pointer to an interface");
        } else if (ptr && as<Pointer>(u)) {
          error(fl->type->pos, "embedded field type cannot be a pointer");
        } else if (as<TypeParam>(t)) {
          error(fl->type->pos, "embedded field type cannot be a (pointer to a) type parameter");
        } else if (!ptr && as<Pointer>(u) && as<Named>(t)) {
          error(fl->type->pos, "embedded field type cannot be a pointer");
        }
      }
      fl->type->type = ft;
      Object* f = arena_.object(ObjKind::var, name, fl->type->pos, ft);
      f->flags = kVarField | kVarEmbedded;
      add(f, fl->tag);
      continue;
    }
    Type* t = var_type(fl->type);
    for (Ident* id : fl->names) {
      Object* f = arena_.object(ObjKind::var, id->name, id->pos, t);
      f->flags = kVarField;
      info_->defs[id] = f;
      add(f, fl->tag);
    }
  }
  if (!any_tag) tags.clear();
  return arena_.struct_(std::move(fields), std::move(tags));
}

Type* Checker::interface_type(InterfaceType* it, Named* def) {
  std::vector<Object*> methods;
  std::vector<Type*> embeddeds;
  Interface* iface = arena_.interface({}, {});
  Type* recv_type = def ? static_cast<Type*>(def) : iface;
  for (Field* f : it->elems) {
    if (!f->names.empty()) {
      Ident* id = f->names[0];
      auto* ft = as<FuncType>(f->type);
      if (!ft) continue;
      Scope* s = arena_.scope(scope_, f->pos, f->end, true, "function type");
      Signature* sig = func_type(ft, nullptr, s, nullptr);
      Object* recv = arena_.object(ObjKind::var, "", id->pos, recv_type);
      recv->flags = kVarParam;
      sig->recv = recv;
      Object* m = arena_.object(ObjKind::func, id->name, id->pos, sig);
      m->pkg = pkg_;
      info_->defs[id] = m;
      if (id->name == "_") {
        error(id->pos, "methods must have a unique non-blank name");
        continue;
      }
      bool dup = false;
      for (Object* o : methods)
        if (o->name == m->name) dup = true;
      if (dup) {
        error(id->pos, "duplicate method " + m->name);
        continue;
      }
      methods.push_back(m);
      continue;
    }
    Expr* e = f->type;
    auto* u = as<UnaryExpr>(e);
    auto* b = as<BinaryExpr>(e);
    Type* t = (u && u->op == Tok::tilde) || (b && b->op == Tok::or_) ? union_type(e) : typexpr(e);
    if (is_invalid(t)) continue;
    embeddeds.push_back(t);
  }
  iface->methods = std::move(methods);
  iface->embeddeds = std::move(embeddeds);
  return iface;
}

// ---------------------------------------------------------------------------
// Instantiation

Type* Checker::generic_type_expr(IndexExpr* ix, Named* def) {
  (void)def;
  Type* gt = defined_type(ix->x, nullptr);
  if (is_invalid(gt)) {
    for (Expr* a : ix->indices) typexpr(a);
    return invalid_type();
  }
  auto* n = as<Named>(gt);
  if (!n || n->tparams.empty() || n->is_instance()) {
    error(ix->x->pos, tstr(gt) + " is not a generic type");
    return invalid_type();
  }
  std::vector<Type*> targs;
  for (Expr* a : ix->indices) targs.push_back(typexpr(a));
  for (Type* t : targs)
    if (is_invalid(t)) return invalid_type();
  if (targs.size() != n->tparams.size()) {
    error(ix->pos, std::string(targs.size() < n->tparams.size() ? "not enough" : "too many") +
                       " type arguments for type " + n->obj->name + ": have " +
                       std::to_string(targs.size()) + ", want " +
                       std::to_string(n->tparams.size()));
    return invalid_type();
  }
  info_->instances[ix] = targs;
  return instantiate_type(ix, n, targs, ix->pos, true);
}

Type* Checker::instantiate_type(Expr* x, Named* origin, const std::vector<Type*>& targs, Pos pos,
                                bool verify) {
  Named* inst = arena_.instance(origin, targs);
  expand(inst);
  if (verify) {
    bool ready = true;
    for (TypeParam* tp : origin->tparams)
      if (!tp->constraint) ready = false;
    if (ready) verify_targs(origin->tparams, targs, pos, x);
  }
  return inst;
}

void Checker::expand(Named* inst) {
  if (inst->underlying || !inst->is_instance()) return;
  Named* origin = inst->origin;
  if (!origin->underlying) {
    pending_instances_[origin].push_back(inst);
    return;
  }
  inst->underlying = invalid_type();  // guards recursion through the instance itself
  inst->underlying = underlying(subst(origin->underlying, origin->tparams, inst->targs));
}

bool Checker::verify_targs(const std::vector<TypeParam*>& tps, const std::vector<Type*>& targs,
                           Pos pos, Expr* at) {
  (void)at;
  for (size_t i = 0; i < tps.size() && i < targs.size(); i++) {
    Type* bound = subst(tps[i]->constraint, tps, targs);
    std::string cause;
    if (!satisfies(targs[i], bound, &cause)) {
      error(pos, cause);
      return false;
    }
  }
  return true;
}

namespace {

// Whether t is in the term's set: identical, or for ~T same underlying.
bool term_includes(const Term& term, Type* t) {
  if (!term.type) return true;
  if (term.tilde) return identical(underlying(t), term.type);
  return identical(t, term.type);
}

}  // namespace

bool Checker::satisfies(Type* t, Type* constraint, std::string* cause) {
  if (is_invalid(t) || !constraint || is_invalid(constraint)) return true;
  auto* ci = as<Interface>(underlying(constraint));
  if (!ci) return true;
  const TypeSet& ts = type_set(ci);
  std::string cstr = tstr(constraint);
  if (ci->implicit && ci->embeddeds.size() == 1) cstr = tstr(ci->embeddeds[0]);
  // Methods.
  if (!ts.methods.empty()) {
    bool wrong = false, ptr = false;
    Object* have = nullptr;
    if (Object* m = missing_method(t, constraint, true, &wrong, &ptr, &have)) {
      *cause = tstr(t) + " does not satisfy " + cstr + " " +
               missing_method_cause(t, constraint, m, wrong, ptr, have);
      return false;
    }
  }
  auto check_comparable = [&]() {
    if (!ts.comparable) return true;
    if (comparable(t) && !as<Interface>(underlying(t))) return true;
    if (as<Interface>(underlying(t)) && !as<TypeParam>(t)) return true;  // spec comparability
    if (auto* tp = as<TypeParam>(t); tp && comparable(tp)) return true;
    *cause = tstr(t) + " does not satisfy comparable";
    return false;
  };
  if (ts.all_types) return check_comparable();
  // t's type set must be a subset of the constraint's.
  if (auto* tp = as<TypeParam>(t)) {
    auto* ti = as<Interface>(underlying(tp));
    const TypeSet& tts = type_set(ti);
    bool ok = !tts.all_types;
    if (ok) {
      for (const Term& x : tts.terms) {
        bool in = false;
        for (const Term& y : ts.terms) {
          if (y.tilde ? (identical(underlying(x.type), y.type))
                      : (!x.tilde && identical(x.type, y.type)))
            in = true;
        }
        if (!in) ok = false;
      }
    }
    if (!ok) {
      *cause = tstr(t) + " does not satisfy " + cstr;
      return false;
    }
    return check_comparable();
  }
  if (as<Interface>(underlying(t))) {
    *cause = tstr(t) + " does not satisfy " + cstr;
    return false;
  }
  for (const Term& term : ts.terms)
    if (term_includes(term, t)) return check_comparable();
  // Suggest a missing ~.
  for (const Term& term : ts.terms) {
    if (!term.tilde && identical(term.type, underlying(term.type)) &&
        identical(underlying(t), term.type)) {
      *cause = tstr(t) + " does not satisfy " + cstr + " (possibly missing ~ for " +
               tstr(term.type) + " in " + cstr + ")";
      return false;
    }
  }
  std::string terms;
  for (size_t i = 0; i < ts.terms.size(); i++) {
    if (i) terms += " | ";
    terms += (ts.terms[i].tilde ? "~" : "") + tstr(ts.terms[i].type);
  }
  *cause = tstr(t) + " does not satisfy " + cstr + " (" + tstr(t) + " missing in " + terms + ")";
  return false;
}

Type* Checker::core_type(Type* t) {
  auto* tp = as<TypeParam>(t);
  if (!tp) {
    Type* u = underlying(t);
    if (auto* it = as<Interface>(u)) {
      const TypeSet& ts = type_set(it);
      if (ts.all_types) return nullptr;
      // An interface with a type set: same as for type parameters.
      Type* core = nullptr;
      for (const Term& term : ts.terms) {
        Type* tu = underlying(term.type);
        if (!core)
          core = tu;
        else if (!identical(core, tu))
          return nullptr;
      }
      return core;
    }
    return u;
  }
  auto* it = as<Interface>(underlying(tp));
  if (!it) return nullptr;
  const TypeSet& ts = type_set(it);
  if (ts.all_types || ts.terms.empty()) return nullptr;
  Type* core = nullptr;
  for (const Term& term : ts.terms) {
    Type* tu = underlying(term.type);
    if (!core) {
      core = tu;
      continue;
    }
    if (identical(core, tu)) continue;
    // Channels with the same element but different directions: the
    // directional one.
    auto* a = as<Chan>(core);
    auto* b = as<Chan>(tu);
    if (a && b && identical(a->elem, b->elem)) {
      if (a->dir == ChanDir::both) {
        core = b;
        continue;
      }
      if (b->dir == ChanDir::both || b->dir == a->dir) continue;
    }
    return nullptr;
  }
  return core;
}

// ---------------------------------------------------------------------------
// Substitution

namespace {

struct Subst {
  Checker* c;
  TypeArena& a;
  const std::vector<TypeParam*>& from;
  const std::vector<Type*>& to;
  std::unordered_map<Type*, Type*> memo;

  Object* var(Object* v, Type* t) {
    if (t == v->type) return v;
    Object* n = a.object(v->kind, v->name, v->pos, t);
    n->flags = v->flags;
    n->pkg = v->pkg;
    n->decl = v->decl;
    return n;
  }

  Tuple* tuple(Tuple* t) {
    if (!t) return t;
    bool changed = false;
    std::vector<Object*> vs;
    for (Object* v : t->vars) {
      Type* nt = run(v->type);
      if (nt != v->type) changed = true;
      vs.push_back(var(v, nt));
    }
    return changed ? a.tuple(std::move(vs)) : t;
  }

  Type* run(Type* t) {
    if (!t) return t;
    auto m = memo.find(t);
    if (m != memo.end()) return m->second;
    Type* r = t;
    switch (t->kind) {
      case TypeKind::basic:
        return t;
      case TypeKind::type_param: {
        for (size_t i = 0; i < from.size(); i++)
          if (from[i] == t) return i < to.size() ? to[i] : t;
        return t;
      }
      case TypeKind::pointer: {
        Type* e = run(static_cast<Pointer*>(t)->elem);
        r = e == static_cast<Pointer*>(t)->elem ? t : a.pointer(e);
        break;
      }
      case TypeKind::slice: {
        Type* e = run(static_cast<Slice*>(t)->elem);
        r = e == static_cast<Slice*>(t)->elem ? t : a.slice(e);
        break;
      }
      case TypeKind::array: {
        auto* ar = static_cast<Array*>(t);
        Type* e = run(ar->elem);
        r = e == ar->elem ? t : a.array(e, ar->len);
        break;
      }
      case TypeKind::map: {
        auto* mp = static_cast<Map*>(t);
        Type* k = run(mp->key);
        Type* v = run(mp->elem);
        r = k == mp->key && v == mp->elem ? t : a.map(k, v);
        break;
      }
      case TypeKind::chan: {
        auto* ch = static_cast<Chan*>(t);
        Type* e = run(ch->elem);
        r = e == ch->elem ? t : a.chan(ch->dir, e);
        break;
      }
      case TypeKind::tuple:
        r = tuple(static_cast<Tuple*>(t));
        break;
      case TypeKind::signature: {
        auto* s = static_cast<Signature*>(t);
        Tuple* p = tuple(s->params);
        Tuple* res = tuple(s->results);
        if (p != s->params || res != s->results) {
          Signature* ns = a.signature(s->recv, p, res, s->variadic);
          ns->tparams = s->tparams;
          r = ns;
        }
        break;
      }
      case TypeKind::struct_: {
        auto* st = static_cast<Struct*>(t);
        bool changed = false;
        std::vector<Object*> fs;
        memo[t] = t;  // a field's type cannot contain the struct itself directly
        for (Object* f : st->fields) {
          Type* nt = run(f->type);
          if (nt != f->type) changed = true;
          fs.push_back(var(f, nt));
        }
        r = changed ? a.struct_(std::move(fs), st->tags) : t;
        break;
      }
      case TypeKind::union_: {
        auto* u = static_cast<Union*>(t);
        bool changed = false;
        std::vector<Term> terms;
        for (const Term& term : u->terms) {
          Type* nt = run(term.type);
          if (nt != term.type) changed = true;
          terms.push_back({term.tilde, nt});
        }
        r = changed ? a.union_(std::move(terms)) : t;
        break;
      }
      case TypeKind::interface: {
        auto* it = static_cast<Interface*>(t);
        if (it->universe_any || it->builtin_comparable) return t;
        Interface* ni = a.interface({}, {});
        memo[t] = ni;
        bool changed = false;
        std::vector<Object*> ms;
        for (Object* m : it->methods) {
          Type* nt = run(m->type);
          if (nt != m->type) changed = true;
          Object* nm = var(m, nt);
          if (nm != m) {
            auto* ns = as<Signature>(nt);
            if (ns && ns == m->type) {
            } else if (ns) {
              // keep receiver
              ns->recv = as<Signature>(m->type)->recv;
            }
          }
          ms.push_back(nm);
        }
        std::vector<Type*> es;
        for (Type* e : it->embeddeds) {
          Type* nt = run(e);
          if (nt != e) changed = true;
          es.push_back(nt);
        }
        if (!changed) {
          memo[t] = t;
          return t;
        }
        ni->methods = std::move(ms);
        ni->embeddeds = std::move(es);
        ni->implicit = it->implicit;
        return ni;
      }
      case TypeKind::named: {
        auto* n = static_cast<Named*>(t);
        if (!n->is_instance()) return t;
        bool changed = false;
        std::vector<Type*> targs;
        for (Type* ta : n->targs) {
          Type* nt = run(ta);
          if (nt != ta) changed = true;
          targs.push_back(nt);
        }
        if (!changed) return t;
        Named* inst = a.instance(n->origin, targs);
        if (c) {
          c->expand(inst);
        } else if (!inst->underlying && inst->origin->underlying) {
          // Outside the checker (the compiler's instances): every origin
          // is complete, so expand now.
          inst->underlying = invalid_type();
          Subst sub{nullptr, a, inst->origin->tparams, inst->targs, {}};
          inst->underlying = underlying(sub.run(inst->origin->underlying));
        }
        r = inst;
        break;
      }
    }
    memo[t] = r;
    return r;
  }
};

}  // namespace

Type* Checker::subst(Type* t, const std::vector<TypeParam*>& from, const std::vector<Type*>& to) {
  if (from.empty() || !t) return t;
  Subst s{this, arena_, from, to, {}};
  return s.run(t);
}

Type* subst(TypeArena& a, Type* t, const std::vector<TypeParam*>& from,
            const std::vector<Type*>& to) {
  if (from.empty() || !t) return t;
  Subst s{nullptr, a, from, to, {}};
  return s.run(t);
}

Signature* Checker::subst_sig(Signature* sig, const std::vector<TypeParam*>& from,
                              const std::vector<Type*>& to) {
  Type* t = subst(sig, from, to);
  return as<Signature>(t);
}

}  // namespace gopark::interp
