// ast.h - the syntax tree of a Go source file.
//
// The parser builds it; the type checker annotates and the bytecode compiler
// walks it. Design choices, in the spirit of Go's own syntax package:
//
//  - Nodes are plain structs deriving from Node, tagged with a NodeKind from
//    one X-macro list (GOPARK_AST_NODES) that also yields the kind names, so
//    a walker is a switch on `kind` and a downcast with as<T>() - no virtual
//    functions, no RTTI.
//  - Every node has pos (its first byte) and end (just past its last byte),
//    so the editor can underline any node and errors point where Go's do.
//  - Nodes live in an Arena owned by the Ast: building is a pointer bump and
//    the whole tree is freed at once. Hence every node must be trivially
//    destructible: names and literals are std::string_view into the source
//    (which outlives the tree), lists are arena-allocated List<T> spans.
//  - Absent optional parts are nullptr (an else branch, a slice bound, the
//    type of a composite literal whose type is elided in an outer literal).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "interp/token.h"

namespace gopark::interp {

// Every node kind, once. Groups: expressions (incl. type expressions),
// fields, statements, declarations.
#define GOPARK_AST_NODES(X)                                                                      \
  X(BadExpr)                                                                                     \
  X(Ident)                                                                                       \
  X(BasicLit)                                                                                    \
  X(CompositeLit)                                                                                \
  X(KeyValueExpr)                                                                                \
  X(FuncLit)                                                                                     \
  X(ParenExpr)                                                                                   \
  X(SelectorExpr)                                                                                \
  X(IndexExpr)                                                                                   \
  X(SliceExpr)                                                                                   \
  X(TypeAssertExpr)                                                                              \
  X(CallExpr)                                                                                    \
  X(StarExpr)                                                                                    \
  X(UnaryExpr) X(BinaryExpr) X(Ellipsis) X(ArrayType) X(SliceType) X(MapType) X(ChanType)        \
      X(FuncType) X(StructType) X(InterfaceType) X(Field) X(BadStmt) X(DeclStmt) X(EmptyStmt)    \
          X(LabeledStmt) X(ExprStmt) X(SendStmt) X(IncDecStmt) X(AssignStmt) X(GoStmt)           \
              X(DeferStmt) X(ReturnStmt) X(BranchStmt) X(BlockStmt) X(IfStmt) X(CaseClause)      \
                  X(SwitchStmt) X(TypeSwitchStmt) X(CommClause) X(SelectStmt) X(ForStmt)         \
                      X(RangeStmt) X(ImportSpec) X(ValueSpec) X(TypeSpec) X(GenDecl) X(FuncDecl) \
                          X(File)

enum class NodeKind : uint8_t {
#define X(name) name,
  GOPARK_AST_NODES(X)
#undef X
};

const char* node_kind_name(NodeKind k);

struct Node {
  NodeKind kind;
  Pos pos;  // first byte
  Pos end;  // just past the last byte
};

// Downcasts checked against the kind tag: as<T>(n) is nullptr when n is
// null or not a T.
template <class T>
T* as(Node* n) {
  return n && n->kind == T::kKind ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* as(const Node* n) {
  return n && n->kind == T::kKind ? static_cast<const T*>(n) : nullptr;
}
template <class T>
bool is(const Node* n) {
  return n && n->kind == T::kKind;
}

// An immutable arena-allocated array of node pointers.
template <class T>
struct List {
  T** data = nullptr;
  uint32_t n = 0;
  uint32_t size() const { return n; }
  bool empty() const { return n == 0; }
  T* operator[](size_t i) const { return data[i]; }
  T** begin() const { return data; }
  T** end() const { return data + n; }
};

// Bump allocator for one tree. Blocks grow geometrically; nothing is freed
// before the arena itself.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* alloc(size_t size, size_t align) {
    size_t pad = (align - reinterpret_cast<uintptr_t>(cur_) % align) % align;
    if (pad + size > left_) {
      grow(size + align);
      pad = (align - reinterpret_cast<uintptr_t>(cur_) % align) % align;
    }
    char* p = cur_ + pad;
    cur_ = p + size;
    left_ -= pad + size;
    return p;
  }
  // Trivially destructible only: the arena never runs destructors.
  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (alloc(sizeof(T), alignof(T))) T();
  }
  template <class T>
  List<T> list(const std::vector<T*>& v) {
    List<T> l;
    l.n = static_cast<uint32_t>(v.size());
    if (l.n == 0) return l;
    l.data = static_cast<T**>(alloc(sizeof(T*) * l.n, alignof(T*)));
    std::memcpy(l.data, v.data(), sizeof(T*) * l.n);
    return l;
  }
  size_t bytes() const { return total_; }

 private:
  void grow(size_t min);
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cur_ = nullptr;
  size_t left_ = 0;
  size_t total_ = 0;
};

// ---------------------------------------------------------------------------
// Expressions. Types are expressions too (as in Go's grammar, where `[]int`
// in a conversion and `x[i]` in an instantiation share syntax); the type
// checker decides which is which.

struct Type;  // the type checker's; set on expressions it has checked

struct Expr : Node {
  Type* type = nullptr;
};

// Placeholder where a syntax error left no expression.
struct BadExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::BadExpr;
};

struct Ident : Expr {
  static constexpr NodeKind kKind = NodeKind::Ident;
  std::string_view name;  // "_" for the blank identifier
};

// kind is Tok::int_lit .. Tok::string_lit; lit is the raw source text.
struct BasicLit : Expr {
  static constexpr NodeKind kKind = NodeKind::BasicLit;
  Tok lit_kind = Tok::int_lit;
  std::string_view lit;
};

// T{elts}; type is nullptr for an elided type inside an outer literal
// ([]Point{{1, 2}}). Keyed elements are KeyValueExprs.
struct CompositeLit : Expr {
  static constexpr NodeKind kKind = NodeKind::CompositeLit;
  Expr* lit_type = nullptr;
  List<Expr> elts;
  Pos lbrace;
  uint32_t nkeys = 0;  // how many elements are keyed
};

struct KeyValueExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::KeyValueExpr;
  Expr* key = nullptr;
  Expr* value = nullptr;
};

struct FuncType;
struct BlockStmt;

struct FuncLit : Expr {
  static constexpr NodeKind kKind = NodeKind::FuncLit;
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;
};

// Kept so the checker can tell (x) := 1 and (T){} from their bare forms and
// the printer can round-trip.
struct ParenExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::ParenExpr;
  Expr* x = nullptr;
};

// x without its parentheses.
inline Expr* unparen(Expr* x) {
  while (x && x->kind == NodeKind::ParenExpr) x = static_cast<ParenExpr*>(x)->x;
  return x;
}

// x.sel: a field, a method, a qualified identifier (pkg.Name).
struct SelectorExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::SelectorExpr;
  Expr* x = nullptr;
  Ident* sel = nullptr;
};

// x[i] or, for a generic instantiation, x[T1, T2, ...] (indices.size() > 1
// is always an instantiation; with one index the checker decides).
struct IndexExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::IndexExpr;
  Expr* x = nullptr;
  List<Expr> indices;
  Pos lbrack;
};

// x[lo:hi] or x[lo:hi:max] (slice3). Absent bounds are nullptr.
struct SliceExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::SliceExpr;
  Expr* x = nullptr;
  Expr* lo = nullptr;
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  Pos lbrack;
};

// x.(T); assert_type is nullptr for x.(type) in a type switch guard.
struct TypeAssertExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::TypeAssertExpr;
  Expr* x = nullptr;
  Expr* assert_type = nullptr;
  Pos lparen;
};

// fun(args) or fun(args...) (has_dots); also conversions T(x) and the
// built-ins (make, new, len...) which the checker recognizes by name.
struct CallExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::CallExpr;
  Expr* fun = nullptr;
  List<Expr> args;
  Pos lparen;
  Pos dots;  // valid iff has_dots
  bool has_dots = false;
};

// *x: a pointer type or an indirection, decided by the checker.
struct StarExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::StarExpr;
  Expr* x = nullptr;
};

// op x with op one of + - ! ^ & <- and ~ (the latter only in constraints).
struct UnaryExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::UnaryExpr;
  Tok op = Tok::add;
  Expr* x = nullptr;
};

// x op y; also the union A | ~B of a constraint. op_pos is where Go's
// compiler reports operator errors ("invalid operation: ...").
struct BinaryExpr : Expr {
  static constexpr NodeKind kKind = NodeKind::BinaryExpr;
  Tok op = Tok::add;
  Expr* x = nullptr;
  Expr* y = nullptr;
  Pos op_pos;
};

// ...T as the type of a variadic (last) parameter, or the [...] length of
// an array literal's type (then elt is nullptr).
struct Ellipsis : Expr {
  static constexpr NodeKind kKind = NodeKind::Ellipsis;
  Expr* elt = nullptr;
};

// [len]elem; len is an Ellipsis for [...]T.
struct ArrayType : Expr {
  static constexpr NodeKind kKind = NodeKind::ArrayType;
  Expr* len = nullptr;
  Expr* elem = nullptr;
};

struct SliceType : Expr {
  static constexpr NodeKind kKind = NodeKind::SliceType;
  Expr* elem = nullptr;
};

struct MapType : Expr {
  static constexpr NodeKind kKind = NodeKind::MapType;
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir : uint8_t { both, send, recv };  // chan T, chan<- T, <-chan T

struct ChanType : Expr {
  static constexpr NodeKind kKind = NodeKind::ChanType;
  ChanDir dir = ChanDir::both;
  Expr* elem = nullptr;
};

// A parameter, result, type parameter, receiver, struct field or interface
// element. names is empty for unnamed parameters and embedded fields; an
// interface method has one name and a FuncType; an interface type-set
// element (~int | string, or an embedded interface) has none.
struct Field : Node {
  static constexpr NodeKind kKind = NodeKind::Field;
  List<Ident> names;
  Expr* type = nullptr;
  BasicLit* tag = nullptr;  // struct fields only
};

// func[tparams](params) results. tparams only on a FuncDecl's signature.
struct FuncType : Expr {
  static constexpr NodeKind kKind = NodeKind::FuncType;
  List<Field> tparams;
  List<Field> params;
  List<Field> results;
};

struct StructType : Expr {
  static constexpr NodeKind kKind = NodeKind::StructType;
  List<Field> fields;
};

struct InterfaceType : Expr {
  static constexpr NodeKind kKind = NodeKind::InterfaceType;
  List<Field> elems;
};

// ---------------------------------------------------------------------------
// Statements

struct Stmt : Node {};

struct BadStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::BadStmt;
};

struct GenDecl;

struct DeclStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::DeclStmt;
  GenDecl* decl = nullptr;
};

// An explicit `;` or the statement after a label right before `}`.
struct EmptyStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::EmptyStmt;
};

struct LabeledStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::LabeledStmt;
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::ExprStmt;
  Expr* x = nullptr;
};

// ch <- value
struct SendStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::SendStmt;
  Expr* chan = nullptr;
  Expr* value = nullptr;
  Pos arrow;
};

struct IncDecStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::IncDecStmt;
  Expr* x = nullptr;
  Tok op = Tok::inc;  // inc or dec
};

// lhs op rhs with op = (assign), := (define) or an op-assignment (+= ...).
struct AssignStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::AssignStmt;
  List<Expr> lhs;
  Tok op = Tok::assign;
  List<Expr> rhs;
  Pos op_pos;
};

// go f(x) / defer f(x). call is a CallExpr unless a syntax error was
// reported ("expression in go must be function call").
struct GoStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::GoStmt;
  Expr* call = nullptr;
};
struct DeferStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::DeferStmt;
  Expr* call = nullptr;
};

struct ReturnStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::ReturnStmt;
  List<Expr> results;
};

// break/continue/goto [label], fallthrough.
struct BranchStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::BranchStmt;
  Tok tok = Tok::kw_break;
  Ident* label = nullptr;
};

struct BlockStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::BlockStmt;
  List<Stmt> stmts;
  Pos rbrace;
};

// if init; cond { then } else else_ - else_ is nullptr, an IfStmt or a
// BlockStmt.
struct IfStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::IfStmt;
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* else_ = nullptr;
};

// case x, y: body (expression switch) or case T1, T2: (type switch);
// default when is_default.
struct CaseClause : Stmt {
  static constexpr NodeKind kKind = NodeKind::CaseClause;
  List<Expr> exprs;
  bool is_default = false;
  List<Stmt> body;
  Pos colon;
};

// switch init; tag { clauses } - tag nullptr means `switch { ... }` (true).
struct SwitchStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::SwitchStmt;
  Stmt* init = nullptr;
  Expr* tag = nullptr;
  List<CaseClause> clauses;
  Pos lbrace, rbrace;
};

// switch init; bind := guard.x.(type) { clauses }; bind is nullptr without
// the `v :=` part. The checker declares bind per clause.
struct TypeSwitchStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::TypeSwitchStmt;
  Stmt* init = nullptr;
  Ident* bind = nullptr;
  TypeAssertExpr* guard = nullptr;  // assert_type is nullptr
  List<CaseClause> clauses;
  Pos lbrace, rbrace;
};

// case comm: body in a select; comm is nullptr for default, else a
// SendStmt, an ExprStmt (<-c) or an AssignStmt (v, ok = <-c / v := <-c).
struct CommClause : Stmt {
  static constexpr NodeKind kKind = NodeKind::CommClause;
  Stmt* comm = nullptr;
  List<Stmt> body;
  Pos colon;
};

struct SelectStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::SelectStmt;
  List<CommClause> clauses;
  Pos lbrace, rbrace;
};

// for init; cond; post { body } - each part may be absent (for { } and
// for cond { } too).
struct ForStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::ForStmt;
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

// for key, value op range x { body }; op is define, assign, or eof when
// there is neither key nor value (for range x). Ranging over an integer
// or a function is the checker's business: syntactically it is all `x`.
struct RangeStmt : Stmt {
  static constexpr NodeKind kKind = NodeKind::RangeStmt;
  Expr* key = nullptr;
  Expr* value = nullptr;
  Tok op = Tok::eof;
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
};

// ---------------------------------------------------------------------------
// Declarations

struct Decl : Node {};

// import name "path"; name is nullptr, or an Ident "." or "_" or a name.
struct ImportSpec : Node {
  static constexpr NodeKind kKind = NodeKind::ImportSpec;
  Ident* name = nullptr;
  BasicLit* path = nullptr;
};

// A const or var spec. For constants, iota is the spec's index in its
// group (the value of iota), and a spec with neither type nor values
// repeats the previous spec's (the checker copies them).
struct ValueSpec : Node {
  static constexpr NodeKind kKind = NodeKind::ValueSpec;
  List<Ident> names;
  Expr* spec_type = nullptr;
  List<Expr> values;
  int32_t iota = 0;
};

// type name[tparams] type, or an alias `type name = type`.
struct TypeSpec : Node {
  static constexpr NodeKind kKind = NodeKind::TypeSpec;
  Ident* name = nullptr;
  List<Field> tparams;
  bool alias = false;
  Expr* spec_type = nullptr;
};

// import/const/var/type, one spec or a parenthesized group (lparen valid).
struct GenDecl : Decl {
  static constexpr NodeKind kKind = NodeKind::GenDecl;
  Tok tok = Tok::kw_var;
  List<Node> specs;
  Pos lparen, rparen;
};

// func (recv) name[tparams](params) results { body }; recv is nullptr for
// functions, body nullptr for a declaration without body.
struct FuncDecl : Decl {
  static constexpr NodeKind kKind = NodeKind::FuncDecl;
  Field* recv = nullptr;
  Ident* name = nullptr;
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;
};

struct File : Node {
  static constexpr NodeKind kKind = NodeKind::File;
  Ident* package_name = nullptr;
  List<ImportSpec> imports;  // every import spec, in order
  List<Decl> decls;          // GenDecls (imports included) and FuncDecls
};

// A parsed file: the arena owning every node and the root. The source text
// is not copied; it must outlive the Ast.
struct Ast {
  Arena arena;
  std::string_view src;
  File* file = nullptr;

  template <class T>
  T* make(Pos pos) {
    T* n = arena.make<T>();
    n->kind = T::kKind;
    n->pos = pos;
    n->end = pos;
    return n;
  }
};

// Calls f on each direct child of n that is an expression or statement
// (type expressions and declarations' names excepted), in source order.
void for_each_child(Node* n, const std::function<void(Node*)>& f);

// A compact S-expression of the tree, for tests and debugging: (+ a (* b c)),
// (call f x y), (if _ cond (block ...) _) with _ for absent parts.
std::string dump(const Node* n);

// Go source form of an expression, function bodies and long literal
// contents shortened to {…} as Go's compiler prints them in messages.
std::string expr_string(const Expr* x);

}  // namespace gopark::interp
