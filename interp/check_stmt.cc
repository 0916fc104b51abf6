// check_stmt.cc - statements: blocks and scopes, local declarations,
// control flow (if, switch, type switch, select, for, range), go/defer,
// return, labels and branches, and terminating statements (spec
// "Terminating statements") for "missing return".
#include <algorithm>

#include "interp/check_internal.h"

namespace gopark::interp {

void Checker::open_scope(Node* n, const char* comment) {
  Scope* s = arena_.scope(scope_, n->pos, n->end, true, comment);
  info_->scopes[n] = s;
  scope_ = s;
}

void Checker::close_scope() {
  scope_ = scope_->parent;
}

void Checker::stmt_list(const List<Stmt>& list, uint32_t ctx) {
  bool ft = ctx & kFallthroughOk;
  uint32_t inner = ctx & ~uint32_t(kFallthroughOk);
  size_t n = list.size();
  while (n > 0 && as<EmptyStmt>(list[n - 1])) n--;
  for (size_t i = 0; i < list.size(); i++) {
    uint32_t c = inner;
    if (ft && i + 1 == n) c |= kFallthroughOk;
    stmt(list[i], c);
  }
}

void Checker::local_decl(GenDecl* g) {
  Expr* last_type = nullptr;
  List<Expr> last_values;
  for (Node* n : g->specs) {
    if (auto* ts = as<TypeSpec>(n)) {
      Object* obj = arena_.object(ObjKind::type_name, ts->name->name, ts->name->pos, nullptr);
      obj->pkg = pkg_;
      declare(scope_, ts->name, obj, ts->name->pos);
      DeclInfo d;
      d.tspec = ts;
      type_decl(obj, &d);
      continue;
    }
    auto* vs = as<ValueSpec>(n);
    if (!vs) continue;
    std::vector<Object*> objs;
    if (g->tok == Tok::kw_const) {
      if (vs->spec_type || !vs->values.empty()) {
        last_type = vs->spec_type;
        last_values = vs->values;
      }
      const_spec_errors(vs, last_values);
      for (uint32_t i = 0; i < vs->names.size(); i++) {
        Ident* id = vs->names[i];
        Object* obj = arena_.object(ObjKind::const_, id->name, id->pos, nullptr);
        obj->pkg = pkg_;
        DeclInfo d;
        d.vspec = vs;
        d.type_expr = last_type;
        d.init = i < last_values.size() ? last_values[i] : nullptr;
        d.iota = vs->iota;
        int saved = iota_;
        Pos saved_at = repeat_at_;
        if (vs->values.empty()) repeat_at_ = vs->pos;
        const_decl(obj, &d);
        iota_ = saved;
        repeat_at_ = saved_at;
        objs.push_back(obj);
      }
      for (uint32_t i = 0; i < vs->names.size(); i++)
        declare(scope_, vs->names[i], objs[i], vs->end);
      continue;
    }
    Type* t = vs->spec_type ? var_type(vs->spec_type) : nullptr;
    for (Ident* id : vs->names) {
      Object* v = arena_.object(ObjKind::var, id->name, id->pos, t);
      v->pkg = pkg_;
      objs.push_back(v);
    }
    if (!vs->values.empty()) {
      if (vs->values.size() > vs->names.size() && vs->values.size() > 1) {
        error(vs->values[vs->names.size()]->pos,
              "extra init expr " + expr_string(vs->values[vs->names.size()]));
        use_exprs(vs->values);
      } else if (vs->values.size() < vs->names.size() && vs->values.size() > 1) {
        error(vs->names[vs->values.size()]->pos,
              "missing init expr for " + std::string(vs->names[vs->values.size()]->name));
        use_exprs(vs->values);
      } else {
        // n:n initializes each variable as a declaration; n:1 assigns the
        // values of one multi-value expression.
        init_vars(objs, vs->values, vs, false,
                  vs->values.size() == vs->names.size() ? "variable declaration" : "assignment");
      }
    }
    for (Object* v : objs)
      if (!v->type) v->type = invalid_type();
    for (uint32_t i = 0; i < vs->names.size(); i++) declare(scope_, vs->names[i], objs[i], vs->end);
  }
}

namespace {

// Builtins whose call may stand alone as a statement.
bool statement_builtin(BuiltinId id) {
  switch (id) {
    case BuiltinId::clear_:
    case BuiltinId::close_:
    case BuiltinId::copy_:
    case BuiltinId::delete_:
    case BuiltinId::panic_:
    case BuiltinId::print_:
    case BuiltinId::println_:
    case BuiltinId::recover_:
      return true;
    default:
      return false;
  }
}

}  // namespace

// What a call in statement position is: a conversion, a call of an
// expression-only builtin, or a real statement.
static int call_kind(Checker* c, Expr* e) {
  auto* call = as<CallExpr>(unparen(e));
  if (!call)
    return as<UnaryExpr>(unparen(e)) && as<UnaryExpr>(unparen(e))->op == Tok::arrow ? 2 : 1;
  Type* ft = call->fun->type;
  (void)c;
  if (auto* id = as<Ident>(unparen(call->fun))) {
    auto it = c->info_->uses.find(id);
    if (it != c->info_->uses.end() && it->second) {
      if (it->second->kind == ObjKind::builtin)
        return statement_builtin(it->second->builtin) ? 2 : 1;
      if (it->second->kind == ObjKind::type_name) return 0;
    }
  }
  if (auto* sel = as<SelectorExpr>(unparen(call->fun))) {
    auto it = c->info_->uses.find(sel->sel);
    if (it != c->info_->uses.end() && it->second && it->second->kind == ObjKind::type_name)
      return 0;
  }
  if (ft && !is_invalid(ft)) {
    Type* core = c->core_type(ft);
    if (!core || !as<Signature>(core)) return 0;
  }
  return 2;
}

void Checker::go_defer(Expr* call, const char* what) {
  if (!as<CallExpr>(unparen(call))) {
    // The parser already said "expression in go must be function call".
    Operand x;
    raw_expr(x, call, nullptr, true);
    return;
  }
  Operand x;
  raw_expr(x, call, nullptr, false);
  if (x.invalid()) return;
  int k = call_kind(this, call);
  if (k == 0) {
    error(call->pos, std::string(what) + " requires function call, not conversion");
  } else if (k == 1) {
    error(call->pos, std::string(what) + " discards result of " + operand_string(x));
  }
}

void Checker::stmt(Stmt* s, uint32_t ctx) {
  // Nested statements do not inherit the position-dependent permissions
  // (only a case body's own last statement may fall through).
  uint32_t inner = ctx & ~uint32_t(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  switch (s->kind) {
    case NodeKind::EmptyStmt:
    case NodeKind::BadStmt:
      return;
    case NodeKind::DeclStmt:
      local_decl(static_cast<DeclStmt*>(s)->decl);
      return;
    case NodeKind::LabeledStmt: {
      fctx_->has_label = true;
      stmt(static_cast<LabeledStmt*>(s)->stmt, ctx);
      return;
    }
    case NodeKind::ExprStmt: {
      Expr* e = static_cast<ExprStmt*>(s)->x;
      Operand x;
      raw_expr(x, e, nullptr, false);
      if (x.invalid()) return;
      std::string msg;
      if (x.mode == Mode::builtin) {
        msg = "must be called";
      } else if (x.mode == Mode::typexpr) {
        msg = "is not an expression";
      } else {
        if (call_kind(this, e) == 2) return;
        msg = "is not used";
      }
      error(e->pos, operand_string(x) + " " + msg);
      return;
    }
    case NodeKind::SendStmt: {
      auto* ss = static_cast<SendStmt*>(s);
      Operand ch, val;
      expr(ch, ss->chan);
      expr(val, ss->value);
      if (ch.invalid() || val.invalid()) return;
      Type* core = core_type(ch.type);
      auto* c = core ? as<Chan>(core) : nullptr;
      if (!c) {
        error(s->pos, "invalid operation: cannot send to non-channel " + operand_string(ch));
        return;
      }
      if (c->dir == ChanDir::recv) {
        error(s->pos,
              "invalid operation: cannot send to receive-only channel " + operand_string(ch));
        return;
      }
      assignment(val, c->elem, "send");
      return;
    }
    case NodeKind::IncDecStmt: {
      auto* is = static_cast<IncDecStmt*>(s);
      Operand x;
      expr(x, is->x);
      if (x.invalid()) return;
      if (!all_of_tset(x.type, [](Type* t) { return is_numeric(t); })) {
        error(is->x->pos, std::string("invalid operation: ") + expr_string(is->x) +
                              (is->op == Tok::inc ? "++" : "--") + " (non-numeric type " +
                              tstr(x.type) + ")");
        return;
      }
      Type* T = lhs_var(is->x);
      (void)T;
      return;
    }
    case NodeKind::AssignStmt: {
      auto* as_ = static_cast<AssignStmt*>(s);
      if (as_->op == Tok::define) {
        short_var_decl(as_);
        return;
      }
      if (as_->op == Tok::assign) {
        assign_vars(as_->lhs, as_->rhs, as_->op_pos);
        return;
      }
      if (as_->lhs.size() != 1 || as_->rhs.size() != 1) {
        error(as_->op_pos, std::string("assignment operation ") + tok_text(as_->op) +
                               " requires single-valued expressions");
        return;
      }
      Tok op = assign_op_base(as_->op);
      Operand x;
      binary(x, nullptr, as_->lhs[0], as_->rhs[0], op, as_->op_pos);
      if (x.invalid()) return;
      Type* T = lhs_var(as_->lhs[0]);
      if (!T || is_invalid(T)) return;
      x.expr = as_->rhs[0];
      assignment(x, T, "assignment");
      return;
    }
    case NodeKind::GoStmt:
      go_defer(static_cast<GoStmt*>(s)->call, "go");
      return;
    case NodeKind::DeferStmt:
      go_defer(static_cast<DeferStmt*>(s)->call, "defer");
      return;
    case NodeKind::ReturnStmt: {
      auto* rs = static_cast<ReturnStmt*>(s);
      Tuple* res = fctx_->sig->results;
      if (rs->results.empty()) {
        if (res->size() > 0 && (res->vars[0]->name.empty() || res->vars[0]->name == "")) {
          std::vector<Operand> none;
          error(s->pos, "not enough return values\n\thave ()\n\twant " + tuple_list(res, false));
        }
        return;
      }
      if (res->size() == 0) {
        std::vector<Operand> got;
        for (Expr* e : rs->results) {
          Operand x;
          raw_expr(x, e, nullptr, false);
          got.push_back(x);
        }
        for (auto& g : got)
          if (g.invalid()) return;
        error(rs->results[0]->pos,
              "too many return values\n\thave " + type_list(got) + "\n\twant ()");
        return;
      }
      init_vars(res->vars, rs->results, rs, true);
      return;
    }
    case NodeKind::BranchStmt: {
      auto* bs = static_cast<BranchStmt*>(s);
      if (bs->label) {
        fctx_->has_label = true;
        return;  // checked by labels()
      }
      switch (bs->tok) {
        case Tok::kw_break:
          if (!(ctx & kBreakOk)) error(s->pos, "break is not in a loop, switch, or select");
          break;
        case Tok::kw_continue:
          if (!(ctx & kContinueOk)) error(s->pos, "continue is not in a loop");
          break;
        case Tok::kw_fallthrough:
          if (!(ctx & kFallthroughOk)) {
            if (ctx & kFinalSwitchCase)
              error(s->pos, "cannot fallthrough final case in switch");
            else if (ctx & kInTypeSwitch)
              error(s->pos, "cannot fallthrough in type switch");
            else
              error(s->pos, "fallthrough statement out of place");
          }
          break;
        default:
          break;
      }
      return;
    }
    case NodeKind::BlockStmt: {
      open_scope(s, "block");
      stmt_list(static_cast<BlockStmt*>(s)->stmts, inner);
      close_scope();
      return;
    }
    case NodeKind::IfStmt: {
      auto* is = static_cast<IfStmt*>(s);
      open_scope(s, "if");
      if (is->init) stmt(is->init, inner);
      Operand x;
      expr(x, is->cond);
      if (!x.invalid() && !all_of_tset(x.type, [](Type* t) { return is_boolean(t); }))
        error(is->cond->pos, "non-boolean condition in if statement");
      if (!x.invalid() && is_untyped(x.type)) convert_untyped(x, basic_type(BasicKind::bool_));
      stmt(is->then, inner);
      if (is->else_) stmt(is->else_, inner);
      close_scope();
      return;
    }
    case NodeKind::SwitchStmt:
      switch_stmt(static_cast<SwitchStmt*>(s), inner);
      return;
    case NodeKind::TypeSwitchStmt:
      type_switch_stmt(static_cast<TypeSwitchStmt*>(s), inner);
      return;
    case NodeKind::SelectStmt:
      select_stmt(static_cast<SelectStmt*>(s), inner);
      return;
    case NodeKind::ForStmt:
      for_stmt(static_cast<ForStmt*>(s), ctx);
      return;
    case NodeKind::RangeStmt:
      range_stmt(static_cast<RangeStmt*>(s), ctx);
      return;
    default:
      error(s->pos, "invalid statement");
      return;
  }
}

void Checker::switch_stmt(SwitchStmt* s, uint32_t ctx) {
  open_scope(s, "switch");
  if (s->init) stmt(s->init, ctx);
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (!x.invalid() && !comparable(x.type) && !as<Pointer>(underlying(x.type)) &&
        !as<Slice>(underlying(x.type)) && !as<Map>(underlying(x.type)) &&
        !as<Signature>(underlying(x.type))) {
      error(s->tag->pos,
            "cannot switch on " + operand_string(x) + " (" + tstr(x.type) + " is not comparable)");
      x.mode = Mode::invalid;
    }
  } else {
    x.mode = Mode::constant;
    x.type = basic_type(BasicKind::bool_);
    x.val = Value::make_bool(true);
    x.expr = nullptr;
  }
  Pos first_default;
  struct Seen {
    Value v;
    Type* t;
    Pos pos;
  };
  std::vector<Seen> seen;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* cc = s->clauses[i];
    if (cc->is_default) {
      if (first_default.valid())
        error(cc->pos, "multiple defaults (first at " + pos_string(first_default) + ")");
      else
        first_default = cc->pos;
    }
    for (Expr* e : cc->exprs) {
      Operand v;
      expr(v, e);
      if (x.invalid() || v.invalid()) continue;
      if (x.expr == nullptr) {
        // switch { case cond: }: the case must be a boolean.
        convert_untyped(v, basic_type(BasicKind::bool_));
        if (v.invalid()) continue;
        Operand t;
        t.mode = Mode::value;
        t.type = basic_type(BasicKind::bool_);
        if (!is_boolean(v.type) && !assignable_to(t, v.type, nullptr)) {
          error(e->pos, "invalid case " + expr_string(e) + " in switch (mismatched types " +
                            tstr(v.type) + " and bool)");
          continue;
        }
        continue;
      }
      convert_untyped(v, x.type);
      if (v.invalid()) continue;
      if (!v.is_nil() && !comparable(x.type)) {
        Type* u = underlying(x.type);
        const char* k = as<Map>(u) ? "map" : as<Slice>(u) ? "slice" : "func";
        error(e->pos, "invalid case " + expr_string(e) + " in switch on " + expr_string(s->tag) +
                          " (" + k + " can only be compared to nil)");
        continue;
      }
      Operand res = v, tag = x;
      std::string cause;
      if (!assignable_to(res, tag.type, nullptr) && !assignable_to(tag, res.type, nullptr)) {
        error(e->pos, "invalid case " + expr_string(e) + " in switch on " + expr_string(s->tag) +
                          " (mismatched types " + tstr(v.type) + " and " + tstr(x.type) + ")");
        continue;
      }
      if (v.mode != Mode::constant || v.val.is_unknown()) continue;
      bool dup = false;
      for (auto& p : seen) {
        auto r = compare(p.v, Tok::eql, v.val);
        if (r.ok() && r.val.bool_val() && identical(p.t, v.type)) {
          error(e->pos, "duplicate case " + operand_string(v) + " in expression switch\n\t" +
                            pos_string(p.pos) + ": previous case");
          dup = true;
          break;
        }
      }
      if (!dup) seen.push_back({v.val, v.type, e->pos});
    }
    open_scope(cc, "case");
    uint32_t inner = ctx | kBreakOk;
    if (i + 1 < s->clauses.size())
      inner |= kFallthroughOk;
    else
      inner |= kFinalSwitchCase;
    stmt_list(cc->body, inner);
    close_scope();
  }
  close_scope();
}

void Checker::type_switch_stmt(TypeSwitchStmt* s, uint32_t ctx) {
  open_scope(s, "type switch");
  if (s->init) stmt(s->init, ctx);
  Ident* bind = s->bind;
  if (bind && bind->name == "_") {
    error(bind->pos, "no new variable on left side of :=");
    bind = nullptr;
  }
  Operand x;
  expr(x, s->guard->x);
  if (!x.invalid()) {
    if (as<TypeParam>(x.type)) {
      error(s->guard->x->pos,
            "cannot use type switch on type parameter value " + operand_string(x));
      x.mode = Mode::invalid;
    } else if (!as<Interface>(underlying(x.type))) {
      error(s->guard->x->pos, operand_string(x) + " is not an interface");
      x.mode = Mode::invalid;
    }
  }
  s->guard->type = x.type;
  std::vector<Object*> bind_vars;
  Pos first_default;
  struct SeenT {
    Type* t;  // null for nil
    Pos pos;
  };
  std::vector<SeenT> seen;
  for (CaseClause* cc : s->clauses) {
    if (cc->is_default) {
      if (first_default.valid())
        error(cc->pos, "multiple defaults (first at " + pos_string(first_default) + ")");
      else
        first_default = cc->pos;
    }
    Type* single = nullptr;
    bool single_nil = false;
    for (Expr* e : cc->exprs) {
      Type* T = nullptr;
      bool is_nil = false;
      if (auto* id = as<Ident>(unparen(e)); id && id->name == "nil") {
        auto [sc, obj] = scope_->lookup_parent("nil", id->pos);
        if (obj && obj->kind == ObjKind::nil) {
          is_nil = true;
          info_->uses[id] = obj;
          e->type = obj->type;
        }
      }
      if (!is_nil) {
        T = var_type(e);
        if (is_invalid(T)) continue;
      }
      if (cc->exprs.size() == 1) {
        single = T;
        single_nil = is_nil;
      }
      if (x.invalid()) continue;
      bool dup = false;
      for (auto& p : seen) {
        if ((is_nil && !p.t) || (T && p.t && identical(T, p.t))) {
          error(e->pos, "duplicate case " + (is_nil ? std::string("nil") : tstr(T)) +
                            " in type switch\n\t" + pos_string(p.pos) + ": previous case");
          dup = true;
          break;
        }
      }
      if (!dup) seen.push_back({T, e->pos});
      if (T && !as<Interface>(underlying(T))) {
        bool wrong, ptr;
        Object* have;
        if (Object* m = missing_method(T, x.type, false, &wrong, &ptr, &have)) {
          error(e->pos, "impossible type switch case: " + expr_string(e) + "\n\t" +
                            operand_string(x) + " cannot have dynamic type " + tstr(T) + " " +
                            missing_method_cause(T, x.type, m, wrong, ptr, have));
        }
      }
    }
    open_scope(cc, "case");
    if (bind) {
      Type* vt = (single && !single_nil) ? single : x.type;
      if (x.invalid()) vt = invalid_type();
      Object* v = arena_.object(ObjKind::var, bind->name, bind->pos, vt);
      v->pkg = pkg_;
      scope_->insert(v);
      v->parent = scope_;
      v->scope_pos = cc->colon;
      info_->implicits[cc] = v;
      bind_vars.push_back(v);
    }
    stmt_list(cc->body, ctx | kBreakOk | kInTypeSwitch);
    close_scope();
  }
  if (bind) {
    bool used = false;
    for (Object* v : bind_vars)
      if (v->flags & kVarUsed) used = true;
    for (Object* v : bind_vars) v->flags |= kVarUsed;
    if (!used) soft_error(bind->pos, std::string(bind->name) + " declared and not used");
    Object* lhs = arena_.object(ObjKind::var, bind->name, bind->pos, x.type);
    info_->defs[bind] = lhs;
  }
  close_scope();
}

void Checker::select_stmt(SelectStmt* s, uint32_t ctx) {
  Pos first_default;
  for (CommClause* cc : s->clauses) {
    if (!cc->comm) {
      if (first_default.valid())
        error(cc->pos, "multiple defaults in select (first at " + pos_string(first_default) + ")");
      else
        first_default = cc->pos;
    }
    bool valid = true;
    if (cc->comm) {
      Expr* rhs = nullptr;
      if (auto* es = as<ExprStmt>(cc->comm)) {
        rhs = es->x;
      } else if (auto* as_ = as<AssignStmt>(cc->comm)) {
        if (as_->rhs.size() == 1) rhs = as_->rhs[0];
      } else if (as<SendStmt>(cc->comm)) {
        rhs = nullptr;
      } else {
        valid = false;
      }
      if (rhs) {
        auto* u = as<UnaryExpr>(unparen(rhs));
        if (!u || u->op != Tok::arrow) valid = false;
      }
      if (!valid) error(cc->comm->pos, "select case must be receive, send or assign recv");
    }
    open_scope(cc, "case");
    if (cc->comm && valid) stmt(cc->comm, ctx);
    stmt_list(cc->body, ctx | kBreakOk);
    close_scope();
  }
}

void Checker::for_stmt(ForStmt* s, uint32_t ctx) {
  open_scope(s, "for");
  if (s->init) stmt(s->init, ctx);
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (!x.invalid() && !all_of_tset(x.type, [](Type* t) { return is_boolean(t); }))
      error(s->cond->pos, "non-boolean condition in for statement");
    if (!x.invalid() && is_untyped(x.type)) convert_untyped(x, basic_type(BasicKind::bool_));
  }
  if (s->post) stmt(s->post, ctx);
  stmt(s->body, (ctx & ~uint32_t(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch)) | kBreakOk |
                    kContinueOk);
  close_scope();
}

void Checker::range_stmt(RangeStmt* s, uint32_t ctx) {
  open_scope(s, "range");
  Operand x;
  expr(x, s->x);
  Type* key = nullptr;
  Type* val = nullptr;
  bool ok = false;
  std::string cause;
  size_t max_vars = 2;
  if (!x.invalid()) {
    Type* core = core_type(x.type);
    if (!core) {
      if (as<TypeParam>(x.type)) cause = "no core type";
    } else if (is_string(core)) {
      ok = true;
      key = basic_type(BasicKind::int_);
      val = rune_type();
      if (is_untyped(x.type)) convert_untyped(x, basic_type(BasicKind::string));
    } else if (auto* a = as<Array>(core)) {
      ok = true;
      key = basic_type(BasicKind::int_);
      val = a->elem;
    } else if (auto* p = as<Pointer>(core)) {
      if (auto* a2 = as<Array>(underlying(p->elem))) {
        ok = true;
        key = basic_type(BasicKind::int_);
        val = a2->elem;
      }
    } else if (auto* sl = as<Slice>(core)) {
      ok = true;
      key = basic_type(BasicKind::int_);
      val = sl->elem;
    } else if (auto* m = as<Map>(core)) {
      ok = true;
      key = m->key;
      val = m->elem;
    } else if (auto* c = as<Chan>(core)) {
      if (c->dir == ChanDir::send) {
        cause = "receive from send-only channel";
      } else {
        ok = true;
        key = c->elem;
        max_vars = 1;
      }
    } else if (is_integer(core) || (is_untyped(x.type) && x.mode == Mode::constant &&
                                    x.val.kind() == ValueKind::integer)) {
      ok = true;
      if (is_untyped(x.type)) convert_untyped(x, basic_type(BasicKind::int_));
      key = x.type;
      max_vars = 1;
    }
    if (!ok) {
      error(s->x->pos,
            "cannot range over " + operand_string(x) + (cause.empty() ? "" : ": " + cause));
    }
  }
  Expr* lhs[2] = {s->key, s->value};
  Type* types[2] = {key, val};
  if (ok && s->value && max_vars == 1) {
    error(s->value->pos,
          "range over " + operand_string(x) + " permits only one iteration variable");
  }
  if (s->op == Tok::define) {
    std::vector<Object*> vars;
    std::vector<Ident*> ids;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      auto* id = as<Ident>(lhs[i]);
      if (!id) {
        error(lhs[i]->pos, "non-name " + expr_string(lhs[i]) + " on left side of :=");
        continue;
      }
      Type* t = ok && types[i] ? types[i] : invalid_type();
      Object* v = arena_.object(ObjKind::var, id->name, id->pos, t);
      v->pkg = pkg_;
      id->type = t;
      vars.push_back(v);
      ids.push_back(id);
    }
    for (size_t i = 0; i < vars.size(); i++) declare(scope_, ids[i], vars[i], s->body->pos);
  } else if (s->op == Tok::assign) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      if (!ok || !types[i]) {
        lhs_var(lhs[i]);
        continue;
      }
      Operand v;
      v.mode = Mode::value;
      v.expr = lhs[i];
      v.type = types[i];
      Type* T = lhs_var(lhs[i]);
      if (!T || is_invalid(T)) continue;
      std::string why;
      if (!assignable_to(v, T, &why)) {
        error(lhs[i]->pos, "cannot use " + expr_string(lhs[i]) + " (value of type " +
                               tstr(types[i]) + ") as " + tstr(T) + " value in range clause" +
                               (why.empty() ? "" : ": " + why));
      }
    }
  }
  stmt(s->body, (ctx & ~uint32_t(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch)) | kBreakOk |
                    kContinueOk);
  close_scope();
}

// ---------------------------------------------------------------------------
// Terminating statements (spec "Terminating statements").

bool Checker::is_terminating(Stmt* s, std::string_view label) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::ReturnStmt:
      return true;
    case NodeKind::BranchStmt: {
      auto* b = static_cast<BranchStmt*>(s);
      return b->tok == Tok::kw_goto || b->tok == Tok::kw_fallthrough;
    }
    case NodeKind::ExprStmt: {
      auto* call = as<CallExpr>(unparen(static_cast<ExprStmt*>(s)->x));
      if (!call) return false;
      if (auto* id = as<Ident>(unparen(call->fun))) {
        auto it = info_->uses.find(id);
        if (it != info_->uses.end() && it->second && it->second->kind == ObjKind::builtin &&
            it->second->builtin == BuiltinId::panic_)
          return true;
      }
      return false;
    }
    case NodeKind::BlockStmt: {
      auto& l = static_cast<BlockStmt*>(s)->stmts;
      size_t n = l.size();
      while (n > 0 && as<EmptyStmt>(l[n - 1])) n--;
      return n > 0 && is_terminating(l[n - 1], "");
    }
    case NodeKind::LabeledStmt: {
      auto* ls = static_cast<LabeledStmt*>(s);
      return is_terminating(ls->stmt, ls->label->name);
    }
    case NodeKind::IfStmt: {
      auto* is = static_cast<IfStmt*>(s);
      return is->else_ && is_terminating(is->then, "") && is_terminating(is->else_, "");
    }
    case NodeKind::ForStmt: {
      auto* fs = static_cast<ForStmt*>(s);
      return !fs->cond && !has_break(fs->body, label, true);
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      const List<CaseClause>& cl = s->kind == NodeKind::SwitchStmt
                                       ? static_cast<SwitchStmt*>(s)->clauses
                                       : static_cast<TypeSwitchStmt*>(s)->clauses;
      bool has_default = false;
      for (CaseClause* cc : cl) {
        if (cc->is_default) has_default = true;
        size_t n = cc->body.size();
        while (n > 0 && as<EmptyStmt>(cc->body[n - 1])) n--;
        if (n == 0) return false;
        Stmt* last = cc->body[n - 1];
        if (!is_terminating(last, "")) return false;
        if (has_break_list(cc->body, label, true)) return false;
      }
      return has_default;
    }
    case NodeKind::SelectStmt: {
      for (CommClause* cc : static_cast<SelectStmt*>(s)->clauses) {
        size_t n = cc->body.size();
        while (n > 0 && as<EmptyStmt>(cc->body[n - 1])) n--;
        if (n == 0 || !is_terminating(cc->body[n - 1], "")) return false;
        if (has_break_list(cc->body, label, true)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

bool Checker::has_break_list(const List<Stmt>& l, std::string_view label, bool implicit) {
  for (Stmt* s : l)
    if (has_break(s, label, implicit)) return true;
  return false;
}

// Whether s contains a break out of the statement labelled label (or, with
// implicit, an unlabelled break that refers to it).
bool Checker::has_break(Stmt* s, std::string_view label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::BranchStmt: {
      auto* b = static_cast<BranchStmt*>(s);
      if (b->tok != Tok::kw_break) return false;
      if (!b->label) return implicit;
      return !label.empty() && b->label->name == label;
    }
    case NodeKind::BlockStmt:
      return has_break_list(static_cast<BlockStmt*>(s)->stmts, label, implicit);
    case NodeKind::LabeledStmt:
      return has_break(static_cast<LabeledStmt*>(s)->stmt, label, implicit);
    case NodeKind::IfStmt: {
      auto* is = static_cast<IfStmt*>(s);
      return has_break(is->then, label, implicit) || has_break(is->else_, label, implicit);
    }
    case NodeKind::CaseClause:
      return has_break_list(static_cast<CaseClause*>(s)->body, label, implicit);
    case NodeKind::CommClause:
      return has_break_list(static_cast<CommClause*>(s)->body, label, implicit);
    // Nested breakable statements: an unlabelled break inside refers to them.
    case NodeKind::SwitchStmt:
      if (label.empty()) return false;
      for (CaseClause* cc : static_cast<SwitchStmt*>(s)->clauses)
        if (has_break(cc, label, false)) return true;
      return false;
    case NodeKind::TypeSwitchStmt:
      if (label.empty()) return false;
      for (CaseClause* cc : static_cast<TypeSwitchStmt*>(s)->clauses)
        if (has_break(cc, label, false)) return true;
      return false;
    case NodeKind::SelectStmt:
      if (label.empty()) return false;
      for (CommClause* cc : static_cast<SelectStmt*>(s)->clauses)
        if (has_break(cc, label, false)) return true;
      return false;
    case NodeKind::ForStmt:
      return !label.empty() && has_break(static_cast<ForStmt*>(s)->body, label, false);
    case NodeKind::RangeStmt:
      return !label.empty() && has_break(static_cast<RangeStmt*>(s)->body, label, false);
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// Labels and branches (as Go's compiler checks them): labels are function-
// scoped; break/continue with a label must name an enclosing statement of
// the right kind; goto must not jump into a block or over a variable
// declaration.

namespace {

struct LabelInfo {
  LabeledStmt* stmt;
  BlockStmt* block;  // the block directly containing it (null: a case body)
  const void* body;  // the statement list containing it
  size_t index;      // its index in that list
  bool used = false;
};

struct BranchWalk {
  Checker* c;
  std::map<std::string_view, LabelInfo> labels;
  struct Goto {
    BranchStmt* stmt;
    std::vector<const void*> blocks;  // enclosing statement lists, outermost first
    const void* body;
    size_t index;
  };
  std::vector<Goto> gotos;
  // Enclosing labelled statements (for break/continue).
  std::vector<std::pair<std::string_view, Stmt*>> enclosing;
  std::vector<const void*> blocks;
  std::unordered_map<const void*, Pos> block_pos;
  std::unordered_map<const void*, const List<Stmt>*> block_list;

  void collect(const List<Stmt>& l, Pos start) {
    const void* key = &l;
    block_pos[key] = start;
    block_list[key] = &l;
    for (size_t i = 0; i < l.size(); i++) {
      if (auto* ls = as<LabeledStmt>(l[i])) {
        auto it = labels.find(ls->label->name);
        if (it != labels.end()) {
          c->error(ls->label->pos, "label " + std::string(ls->label->name) +
                                       " already defined at " +
                                       c->pos_string(it->second.stmt->label->pos));
        } else {
          labels[ls->label->name] = LabelInfo{ls, nullptr, key, i};
        }
        collect_stmt(ls->stmt);
      } else {
        collect_stmt(l[i]);
      }
    }
  }
  void collect_stmt(Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case NodeKind::BlockStmt:
        collect(static_cast<BlockStmt*>(s)->stmts, s->pos);
        break;
      case NodeKind::IfStmt: {
        auto* is = static_cast<IfStmt*>(s);
        collect_stmt(is->then);
        collect_stmt(is->else_);
        break;
      }
      case NodeKind::ForStmt:
        collect_stmt(static_cast<ForStmt*>(s)->body);
        break;
      case NodeKind::RangeStmt:
        collect_stmt(static_cast<RangeStmt*>(s)->body);
        break;
      case NodeKind::SwitchStmt:
        for (CaseClause* cc : static_cast<SwitchStmt*>(s)->clauses) collect(cc->body, cc->colon);
        break;
      case NodeKind::TypeSwitchStmt:
        for (CaseClause* cc : static_cast<TypeSwitchStmt*>(s)->clauses)
          collect(cc->body, cc->colon);
        break;
      case NodeKind::SelectStmt:
        for (CommClause* cc : static_cast<SelectStmt*>(s)->clauses) collect(cc->body, cc->colon);
        break;
      default:
        break;
    }
  }

  void walk(const List<Stmt>& l) {
    blocks.push_back(&l);
    for (size_t i = 0; i < l.size(); i++) walk_stmt(l[i], &l, i, "");
    blocks.pop_back();
  }
  void walk_stmt(Stmt* s, const void* body, size_t index, std::string_view label) {
    if (!s) return;
    switch (s->kind) {
      case NodeKind::LabeledStmt: {
        auto* ls = static_cast<LabeledStmt*>(s);
        walk_stmt(ls->stmt, body, index, ls->label->name);
        return;
      }
      case NodeKind::BranchStmt: {
        auto* b = static_cast<BranchStmt*>(s);
        if (!b->label) return;
        std::string name(b->label->name);
        auto it = labels.find(b->label->name);
        if (b->tok == Tok::kw_goto) {
          if (it == labels.end()) {
            c->error(b->label->pos, "label " + name + " not defined");
            return;
          }
          it->second.used = true;
          gotos.push_back({b, blocks, body, index});
          return;
        }
        const char* kw = b->tok == Tok::kw_break ? "break" : "continue";
        if (it == labels.end()) {
          c->error(b->label->pos, std::string(kw) + " label not defined: " + name);
          return;
        }
        it->second.used = true;
        Stmt* target = nullptr;
        for (auto& e : enclosing)
          if (e.first == b->label->name) target = e.second;
        bool ok = target != nullptr;
        if (ok && b->tok == Tok::kw_continue)
          ok = target->kind == NodeKind::ForStmt || target->kind == NodeKind::RangeStmt;
        if (ok && b->tok == Tok::kw_break)
          ok = target->kind == NodeKind::ForStmt || target->kind == NodeKind::RangeStmt ||
               target->kind == NodeKind::SwitchStmt || target->kind == NodeKind::TypeSwitchStmt ||
               target->kind == NodeKind::SelectStmt;
        if (!ok) c->error(b->label->pos, "invalid " + std::string(kw) + " label " + name);
        return;
      }
      case NodeKind::BlockStmt:
        walk(static_cast<BlockStmt*>(s)->stmts);
        return;
      case NodeKind::IfStmt: {
        auto* is = static_cast<IfStmt*>(s);
        walk_stmt(is->then, body, index, "");
        walk_stmt(is->else_, body, index, "");
        return;
      }
      default:
        break;
    }
    enclosing.push_back({label, s});
    switch (s->kind) {
      case NodeKind::ForStmt:
        walk_stmt(static_cast<ForStmt*>(s)->body, body, index, "");
        break;
      case NodeKind::RangeStmt:
        walk_stmt(static_cast<RangeStmt*>(s)->body, body, index, "");
        break;
      case NodeKind::SwitchStmt:
        for (CaseClause* cc : static_cast<SwitchStmt*>(s)->clauses) walk(cc->body);
        break;
      case NodeKind::TypeSwitchStmt:
        for (CaseClause* cc : static_cast<TypeSwitchStmt*>(s)->clauses) walk(cc->body);
        break;
      case NodeKind::SelectStmt:
        for (CommClause* cc : static_cast<SelectStmt*>(s)->clauses) walk(cc->body);
        break;
      default:
        break;
    }
    enclosing.pop_back();
  }

  // Position of a variable declared by s, if s declares one.
  static bool declares_var(Stmt* s, Pos* pos, std::string* name) {
    if (auto* ls = as<LabeledStmt>(s)) s = ls->stmt;
    if (auto* a = as<AssignStmt>(s); a && a->op == Tok::define) {
      for (Expr* e : a->lhs)
        if (auto* id = as<Ident>(e); id && id->name != "_") {
          *pos = a->op_pos;
          *name = std::string(id->name);
          return true;
        }
      return false;
    }
    if (auto* d = as<DeclStmt>(s); d && d->decl && d->decl->tok == Tok::kw_var) {
      for (Node* n : d->decl->specs)
        if (auto* vs = as<ValueSpec>(n))
          for (Ident* id : vs->names)
            if (id->name != "_") {
              *pos = id->pos;
              *name = std::string(id->name);
              return true;
            }
    }
    return false;
  }

  void check_gotos() {
    for (Goto& g : gotos) {
      auto it = labels.find(g.stmt->label->name);
      if (it == labels.end()) continue;
      const LabelInfo& li = it->second;
      std::string name(g.stmt->label->name);
      // The label's block must be the goto's or enclose it.
      if (std::find(g.blocks.begin(), g.blocks.end(), li.body) == g.blocks.end()) {
        c->error(g.stmt->label->pos, "goto " + name + " jumps into block starting at " +
                                         c->pos_string(block_pos[li.body]));
        continue;
      }
      // A forward jump must not skip a variable declaration in the label's
      // block. The goto's position in that block: its own index if the
      // same block, else the index of the statement containing it.
      if (li.body == g.body) {
        if (li.index > g.index) {
          const List<Stmt>& l = *block_list[li.body];
          for (size_t i = g.index + 1; i < li.index; i++) {
            Pos p;
            std::string v;
            if (declares_var(l[i], &p, &v)) {
              c->error(g.stmt->label->pos, "goto " + name + " jumps over declaration of " + v +
                                               " at " + c->pos_string(p));
              break;
            }
          }
        }
      } else {
        const List<Stmt>& l = *block_list[li.body];
        // Find which statement of l contains the goto.
        size_t gi = SIZE_MAX;
        for (size_t i = 0; i < l.size(); i++)
          if (!(g.stmt->pos < l[i]->pos) && g.stmt->pos < l[i]->end) gi = i;
        if (gi != SIZE_MAX && li.index > gi) {
          for (size_t i = gi + 1; i < li.index; i++) {
            Pos p;
            std::string v;
            if (declares_var(l[i], &p, &v)) {
              c->error(g.stmt->label->pos, "goto " + name + " jumps over declaration of " + v +
                                               " at " + c->pos_string(p));
              break;
            }
          }
        }
      }
    }
    for (auto& [name, li] : labels)
      if (!li.used)
        c->error(li.stmt->label->pos, "label " + std::string(name) + " defined and not used");
  }
};

}  // namespace

void Checker::labels(BlockStmt* body) {
  BranchWalk w{this, {}, {}, {}, {}, {}, {}};
  w.collect(body->stmts, body->pos);
  w.walk(body->stmts);
  w.check_gotos();
}

}  // namespace gopark::interp
