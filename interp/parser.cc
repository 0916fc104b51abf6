// parser.cc - recursive descent over the Lexer's tokens.
//
// The structure and the error recovery follow Go's own compiler
// (cmd/compile/internal/syntax) closely, because our diagnostics must read
// exactly like its: the same production reports the same message at the same
// token. Recovery skips to a token that can follow the broken production
// (advance) and, inside function bodies, never past a keyword that starts a
// statement; Diags keeps the first error per line, which removes the rest
// of a cascade.
//
// Two ambiguities need care:
//  - `T{` in a statement header: `if x == T{}` vs `if x {`. Like Go, a
//    composite literal whose type is a bare (qualified) name or an
//    instantiation is only allowed when xnest_ >= 0; headers set it to -1
//    and every bracket/paren inside raises it again.
//  - `type T[P any] ...` vs the array `type T [N]int`: parse an expression
//    after `[` and split it into a parameter name and a constraint when it
//    has that shape (split_tparam).
#include "interp/parser.h"

#include "interp/parse_internal.h"

namespace gopark::interp {
namespace parse_detail {

// ---------------------------------------------------------------------------
// Files and declarations

File* Parser::file() {
  File* f = make<File>(tok_.pos);
  std::vector<Decl*> decls;
  if (!got(Tok::kw_package)) {
    syntax_error("package statement must be first");
    return fin(f);
  }
  f->package_name = name();
  want(Tok::semicolon);
  if (had_error()) return fin(f);  // don't bother continuing, as Go

  // Imports are accepted anywhere for error tolerance, but only before
  // other declarations without complaint.
  Tok prev = Tok::kw_import;
  while (tok_.kind != Tok::eof) {
    if (tok_.kind == Tok::kw_import && prev != Tok::kw_import)
      syntax_error("imports must appear before other declarations");
    prev = tok_.kind;
    switch (tok_.kind) {
      case Tok::kw_import:
      case Tok::kw_const:
      case Tok::kw_type:
      case Tok::kw_var:
        decls.push_back(gen_decl());
        break;
      case Tok::kw_func:
        if (FuncDecl* d = func_decl()) decls.push_back(d);
        break;
      default: {
        auto* last = decls.empty() ? nullptr : as<FuncDecl>(decls.back());
        if (tok_.kind == Tok::lbrace && last && !last->body)
          syntax_error("unexpected semicolon or newline before {");  // { on the next line
        else
          syntax_error("non-declaration statement outside function body");
        advance({Tok::kw_import, Tok::kw_const, Tok::kw_type, Tok::kw_var, Tok::kw_func});
        continue;
      }
    }
    if (tok_.kind != Tok::eof && !got(Tok::semicolon)) {
      syntax_error("after top level declaration");
      advance({Tok::kw_import, Tok::kw_const, Tok::kw_type, Tok::kw_var, Tok::kw_func});
    }
  }
  f->imports = list_of(imports_);
  f->decls = list_of(decls);
  return fin(f);
}

// GenDecl = keyword ( Spec | "(" { Spec ";" } ")" ).
GenDecl* Parser::gen_decl() {
  GenDecl* d = make<GenDecl>(tok_.pos);
  d->tok = tok_.kind;
  next();
  std::vector<Node*> specs;
  int iota = 0;
  auto spec = [&]() -> Node* {
    switch (d->tok) {
      case Tok::kw_import:
        return import_spec();
      case Tok::kw_type:
        return type_spec();
      default:
        return value_spec(d->tok, iota++);
    }
  };
  if (tok_.kind == Tok::lparen) {
    d->lparen = tok_.pos;
    next();
    d->rparen = list("grouped declaration", Tok::semicolon, Tok::rparen, [&] {
      if (Node* s = spec()) specs.push_back(s);
      return false;
    });
  } else if (Node* s = spec()) {
    specs.push_back(s);
  }
  d->specs = list_of(specs);
  return fin(d);
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Node* Parser::import_spec() {
  ImportSpec* s = make<ImportSpec>(tok_.pos);
  imports_.push_back(s);
  if (tok_.kind == Tok::name) {
    s->name = name();
  } else if (tok_.kind == Tok::period) {
    s->name = make_ident(tok_.pos, ".");
    next();
  }
  s->path = oliteral();
  if (!s->path) {
    syntax_error("missing import path");
    advance({Tok::semicolon, Tok::rparen});
    return fin(s);
  }
  if (s->path->lit_kind != Tok::string_lit)
    syntax_error_at(s->path->pos, "import path must be a string");
  return fin(s);
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
// VarSpec   = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Node* Parser::value_spec(Tok kw, int iota) {
  ValueSpec* s = make<ValueSpec>(tok_.pos);
  s->iota = iota;
  s->names = list_of(name_list(name()));
  if (kw == Tok::kw_const) {
    if (tok_.kind != Tok::eof && tok_.kind != Tok::semicolon && tok_.kind != Tok::rparen) {
      s->spec_type = type_or_nil();
      if (got_assign()) s->values = list_of(expr_list());
    }
  } else if (got_assign()) {
    s->values = list_of(expr_list());
  } else {
    s->spec_type = type_();
    if (got_assign()) s->values = list_of(expr_list());
  }
  return fin(s);
}

// split_tparam splits x into a type parameter name and constraint when x
// has the shape `P C` that `type T[P C]` would parse as an expression:
// P *C (a product), P(C) (a call), P C|D (a union). force when a comma
// follows (an array length is never followed by a comma). Returns the
// name, and the constraint in *type (nullptr for a lone name).
Ident* split_tparam(Ast* ast, Expr* x, bool force, Expr** type) {
  *type = nullptr;
  if (auto* id = as<Ident>(x)) return id;
  if (auto* b = as<BinaryExpr>(x)) {
    if (b->op == Tok::mul) {
      if (auto* id = as<Ident>(b->x); id && (force || is_type_elem(b->y))) {
        StarExpr* s = ast->make<StarExpr>(b->op_pos);
        s->x = b->y;
        s->end = b->end;
        *type = s;
        return id;
      }
    } else if (b->op == Tok::or_) {
      Expr* lhs;
      if (Ident* id = split_tparam(ast, b->x, force || is_type_elem(b->y), &lhs); id && lhs) {
        BinaryExpr* u = ast->make<BinaryExpr>(lhs->pos);
        *u = *b;
        u->pos = lhs->pos;
        u->x = lhs;
        *type = u;
        return id;
      }
    }
  } else if (auto* c = as<CallExpr>(x)) {
    if (auto* id = as<Ident>(c->fun)) {
      if (c->args.size() == 1 && !c->has_dots && (force || is_type_elem(c->args[0]))) {
        *type = c->args[0];
        return id;
      }
    }
  }
  return nullptr;
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Node* Parser::type_spec() {
  TypeSpec* s = make<TypeSpec>(tok_.pos);
  s->name = name();
  if (tok_.kind == Tok::lbrack) {
    // A type parameter list or an array/slice type: see split_tparam.
    Pos lbrack = tok_.pos;
    next();
    if (tok_.kind == Tok::name) {
      Expr* x = name();
      if (tok_.kind != Tok::lbrack) {
        xnest_++;
        x = binary_expr(pexpr(x, false), 0);
        xnest_--;
      }
      Expr* ptype;
      Ident* pname = split_tparam(ast_, x, tok_.kind == Tok::comma, &ptype);
      if (pname && (ptype || tok_.kind != Tok::rbrack)) {
        s->tparams = group_params(param_list(pname, ptype, Tok::rbrack, true));
        s->alias = got_assign();
        s->spec_type = type_or_nil();
      } else {
        s->spec_type = array_type(lbrack, x);
      }
    } else if (got(Tok::rbrack)) {
      s->spec_type = slice_type(lbrack);
    } else {
      s->spec_type = array_type(lbrack, nullptr);
    }
  } else {
    s->alias = got_assign();
    s->spec_type = type_or_nil();
  }
  if (!s->spec_type) {
    s->spec_type = bad_expr();
    syntax_error("in type declaration");
    advance({Tok::semicolon, Tok::rparen});
  }
  return fin(s);
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
FuncDecl* Parser::func_decl() {
  FuncDecl* f = make<FuncDecl>(tok_.pos);
  next();  // func
  const char* context = nullptr;
  if (got(Tok::lparen)) {
    context = "method";
    std::vector<Param> rcvr = param_list(nullptr, nullptr, Tok::rparen, false);
    if (rcvr.empty()) {
      error("method has no receiver");
    } else {
      if (rcvr.size() > 1) error("method has multiple receivers");
      Field* r = make<Field>(rcvr[0].pos);
      if (rcvr[0].name) r->names = list_of(std::vector<Ident*>{rcvr[0].name});
      r->type = rcvr[0].type;
      r->end = r->type ? r->type->end : r->pos;
      f->recv = r;
    }
  }
  if (tok_.kind == Tok::name) {
    f->name = name();
    f->sig = func_type(context, f->pos);
  } else {
    f->name = make_ident(tok_.pos, "_");
    f->sig = fin(make<FuncType>(tok_.pos));
    syntax_error(context ? "expected name" : "expected name or (");
    advance({Tok::lbrace, Tok::semicolon});
  }
  if (tok_.kind == Tok::lbrace) f->body = func_body();
  return fin(f);
}

BlockStmt* Parser::func_body() {
  fnest_++;
  BlockStmt* b = block_stmt("");
  fnest_--;
  return b;
}

}  // namespace parse_detail

using parse_detail::Parser;

std::unique_ptr<Ast> parse_file(std::string_view src, Diags* diags) {
  auto ast = std::make_unique<Ast>();
  ast->src = src;
  Parser p(src, diags, ast.get());
  ast->file = p.file();
  return ast;
}

}  // namespace gopark::interp
