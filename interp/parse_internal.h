// parse_internal.h - the Parser class shared by the parser's files:
// parser.cc (files and declarations), parse_type.cc, parse_expr.cc and
// parse_stmt.cc. Internal to interp/; the public entry is parser.h.
#pragma once

#include <bitset>
#include <string>
#include <vector>

#include "interp/ast.h"
#include "interp/diag.h"
#include "interp/lexer.h"
#include "interp/parser.h"

namespace gopark::interp::parse_detail {

// Binary operator precedence per the spec; 0 = not a binary operator.
inline int precedence(Tok t) {
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

inline bool is_op_assign(Tok t) {
  return t >= Tok::add_assign && t <= Tok::and_not_assign;
}

inline std::string expr_list_string(const List<Expr>& l) {
  std::string s;
  for (Expr* x : l) s += (s.empty() ? "" : ", ") + expr_string(x);
  return s;
}

// Go source form of a simple statement, for "cannot use ... as value".
inline std::string stmt_string(const Stmt* s) {
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

// Whether x is syntactically a type element (a type literal, ~T, or
// combinations) - then it cannot be an ordinary expression.
inline bool is_type_elem(Expr* x) {
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
inline bool is_value(Expr* x) {
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
inline TokSet stop_set() {
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
  // Depth of expressions, types and statements being parsed. Recursive
  // descent runs on the C++ stack, which is fixed (a browser worker's is a
  // few MiB, and the checker and compiler recurse over the tree too), so
  // beyond kMaxNest the parse ends with go/parser's message (too_deep).
  static constexpr int kMaxNest = 500;
  int nest_ = 0;
  struct Nest {
    explicit Nest(Parser* p) : p_(p) { p_->nest_++; }
    ~Nest() { p_->nest_--; }
    Parser* p_;
  };
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
  // Whether the parse is nested beyond kMaxNest: the first time, reports it
  // and skips to the end of the file, so every caller unwinds at once.
  bool too_deep() {
    if (nest_ <= kMaxNest) return false;
    if (tok_.kind != Tok::eof) {
      error_at(tok_.pos, "exceeded max nesting depth");
      while (tok_.kind != Tok::eof) next();
    }
    return true;
  }
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

// Splits `[P C]` of a type declaration into a parameter name and its
// constraint when it has that shape (parser.cc).
Ident* split_tparam(Ast* ast, Expr* x, bool force, Expr** type);

}  // namespace gopark::interp::parse_detail
