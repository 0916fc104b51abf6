// parse_expr.cc - expressions: operands, operators, calls, literals.
// See parser.cc for how the parser follows Go's own.
#include "interp/parse_internal.h"

namespace gopark::interp::parse_detail {

// ---------------------------------------------------------------------------
// Expressions

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binary_expr(Expr* x, int prec) {
  if (!x) x = unary_expr();
  int p;
  while ((p = precedence(tok_.kind)) > prec) {
    BinaryExpr* b = make<BinaryExpr>(x->pos);
    b->op = tok_.kind;
    b->op_pos = tok_.pos;
    next();
    b->x = x;
    b->y = binary_expr(nullptr, p);
    x = fin(b);
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unary_expr() {
  Nest nest(this);
  if (too_deep()) return bad_expr();
  Pos pos = tok_.pos;
  switch (tok_.kind) {
    case Tok::mul: {
      next();
      StarExpr* s = make<StarExpr>(pos);
      s->x = unary_expr();
      return fin(s);
    }
    case Tok::add:
    case Tok::sub:
    case Tok::not_:
    case Tok::xor_:
    case Tok::tilde:
    case Tok::and_: {
      UnaryExpr* u = make<UnaryExpr>(pos);
      u->op = tok_.kind;
      next();
      u->x = unary_expr();
      // &(T{}) is &T{}: drop the parentheses kept for the complit check.
      if (u->op == Tok::and_) u->x = unparen(u->x);
      return fin(u);
    }
    case Tok::arrow: {
      // A receive <-x, or a receive-only channel type <-chan E; only the
      // parsed operand tells: <-chan E re-associates as (<-chan E).
      next();
      Expr* x = unary_expr();
      if (auto* c0 = as<ChanType>(x)) {
        ChanDir dir = ChanDir::send;
        Expr* t = x;
        while (dir == ChanDir::send) {
          auto* c = as<ChanType>(t);
          if (!c) break;
          dir = c->dir;
          if (dir == ChanDir::recv) syntax_error("unexpected <-, expected chan");
          c->dir = ChanDir::recv;
          t = c->elem;
        }
        if (dir == ChanDir::send) syntax_error("unexpected " + expr_string(t) + ", expected chan");
        c0->pos = pos;
        return x;
      }
      UnaryExpr* u = make<UnaryExpr>(pos);
      u->op = Tok::arrow;
      u->x = x;
      return fin(u);
    }
    default:
      return pexpr(nullptr, true);
  }
}

// Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" .
Expr* Parser::operand(bool keep_parens) {
  Pos pos = tok_.pos;
  switch (tok_.kind) {
    case Tok::name:
      return name();
    case Tok::int_lit:
    case Tok::float_lit:
    case Tok::imag_lit:
    case Tok::rune_lit:
    case Tok::string_lit:
      return oliteral();
    case Tok::lparen: {
      next();
      xnest_++;
      Expr* x = expr();
      xnest_--;
      want(Tok::rparen);
      // Keep the parentheses where an error may need them: (T){} and
      // go/defer (f()).
      if (tok_.kind == Tok::lbrace) keep_parens = true;
      if (keep_parens) {
        ParenExpr* p = make<ParenExpr>(pos);
        p->x = x;
        return fin(p);
      }
      return x;
    }
    case Tok::kw_func: {
      next();
      FuncType* sig = func_type("function type", pos);
      if (tok_.kind == Tok::lbrace) {
        xnest_++;
        FuncLit* f = make<FuncLit>(pos);
        f->sig = sig;
        f->body = func_body();
        xnest_--;
        return fin(f);
      }
      return sig;
    }
    case Tok::lbrack:
    case Tok::kw_chan:
    case Tok::kw_map:
    case Tok::kw_struct:
    case Tok::kw_interface:
      return type_();
    default: {
      Expr* x = bad_expr();
      syntax_error("expected expression");
      advance({Tok::rparen, Tok::rbrack, Tok::rbrace});
      return x;
    }
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index |
// Slice | TypeAssertion | Arguments ) , and composite literals T{...}.
Expr* Parser::pexpr(Expr* x, bool keep_parens) {
  if (!x) x = operand(keep_parens);
  for (;;) {
    Pos pos = tok_.pos;
    switch (tok_.kind) {
      case Tok::period: {
        next();
        if (tok_.kind == Tok::name) {
          SelectorExpr* s = make<SelectorExpr>(x->pos);
          s->x = x;
          s->sel = name();
          x = fin(s);
        } else if (tok_.kind == Tok::lparen) {
          next();
          TypeAssertExpr* t = make<TypeAssertExpr>(x->pos);
          t->x = x;
          t->lparen = pos;
          if (!got(Tok::kw_type)) t->assert_type = type_();
          want(Tok::rparen);
          x = fin(t);
        } else {
          syntax_error("expected name or (");
          advance({Tok::semicolon, Tok::rparen});
        }
        break;
      }
      case Tok::lbrack: {
        next();
        if (tok_.kind == Tok::rbrack) {
          syntax_error("expected operand");  // x[]
          next();
          break;
        }
        std::vector<Expr*> idx;
        if (tok_.kind != Tok::colon) {
          bool comma;
          idx = type_list(&comma);
          if (comma || tok_.kind == Tok::rbrack) {
            want(Tok::rbrack);
            IndexExpr* ix = make<IndexExpr>(x->pos);
            ix->x = x;
            ix->lbrack = pos;
            ix->indices = list_of(idx);
            x = fin(ix);
            break;
          }
        }
        // x[lo:...
        if (!got(Tok::colon)) {
          syntax_error("expected comma, : or ]");
          advance({Tok::comma, Tok::colon, Tok::rbrack});
        }
        xnest_++;
        SliceExpr* s = make<SliceExpr>(x->pos);
        s->x = x;
        s->lbrack = pos;
        s->lo = idx.empty() ? nullptr : idx[0];
        if (tok_.kind != Tok::colon && tok_.kind != Tok::rbrack) s->hi = expr();
        if (tok_.kind == Tok::colon) {
          s->slice3 = true;
          if (!s->hi) {
            error("middle index required in 3-index slice");
            s->hi = bad_expr();
          }
          next();
          if (tok_.kind != Tok::rbrack) {
            s->max = expr();
          } else {
            error("final index required in 3-index slice");
            s->max = bad_expr();
          }
        }
        xnest_--;
        want(Tok::rbrack);
        x = fin(s);
        break;
      }
      case Tok::lparen: {
        next();
        CallExpr* c = make<CallExpr>(x->pos);
        c->fun = x;
        c->lparen = pos;
        std::vector<Expr*> args;
        xnest_++;
        list("argument list", Tok::comma, Tok::rparen, [&] {
          args.push_back(expr());
          if (tok_.kind == Tok::ellipsis) {
            c->dots = tok_.pos;
            c->has_dots = true;
            next();
          }
          return c->has_dots;
        });
        xnest_--;
        c->args = list_of(args);
        x = fin(c);
        break;
      }
      case Tok::lbrace: {
        // A composite literal, or the block after a statement header?
        Expr* t = unparen(x);
        bool complit_ok = false;
        switch (t->kind) {
          case NodeKind::Ident:
          case NodeKind::SelectorExpr:
            complit_ok = xnest_ >= 0;
            break;
          case NodeKind::IndexExpr:
            complit_ok = xnest_ >= 0 && !is_value(t);
            break;
          case NodeKind::ArrayType:
          case NodeKind::SliceType:
          case NodeKind::StructType:
          case NodeKind::MapType:
            complit_ok = true;
            break;
          default:
            break;
        }
        if (!complit_ok) return x;
        if (t != x) syntax_error("cannot parenthesize type in composite literal");
        CompositeLit* c = complit_expr();
        c->lit_type = x;
        c->pos = x->pos;
        x = c;
        break;
      }
      default:
        return x;
    }
  }
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complit_expr() {
  CompositeLit* c = make<CompositeLit>(tok_.pos);
  c->lbrace = tok_.pos;
  std::vector<Expr*> elts;
  xnest_++;
  want(Tok::lbrace);
  list("composite literal", Tok::comma, Tok::rbrace, [&] {
    Expr* e = bare_complit_expr();
    if (tok_.kind == Tok::colon) {
      KeyValueExpr* kv = make<KeyValueExpr>(e->pos);
      next();
      kv->key = e;
      kv->value = bare_complit_expr();
      e = fin(kv);
      c->nkeys++;
    }
    elts.push_back(e);
    return false;
  });
  xnest_--;
  c->elts = list_of(elts);
  return fin(c);
}

std::vector<Expr*> Parser::expr_list() {
  std::vector<Expr*> l{expr()};
  while (got(Tok::comma)) l.push_back(expr());
  return l;
}

// typeList = arg { "," arg } [ "," ]: index or type arguments; only the
// first may be a non-type expression. *comma reports any comma.
std::vector<Expr*> Parser::type_list(bool* comma) {
  *comma = false;
  xnest_++;
  std::vector<Expr*> l{expr()};
  if (got(Tok::comma)) {
    *comma = true;
    while (Expr* t = type_or_nil()) {
      l.push_back(t);
      if (!got(Tok::comma)) break;
    }
  }
  xnest_--;
  return l;
}

Ident* Parser::name() {
  if (tok_.kind == Tok::name) {
    Ident* id = make<Ident>(tok_.pos);
    id->name = tok_.lit;
    next();
    return fin(id);
  }
  Ident* id = make_ident(tok_.pos, "_");
  syntax_error("expected name");
  advance({});
  return id;
}

std::vector<Ident*> Parser::name_list(Ident* first) {
  std::vector<Ident*> l{first};
  while (got(Tok::comma)) l.push_back(name());
  return l;
}

BasicLit* Parser::oliteral() {
  if (!is_literal(tok_.kind)) return nullptr;
  BasicLit* b = make<BasicLit>(tok_.pos);
  b->lit_kind = tok_.kind;
  b->lit = tok_.lit;
  next();
  return fin(b);
}

}  // namespace gopark::interp::parse_detail
