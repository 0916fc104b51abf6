// parse_stmt.cc - statements, blocks, and if/for/switch/select.
// See parser.cc for how the parser follows Go's own.
#include "interp/parse_internal.h"

namespace gopark::interp::parse_detail {

// ---------------------------------------------------------------------------
// Statements

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmt_list() {
  std::vector<Stmt*> l;
  while (tok_.kind != Tok::eof && tok_.kind != Tok::rbrace && tok_.kind != Tok::kw_case &&
         tok_.kind != Tok::kw_default) {
    Stmt* s = stmt_or_nil();
    if (!s) break;
    l.push_back(s);
    if (!got(Tok::semicolon) && tok_.kind != Tok::rbrace) {  // ; is optional before }
      syntax_error("at end of statement");
      advance({Tok::semicolon, Tok::rbrace, Tok::kw_case, Tok::kw_default});
      got(Tok::semicolon);
    }
  }
  return l;
}

Stmt* Parser::stmt_or_nil() {
  Nest nest(this);
  if (too_deep()) return nullptr;
  Pos pos = tok_.pos;
  // Most statements start with a name: an assignment, a call, a label.
  if (tok_.kind == Tok::name) {
    std::vector<Expr*> lhs = expr_list();
    if (lhs.size() == 1 && tok_.kind == Tok::colon)
      if (auto* label = as<Ident>(lhs[0])) return labeled_stmt(label);
    return simple_stmt(std::move(lhs), Tok::eof);
  }
  switch (tok_.kind) {
    case Tok::kw_var:
    case Tok::kw_const:
    case Tok::kw_type: {
      DeclStmt* d = make<DeclStmt>(pos);
      d->decl = gen_decl();
      return fin(d);
    }
    case Tok::lbrace:
      return block_stmt("");
    case Tok::add:
    case Tok::sub:
    case Tok::mul:
    case Tok::and_:
    case Tok::xor_:
    case Tok::not_:
    case Tok::int_lit:
    case Tok::float_lit:
    case Tok::imag_lit:
    case Tok::rune_lit:
    case Tok::string_lit:
    case Tok::kw_func:
    case Tok::lparen:
    case Tok::lbrack:
    case Tok::kw_struct:
    case Tok::kw_map:
    case Tok::kw_chan:
    case Tok::kw_interface:
    case Tok::arrow:
      return simple_stmt({}, Tok::eof);
    case Tok::kw_for:
      return for_stmt();
    case Tok::kw_switch:
      return switch_stmt();
    case Tok::kw_select:
      return select_stmt();
    case Tok::kw_if:
      return if_stmt();
    case Tok::kw_fallthrough: {
      BranchStmt* b = make<BranchStmt>(pos);
      b->tok = Tok::kw_fallthrough;
      next();
      return fin(b);
    }
    case Tok::kw_break:
    case Tok::kw_continue: {
      BranchStmt* b = make<BranchStmt>(pos);
      b->tok = tok_.kind;
      next();
      if (tok_.kind == Tok::name) b->label = name();
      return fin(b);
    }
    case Tok::kw_goto: {
      BranchStmt* b = make<BranchStmt>(pos);
      b->tok = Tok::kw_goto;
      next();
      b->label = name();
      return fin(b);
    }
    case Tok::kw_go:
    case Tok::kw_defer:
      return call_stmt();
    case Tok::kw_return: {
      ReturnStmt* r = make<ReturnStmt>(pos);
      next();
      if (tok_.kind != Tok::semicolon && tok_.kind != Tok::rbrace)
        r->results = list_of(expr_list());
      return fin(r);
    }
    case Tok::semicolon:
      return fin(make<EmptyStmt>(pos));
    default:
      return nullptr;
  }
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
// Assignment | ShortVarDecl, plus the range clause of a for header
// (keyword == kw_for) and the type switch guard (keyword == kw_switch).
Stmt* Parser::simple_stmt(std::vector<Expr*> lhs, Tok keyword) {
  auto range_clause = [&](Expr* key, Expr* value, Tok op, Pos pos) {
    RangeStmt* r = make<RangeStmt>(pos);
    next();  // range
    r->key = key;
    r->value = value;
    r->op = op;
    r->x = expr();
    return fin(r);
  };
  if (keyword == Tok::kw_for && tok_.kind == Tok::kw_range)
    return range_clause(nullptr, nullptr, Tok::eof, tok_.pos);
  if (lhs.empty()) lhs = expr_list();

  if (lhs.size() == 1 && tok_.kind != Tok::assign && tok_.kind != Tok::define) {
    Expr* x = lhs[0];
    Pos pos = tok_.pos;
    if (is_op_assign(tok_.kind)) {  // x op= y
      AssignStmt* a = make<AssignStmt>(x->pos);
      a->op = tok_.kind;
      a->op_pos = pos;
      next();
      a->lhs = list_of(lhs);
      a->rhs = list_of(std::vector<Expr*>{expr()});
      return fin(a);
    }
    if (tok_.kind == Tok::inc || tok_.kind == Tok::dec) {
      IncDecStmt* s = make<IncDecStmt>(x->pos);
      s->x = x;
      s->op = tok_.kind;
      next();
      return fin(s);
    }
    if (tok_.kind == Tok::arrow) {  // ch <- v
      SendStmt* s = make<SendStmt>(x->pos);
      s->chan = x;
      s->arrow = pos;
      next();
      s->value = expr();
      return fin(s);
    }
    ExprStmt* s = make<ExprStmt>(x->pos);
    s->x = x;
    return fin(s);
  }

  if (tok_.kind == Tok::assign || tok_.kind == Tok::define) {
    Tok op = tok_.kind;
    Pos pos = tok_.pos;
    next();
    if (keyword == Tok::kw_for && tok_.kind == Tok::kw_range) {
      if (lhs.size() > 2)
        error_at(lhs[2]->pos, "range clause permits at most two iteration variables");
      return range_clause(lhs[0], lhs.size() > 1 ? lhs[1] : nullptr, op, lhs[0]->pos);
    }
    std::vector<Expr*> rhs = expr_list();
    AssignStmt* a = make<AssignStmt>(lhs[0]->pos);
    a->op = op;
    a->op_pos = pos;
    a->lhs = list_of(lhs);
    a->rhs = list_of(rhs);
    return fin(a);
  }

  syntax_error("expected := or = or comma");
  advance({Tok::semicolon, Tok::rbrace});
  ExprStmt* s = make<ExprStmt>(lhs[0]->pos);
  s->x = lhs[0];
  return fin(s);
}

Stmt* Parser::labeled_stmt(Ident* label) {
  LabeledStmt* s = make<LabeledStmt>(label->pos);
  Pos colon = tok_.pos;
  s->label = label;
  want(Tok::colon);
  if (tok_.kind == Tok::rbrace) {
    // A label right before } labels an empty statement.
    s->stmt = fin(make<EmptyStmt>(tok_.pos));
    return fin(s);
  }
  s->stmt = stmt_or_nil();
  if (s->stmt) return fin(s);
  syntax_error_at(colon, "missing statement after label");
  return nullptr;
}

// Block = "{" StatementList "}" . context names the clause whose { is
// missing ("if clause"); empty when the caller knows tok_ is {.
BlockStmt* Parser::block_stmt(const char* context) {
  BlockStmt* b = make<BlockStmt>(tok_.pos);
  if (!got(Tok::lbrace)) {
    syntax_error(std::string("expected { after ") + context);
    advance({Tok::name, Tok::rbrace});
    b->rbrace = tok_.pos;
    if (got(Tok::rbrace)) return fin(b);
  }
  b->stmts = list_of(stmt_list());
  b->rbrace = tok_.pos;
  want(Tok::rbrace);
  return fin(b);
}

// GoStmt = "go" Expression . DeferStmt = "defer" Expression .
Stmt* Parser::call_stmt() {
  Pos pos = tok_.pos;
  Tok kw = tok_.kind;
  const char* what = kw == Tok::kw_go ? "go" : "defer";
  next();
  Expr* x = pexpr(nullptr, tok_.kind == Tok::lparen);
  if (Expr* t = unparen(x); t != x) {
    error_at(x->pos, std::string("expression in ") + what + " must not be parenthesized");
    x = t;
  }
  if (!is<CallExpr>(x))
    error_at(x->pos, std::string("expression in ") + what + " must be function call");
  if (kw == Tok::kw_go) {
    GoStmt* s = make<GoStmt>(pos);
    s->call = x;
    return fin(s);
  }
  DeferStmt* s = make<DeferStmt>(pos);
  s->call = x;
  return fin(s);
}

// The header of if/for/switch: [init ;] cond [; post] or a range clause,
// parsed with xnest_ = -1 so `x {` is not taken for a composite literal.
Header Parser::header(Tok keyword) {
  Header h;
  if (tok_.kind == Tok::lbrace) {
    if (keyword == Tok::kw_if) {
      syntax_error("missing condition in if statement");
      h.cond = bad_expr();
    }
    return h;
  }
  int outer = xnest_;
  xnest_ = -1;
  if (tok_.kind != Tok::semicolon) {
    if (got(Tok::kw_var))
      syntax_error(std::string("var declaration not allowed in ") + tok_text(keyword) +
                   " initializer");
    h.init = simple_stmt({}, keyword);
    if (auto* r = as<RangeStmt>(h.init)) {
      h.range = r;
      h.init = nullptr;
      xnest_ = outer;
      return h;
    }
  }
  Stmt* cond = nullptr;
  Pos semi_pos;
  std::string semi_lit;
  if (tok_.kind != Tok::lbrace) {
    if (tok_.kind == Tok::semicolon) {
      semi_pos = tok_.pos;
      semi_lit = tok_desc();
      next();
    } else {
      want(Tok::lbrace);  // asking for { gives the better message
      if (tok_.kind != Tok::lbrace) advance({Tok::lbrace, Tok::rbrace});
    }
    if (keyword == Tok::kw_for) {
      if (tok_.kind != Tok::semicolon) {
        if (tok_.kind == Tok::lbrace) {
          syntax_error("expected for loop condition");
          goto done;
        }
        cond = simple_stmt({}, Tok::eof);
      }
      want(Tok::semicolon);
      if (tok_.kind != Tok::lbrace) {
        h.post = simple_stmt({}, Tok::eof);
        if (auto* a = as<AssignStmt>(h.post); a && a->op == Tok::define)
          syntax_error_at(a->op_pos, "cannot declare in post statement of for loop");
      }
    } else if (tok_.kind != Tok::lbrace) {
      cond = simple_stmt({}, keyword);
    }
  } else {
    cond = h.init;
    h.init = nullptr;
  }
done:
  if (!cond) {
    if (keyword == Tok::kw_if && semi_pos.valid()) {
      if (semi_lit != "semicolon")
        syntax_error_at(semi_pos, "unexpected " + semi_lit + ", expected { after if clause");
      else
        syntax_error_at(semi_pos, "missing condition in if statement");
      h.cond = ast_->make<BadExpr>(semi_pos);
    }
  } else if (auto* es = as<ExprStmt>(cond)) {
    auto* ta = as<TypeAssertExpr>(es->x);
    if (keyword == Tok::kw_switch && ta && !ta->assert_type) {
      h.tswitch = make<TypeSwitchStmt>(Pos{});
      h.tswitch->guard = ta;
    } else {
      h.cond = es->x;
    }
  } else {
    auto* a = as<AssignStmt>(cond);
    auto* ta = a && a->rhs.size() == 1 ? as<TypeAssertExpr>(a->rhs[0]) : nullptr;
    if (keyword == Tok::kw_switch && ta && !ta->assert_type && a->op == Tok::define &&
        a->lhs.size() == 1 && is<Ident>(a->lhs[0])) {
      h.tswitch = make<TypeSwitchStmt>(Pos{});
      h.tswitch->bind = as<Ident>(a->lhs[0]);
      h.tswitch->guard = ta;
    } else {
      // A common mistake is = for ==; say so explicitly.
      std::string str;
      if (a && a->op == Tok::assign)
        str = "assignment (" + expr_list_string(a->lhs) + ") = (" + expr_list_string(a->rhs) + ")";
      else
        str = stmt_string(cond);
      // Go reports at the statement's operator.
      Pos at = cond->pos;
      if (a) at = a->op_pos;
      if (auto* ss = as<SendStmt>(cond)) at = ss->arrow;
      if (is<IncDecStmt>(cond)) at = Pos{cond->end.line, cond->end.col - 2};
      syntax_error_at(at, "cannot use " + str + " as value");
      h.cond = ast_->make<BadExpr>(cond->pos);
    }
  }
  xnest_ = outer;
  return h;
}

Stmt* Parser::if_stmt() {
  IfStmt* s = make<IfStmt>(tok_.pos);
  next();  // if
  Header h = header(Tok::kw_if);
  s->init = h.init;
  s->cond = h.cond;
  s->then = block_stmt("if clause");
  if (got(Tok::kw_else)) {
    switch (tok_.kind) {
      case Tok::kw_if:
        s->else_ = if_stmt();
        break;
      case Tok::lbrace:
        s->else_ = block_stmt("");
        break;
      default:
        syntax_error("else must be followed by if or statement block");
        advance({Tok::name, Tok::rbrace});
    }
  }
  return fin(s);
}

Stmt* Parser::for_stmt() {
  Pos pos = tok_.pos;
  next();  // for
  Header h = header(Tok::kw_for);
  if (h.range) {
    RangeStmt* r = h.range;
    r->pos = pos;
    r->body = block_stmt("for clause");
    return fin(r);
  }
  ForStmt* s = make<ForStmt>(pos);
  s->init = h.init;
  s->cond = h.cond;
  s->post = h.post;
  s->body = block_stmt("for clause");
  return fin(s);
}

Stmt* Parser::switch_stmt() {
  Pos pos = tok_.pos;
  next();  // switch
  Header h = header(Tok::kw_switch);
  Pos lbrace = tok_.pos;
  if (!got(Tok::lbrace)) {
    syntax_error("missing { after switch clause");
    advance({Tok::kw_case, Tok::kw_default, Tok::rbrace});
  }
  std::vector<CaseClause*> clauses;
  while (tok_.kind != Tok::eof && tok_.kind != Tok::rbrace) clauses.push_back(case_clause());
  Pos rbrace = tok_.pos;
  want(Tok::rbrace);
  if (h.tswitch) {
    TypeSwitchStmt* s = h.tswitch;
    s->pos = pos;
    s->init = h.init;
    s->clauses = list_of(clauses);
    s->lbrace = lbrace;
    s->rbrace = rbrace;
    return fin(s);
  }
  SwitchStmt* s = make<SwitchStmt>(pos);
  s->init = h.init;
  s->tag = h.cond;
  s->clauses = list_of(clauses);
  s->lbrace = lbrace;
  s->rbrace = rbrace;
  return fin(s);
}

Stmt* Parser::select_stmt() {
  SelectStmt* s = make<SelectStmt>(tok_.pos);
  next();  // select
  s->lbrace = tok_.pos;
  if (!got(Tok::lbrace)) {
    syntax_error("missing { after select clause");
    advance({Tok::kw_case, Tok::kw_default, Tok::rbrace});
  }
  std::vector<CommClause*> clauses;
  while (tok_.kind != Tok::eof && tok_.kind != Tok::rbrace) clauses.push_back(comm_clause());
  s->rbrace = tok_.pos;
  want(Tok::rbrace);
  s->clauses = list_of(clauses);
  return fin(s);
}

CaseClause* Parser::case_clause() {
  CaseClause* c = make<CaseClause>(tok_.pos);
  switch (tok_.kind) {
    case Tok::kw_case:
      next();
      c->exprs = list_of(expr_list());
      break;
    case Tok::kw_default:
      next();
      c->is_default = true;
      break;
    default:
      syntax_error("expected case or default or }");
      advance({Tok::colon, Tok::kw_case, Tok::kw_default, Tok::rbrace});
  }
  c->colon = tok_.pos;
  want(Tok::colon);
  c->body = list_of(stmt_list());
  return fin(c);
}

// CommCase = "case" ( SendStmt | RecvStmt ) | "default" . Any simple
// statement is accepted here; the checker rejects the wrong ones.
CommClause* Parser::comm_clause() {
  CommClause* c = make<CommClause>(tok_.pos);
  switch (tok_.kind) {
    case Tok::kw_case:
      next();
      c->comm = simple_stmt({}, Tok::eof);
      break;
    case Tok::kw_default:
      next();
      break;
    default:
      syntax_error("expected case or default or }");
      advance({Tok::colon, Tok::kw_case, Tok::kw_default, Tok::rbrace});
  }
  c->colon = tok_.pos;
  want(Tok::colon);
  c->body = list_of(stmt_list());
  return fin(c);
}

}  // namespace gopark::interp::parse_detail
