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

#include <bitset>
#include <string>
#include <vector>

#include "interp/lexer.h"

namespace gopark::interp {
namespace {

// Binary operator precedence per the spec; 0 = not a binary operator.
int precedence(Tok t) {
  switch (t) {
    case Tok::lor:
      return 1;
    case Tok::land:
      return 2;
    case Tok::eql:
    case Tok::neq:
    case Tok::lss:
    case Tok::leq:
    case Tok::gtr:
    case Tok::geq:
      return 3;
    case Tok::add:
    case Tok::sub:
    case Tok::or_:
    case Tok::xor_:
      return 4;
    case Tok::mul:
    case Tok::quo:
    case Tok::rem:
    case Tok::shl:
    case Tok::shr:
    case Tok::and_:
    case Tok::and_not:
      return 5;
    default:
      return 0;
  }
}

bool is_op_assign(Tok t) {
  return t >= Tok::add_assign && t <= Tok::and_not_assign;
}

std::string expr_list_string(const List<Expr>& l) {
  std::string s;
  for (Expr* x : l) s += (s.empty() ? "" : ", ") + expr_string(x);
  return s;
}

// Go source form of a simple statement, for "cannot use ... as value".
std::string stmt_string(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::ExprStmt:
      return expr_string(static_cast<const ExprStmt*>(s)->x);
    case NodeKind::SendStmt: {
      auto* ss = static_cast<const SendStmt*>(s);
      return expr_string(ss->chan) + " <- " + expr_string(ss->value);
    }
    case NodeKind::IncDecStmt: {
      auto* i = static_cast<const IncDecStmt*>(s);
      return expr_string(i->x) + tok_text(i->op);
    }
    case NodeKind::AssignStmt: {
      auto* a = static_cast<const AssignStmt*>(s);
      return expr_list_string(a->lhs) + " " + tok_text(a->op) + " " + expr_list_string(a->rhs);
    }
    default:
      return "statement";
  }
}

Expr* unparen(Expr* x) {
  while (auto* p = as<ParenExpr>(x)) x = p->x;
  return x;
}

// Whether x is syntactically a type element (a type literal, ~T, or
// combinations) - then it cannot be an ordinary expression.
bool is_type_elem(Expr* x) {
  switch (x->kind) {
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::SliceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
      return true;
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<BinaryExpr*>(x);
      return is_type_elem(b->x) || is_type_elem(b->y);
    }
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<UnaryExpr*>(x);
      return u->op == Tok::tilde || is_type_elem(u->x);
    }
    case NodeKind::StarExpr:
      return is_type_elem(static_cast<StarExpr*>(x)->x);
    case NodeKind::ParenExpr:
      return is_type_elem(static_cast<ParenExpr*>(x)->x);
    default:
      return false;
  }
}

// Whether x must be a value (so `x {` cannot start a composite literal).
bool is_value(Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::TypeAssertExpr:
    case NodeKind::CallExpr:
    case NodeKind::UnaryExpr:
    case NodeKind::BinaryExpr:
      return true;
    case NodeKind::ParenExpr:
      return is_value(static_cast<ParenExpr*>(x)->x);
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<IndexExpr*>(x);
      if (is_value(ix->x)) return true;
      for (Expr* i : ix->indices)
        if (is_value(i)) return true;
      return false;
    }
    default:
      return false;
  }
}

using TokSet = std::bitset<128>;

// Keywords that start a statement: recovery inside a function body never
// skips past them.
TokSet stop_set() {
  TokSet s;
  for (Tok t : {Tok::kw_break, Tok::kw_const, Tok::kw_continue, Tok::kw_defer, Tok::kw_fallthrough,
                Tok::kw_for, Tok::kw_go, Tok::kw_goto, Tok::kw_if, Tok::kw_return, Tok::kw_select,
                Tok::kw_switch, Tok::kw_type, Tok::kw_var})
    s.set(static_cast<size_t>(t));
  return s;
}

// One parameter before grouping: Go's grammar makes `a, b int` and
// `int, string` look alike until the whole list is seen.
struct Param {
  Ident* name = nullptr;
  Expr* type = nullptr;
  Pos pos;
};

// The parts of an if/for/switch header.
struct Header {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  RangeStmt* range = nullptr;         // for ... range
  TypeSwitchStmt* tswitch = nullptr;  // switch [x :=] y.(type)
};

class Parser {
 public:
  Parser(std::string_view src, Diags* diags, Ast* ast)
      : lex_(src, diags), diags_(diags), ast_(ast), errs0_(diags->list().size()) {
    next();
  }

  File* file();

 private:
  Lexer lex_;
  Diags* diags_;
  Ast* ast_;
  size_t errs0_;
  Token tok_;
  Pos prev_end_;   // end of the last consumed token = end of the node just parsed
  int fnest_ = 0;  // function nesting; > 0 enables the statement stop set
  int xnest_ = 0;  // expression nesting; < 0 in control clause headers
  std::vector<ImportSpec*> imports_;

  // --- tokens and errors -------------------------------------------------

  void next() {
    prev_end_ = tok_.end;
    tok_ = lex_.next();
  }
  bool got(Tok t) {
    if (tok_.kind != t) return false;
    next();
    return true;
  }
  void want(Tok t) {
    if (!got(t)) {
      syntax_error("expected " + tokstring(t));
      advance({});
    }
  }
  // `=`, or `:=` where `=` is required (reported, then treated as `=`).
  bool got_assign() {
    if (tok_.kind == Tok::define) {
      syntax_error("expected =");
      next();
      return true;
    }
    return got(Tok::assign);
  }

  template <class T>
  T* make(Pos pos) {
    return ast_->make<T>(pos);
  }
  // Closes a node: it ends where the last consumed token ended.
  template <class T>
  T* fin(T* n) {
    n->end = prev_end_;
    return n;
  }
  template <class T>
  List<T> list_of(const std::vector<T*>& v) {
    return ast_->arena.list(v);
  }

  bool had_error() const { return diags_->list().size() > errs0_; }

  // How Go names a token kind in "expected X".
  static std::string tokstring(Tok t) {
    if (t == Tok::comma) return "comma";
    if (t == Tok::semicolon) return "semicolon or newline";
    if (is_keyword(t)) return std::string("keyword ") + tok_text(t);
    return tok_text(t);
  }
  // How Go names the current token in "unexpected X".
  std::string tok_desc() const {
    switch (tok_.kind) {
      case Tok::name:
        return "name " + std::string(tok_.lit);
      case Tok::semicolon:
        return tok_.implicit_semi ? std::string(tok_.lit) : "semicolon";
      case Tok::int_lit:
      case Tok::float_lit:
      case Tok::imag_lit:
      case Tok::rune_lit:
      case Tok::string_lit:
        return "literal " + std::string(tok_.lit);
      default:
        return tokstring(tok_.kind);
    }
  }

  void error_at(Pos pos, std::string msg) { diags_->error(pos, std::move(msg)); }
  void error(std::string msg) { error_at(tok_.pos, std::move(msg)); }

  // Go's syntaxErrorAt: messages starting "in/at/after" or "expected" are
  // completed with the unexpected token; others are printed as they are.
  void syntax_error_at(Pos pos, std::string msg) {
    if (tok_.kind == Tok::eof && had_error()) return;  // follow-up of an earlier error
    auto starts = [&](const char* p) { return msg.rfind(p, 0) == 0; };
    if (msg.empty()) {
    } else if (starts("in ") || starts("at ") || starts("after ")) {
      msg = " " + msg;
    } else if (starts("expected ")) {
      msg = ", " + msg;
    } else {
      error_at(pos, "syntax error: " + msg);
      return;
    }
    error_at(pos, "syntax error: unexpected " + tok_desc() + msg);
  }
  void syntax_error(std::string msg) { syntax_error_at(tok_.pos, std::move(msg)); }

  // Skips tokens until one in follow (or, in a function body, a statement
  // keyword); with an empty follow list skips exactly one token.
  void advance(std::initializer_list<Tok> follow) {
    TokSet set;
    set.set(static_cast<size_t>(Tok::eof));
    if (follow.size() > 0) {
      if (fnest_ > 0) set |= stop_set();
      for (Tok t : follow) set.set(static_cast<size_t>(t));
    }
    while (!set.test(static_cast<size_t>(tok_.kind))) {
      next();
      if (follow.size() == 0) break;
    }
  }

  // list = [ f { sep f } [sep] ] close . Returns the position of close.
  template <class F>
  Pos list(const char* context, Tok sep, Tok close, F f) {
    bool done = false;
    while (tok_.kind != Tok::eof && tok_.kind != close && !done) {
      done = f();
      if (!got(sep) && tok_.kind != close) {
        syntax_error(std::string("in ") + context + "; possibly missing " + tokstring(sep) +
                     " or " + tokstring(close));
        advance({Tok::rparen, Tok::rbrack, Tok::rbrace});
        if (tok_.kind != close) return tok_.pos;
      }
    }
    Pos pos = tok_.pos;
    want(close);
    return pos;
  }

  BadExpr* bad_expr() { return fin(make<BadExpr>(tok_.pos)); }

  // --- declarations -------------------------------------------------------

  GenDecl* gen_decl();
  Node* import_spec();
  Node* value_spec(Tok kw, int iota);
  Node* type_spec();
  FuncDecl* func_decl();
  BlockStmt* func_body();

  // --- types ----------------------------------------------------------------

  Expr* type_();
  Expr* type_or_nil();
  Expr* type_instance(Expr* x);
  Expr* qualified_name(Ident* name);
  FuncType* func_type(const char* context, Pos pos);
  Expr* array_type(Pos lbrack, Expr* len);
  Expr* slice_type(Pos lbrack);
  Expr* chan_elem();
  StructType* struct_type();
  void field_decl(std::vector<Field*>* fields);
  InterfaceType* interface_type();
  Field* method_decl();
  Field* embedded_elem(Field* f);
  Expr* embedded_term();
  Expr* union_with(Expr* x);
  Expr* array_or_targs();
  List<Field> func_result();
  bool param_decl(Ident* name, Tok follow, Param* out);
  std::vector<Param> param_list(Ident* name, Expr* type, Tok close, bool require_names,
                                Pos* close_pos = nullptr);
  List<Field> group_params(const std::vector<Param>& ps);

  // --- expressions --------------------------------------------------------

  Expr* expr() { return binary_expr(nullptr, 0); }
  Expr* binary_expr(Expr* x, int prec);
  Expr* unary_expr();
  Expr* operand(bool keep_parens);
  Expr* pexpr(Expr* x, bool keep_parens);
  CompositeLit* complit_expr();
  Expr* bare_complit_expr() { return tok_.kind == Tok::lbrace ? complit_expr() : expr(); }
  std::vector<Expr*> expr_list();
  std::vector<Expr*> type_list(bool* comma);
  Ident* name();
  Ident* make_ident(Pos pos, std::string_view s) {
    Ident* id = make<Ident>(pos);
    id->name = s;
    id->end = Pos{pos.line, pos.col + static_cast<int32_t>(s.size())};
    return id;
  }
  std::vector<Ident*> name_list(Ident* first);
  BasicLit* oliteral();

  // --- statements ---------------------------------------------------------

  Stmt* stmt_or_nil();
  std::vector<Stmt*> stmt_list();
  Stmt* simple_stmt(std::vector<Expr*> lhs, Tok keyword);
  BlockStmt* block_stmt(const char* context);
  Stmt* labeled_stmt(Ident* label);
  Stmt* call_stmt();
  Header header(Tok keyword);
  Stmt* if_stmt();
  Stmt* for_stmt();
  Stmt* switch_stmt();
  Stmt* select_stmt();
  CaseClause* case_clause();
  CommClause* comm_clause();
};

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

// ---------------------------------------------------------------------------
// Types

Expr* Parser::type_() {
  Expr* t = type_or_nil();
  if (!t) {
    t = bad_expr();
    syntax_error("expected type");
    advance({Tok::comma, Tok::colon, Tok::semicolon, Tok::rparen, Tok::rbrack, Tok::rbrace});
  }
  return t;
}

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" . nullptr if no type
// starts here.
Expr* Parser::type_or_nil() {
  Pos pos = tok_.pos;
  switch (tok_.kind) {
    case Tok::mul: {
      next();
      StarExpr* s = make<StarExpr>(pos);
      s->x = type_();
      return fin(s);
    }
    case Tok::arrow: {  // <-chan T
      next();
      want(Tok::kw_chan);
      ChanType* c = make<ChanType>(pos);
      c->dir = ChanDir::recv;
      c->elem = chan_elem();
      return fin(c);
    }
    case Tok::kw_func:
      next();
      return func_type("function type", pos);
    case Tok::lbrack:
      next();
      if (got(Tok::rbrack)) return slice_type(pos);
      return array_type(pos, nullptr);
    case Tok::kw_chan: {
      next();
      ChanType* c = make<ChanType>(pos);
      if (got(Tok::arrow)) c->dir = ChanDir::send;
      c->elem = chan_elem();
      return fin(c);
    }
    case Tok::kw_map: {
      next();
      want(Tok::lbrack);
      MapType* m = make<MapType>(pos);
      m->key = type_();
      want(Tok::rbrack);
      m->value = type_();
      return fin(m);
    }
    case Tok::kw_struct:
      return struct_type();
    case Tok::kw_interface:
      return interface_type();
    case Tok::name:
      return qualified_name(nullptr);
    case Tok::lparen: {
      next();
      ParenExpr* p = make<ParenExpr>(pos);
      p->x = type_();
      want(Tok::rparen);
      return fin(p);
    }
    default:
      return nullptr;
  }
}

// x[T1, T2] after a type name.
Expr* Parser::type_instance(Expr* x) {
  IndexExpr* ix = make<IndexExpr>(x->pos);
  ix->x = x;
  ix->lbrack = tok_.pos;
  want(Tok::lbrack);
  if (tok_.kind == Tok::rbrack) {
    syntax_error("expected type");
    ix->indices = list_of(std::vector<Expr*>{bad_expr()});
  } else {
    bool comma;
    ix->indices = list_of(type_list(&comma));
  }
  want(Tok::rbrack);
  return fin(ix);
}

// TypeName = identifier | PackageName "." identifier, with type arguments.
Expr* Parser::qualified_name(Ident* nm) {
  Expr* x;
  if (nm) {
    x = nm;
  } else if (tok_.kind == Tok::name) {
    x = name();
  } else {
    x = make_ident(tok_.pos, "_");
    syntax_error("expected name");
    advance({Tok::period, Tok::semicolon, Tok::rbrace});
  }
  if (tok_.kind == Tok::period) {
    SelectorExpr* s = make<SelectorExpr>(x->pos);
    next();
    s->x = x;
    s->sel = name();
    x = fin(s);
  }
  if (tok_.kind == Tok::lbrack) x = type_instance(x);
  return x;
}

// Signature = [ TypeParams ] Parameters [ Result ]; context names what
// may not have type parameters (nullptr: a FuncDecl, which may).
FuncType* Parser::func_type(const char* context, Pos pos) {
  FuncType* t = make<FuncType>(pos);
  Pos lbrack = tok_.pos;
  if (got(Tok::lbrack)) {
    if (context) syntax_error_at(lbrack, std::string(context) + " must have no type parameters");
    if (tok_.kind == Tok::rbrack) {
      syntax_error("empty type parameter list");
      next();
    } else {
      t->tparams = group_params(param_list(nullptr, nullptr, Tok::rbrack, true));
    }
  }
  want(Tok::lparen);
  t->params = group_params(param_list(nullptr, nullptr, Tok::rparen, false));
  t->results = func_result();
  return fin(t);
}

// After `[` (at lbrack); len is an already parsed length or nullptr.
Expr* Parser::array_type(Pos lbrack, Expr* len) {
  if (!len) {
    Pos dots = tok_.pos;
    if (got(Tok::ellipsis)) {
      len = fin(make<Ellipsis>(dots));
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (tok_.kind == Tok::comma) {
    // A trailing comma is fine in type parameter lists, not here.
    syntax_error("unexpected comma; expected ]");
    next();
  }
  want(Tok::rbrack);
  ArrayType* a = make<ArrayType>(lbrack);
  a->len = len;
  a->elem = type_();
  return fin(a);
}

Expr* Parser::slice_type(Pos lbrack) {
  SliceType* s = make<SliceType>(lbrack);
  s->elem = type_();
  return fin(s);
}

Expr* Parser::chan_elem() {
  Expr* t = type_or_nil();
  if (!t) {
    t = bad_expr();
    syntax_error("missing channel element type");
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::struct_type() {
  StructType* t = make<StructType>(tok_.pos);
  want(Tok::kw_struct);
  want(Tok::lbrace);
  std::vector<Field*> fields;
  list("struct type", Tok::semicolon, Tok::rbrace, [&] {
    field_decl(&fields);
    return false;
  });
  t->fields = list_of(fields);
  return fin(t);
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
void Parser::field_decl(std::vector<Field*>* fields) {
  Pos pos = tok_.pos;
  auto embedded = [&](Expr* type) {
    Field* f = make<Field>(pos);
    f->type = type;
    f->tag = oliteral();
    fields->push_back(fin(f));
  };
  switch (tok_.kind) {
    case Tok::name: {
      Ident* nm = name();
      if (tok_.kind == Tok::period || is_literal(tok_.kind) || tok_.kind == Tok::semicolon ||
          tok_.kind == Tok::rbrace) {
        embedded(qualified_name(nm));  // T, pkg.T
        return;
      }
      std::vector<Ident*> names = name_list(nm);
      Expr* type;
      if (names.size() == 1 && tok_.kind == Tok::lbrack) {
        // An embedded instance T[P1, P2] or a field T of type [N]E / []E.
        type = array_or_targs();
        if (auto* ix = as<IndexExpr>(type)) {
          ix->x = nm;
          ix->pos = nm->pos;
          embedded(ix);
          return;
        }
      } else {
        type = type_();
      }
      Field* f = make<Field>(pos);
      f->names = list_of(names);
      f->type = type;
      f->tag = oliteral();
      fields->push_back(fin(f));
      return;
    }
    case Tok::mul: {
      next();
      StarExpr* s = make<StarExpr>(pos);
      if (tok_.kind == Tok::lparen) {
        syntax_error("cannot parenthesize embedded type");
        next();
        s->x = qualified_name(nullptr);
        got(Tok::rparen);
      } else {
        s->x = qualified_name(nullptr);
      }
      embedded(fin(s));
      return;
    }
    case Tok::lparen: {
      syntax_error("cannot parenthesize embedded type");
      next();
      Expr* type;
      if (tok_.kind == Tok::mul) {
        StarExpr* s = make<StarExpr>(tok_.pos);
        next();
        s->x = qualified_name(nullptr);
        type = fin(s);
      } else {
        type = qualified_name(nullptr);
      }
      got(Tok::rparen);
      embedded(type);
      return;
    }
    default:
      syntax_error("expected field name or embedded type");
      advance({Tok::semicolon, Tok::rbrace});
  }
}

// After a field name followed by `[`: [N]E / []E (a type) or type
// arguments (an IndexExpr whose x the caller fills in).
Expr* Parser::array_or_targs() {
  Pos lbrack = tok_.pos;
  want(Tok::lbrack);
  if (got(Tok::rbrack)) return slice_type(lbrack);
  bool comma;
  std::vector<Expr*> n = type_list(&comma);
  want(Tok::rbrack);
  if (!comma) {
    if (Expr* elem = type_or_nil()) {
      ArrayType* a = make<ArrayType>(lbrack);
      a->len = n[0];
      a->elem = elem;
      return fin(a);
    }
  }
  IndexExpr* ix = make<IndexExpr>(lbrack);
  ix->lbrack = lbrack;
  ix->indices = list_of(n);
  return fin(ix);
}

// InterfaceType = "interface" "{" { ( MethodElem | TypeElem ) ";" } "}" .
InterfaceType* Parser::interface_type() {
  InterfaceType* t = make<InterfaceType>(tok_.pos);
  want(Tok::kw_interface);
  want(Tok::lbrace);
  std::vector<Field*> elems;
  list("interface type", Tok::semicolon, Tok::rbrace, [&] {
    Field* f = nullptr;
    if (tok_.kind == Tok::name) f = method_decl();
    if (!f || f->names.empty()) f = embedded_elem(f);
    elems.push_back(f);
    return false;
  });
  t->elems = list_of(elems);
  return fin(t);
}

// MethodElem = MethodName Signature, or an embedded (instantiated) type.
Field* Parser::method_decl() {
  Field* f = make<Field>(tok_.pos);
  Ident* nm = name();
  const char* context = "interface method";
  auto method = [&] {
    f->names = list_of(std::vector<Ident*>{nm});
    f->type = func_type(context, tok_.pos);
  };
  switch (tok_.kind) {
    case Tok::lparen:
      method();
      break;
    case Tok::lbrack: {
      // A generic method m[T C](x T) (not allowed) or an embedded instance
      // T[A, B]: parse a parameter list and decide.
      Pos lbrack = tok_.pos;
      next();
      if (tok_.kind == Tok::rbrack) {
        Pos p = tok_.pos;
        next();
        if (tok_.kind == Tok::lparen) {
          error_at(p, "empty type parameter list");
          method();
        } else {
          error_at(p, "empty type argument list");
          f->type = nm;
        }
        break;
      }
      std::vector<Param> ps = param_list(nullptr, nullptr, Tok::rbrack, false);
      if (ps.empty()) {
        if (tok_.kind == Tok::lparen)
          method();
        else
          f->type = nm;
        break;
      }
      if (ps[0].name) {
        method();
        error_at(lbrack, "interface method must have no type parameters");
        break;
      }
      IndexExpr* ix = make<IndexExpr>(nm->pos);
      ix->x = nm;
      ix->lbrack = lbrack;
      std::vector<Expr*> args;
      for (auto& p : ps) args.push_back(p.type);
      ix->indices = list_of(args);
      f->type = fin(ix);
      break;
    }
    default:
      f->type = qualified_name(nm);
  }
  return fin(f);
}

// EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm } .
Field* Parser::embedded_elem(Field* f) {
  if (!f) {
    f = make<Field>(tok_.pos);
    f->type = embedded_term();
  }
  f->type = union_with(f->type);
  return fin(f);
}

// Continues a union whose first term x is parsed: x | t2 | t3 ...
Expr* Parser::union_with(Expr* x) {
  while (tok_.kind == Tok::or_) {
    BinaryExpr* b = make<BinaryExpr>(x->pos);
    b->op = Tok::or_;
    b->op_pos = tok_.pos;
    next();
    b->x = x;
    b->y = embedded_term();
    x = fin(b);
  }
  return x;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embedded_term() {
  if (tok_.kind == Tok::tilde) {
    UnaryExpr* u = make<UnaryExpr>(tok_.pos);
    u->op = Tok::tilde;
    next();
    u->x = type_();
    return fin(u);
  }
  Expr* t = type_or_nil();
  if (!t) {
    t = bad_expr();
    syntax_error("expected ~ term or type");
    advance({Tok::or_, Tok::semicolon, Tok::rparen, Tok::rbrack, Tok::rbrace});
  }
  return t;
}

// Result = Parameters | Type .
List<Field> Parser::func_result() {
  if (got(Tok::lparen)) return group_params(param_list(nullptr, nullptr, Tok::rparen, false));
  Pos pos = tok_.pos;
  if (Expr* t = type_or_nil()) {
    Field* f = make<Field>(pos);
    f->type = t;
    return list_of(std::vector<Field*>{fin(f)});
  }
  return {};
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type . One name at a time;
// in type parameter lists (follow == `]`) constraints may be unions/~T.
bool Parser::param_decl(Ident* nm, Tok follow, Param* out) {
  bool type_sets = follow == Tok::rbrack;
  Param p;
  p.pos = nm ? nm->pos : tok_.pos;
  if (!nm && type_sets && tok_.kind == Tok::tilde) {
    p.type = embedded_elem(nullptr)->type;
    *out = p;
    return true;
  }
  if (tok_.kind == Tok::name || nm) {
    if (!nm) nm = name();
    if (tok_.kind == Tok::lbrack) {
      // name "[" ...: an instantiated type, or a name with array type.
      p.type = array_or_targs();
      if (auto* ix = as<IndexExpr>(p.type)) {
        ix->x = nm;
        ix->pos = nm->pos;
      } else {
        p.name = nm;
      }
      if (type_sets && tok_.kind == Tok::or_) p.type = union_with(p.type);
      *out = p;
      return true;
    }
    if (tok_.kind == Tok::period) {  // pkg.T
      p.type = qualified_name(nm);
      if (type_sets && tok_.kind == Tok::or_) p.type = union_with(p.type);
      *out = p;
      return true;
    }
    if (type_sets && tok_.kind == Tok::or_) {  // T | ...
      p.type = union_with(nm);
      *out = p;
      return true;
    }
    p.name = nm;
  }
  if (tok_.kind == Tok::ellipsis) {
    Ellipsis* e = make<Ellipsis>(tok_.pos);
    next();
    e->elt = type_or_nil();
    if (!e->elt) {
      e->elt = bad_expr();
      syntax_error("... is missing type");
    }
    p.type = fin(e);
    *out = p;
    return true;
  }
  if (type_sets && tok_.kind == Tok::tilde) {
    p.type = embedded_elem(nullptr)->type;
    *out = p;
    return true;
  }
  p.type = type_or_nil();
  if (type_sets && tok_.kind == Tok::or_ && p.type) p.type = union_with(p.type);
  if (p.name || p.type) {
    *out = p;
    return true;
  }
  syntax_error("expected " + tokstring(follow));
  advance({Tok::comma, follow});
  return false;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" after the opening token.
// Either all parameters are named or none is; in the former case a name
// without type takes the type of the next one (a, b int).
std::vector<Param> Parser::param_list(Ident* nm, Expr* type, Tok close, bool require_names,
                                      Pos* close_pos) {
  std::vector<Param> ps;
  if (nm && type && tok_.kind == close) {
    next();
    ps.push_back({nm, type, nm->pos});
    return ps;
  }
  int named = 0, typed = 0;
  Pos end = list("parameter list", Tok::comma, close, [&] {
    Param p;
    bool ok;
    if (type) {
      p = {nm, type, nm->pos};
      ok = true;
    } else {
      ok = param_decl(nm, close, &p);
    }
    nm = nullptr;
    type = nullptr;
    if (ok) {
      if (p.name && p.type) named++;
      if (p.type) typed++;
      ps.push_back(p);
    }
    return false;
  });
  if (close_pos) *close_pos = end;
  if (ps.empty()) return ps;
  if (named == 0 && !require_names) {
    // All unnamed: the names are types.
    for (Param& p : ps) {
      if (p.name) {
        p.type = p.name;
        p.name = nullptr;
      }
    }
  } else if (named != static_cast<int>(ps.size())) {
    // Some named: all need names and types.
    Pos errpos;
    Expr* t = nullptr;
    for (size_t i = ps.size(); i-- > 0;) {
      Param& p = ps[i];
      if (p.type) {
        t = p.type;
        if (!p.name) {
          errpos = t->pos;
          p.name = make_ident(errpos, "_");
        }
      } else if (t) {
        p.type = t;
      } else {
        errpos = p.name->pos;
        p.type = ast_->make<BadExpr>(errpos);
      }
    }
    if (errpos.valid()) {
      std::string msg;
      if (require_names) {
        if (named == typed) {
          errpos = end;
          msg = "missing type constraint";
        } else {
          msg = "type parameters must be named";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntax_error_at(errpos, msg);
    }
  }
  return ps;
}

// Groups `a, b int` (consecutive names sharing one type expression) into
// one Field, as written.
List<Field> Parser::group_params(const std::vector<Param>& ps) {
  std::vector<Field*> fields;
  for (size_t i = 0; i < ps.size();) {
    Field* f = make<Field>(ps[i].pos);
    std::vector<Ident*> names;
    size_t j = i;
    if (ps[i].name) {
      while (j < ps.size() && ps[j].name && ps[j].type == ps[i].type) names.push_back(ps[j++].name);
    } else {
      j++;
    }
    f->names = list_of(names);
    f->type = ps[i].type;
    f->end = f->type ? f->type->end : f->pos;
    fields.push_back(f);
    i = j;
  }
  return list_of(fields);
}

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

}  // namespace

std::unique_ptr<Ast> parse_file(std::string_view src, Diags* diags) {
  auto ast = std::make_unique<Ast>();
  ast->src = src;
  Parser p(src, diags, ast.get());
  ast->file = p.file();
  return ast;
}

}  // namespace gopark::interp
