// check_assign.cc - assignments, variable initialization, short variable
// declarations and the count mismatches of all three (and of returns).
#include "interp/check_internal.h"

namespace gopark::interp {

namespace {

std::string measure(size_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

}  // namespace

void Checker::assignment(Operand& x, Type* T, const std::string& context) {
  single_value(x);
  switch (x.mode) {
    case Mode::invalid:
      return;
    case Mode::constant:
    case Mode::variable:
    case Mode::mapindex:
    case Mode::value:
    case Mode::nilvalue:
    case Mode::commaok:
      break;
    default:
      assert_not_type(x);
      x.mode = Mode::invalid;
      return;
  }
  if (is_untyped(x.type)) {
    Type* target = T;
    if (x.is_nil()) {
      if (!T) {
        error(x.expr->pos, "use of untyped nil in " + context);
        x.mode = Mode::invalid;
        return;
      }
    } else if (!T || (is_interface(T) && !as<TypeParam>(T))) {
      target = default_type(x.type);
    }
    Type* nt = nullptr;
    int code = 0;
    Operand y = x;
    if (!implicit_type(y, target, &nt, &code) || !nt) {
      std::string msg =
          "cannot use " + operand_string(x) + " as " + tstr(target) + " value in " + context;
      if (code == 1) msg += " (truncated)";
      if (code == 2) msg += " (overflows)";
      error(x.expr->pos, msg);
      x.mode = Mode::invalid;
      return;
    }
    if (x.mode == Mode::constant && is_typed(nt)) {
      x.val = y.val;
      info_->consts[x.expr] = x.val;
    }
    if (nt != x.type) {
      x.type = nt;
      update_expr_type(x.expr, nt, true);
    }
  }
  if (auto* sig = as<Signature>(x.type); sig && !sig->tparams.empty()) {
    error(x.expr->pos, "cannot use generic function " + expr_string(x.expr) +
                           " without instantiation in " + context);
    x.mode = Mode::invalid;
    return;
  }
  if (!T) return;
  std::string cause;
  if (!assignable_to(x, T, &cause)) {
    std::string msg = "cannot use " + operand_string(x) + " as " + tstr(T) + " value in " + context;
    if (!cause.empty()) msg += ": " + cause;
    error(x.expr->pos, msg);
    x.mode = Mode::invalid;
  }
}

// The type of an assignment's left-hand side (null for the blank
// identifier, invalid on error). Assigning to a variable is not a use.
Type* Checker::lhs_var(Expr* lhs) {
  Expr* e = unparen(lhs);
  if (auto* id = as<Ident>(e); id && id->name == "_") {
    info_->defs[id] = nullptr;
    id->type = nullptr;
    return nullptr;
  }
  Object* v = nullptr;
  uint8_t saved = 0;
  if (auto* id = as<Ident>(e)) {
    auto [sc, obj] = scope_->lookup_parent(id->name, id->pos);
    if (obj && obj->kind == ObjKind::var && obj->pkg == pkg_ && obj->parent != pkg_->scope) {
      v = obj;
      saved = v->flags;
    }
  }
  Operand x;
  expr(x, lhs);
  if (v) v->flags = saved;
  if (x.invalid()) return invalid_type();
  switch (x.mode) {
    case Mode::variable:
    case Mode::mapindex:
      return x.type;
    default:
      if (auto* sel = as<SelectorExpr>(unparen(x.expr))) {
        Operand base;
        // m[k].f where m[k] is a map element: not addressable.
        if (auto* ix = as<IndexExpr>(unparen(sel->x))) {
          if (ix->x->type && as<Map>(underlying(ix->x->type))) {
            error(lhs->pos, "cannot assign to struct field " + expr_string(x.expr) + " in map");
            return invalid_type();
          }
        }
      }
      error(lhs->pos, "cannot assign to " + expr_string(x.expr) +
                          " (neither addressable nor a map index expression)");
      return invalid_type();
  }
}

void Checker::assign_var(Expr* lhs, Operand& x, const char* context) {
  Type* T = lhs_var(lhs);
  if (T && is_invalid(T)) {
    if (!x.invalid()) assignment(x, nullptr, context);
    return;
  }
  if (!T) {
    assignment(x, nullptr, "assignment");
    return;
  }
  assignment(x, T, context);
}

void Checker::init_var(Object* lhs, Operand& x, const char* context) {
  if (x.invalid() || is_invalid(x.type) || (lhs->type && is_invalid(lhs->type))) {
    if (!lhs->type) lhs->type = invalid_type();
    x.mode = Mode::invalid;
    return;
  }
  if (!lhs->type) {
    Type* t = x.type;
    if (is_untyped(t)) {
      if (x.is_nil()) {
        error(x.expr->pos, std::string("use of untyped nil in ") + context);
        lhs->type = invalid_type();
        x.mode = Mode::invalid;
        return;
      }
      t = default_type(t);
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
}

void Checker::assign_error(const List<Expr>& rhs, size_t l, size_t r, Pos at, bool returns) {
  (void)returns;
  (void)at;
  std::string vars = measure(l, "variable");
  std::string vals = measure(r, "value");
  Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (auto* c = as<CallExpr>(unparen(rhs0))) {
      error(rhs0->pos,
            "assignment mismatch: " + vars + " but " + expr_string(c->fun) + " returns " + vals);
      return;
    }
  }
  error(rhs0->pos, "assignment mismatch: " + vars + " but " + vals);
}

std::string Checker::tuple_list(Tuple* t, bool variadic) {
  std::vector<Operand> xs;
  std::string s = "(";
  for (size_t i = 0; i < t->size(); i++) {
    if (i) s += ", ";
    std::string ts = tstr(t->at(i));
    if (variadic && i + 1 == t->size() && ts.rfind("[]", 0) == 0) ts = "..." + ts.substr(2);
    s += ts;
  }
  return s + ")";
}

std::string Checker::type_list(const std::vector<Operand>& xs) {
  std::string s = "(";
  for (size_t i = 0; i < xs.size(); i++) {
    if (i) s += ", ";
    Type* t = xs[i].type;
    if (!t || is_invalid(t)) {
      s += "unknown type";
    } else if (is_untyped(t)) {
      if (is_numeric(t)) {
        s += "number";
      } else {
        std::string n = as<Basic>(t)->name;
        s += n.rfind("untyped ", 0) == 0 ? n.substr(8) : n;
      }
    } else {
      s += tstr(t);
    }
  }
  return s + ")";
}

void Checker::returns_error(const List<Expr>& rhs, Tuple* want, std::vector<Operand>& got, Pos at) {
  size_t l = want->size(), r = got.size();
  std::string q = "not enough";
  if (r > l) {
    at = got[l].expr ? got[l].expr->pos : at;
    q = "too many";
  } else if (r > 0) {
    at = got[r - 1].expr ? got[r - 1].expr->pos : at;
  }
  (void)rhs;
  error(at, q + " return values\n\thave " + type_list(got) + "\n\twant " + tuple_list(want, false));
}

void Checker::init_vars(const std::vector<Object*>& lhs, const List<Expr>& rhs, Node* at,
                        bool returns, const char* context) {
  size_t l = lhs.size(), r = rhs.size();
  bool is_call = r == 1 && as<CallExpr>(unparen(rhs[0]));
  if (returns) context = "return statement";
  if (l == r && !is_call) {
    for (size_t i = 0; i < l; i++) {
      Operand x;
      expr(x, rhs[i], lhs[i]->type);
      init_var(lhs[i], x, context);
    }
    return;
  }
  if (r != 1) {
    std::vector<Operand> got;
    bool ok = true;
    for (Expr* e : rhs) {
      Operand x;
      raw_expr(x, e, nullptr, false);
      if (x.invalid()) ok = false;
      got.push_back(x);
    }
    for (Object* v : lhs)
      if (!v->type) v->type = invalid_type();
    if (!ok) return;
    if (returns) {
      Tuple* want = fctx_->sig->results;
      returns_error(rhs, want, got, at->pos);
    } else {
      assign_error(rhs, l, r, at->pos, false);
    }
    return;
  }
  std::vector<Operand> xs;
  multi_expr(xs, rhs[0]);
  if (xs.size() == 1 && (xs[0].mode == Mode::commaok || xs[0].mode == Mode::mapindex) && l == 2 &&
      !returns) {
    Operand ok;
    ok.mode = Mode::value;
    ok.expr = rhs[0];
    ok.type = basic_type(BasicKind::untyped_bool);
    xs[0].mode = Mode::value;
    xs.push_back(ok);
    info_->comma_ok.insert(rhs[0]);
  }
  if (xs.size() == l) {
    for (size_t i = 0; i < l; i++) init_var(lhs[i], xs[i], context);
    return;
  }
  for (Object* v : lhs)
    if (!v->type) v->type = invalid_type();
  if (xs[0].invalid()) return;
  if (returns) {
    returns_error(rhs, fctx_->sig->results, xs, at->pos);
  } else {
    assign_error(rhs, l, xs.size(), at->pos, false);
  }
}

void Checker::assign_vars(const List<Expr>& lhs, const List<Expr>& rhs, Pos at) {
  size_t l = lhs.size(), r = rhs.size();
  bool is_call = r == 1 && as<CallExpr>(unparen(rhs[0]));
  if (l == r && !is_call) {
    for (size_t i = 0; i < l; i++) {
      Type* T = lhs_var(lhs[i]);
      Operand x;
      expr(x, rhs[i], T && !is_invalid(T) ? T : nullptr);
      if (T && is_invalid(T)) continue;
      if (!T) {
        assignment(x, nullptr, "assignment");
        continue;
      }
      assignment(x, T, "assignment");
    }
    return;
  }
  std::vector<Type*> types;
  for (Expr* e : lhs) types.push_back(lhs_var(e));
  if (r != 1) {
    bool ok = true;
    for (Expr* e : rhs) {
      Operand x;
      raw_expr(x, e, nullptr, false);
      if (x.invalid()) ok = false;
    }
    for (Type* t : types)
      if (t && is_invalid(t)) ok = false;
    if (ok) assign_error(rhs, l, r, at, false);
    return;
  }
  std::vector<Operand> xs;
  multi_expr(xs, rhs[0]);
  if (xs.size() == 1 && (xs[0].mode == Mode::commaok || xs[0].mode == Mode::mapindex) && l == 2) {
    Operand ok;
    ok.mode = Mode::value;
    ok.expr = rhs[0];
    ok.type = basic_type(BasicKind::untyped_bool);
    xs[0].mode = Mode::value;
    xs.push_back(ok);
    info_->comma_ok.insert(rhs[0]);
  }
  if (xs.size() == l) {
    for (size_t i = 0; i < l; i++) {
      if (types[i] && is_invalid(types[i])) continue;
      if (!types[i])
        assignment(xs[i], nullptr, "assignment");
      else
        assignment(xs[i], types[i], "assignment");
    }
    return;
  }
  if (xs[0].invalid()) return;
  assign_error(rhs, l, xs.size(), at, false);
}

void Checker::short_var_decl(AssignStmt* s) {
  std::vector<Object*> lhs_vars;
  std::vector<Object*> new_vars;
  std::vector<Ident*> new_ids;
  bool has_err = false;
  std::unordered_set<std::string_view> seen;
  for (Expr* e : s->lhs) {
    auto* id = as<Ident>(e);
    if (!id) {
      Operand x;
      expr(x, e);
      error(e->pos, "non-name " + expr_string(e) + " on left side of :=");
      has_err = true;
      Object* dummy = arena_.object(ObjKind::var, "_", e->pos, nullptr);
      lhs_vars.push_back(dummy);
      continue;
    }
    if (id->name != "_" && !seen.insert(id->name).second) {
      error(id->pos, std::string(id->name) + " repeated on left side of :=");
      has_err = true;
      Object* dummy = arena_.object(ObjKind::var, "_", id->pos, nullptr);
      lhs_vars.push_back(dummy);
      continue;
    }
    Object* existing = id->name == "_" ? nullptr : scope_->lookup(id->name);
    if (existing) {
      info_->uses[id] = existing;
      if (existing->kind == ObjKind::var) {
        lhs_vars.push_back(existing);
      } else {
        error(id->pos, "cannot assign to " + std::string(id->name));
        has_err = true;
        Object* dummy = arena_.object(ObjKind::var, "_", id->pos, nullptr);
        lhs_vars.push_back(dummy);
      }
      continue;
    }
    Object* v = arena_.object(ObjKind::var, id->name, id->pos, nullptr);
    v->pkg = pkg_;
    lhs_vars.push_back(v);
    if (id->name != "_") {
      new_vars.push_back(v);
      new_ids.push_back(id);
    } else {
      info_->defs[id] = v;
    }
  }
  // Existing variables are assigned: their type is fixed and assigning is
  // not a use.
  std::vector<uint8_t> saved;
  for (Object* v : lhs_vars) saved.push_back(v->flags);
  init_vars(lhs_vars, s->rhs, s, false);
  for (size_t i = 0; i < lhs_vars.size(); i++) lhs_vars[i]->flags = saved[i];
  for (size_t i = 0; i < new_vars.size(); i++) declare(scope_, new_ids[i], new_vars[i], s->end);
  if (new_vars.empty() && !has_err) {
    bool all_blank = true;
    for (Expr* e : s->lhs)
      if (!as<Ident>(e) || as<Ident>(e)->name != "_") all_blank = false;
    (void)all_blank;
    soft_error(s->op_pos, "no new variables on left side of :=");
  }
}

}  // namespace gopark::interp
