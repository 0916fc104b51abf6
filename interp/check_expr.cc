// check_expr.cc - expressions: operands, identifiers, selectors, literals,
// operators with exact constant folding, untyped conversion, indexing,
// slicing and type assertions.
#include <algorithm>

#include "interp/check_internal.h"

namespace gopark::interp {

const char* op_string(Tok op) {
  switch (op) {
    case Tok::add:
      return "+";
    case Tok::sub:
      return "-";
    case Tok::mul:
      return "*";
    case Tok::quo:
      return "/";
    case Tok::rem:
      return "%";
    case Tok::and_:
      return "&";
    case Tok::or_:
      return "|";
    case Tok::xor_:
      return "^";
    case Tok::shl:
      return "<<";
    case Tok::shr:
      return ">>";
    case Tok::and_not:
      return "&^";
    case Tok::land:
      return "&&";
    case Tok::lor:
      return "||";
    case Tok::arrow:
      return "<-";
    case Tok::eql:
      return "==";
    case Tok::neq:
      return "!=";
    case Tok::lss:
      return "<";
    case Tok::leq:
      return "<=";
    case Tok::gtr:
      return ">";
    case Tok::geq:
      return ">=";
    case Tok::not_:
      return "!";
    case Tok::tilde:
      return "~";
    default:
      return tok_text(op);
  }
}

namespace {

bool is_comparison(Tok op) {
  return op == Tok::eql || op == Tok::neq || op == Tok::lss || op == Tok::leq || op == Tok::gtr ||
         op == Tok::geq;
}

const char* mode_string(Mode m) {
  switch (m) {
    case Mode::invalid:
      return "invalid operand";
    case Mode::novalue:
      return "no value";
    case Mode::builtin:
      return "built-in";
    case Mode::typexpr:
      return "type";
    case Mode::constant:
      return "constant";
    case Mode::variable:
      return "variable";
    case Mode::mapindex:
      return "map index expression";
    case Mode::value:
      return "value";
    case Mode::nilvalue:
      return "nil";
    case Mode::commaok:
      return "comma, ok expression";
  }
  return "";
}

bool has_nil(Type* t) {
  Type* u = underlying(t);
  if (auto* b = as<Basic>(u)) return b->bkind == BasicKind::unsafe_pointer;
  return as<Pointer>(u) || as<Slice>(u) || as<Map>(u) || as<Chan>(u) || as<Signature>(u) ||
         as<Interface>(u);
}

// The "kind" of an untyped basic type for maxType: int < rune < float < complex.
int untyped_rank(Type* t) {
  auto* b = as<Basic>(t);
  if (!b) return -1;
  switch (b->bkind) {
    case BasicKind::untyped_int:
      return 0;
    case BasicKind::untyped_rune:
      return 1;
    case BasicKind::untyped_float:
      return 2;
    case BasicKind::untyped_complex:
      return 3;
    default:
      return -1;
  }
}

std::string kind_string(Checker* c, Type* t) {
  Type* u = underlying(t);
  if (as<Slice>(u)) return "slice";
  if (as<Signature>(u)) return "func";
  if (as<Map>(u)) return "map";
  if (as<Struct>(u)) return "struct";
  if (as<Pointer>(u)) return "pointer";
  if (as<Chan>(u)) return "chan";
  if (as<Array>(u)) return "array";
  if (as<Interface>(u) && !as<TypeParam>(t)) return "interface";
  return c->tstr(t);
}

}  // namespace

// ---------------------------------------------------------------------------
// Operand description, as types2 prints it.

std::string Checker::operand_string(const Operand& x) {
  if (x.mode == Mode::nilvalue) {
    if (!x.type || is_invalid(x.type)) return "nil (with invalid type)";
    if (is_basic(x.type, BasicKind::untyped_nil)) return "nil";
    return "nil (of type " + tstr(x.type) + ")";
  }
  std::string ex = x.expr ? expr_string(x.expr) : "";
  std::string buf;
  if (!ex.empty()) buf = ex + " (";
  bool has_type = false;
  switch (x.mode) {
    case Mode::invalid:
    case Mode::novalue:
    case Mode::builtin:
    case Mode::typexpr:
      break;
    default:
      if (x.type) {
        if (is_untyped(x.type)) {
          buf += as<Basic>(x.type)->name;
          buf += " ";
          break;
        }
        has_type = true;
      }
  }
  buf += mode_string(x.mode);
  if (x.mode == Mode::constant) {
    std::string s = x.val.to_string();
    if (s != ex) buf += " " + s;
  }
  if (has_type) {
    if (!is_invalid(x.type)) {
      auto* sig = as<Signature>(x.type);
      auto* n = as<Named>(x.type);
      bool generic =
          (sig && !sig->tparams.empty()) || (n && !n->tparams.empty() && !n->is_instance());
      buf += generic ? " of generic type " : " of type ";
      buf += tstr(x.type);
      if (auto* tp = as<TypeParam>(x.type)) buf += " constrained by " + tstr(tp->constraint);
    } else {
      buf += " with invalid type";
    }
  }
  if (!ex.empty()) buf += ")";
  return buf;
}

void Checker::record(Operand& x) {
  if (!x.expr) return;
  if (x.type) x.expr->type = x.type;
  if (x.mode == Mode::constant) info_->consts[x.expr] = x.val;
}

// ---------------------------------------------------------------------------
// Entry points

void Checker::raw_expr(Operand& x, Expr* e, Type* hint, bool allow_generic) {
  x = Operand();
  x.expr = e;
  switch (e->kind) {
    case NodeKind::BadExpr:
      x.mode = Mode::invalid;
      break;
    case NodeKind::Ident:
      ident(x, static_cast<Ident*>(e), false);
      break;
    case NodeKind::BasicLit: {
      auto* l = static_cast<BasicLit*>(e);
      auto r = make_from_literal(l->lit_kind, l->lit);
      if (!r.ok()) {
        error(e->pos, "malformed constant: " + std::string(l->lit));
        x.mode = Mode::invalid;
        break;
      }
      x.mode = Mode::constant;
      x.val = r.val;
      switch (l->lit_kind) {
        case Tok::int_lit:
          x.type = basic_type(BasicKind::untyped_int);
          break;
        case Tok::float_lit:
          x.type = basic_type(BasicKind::untyped_float);
          break;
        case Tok::imag_lit:
          x.type = basic_type(BasicKind::untyped_complex);
          break;
        case Tok::rune_lit:
          x.type = basic_type(BasicKind::untyped_rune);
          break;
        default:
          x.type = basic_type(BasicKind::untyped_string);
          break;
      }
      break;
    }
    case NodeKind::CompositeLit:
      composite_lit(x, static_cast<CompositeLit*>(e), hint);
      break;
    case NodeKind::FuncLit:
      func_lit(x, static_cast<FuncLit*>(e));
      break;
    case NodeKind::ParenExpr: {
      raw_expr(x, static_cast<ParenExpr*>(e)->x, hint, allow_generic);
      x.expr = e;
      break;
    }
    case NodeKind::SelectorExpr:
      selector(x, static_cast<SelectorExpr*>(e), false);
      break;
    case NodeKind::IndexExpr:
      index_expr(x, static_cast<IndexExpr*>(e), hint);
      break;
    case NodeKind::SliceExpr:
      slice_expr(x, static_cast<SliceExpr*>(e));
      break;
    case NodeKind::TypeAssertExpr:
      type_assert(x, static_cast<TypeAssertExpr*>(e));
      break;
    case NodeKind::CallExpr:
      call(x, static_cast<CallExpr*>(e), hint);
      break;
    case NodeKind::StarExpr: {
      auto* s = static_cast<StarExpr*>(e);
      raw_expr(x, s->x, nullptr, false);
      x.expr = e;
      if (x.invalid()) break;
      if (x.mode == Mode::typexpr) {
        x.type = arena_.pointer(x.type);
        break;
      }
      if (x.is_nil()) {
        error(e->pos, "invalid operation: cannot indirect nil");
        x.mode = Mode::invalid;
        break;
      }
      Operand tmp = x;
      tmp.expr = s->x;
      single_value(tmp);
      if (tmp.invalid()) {
        x.mode = Mode::invalid;
        break;
      }
      Type* core = core_type(x.type);
      auto* p = as<Pointer>(core);
      if (!p) {
        error(e->pos, "invalid operation: cannot indirect " + operand_string(tmp));
        x.mode = Mode::invalid;
        break;
      }
      x.mode = Mode::variable;
      x.type = p->elem;
      break;
    }
    case NodeKind::UnaryExpr:
      unary(x, static_cast<UnaryExpr*>(e));
      break;
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<BinaryExpr*>(e);
      binary(x, e, b->x, b->y, b->op, b->op_pos);
      break;
    }
    case NodeKind::KeyValueExpr:
      error(e->pos, "unexpected key:value expression");
      x.mode = Mode::invalid;
      break;
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      x.mode = Mode::invalid;
      break;
    case NodeKind::ArrayType:
    case NodeKind::SliceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
    case NodeKind::FuncType:
    case NodeKind::StructType:
    case NodeKind::InterfaceType:
      x.mode = Mode::typexpr;
      x.type = typexpr(e);
      if (is_invalid(x.type)) x.mode = Mode::invalid;
      break;
    default:
      error(e->pos, "unexpected expression");
      x.mode = Mode::invalid;
      break;
  }
  if (!allow_generic && !x.invalid()) {
    if (x.mode == Mode::typexpr) {
      if (auto* n = as<Named>(x.type); n && !n->tparams.empty() && !n->is_instance()) {
        error(e->pos, "cannot use generic type " + n->obj->name + tparams_string(n->tparams) +
                          " without instantiation");
        x.mode = Mode::invalid;
      }
    } else if (auto* sig = as<Signature>(x.type);
               sig && !sig->tparams.empty() && x.mode != Mode::typexpr) {
      error(e->pos, "cannot use generic function " + expr_string(e) + " without instantiation");
      x.mode = Mode::invalid;
    }
  }
  if (x.invalid()) {
    x.type = invalid_type();
    e->type = invalid_type();
    return;
  }
  if (x.type && is_untyped(x.type)) untyped_.insert(e);
  record(x);
}

void Checker::single_value(Operand& x) {
  if (x.mode == Mode::value || x.mode == Mode::commaok || x.mode == Mode::variable) {
    if (auto* t = as<Tuple>(x.type)) {
      error(x.expr->pos, "multiple-value " + expr_string(x.expr) + " (value of type " + tstr(t) +
                             ") in single-value context");
      x.mode = Mode::invalid;
    }
  }
}

void Checker::assert_not_type(Operand& x) {
  switch (x.mode) {
    case Mode::novalue:
      error(x.expr->pos, operand_string(x) + " used as value");
      x.mode = Mode::invalid;
      break;
    case Mode::builtin:
      error(x.expr->pos, operand_string(x) + " must be called");
      x.mode = Mode::invalid;
      break;
    case Mode::typexpr:
      error(x.expr->pos, operand_string(x) + " is not an expression");
      x.mode = Mode::invalid;
      break;
    default:
      break;
  }
}

void Checker::expr(Operand& x, Expr* e, Type* hint) {
  raw_expr(x, e, hint, false);
  assert_not_type(x);
  single_value(x);
  if (x.invalid()) x.type = invalid_type();
}

void Checker::check_expr_value(Operand& x, Expr* e) {
  expr(x, e);
}

void Checker::expr_or_type(Operand& x, Expr* e, bool allow_generic) {
  raw_expr(x, e, nullptr, allow_generic);
  single_value(x);
  if (x.mode == Mode::novalue) {
    error(e->pos, operand_string(x) + " used as value or type");
    x.mode = Mode::invalid;
  }
}

// Evaluates e, which may be a multi-value call or a comma-ok expression:
// xs gets one operand per value (a comma-ok expression yields one operand
// of mode commaok; the caller decides whether to use the second value).
void Checker::multi_expr(std::vector<Operand>& xs, Expr* e) {
  Operand x;
  raw_expr(x, e, nullptr, false);
  assert_not_type(x);
  if (x.invalid()) {
    xs.push_back(x);
    return;
  }
  if (auto* t = as<Tuple>(x.type)) {
    for (Object* v : t->vars) {
      Operand y;
      y.mode = Mode::value;
      y.expr = e;
      y.type = v->type;
      xs.push_back(y);
    }
    return;
  }
  xs.push_back(x);
}

void Checker::use_exprs(const List<Expr>& es) {
  for (Expr* e : es) {
    Operand x;
    raw_expr(x, e, nullptr, true);
  }
}

// ---------------------------------------------------------------------------
// Identifiers and selectors

void Checker::ident(Operand& x, Ident* id, bool want_type) {
  x.expr = id;
  x.mode = Mode::invalid;
  x.type = invalid_type();
  if (id->name == "_") {
    error(id->pos, "cannot use _ as value or type");
    return;
  }
  auto [sc, obj] = scope_->lookup_parent(id->name, repeat_at_.valid() ? repeat_at_ : id->pos);
  if (!obj) {
    error(id->pos, "undefined: " + std::string(id->name));
    return;
  }
  info_->uses[id] = obj;
  switch (obj->kind) {
    case ObjKind::pkg_name:
      obj->used = true;
      error(id->pos, "use of package " + obj->name + " without selector");
      return;
    case ObjKind::const_:
      if (obj == uni_.iota()) {
        if (iota_ < 0) {
          error(id->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.mode = Mode::constant;
        x.val = Value::make_int64(iota_);
        x.type = obj->type;
        return;
      }
      obj_decl(obj);
      if (!obj->type || is_invalid(obj->type)) return;
      x.mode = Mode::constant;
      x.val = obj->val;
      x.type = obj->type;
      return;
    case ObjKind::type_name:
      obj_decl(obj);
      if (!obj->type || is_invalid(obj->type)) {
        if (obj->type) return;
        return;
      }
      x.mode = Mode::typexpr;
      x.type = obj->type;
      return;
    case ObjKind::var:
      if (obj->parent == pkg_->scope) obj_decl(obj);
      record_dep(obj);
      obj->flags |= kVarUsed;
      if (!obj->type) {
        // Refers to itself through its own initializer (reported by the
        // initialization order check).
        return;
      }
      if (is_invalid(obj->type)) return;
      x.mode = Mode::variable;
      x.type = obj->type;
      return;
    case ObjKind::func:
      obj_decl(obj);
      record_dep(obj);
      if (!obj->type || is_invalid(obj->type)) return;
      x.mode = Mode::value;
      x.type = obj->type;
      return;
    case ObjKind::builtin:
      x.mode = Mode::builtin;
      x.id = obj->builtin;
      x.type = invalid_type();
      return;
    case ObjKind::nil:
      x.mode = Mode::nilvalue;
      x.type = obj->type;
      return;
    default:
      return;
  }
}

void Checker::selector(Operand& x, SelectorExpr* e, bool want_type) {
  (void)want_type;
  x.expr = e;
  std::string sel(e->sel->name);
  // Qualified identifier pkg.Name.
  if (auto* id = as<Ident>(e->x)) {
    auto [sc, obj] = scope_->lookup_parent(id->name, repeat_at_.valid() ? repeat_at_ : id->pos);
    if (obj && obj->kind == ObjKind::pkg_name) {
      info_->uses[id] = obj;
      obj->used = true;
      const Package* p = obj->imported;
      Object* m = p->scope->lookup(sel);
      x.mode = Mode::invalid;
      x.type = invalid_type();
      if (!m) {
        error(e->sel->pos, "undefined: " + std::string(id->name) + "." + sel);
        return;
      }
      if (!m->exported()) {
        error(e->sel->pos, "name " + sel + " not exported by package " + p->name);
        return;
      }
      info_->uses[e->sel] = m;
      switch (m->kind) {
        case ObjKind::const_:
          x.mode = Mode::constant;
          x.type = m->type;
          x.val = m->val;
          break;
        case ObjKind::type_name:
          x.mode = Mode::typexpr;
          x.type = m->type;
          break;
        case ObjKind::var:
          x.mode = Mode::variable;
          x.type = m->type;
          break;
        case ObjKind::func:
          x.mode = Mode::value;
          x.type = m->type;
          break;
        default:
          break;
      }
      if (!x.type || is_invalid(x.type)) {
        x.mode = Mode::invalid;
        x.type = invalid_type();
      }
      return;
    }
  }
  expr_or_type(x, e->x, false);
  x.expr = e;
  if (x.invalid()) return;
  if (x.mode == Mode::typexpr) {
    // Method expression T.m or (*T).m.
    Type* T = x.type;
    LookupResult r = lookup(T, false, pkg_, sel);
    if (!r.obj || r.obj->kind != ObjKind::func) {
      if (r.ptr_required) {
        error(e->sel->pos, "invalid method expression " + expr_string(e) +
                               " (needs pointer receiver (*" + tstr(T) + ")." + sel + ")");
      } else {
        error(e->sel->pos,
              expr_string(e) + " undefined (type " + tstr(T) + " has no method " + sel + ")");
      }
      x.mode = Mode::invalid;
      return;
    }
    auto* sig = as<Signature>(method_type(r.obj, T));
    if (!sig) {
      x.mode = Mode::invalid;
      return;
    }
    std::vector<Object*> params;
    Object* rv = arena_.object(ObjKind::var, "", e->pos, T);
    rv->flags = kVarParam;
    params.push_back(rv);
    for (Object* p : sig->params->vars) params.push_back(p);
    Signature* ms = arena_.signature(nullptr, arena_.tuple(params), sig->results, sig->variadic);
    Selection s;
    s.kind = SelectionKind::method_expr;
    s.obj = r.obj;
    s.index = r.index;
    s.indirect = r.indirect;
    s.recv = T;
    s.type = ms;
    info_->selections[e] = s;
    info_->uses[e->sel] = r.obj;
    x.mode = Mode::value;
    x.type = ms;
    return;
  }
  if (x.mode == Mode::novalue || x.mode == Mode::builtin) {
    assert_not_type(x);
    x.mode = Mode::invalid;
    return;
  }
  if (x.is_nil()) {
    error(e->pos, "invalid use of nil");
    x.mode = Mode::invalid;
    return;
  }
  Type* T = x.type;
  LookupResult r = lookup(T, x.mode == Mode::variable, pkg_, sel);
  if (!r.obj) {
    Operand xv = x;
    xv.expr = e->x;
    if (r.ambiguous) {
      error(e->sel->pos, "ambiguous selector " + expr_string(e));
    } else if (r.ptr_required) {
      error(e->pos, "cannot call pointer method " + sel + " on " + tstr(T));
    } else if (auto* p = as<Pointer>(underlying(T)); p && as<Interface>(underlying(p->elem))) {
      error(e->sel->pos, expr_string(e) + " undefined (type " + tstr(T) +
                             " is pointer to interface, not interface)");
    } else {
      std::string why = "type " + tstr(T) + " has no field or method " + sel;
      // A different capitalization, or an unexported name of another
      // package.
      std::string alt = sel;
      if (!alt.empty())
        alt[0] = char(std::isupper((unsigned char)alt[0]) ? std::tolower((unsigned char)alt[0])
                                                          : std::toupper((unsigned char)alt[0]));
      LookupResult r2 = lookup(T, true, nullptr, alt);
      if (r2.obj && r2.obj->pkg && r2.obj->pkg != pkg_ && !r2.obj->exported() && false) {
      } else if (r2.obj) {
        why += ", but does have " + alt;
      } else {
        LookupResult r3 = lookup(T, true, nullptr, sel);
        if (r3.obj && r3.obj->pkg != pkg_)
          why = "cannot refer to unexported " +
                std::string(r3.obj->kind == ObjKind::func ? "method " : "field ") + sel;
      }
      error(e->sel->pos, expr_string(e) + " undefined (" + why + ")");
    }
    x.mode = Mode::invalid;
    return;
  }
  info_->uses[e->sel] = r.obj;
  Selection s;
  s.obj = r.obj;
  s.index = r.index;
  s.indirect = r.indirect;
  s.recv = T;
  if (r.obj->kind == ObjKind::var) {
    s.kind = SelectionKind::field;
    x.mode = (x.mode == Mode::variable || r.indirect) ? Mode::variable : Mode::value;
    x.type = r.obj->type;
  } else {
    s.kind = SelectionKind::method;
    // The receiver type holding the method: follow the embedding path.
    Type* holder = T;
    if (auto* p = as<Pointer>(holder)) holder = p->elem;
    for (size_t i = 0; i + 1 < r.index.size(); i++) {
      auto* st = as<Struct>(underlying(holder));
      if (!st) break;
      holder = st->fields[r.index[i]]->type;
      if (auto* p = as<Pointer>(holder)) holder = p->elem;
    }
    Type* mt = method_type(r.obj, holder);
    auto* sig = as<Signature>(mt);
    if (sig && sig->recv) {
      Signature* ns = arena_.signature(nullptr, sig->params, sig->results, sig->variadic);
      mt = ns;
    }
    x.mode = Mode::value;
    x.type = mt;
  }
  s.type = x.type;
  info_->selections[e] = s;
}

// ---------------------------------------------------------------------------
// Untyped constants

bool Checker::implicit_type(Operand& x, Type* target, Type** out, int* code) {
  *code = 0;
  *out = x.type;
  if (x.invalid() || is_typed(x.type) || is_invalid(target)) return true;
  if (is_untyped(target)) {
    if (x.is_nil() || is_basic(target, BasicKind::untyped_nil)) {
      if (x.is_nil() && is_basic(target, BasicKind::untyped_nil)) return true;
      *out = nullptr;
      return false;
    }
    int a = untyped_rank(x.type), b = untyped_rank(target);
    if (a >= 0 && b >= 0) {
      *out = a >= b ? x.type : target;
      return true;
    }
    if (identical(x.type, target)) return true;
    *out = nullptr;
    return false;
  }
  if (x.is_nil()) {
    if (has_nil(target)) {
      *out = target;
      return true;
    }
    *out = nullptr;
    return false;
  }
  Type* u = underlying(target);
  if (auto* b = as<Basic>(u)) {
    if (x.mode == Mode::constant) {
      if (auto nt = num_type(target)) {
        if (!x.val.is_numeric() && !x.val.is_unknown()) {
          *out = nullptr;
          *code = 3;
          return false;
        }
        auto r = representable(x.val, *nt);
        if (!r.ok()) {
          *out = nullptr;
          *code = r.err == ConstError::truncated ? 1 : r.err == ConstError::overflows ? 2 : 3;
          return false;
        }
        x.val = r.val;
        *out = target;
        return true;
      }
      bool ok = (b->info & kIsBoolean)  ? x.val.kind() == ValueKind::boolean || x.val.is_unknown()
                : (b->info & kIsString) ? x.val.kind() == ValueKind::string || x.val.is_unknown()
                                        : false;
      if (!ok) {
        *out = nullptr;
        *code = 3;
        return false;
      }
      *out = target;
      return true;
    }
    auto* xb = as<Basic>(x.type);
    bool ok;
    switch (xb->bkind) {
      case BasicKind::untyped_bool:
        ok = is_boolean(target);
        break;
      case BasicKind::untyped_int:
      case BasicKind::untyped_rune:
      case BasicKind::untyped_float:
      case BasicKind::untyped_complex:
        ok = is_numeric(target);
        break;
      case BasicKind::untyped_string:
        ok = is_string(target);
        break;
      default:
        ok = false;
    }
    if (!ok) {
      *out = nullptr;
      return false;
    }
    *out = target;
    return true;
  }
  if (auto* it = as<Interface>(u)) {
    if (auto* tp = as<TypeParam>(target)) {
      const TypeSet& ts = type_set(it);
      if (ts.all_types) {
        *out = nullptr;
        return false;
      }
      for (const Term& term : ts.terms) {
        Operand y = x;
        Type* o;
        int c;
        if (!implicit_type(y, term.type, &o, &c) || !o) {
          *out = nullptr;
          return false;
        }
      }
      (void)tp;
      *out = target;
      return true;
    }
    const TypeSet& ts = type_set(it);
    if (!ts.methods.empty()) {
      *out = nullptr;
      return false;
    }
    *out = default_type(x.type);
    return true;
  }
  *out = nullptr;
  return false;
}

void Checker::convert_untyped(Operand& x, Type* target) {
  if (x.invalid() || is_typed(x.type) || is_invalid(target)) return;
  Type* nt = nullptr;
  int code = 0;
  Operand y = x;
  if (!implicit_type(y, target, &nt, &code) || !nt) {
    Type* t = target;
    if (!as<TypeParam>(t)) t = underlying(target);
    if (as<Interface>(t) && !as<TypeParam>(target)) t = target;
    if (code == 1)
      error(x.expr->pos, operand_string(x) + " truncated to " + tstr(t));
    else if (code == 2)
      error(x.expr->pos, operand_string(x) + " overflows " + tstr(t));
    else
      error(x.expr->pos, "cannot convert " + operand_string(x) + " to type " + tstr(t));
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

void Checker::update_expr_type(Expr* e, Type* t, bool final) {
  if (!e) return;
  if (!untyped_.count(e)) return;
  switch (e->kind) {
    case NodeKind::ParenExpr:
      update_expr_type(static_cast<ParenExpr*>(e)->x, t, final);
      break;
    case NodeKind::UnaryExpr:
      if (!info_->consts.count(e)) update_expr_type(static_cast<UnaryExpr*>(e)->x, t, final);
      break;
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<BinaryExpr*>(e);
      if (info_->consts.count(e)) break;
      if (is_comparison(b->op)) break;
      if (b->op == Tok::shl || b->op == Tok::shr) {
        update_expr_type(b->x, t, final);
      } else {
        update_expr_type(b->x, t, final);
        update_expr_type(b->y, t, final);
      }
      break;
    }
    default:
      break;
  }
  if (!final && is_untyped(t)) {
    e->type = t;
    return;
  }
  untyped_.erase(e);
  if (shift_lhs_.count(e) && !is_integer(t) && !is_invalid(t)) {
    error(e->pos, "invalid operation: shifted operand " + expr_string(e) + " (type " + tstr(t) +
                      ") must be integer");
    shift_lhs_.erase(e);
  }
  e->type = t;
  // A constant converted to a typed type keeps a representable value.
  auto it = info_->consts.find(e);
  if (it != info_->consts.end() && is_typed(t)) {
    if (auto nt = num_type(t)) {
      auto r = representable(it->second, *nt);
      if (r.ok()) it->second = r.val;
    }
  }
}

void Checker::overflow(Operand& x, Pos op_pos) {
  if (x.val.is_unknown()) return;
  if (is_typed(x.type)) {
    if (auto nt = num_type(x.type)) {
      auto r = representable(x.val, *nt);
      if (!r.ok()) {
        if (r.err == ConstError::truncated)
          error(x.expr->pos, operand_string(x) + " truncated to " + tstr(x.type));
        else
          error(x.expr->pos, operand_string(x) + " overflows " + tstr(x.type));
        x.val = Value();
        return;
      }
      x.val = r.val;
    }
    return;
  }
  if (int_too_large(x.val)) {
    std::string op;
    if (auto* b = as<BinaryExpr>(x.expr)) {
      switch (b->op) {
        case Tok::add:
          op = "addition ";
          break;
        case Tok::sub:
          op = "subtraction ";
          break;
        case Tok::mul:
          op = "multiplication ";
          break;
        case Tok::xor_:
          op = "bitwise XOR ";
          break;
        case Tok::shl:
          op = "shift ";
          break;
        default:
          break;
      }
    } else if (auto* u = as<UnaryExpr>(x.expr); u && u->op == Tok::xor_) {
      op = "bitwise complement ";
    }
    error(op_pos, "constant " + op + "overflow");
    x.val = Value();
  }
}

// ---------------------------------------------------------------------------
// Operators

namespace {

// Whether pred holds for t, or for every type in t's type set (type
// parameters).
template <class P>
bool all_of_set(Type* t, P pred) {
  if (auto* tp = as<TypeParam>(t)) {
    auto* it = as<Interface>(underlying(tp));
    if (!it) return false;
    const TypeSet& ts = type_set(it);
    if (ts.all_types || ts.terms.empty()) return false;
    for (const Term& term : ts.terms)
      if (!pred(term.type)) return false;
    return true;
  }
  return pred(t);
}

bool all_numeric(Type* t) {
  return all_of_set(t, [](Type* x) { return is_numeric(x); });
}
bool all_integer(Type* t) {
  return all_of_set(t, [](Type* x) { return is_integer(x); });
}
bool all_boolean(Type* t) {
  return all_of_set(t, [](Type* x) { return is_boolean(x); });
}
bool all_string(Type* t) {
  return all_of_set(t, [](Type* x) { return is_string(x); });
}
bool all_ordered(Type* t) {
  return all_of_set(t, [](Type* x) { return is_ordered(x); });
}
bool all_numeric_or_string(Type* t) {
  return all_of_set(t, [](Type* x) { return is_numeric(x) || is_string(x); });
}

bool is_nontp_interface(Type* t) {
  return !as<TypeParam>(t) && as<Interface>(underlying(t));
}

}  // namespace

void Checker::unary(Operand& x, UnaryExpr* e) {
  if (e->op == Tok::and_) {
    // &x: x addressable, or a (parenthesized) composite literal.
    Expr* inner = e->x;
    while (auto* p = as<ParenExpr>(inner)) inner = p->x;
    if (auto* cl = as<CompositeLit>(inner)) {
      raw_expr(x, e->x, nullptr, false);
      x.expr = e;
      if (x.invalid()) return;
      (void)cl;
      x.mode = Mode::value;
      x.type = arena_.pointer(x.type);
      return;
    }
    expr(x, e->x);
    if (x.invalid()) return;
    if (x.mode != Mode::variable) {
      error(e->pos, "invalid operation: cannot take address of " + operand_string(x));
      x.mode = Mode::invalid;
      return;
    }
    x.expr = e;
    x.mode = Mode::value;
    x.type = arena_.pointer(x.type);
    return;
  }
  if (e->op == Tok::arrow) {
    expr(x, e->x);
    if (x.invalid()) return;
    Type* core = core_type(x.type);
    auto* c = as<Chan>(core);
    if (!c) {
      if (!core && as<TypeParam>(x.type))
        error(e->x->pos,
              "invalid operation: cannot receive from " + operand_string(x) + ": no core type");
      else
        error(e->x->pos, "invalid operation: cannot receive from non-channel " + operand_string(x));
      x.mode = Mode::invalid;
      return;
    }
    if (c->dir == ChanDir::send) {
      // Go reports these at the operand, not at the arrow.
      error(e->x->pos,
            "invalid operation: cannot receive from send-only channel " + operand_string(x));
      x.mode = Mode::invalid;
      return;
    }
    x.expr = e;
    x.mode = Mode::commaok;
    x.type = c->elem;
    return;
  }
  if (e->op == Tok::tilde) {
    error(e->pos, "cannot use ~ outside of interface or type constraint");
    expr(x, e->x);
    x.mode = Mode::invalid;
    return;
  }
  expr(x, e->x);
  if (x.invalid()) return;
  bool ok;
  switch (e->op) {
    case Tok::add:
    case Tok::sub:
      ok = all_numeric(x.type);
      break;
    case Tok::xor_:
      ok = all_integer(x.type);
      break;
    case Tok::not_:
      ok = all_boolean(x.type);
      break;
    default:
      ok = false;
  }
  if (!ok) {
    error(e->pos, std::string("invalid operation: operator ") + op_string(e->op) +
                      " not defined on " + operand_string(x));
    x.mode = Mode::invalid;
    return;
  }
  x.expr = e;
  if (x.mode == Mode::constant) {
    unsigned bits = 0;
    if (is_unsigned(x.type)) {
      switch (as<Basic>(underlying(x.type))->bkind) {
        case BasicKind::uint8:
          bits = 8;
          break;
        case BasicKind::uint16:
          bits = 16;
          break;
        case BasicKind::uint32:
          bits = 32;
          break;
        default:
          bits = 64;
          break;
      }
    }
    auto r = unary_op(e->op, x.val, bits);
    x.val = r.ok() ? r.val : Value();
    overflow(x, e->pos);
    return;
  }
  x.mode = Mode::value;
}

bool Checker::match_types(Operand& x, Operand& y) {
  auto may_convert = [&](Operand& a, Operand& b) {
    if (is_typed(a.type) && is_typed(b.type)) return false;
    if (all_numeric(a.type) != all_numeric(b.type)) return false;
    if (is_nontp_interface(a.type) || is_nontp_interface(b.type)) return true;
    if (all_boolean(a.type) != all_boolean(b.type)) return false;
    if (all_string(a.type) != all_string(b.type)) return false;
    if (a.is_nil()) return has_nil(b.type);
    if (b.is_nil()) return has_nil(a.type);
    if (as<Pointer>(underlying(a.type)) || as<Pointer>(underlying(b.type))) return false;
    return true;
  };
  if (may_convert(x, y)) {
    convert_untyped(x, y.type);
    if (x.invalid()) return false;
    convert_untyped(y, x.type);
    if (y.invalid()) {
      x.mode = Mode::invalid;
      return false;
    }
  }
  return true;
}

void Checker::comparison(Operand& x, Operand& y, Tok op, Expr* e) {
  std::string cause;
  Operand* err_op = &x;
  bool ok = assignable_to(x, y.type, nullptr) || assignable_to(y, x.type, nullptr);
  if (!ok) {
    err_op = &y;
    cause = "mismatched types " + tstr(x.type) + " and " + tstr(y.type);
  } else if (op == Tok::eql || op == Tok::neq) {
    if (x.is_nil() || y.is_nil()) {
      Type* t = x.is_nil() ? y.type : x.type;
      if (!has_nil(t) && !(x.is_nil() && y.is_nil())) {
        err_op = &y;
        ok = false;
      } else if (x.is_nil() && y.is_nil()) {
        err_op = &y;
        ok = false;
      }
    } else if (!comparable(x.type)) {
      ok = false;
      err_op = &x;
    } else if (!comparable(y.type)) {
      ok = false;
      err_op = &y;
    }
    if (!ok && !(x.is_nil() || y.is_nil())) {
      Type* t = err_op->type;
      Type* u = underlying(t);
      if (as<Slice>(u) || as<Signature>(u) || as<Map>(u)) {
        cause = kind_string(this, t) + " can only be compared to nil";
      } else if (auto* st = as<Struct>(u)) {
        for (Object* f : st->fields)
          if (!comparable(f->type)) {
            cause = "struct containing " + tstr(f->type) + " cannot be compared";
            break;
          }
      } else if (auto* ar = as<Array>(u)) {
        cause = tstr(t) + " cannot be compared";
        (void)ar;
      }
    }
  } else {
    if (!all_ordered(x.type)) {
      ok = false;
      err_op = &x;
    } else if (!all_ordered(y.type)) {
      ok = false;
      err_op = &y;
    }
  }
  if (!ok) {
    if (cause.empty()) {
      if (as<TypeParam>(x.type) || as<TypeParam>(y.type)) {
        Operand* o = as<TypeParam>(x.type) ? &x : &y;
        cause = "type parameter " + tstr(o->type) + " is not comparable with " + op_string(op);
      } else {
        cause = std::string("operator ") + op_string(op) + " not defined on " +
                (err_op->is_nil() ? std::string("nil") : kind_string(this, err_op->type));
      }
    }
    error(err_op->expr ? err_op->expr->pos : e->pos, "invalid operation: " + expr_string(x.expr) +
                                                         " " + op_string(op) + " " +
                                                         expr_string(y.expr) + " (" + cause + ")");
    x.mode = Mode::invalid;
    return;
  }
  if (x.mode == Mode::constant && y.mode == Mode::constant) {
    auto r = compare(x.val, op, y.val);
    x.val = r.ok() ? r.val : Value();
  } else {
    x.mode = Mode::value;
    update_expr_type(x.expr, default_type(x.type), true);
    update_expr_type(y.expr, default_type(y.type), true);
  }
  x.type = basic_type(BasicKind::untyped_bool);
  x.expr = e;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Tok op) {
  Value xval;
  if (x.mode == Mode::constant) {
    auto r = to_int(x.val);
    if (r.ok()) xval = r.val;
  }
  if (all_integer(x.type) || (is_untyped(x.type) && xval.kind() == ValueKind::integer)) {
  } else {
    error(x.expr->pos,
          "invalid operation: shifted operand " + operand_string(x) + " must be integer");
    x.mode = Mode::invalid;
    return;
  }
  Value yval;
  if (y.mode == Mode::constant) {
    auto r = to_int(y.val);
    if (r.ok()) yval = r.val;
    if (yval.kind() == ValueKind::integer && yval.sign() < 0) {
      error(y.expr->pos, "invalid operation: negative shift count " + operand_string(y));
      x.mode = Mode::invalid;
      return;
    }
    if (is_untyped(y.type)) {
      auto rr = representable(y.val, NumType::uint_);
      if (!rr.ok()) {
        if (rr.err == ConstError::truncated)
          error(y.expr->pos, operand_string(y) + " truncated to uint");
        else
          error(y.expr->pos, "cannot convert " + operand_string(y) + " to type uint");
        x.mode = Mode::invalid;
        return;
      }
    }
  } else {
    if (all_integer(y.type)) {
    } else if (is_untyped(y.type)) {
      convert_untyped(y, basic_type(BasicKind::uint_));
      if (y.invalid()) {
        x.mode = Mode::invalid;
        return;
      }
    } else {
      error(y.expr->pos,
            "invalid operation: shift count " + operand_string(y) + " must be integer");
      x.mode = Mode::invalid;
      return;
    }
  }
  if (x.mode == Mode::constant) {
    if (y.mode == Mode::constant) {
      if (x.val.is_unknown() || y.val.is_unknown()) {
        x.val = Value();
        if (!is_integer(x.type)) x.type = basic_type(BasicKind::untyped_int);
        x.expr = e;
        return;
      }
      auto cnt = yval.to_uint64();
      if (!cnt || *cnt > kMaxShift) {
        error(y.expr->pos, "invalid operation: invalid shift count " + operand_string(y));
        x.mode = Mode::invalid;
        return;
      }
      if (!is_integer(x.type)) x.type = basic_type(BasicKind::untyped_int);
      auto r = gopark::interp::shift(xval, op, yval);
      x.val = r.ok() ? r.val : Value();
      x.expr = e;
      overflow(x, e->pos);
      return;
    }
    if (is_untyped(x.type)) {
      // Non-constant shift of an untyped constant: its type is decided by
      // the context, and must then be an integer type.
      shift_lhs_.insert(x.expr);
      x.mode = Mode::value;
      x.expr = e;
      return;
    }
  }
  if (!all_integer(x.type)) {
    error(x.expr->pos,
          "invalid operation: shifted operand " + operand_string(x) + " must be integer");
    x.mode = Mode::invalid;
    return;
  }
  x.mode = Mode::value;
  x.expr = e;
}

void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, Pos op_pos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.mode = Mode::invalid;
    x.expr = y.expr;
    return;
  }
  if (op == Tok::shl || op == Tok::shr) {
    shift(x, y, e, op);
    return;
  }
  if (!match_types(x, y)) {
    x.mode = Mode::invalid;
    return;
  }
  if (is_comparison(op)) {
    comparison(x, y, op, e);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (!is_invalid(x.type) && !is_invalid(y.type)) {
      if (e)
        error(x.expr->pos, "invalid operation: " + expr_string(e) + " (mismatched types " +
                               tstr(x.type) + " and " + tstr(y.type) + ")");
      else
        error(x.expr->pos, "invalid operation: " + expr_string(lhs) + " " + op_string(op) + "= " +
                               expr_string(rhs) + " (mismatched types " + tstr(x.type) + " and " +
                               tstr(y.type) + ")");
    }
    x.mode = Mode::invalid;
    return;
  }
  bool ok;
  switch (op) {
    case Tok::add:
      ok = all_numeric_or_string(x.type);
      break;
    case Tok::sub:
    case Tok::mul:
    case Tok::quo:
      ok = all_numeric(x.type);
      break;
    case Tok::rem:
    case Tok::and_:
    case Tok::or_:
    case Tok::xor_:
    case Tok::and_not:
      ok = all_integer(x.type);
      break;
    case Tok::land:
    case Tok::lor:
      ok = all_boolean(x.type);
      break;
    default:
      ok = false;
  }
  if (!ok) {
    error(x.expr->pos, std::string("invalid operation: operator ") + op_string(op) +
                           " not defined on " + operand_string(x));
    x.mode = Mode::invalid;
    return;
  }
  if ((op == Tok::quo || op == Tok::rem) && (x.mode == Mode::constant || all_integer(x.type)) &&
      y.mode == Mode::constant && !y.val.is_unknown() && y.val.sign() == 0) {
    error(y.expr->pos, "invalid operation: division by zero");
    x.mode = Mode::invalid;
    return;
  }
  if (x.mode == Mode::constant && y.mode == Mode::constant) {
    if (x.val.is_unknown() || y.val.is_unknown()) {
      x.val = Value();
      x.expr = e;
      return;
    }
    Value xv = x.val, yv = y.val;
    if (op == Tok::quo && is_integer(x.type)) {
      auto a = to_int(xv), b = to_int(yv);
      if (a.ok()) xv = a.val;
      if (b.ok()) yv = b.val;
    }
    auto r = binary_op(xv, op, yv);
    x.expr = e;
    if (r.err == ConstError::overflow) {
      error(op_pos, std::string("constant ") +
                        (op == Tok::mul   ? "multiplication "
                         : op == Tok::add ? "addition "
                         : op == Tok::sub ? "subtraction "
                         : op == Tok::quo ? "division "
                                          : "") +
                        "overflow");
      x.val = Value();
      return;
    }
    x.val = r.ok() ? r.val : Value();
    overflow(x, op_pos);
    return;
  }
  x.mode = Mode::value;
  x.expr = e;
}

// ---------------------------------------------------------------------------
// Index, slice, type assertion

bool Checker::is_valid_index(Operand& x, const char* what, bool allow_neg) {
  if (x.invalid()) return false;
  convert_untyped(x, basic_type(BasicKind::int_));
  if (x.invalid()) return false;
  if (!all_integer(x.type)) {
    error(x.expr->pos,
          std::string("invalid argument: ") + what + " " + operand_string(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::constant) {
    if (!allow_neg && x.val.sign() < 0) {
      error(x.expr->pos, std::string("invalid argument: ") + what + " " + operand_string(x) +
                             " must not be negative");
      return false;
    }
  }
  return true;
}

// The constant value of index e (or -1 if not constant), checked against
// max (exclusive; < 0 means unknown).
int64_t Checker::index_value(Expr* e, int64_t max, bool allow_neg, const char* what) {
  Operand x;
  expr(x, e);
  if (!is_valid_index(x, what, allow_neg)) return -2;
  if (x.mode != Mode::constant) return -1;
  auto v = x.val.to_int64();
  if (!v) return -2;
  if (max >= 0 && *v >= max) {
    error(e->pos, std::string("invalid argument: ") + what + " " + expr_string(e) +
                      " out of bounds [0:" + std::to_string(max) + "]");
    return -2;
  }
  return *v;
}

void Checker::index_expr(Operand& x, IndexExpr* e, Type* hint) {
  (void)hint;
  expr_or_type(x, e->x, true);
  if (x.invalid()) {
    use_exprs(e->indices);
    return;
  }
  if (x.mode == Mode::typexpr) {
    x.expr = e;
    x.type = generic_type_expr(e, nullptr);
    if (is_invalid(x.type)) x.mode = Mode::invalid;
    return;
  }
  if (auto* sig = as<Signature>(x.type); sig && !sig->tparams.empty()) {
    func_inst(x, e);
    return;
  }
  if (e->indices.size() != 1) {
    error(e->indices[1]->pos, "unexpected comma; expecting ]");
    x.mode = Mode::invalid;
    return;
  }
  Expr* ie = e->indices[0];
  Type* u = underlying(x.type);
  if (as<TypeParam>(x.type)) {
    u = core_type(x.type);
    if (!u) {
      // No core type: every type of the set must be indexable with one
      // element type (strings give bytes; maps are excluded).
      Type* elem = nullptr;
      bool strings = false;
      bool ok = all_of_tset(x.type, [&](Type* t) {
        Type* tu = underlying(t);
        if (auto* p = as<Pointer>(tu)) tu = underlying(p->elem);
        Type* el = nullptr;
        if (is_string(tu)) {
          el = byte_type();
          strings = true;
        } else if (auto* a = as<Array>(tu)) {
          el = a->elem;
        } else if (auto* s = as<Slice>(tu)) {
          el = s->elem;
        }
        if (!el) return false;
        if (!elem) elem = el;
        return identical(elem, el);
      });
      if (ok && elem) {
        index_value(ie, -1, false, "index");
        x.mode = strings ? Mode::value : Mode::variable;
        x.type = elem;
        x.expr = e;
        return;
      }
    }
  }
  int64_t length = -1;
  bool ok = false;
  if (u) {
    if (is_string(u)) {
      ok = true;
      if (x.mode == Mode::constant) length = int64_t(x.val.string_val().size());
      Operand ix;
      expr(ix, ie);
      if (is_valid_index(ix, "index", false)) {
        if (ix.mode == Mode::constant && length >= 0) {
          auto v = ix.val.to_int64();
          if (v && *v >= length) {
            error(ie->pos, "invalid argument: index " + operand_string(ix) +
                               " out of bounds [0:" + std::to_string(length) + "]");
          } else if (v && x.mode == Mode::constant) {
            x.val = Value::make_int64((unsigned char)x.val.string_val()[size_t(*v)]);
            x.type = byte_type();
            x.expr = e;
            x.mode = Mode::constant;
            return;
          }
        }
      }
      x.mode = Mode::value;
      x.type = byte_type();
      x.expr = e;
      return;
    }
    if (auto* a = as<Array>(u)) {
      ok = true;
      length = a->len;
      if (x.mode != Mode::variable) x.mode = Mode::value;
      x.type = a->elem;
    } else if (auto* p = as<Pointer>(u)) {
      if (auto* a2 = as<Array>(underlying(p->elem))) {
        ok = true;
        length = a2->len;
        x.mode = Mode::variable;
        x.type = a2->elem;
      }
    } else if (auto* s = as<Slice>(u)) {
      ok = true;
      x.mode = Mode::variable;
      x.type = s->elem;
    } else if (auto* m = as<Map>(u)) {
      Operand k;
      expr(k, ie, m->key);
      assignment(k, m->key, "map index");
      x.mode = Mode::mapindex;
      x.type = m->elem;
      x.expr = e;
      return;
    }
  }
  if (!ok) {
    error(e->pos, "invalid operation: cannot index " + operand_string(x));
    use_exprs(e->indices);
    x.mode = Mode::invalid;
    return;
  }
  index_value(ie, length, false, "index");
  x.expr = e;
}

void Checker::slice_expr(Operand& x, SliceExpr* e) {
  expr(x, e->x);
  if (x.invalid()) {
    for (Expr* b : {e->lo, e->hi, e->max})
      if (b) {
        Operand t;
        expr(t, b);
      }
    return;
  }
  Type* u = core_type(x.type);
  int64_t length = -1;
  bool ok = false;
  if (u && is_string(u)) {
    if (e->slice3) {
      error(e->pos, "invalid operation: 3-index slice of string");
      x.mode = Mode::invalid;
      return;
    }
    ok = true;
    if (x.mode == Mode::constant) length = int64_t(x.val.string_val().size());
    if (is_untyped(x.type)) x.type = basic_type(BasicKind::string);
    x.mode = Mode::value;
  } else if (auto* a = u ? as<Array>(u) : nullptr) {
    ok = true;
    length = a->len;
    if (x.mode != Mode::variable) {
      error(e->pos, "invalid operation: " + operand_string(x) + " (slice of unaddressable value)");
      x.mode = Mode::invalid;
      return;
    }
    x.type = arena_.slice(a->elem);
    x.mode = Mode::value;
  } else if (auto* p = u ? as<Pointer>(u) : nullptr) {
    if (auto* a2 = as<Array>(underlying(p->elem))) {
      ok = true;
      length = a2->len;
      x.type = arena_.slice(a2->elem);
      x.mode = Mode::value;
    }
  } else if (u && as<Slice>(u)) {
    ok = true;
    x.mode = Mode::value;
  }
  if (!ok) {
    error(e->pos, "cannot slice " + operand_string(x));
    x.mode = Mode::invalid;
    return;
  }
  x.expr = e;
  if (e->slice3 && (!e->hi || !e->max)) {
    error(e->pos, "middle index required in 3-index slice");
  }
  int64_t prev = -1;
  int64_t cap = length >= 0 ? length + 1 : -1;
  for (Expr* b : {e->lo, e->hi, e->max}) {
    if (!b) continue;
    int64_t v = index_value(b, cap, false, "index");
    if (v >= 0) {
      if (prev >= 0 && v < prev) {
        error(b->pos, "invalid slice indices: " + std::to_string(v) + " < " + std::to_string(prev));
      }
      prev = v;
    }
  }
}

void Checker::type_assert(Operand& x, TypeAssertExpr* e) {
  expr(x, e->x);
  if (x.invalid()) {
    if (e->assert_type) typexpr(e->assert_type);
    return;
  }
  if (!e->assert_type) {
    error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
    x.mode = Mode::invalid;
    return;
  }
  if (as<TypeParam>(x.type)) {
    error(e->x->pos, "invalid operation: cannot use type assertion on type parameter value " +
                         operand_string(x));
    x.mode = Mode::invalid;
    return;
  }
  if (!as<Interface>(underlying(x.type))) {
    error(e->x->pos, "invalid operation: " + operand_string(x) + " is not an interface");
    x.mode = Mode::invalid;
    return;
  }
  Type* T = var_type(e->assert_type);
  if (is_invalid(T)) {
    x.mode = Mode::invalid;
    return;
  }
  if (!as<Interface>(underlying(T))) {
    bool wrong, ptr;
    Object* have;
    if (Object* m = missing_method(T, x.type, false, &wrong, &ptr, &have)) {
      error(e->assert_type->pos, "impossible type assertion: " + expr_string(e) + "\n\t" + tstr(T) +
                                     " does not implement " + tstr(x.type) + " " +
                                     missing_method_cause(T, x.type, m, wrong, ptr, have));
      x.mode = Mode::invalid;
      return;
    }
  }
  x.expr = e;
  x.mode = Mode::commaok;
  x.type = T;
}

// ---------------------------------------------------------------------------
// Composite and function literals

void Checker::composite_lit(Operand& x, CompositeLit* e, Type* hint) {
  Type* typ = nullptr;
  Type* base = nullptr;
  if (e->lit_type) {
    if (auto* at = as<ArrayType>(e->lit_type); at && as<Ellipsis>(at->len)) {
      // [...]T{...}: the length is the number of elements.
      Type* elem = var_type(at->elem);
      int64_t n = 0, idx = 0;
      for (Expr* el : e->elts) {
        if (auto* kv = as<KeyValueExpr>(el)) {
          Operand k;
          expr(k, kv->key);
          if (k.mode == Mode::constant) {
            auto r = to_int(k.val);
            if (r.ok() && r.val.to_int64()) idx = *r.val.to_int64();
          }
        }
        idx++;
        n = std::max(n, idx);
      }
      typ = arena_.array(elem, n);
      at->type = typ;
      e->lit_type->type = typ;
    } else {
      typ = typexpr(e->lit_type);
    }
    base = typ;
  } else if (hint) {
    typ = hint;
    base = typ;
    // An elided &T{...}: the element type is a pointer (or a type
    // parameter whose core type is one).
    Type* hc = core_type(base);
    if (auto* p = hc ? as<Pointer>(hc) : nullptr) base = p->elem;
  } else {
    error(e->pos, "missing type in composite literal");
    x.mode = Mode::invalid;
    for (Expr* el : e->elts) {
      Operand t;
      if (auto* kv = as<KeyValueExpr>(el)) el = kv->value;
      if (!as<CompositeLit>(el)) expr(t, el);
    }
    return;
  }
  if (is_invalid(typ)) {
    x.mode = Mode::invalid;
    for (Expr* el : e->elts) {
      if (auto* kv = as<KeyValueExpr>(el)) el = kv->value;
      Operand t;
      if (!as<CompositeLit>(el)) expr(t, el);
    }
    return;
  }
  Type* u = core_type(base);
  if (auto* st = u ? as<Struct>(u) : nullptr) {
    if (e->elts.empty()) {
    } else if (e->nkeys > 0) {
      std::vector<bool> seen(st->fields.size());
      for (Expr* el : e->elts) {
        auto* kv = as<KeyValueExpr>(el);
        if (!kv) {
          error(el->pos, "mixture of field:value and value elements in struct literal");
          Operand t;
          expr(t, el);
          continue;
        }
        auto* key = as<Ident>(kv->key);
        if (!key) {
          error(kv->key->pos, "invalid field name " + expr_string(kv->key) + " in struct literal");
          Operand t;
          expr(t, kv->value);
          continue;
        }
        int idx = -1;
        for (size_t i = 0; i < st->fields.size(); i++)
          if (st->fields[i]->name == key->name) idx = int(i);
        if (idx < 0) {
          error(key->pos, "unknown field " + std::string(key->name) +
                              " in struct literal of type " + tstr(base));
          Operand t;
          expr(t, kv->value);
          continue;
        }
        Object* f = st->fields[size_t(idx)];
        info_->uses[key] = f;
        if (seen[size_t(idx)]) {
          error(key->pos, "duplicate field name " + std::string(key->name) + " in struct literal");
        }
        seen[size_t(idx)] = true;
        Operand v;
        expr(v, kv->value);  // struct fields give elided literals no type
        assignment(v, f->type, "struct literal");
      }
    } else {
      size_t i = 0;
      for (Expr* el : e->elts) {
        if (as<KeyValueExpr>(el)) {
          error(el->pos, "mixture of field:value and value elements in struct literal");
          continue;
        }
        Operand v;
        if (i >= st->fields.size()) {
          expr(v, el);
          if (i == st->fields.size())
            error(el->pos, "too many values in struct literal of type " + tstr(base));
          i++;
          continue;
        }
        Object* f = st->fields[i];
        expr(v, el);
        if (f->pkg && f->pkg != pkg_ && !f->exported()) {
          error(el->pos, "implicit assignment to unexported field " + f->name +
                             " in struct literal of type " + tstr(base));
        }
        assignment(v, f->type, "struct literal");
        i++;
      }
      if (i < st->fields.size() && i > 0) {
        error(e->end.valid() ? Pos{e->end.line, e->end.col - 1} : e->pos,
              "too few values in struct literal of type " + tstr(base));
      }
    }
  } else if (u && (as<Array>(u) || as<Slice>(u))) {
    Type* elem = as<Array>(u) ? as<Array>(u)->elem : as<Slice>(u)->elem;
    int64_t len = as<Array>(u) ? as<Array>(u)->len : -1;
    int64_t idx = 0;
    std::set<int64_t> seen;
    for (Expr* el : e->elts) {
      Expr* val = el;
      if (auto* kv = as<KeyValueExpr>(el)) {
        int64_t v = index_value(kv->key, len, false, "index");
        if (v == -1) {
          error(kv->key->pos, "index " + expr_string(kv->key) + " must be integer constant");
        } else if (v >= 0) {
          idx = v;
        }
        val = kv->value;
      } else if (len >= 0 && idx >= len) {
        error(el->pos,
              "index " + std::to_string(idx) + " out of bounds [0:" + std::to_string(len) + "]");
      }
      if (!seen.insert(idx).second) {
        error(el->pos, "duplicate index " + std::to_string(idx) + " in array or slice literal");
      }
      idx++;
      Operand v;
      expr(v, val, elem);
      assignment(v, elem, "array or slice literal");
    }
  } else if (auto* m = u ? as<Map>(u) : nullptr) {
    std::vector<Value> keys;
    for (Expr* el : e->elts) {
      auto* kv = as<KeyValueExpr>(el);
      if (!kv) {
        error(el->pos, "missing key in map literal");
        Operand t;
        expr(t, el, m->elem);
        continue;
      }
      Operand k;
      expr(k, kv->key, m->key);
      assignment(k, m->key, "map literal");
      if (k.mode == Mode::constant && !k.val.is_unknown() && !is_nontp_interface(m->key)) {
        bool dup = false;
        for (const Value& v : keys) {
          auto r = compare(v, Tok::eql, k.val);
          if (r.ok() && r.val.bool_val()) dup = true;
        }
        if (dup)
          error(kv->key->pos, "duplicate key " + expr_string(kv->key) + " in map literal");
        else
          keys.push_back(k.val);
      }
      Operand v;
      expr(v, kv->value, m->elem);
      assignment(v, m->elem, "map literal");
    }
  } else {
    error(e->pos, "invalid composite literal type " + tstr(typ));
    x.mode = Mode::invalid;
    return;
  }
  x.mode = Mode::value;
  x.type = typ;
  x.expr = e;
}

void Checker::func_lit(Operand& x, FuncLit* e) {
  Scope* s = arena_.scope(scope_, e->pos, e->end, true, "function");
  info_->scopes[e->sig] = s;
  Signature* sig = func_type(e->sig, nullptr, s, nullptr);
  if (e->body) {
    // Labels, missing return and unused variables are the literal's own.
    func_body(nullptr, sig, e->body, s);
  }
  x.mode = Mode::value;
  x.type = sig;
  x.expr = e;
}

}  // namespace gopark::interp
