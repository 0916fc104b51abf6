// check_internal.h - the Checker shared by check*.cc and lookup.cc.
//
// One Checker checks one package. The order of work follows the spec's
// freedom ("declarations in any order") the way go/types does it:
//  1. collect: every package-level name goes into the package scope with a
//     DeclInfo saying where its declaration is; imports go into the file
//     scope; methods are grouped by receiver base type name.
//  2. resolve: each package-level object is type-checked on first use
//     (obj_decl), or in source order if unused. An object under
//     resolution is grey; meeting a grey object again is a cycle, which is
//     an error unless it goes through a type (type T struct{ next *T }).
//  3. bodies: function bodies are checked after every package-level
//     declaration is resolved, so they see complete types.
//  4. init order, unused imports.
//
// Expressions are checked into an Operand (what types2 calls one): the
// mode says what kind of thing the expression is (a type, a constant, an
// addressable variable, a map index, a plain value...), which decides what
// may be done with it and how messages describe it ("x (variable of type
// int)").
//
// Untyped constants: an expression like `1 << 3 + 2` stays untyped until
// its context converts it; convert_untyped() then writes the final type
// down the expression tree (update_expr_type), as types2 does, so the
// compiler sees every node's real type.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "interp/check.h"

namespace gopark::interp {

enum class Mode : uint8_t {
  invalid,   // an erroneous expression: already reported, stay silent
  novalue,   // a call of a function without results
  builtin,   // a built-in function name (only callable)
  typexpr,   // a type
  constant,  // a constant: val is its value
  variable,  // an addressable value
  mapindex,  // m[k]: assignable, not addressable, comma-ok
  value,     // any other value
  nilvalue,  // the predeclared nil
  commaok,   // a value that may also produce a second bool (<-c, x.(T))
};

struct Operand {
  Mode mode = Mode::invalid;
  Expr* expr = nullptr;
  Type* type = nullptr;
  Value val;       // constant
  BuiltinId id{};  // builtin
  bool invalid() const { return mode == Mode::invalid; }
  bool is_nil() const { return mode == Mode::nilvalue; }
};

// Where a package-level object is declared.
struct DeclInfo {
  ValueSpec* vspec = nullptr;  // const or var
  TypeSpec* tspec = nullptr;
  FuncDecl* fdecl = nullptr;
  Expr* type_expr = nullptr;  // const/var: the spec's type (inherited for consts)
  Expr* init = nullptr;       // const/var: this object's initializer (null for n:1)
  std::vector<Object*> lhs;   // var a, b = f(): all of them, for the n:1 case
  int iota = 0;
  int color = 0;                     // 0 unresolved, 1 resolving (grey), 2 done
  std::unordered_set<Object*> deps;  // package-level vars and funcs referenced
  std::vector<Object*> deps_order;   // deps in first-reference order
  size_t order = 0;                  // declaration order
};

// What the statement checker tracks about the enclosing function.
struct FuncCtx {
  Signature* sig = nullptr;
  Object* obj = nullptr;  // the FuncDecl's object, or null in a literal
  Scope* scope = nullptr;
  bool has_label = false;
};

// Statement context bits (where break/continue/fallthrough may appear).
enum StmtCtx : uint32_t {
  kBreakOk = 1 << 0,
  kContinueOk = 1 << 1,
  kFallthroughOk = 1 << 2,
  kFinalSwitchCase = 1 << 3,
  kInTypeSwitch = 1 << 4,
};

class Checker {
 public:
  Checker(Program* prog, Package* pkg, Diags* diags, Info* info);

  // Checks the files of one package (all already parsed without errors
  // that stop checking).
  void check_package(const std::vector<File*>& files);

  // ---- check.cc: declarations ----
  void collect(File* f);
  void const_spec_errors(ValueSpec* vs, const List<Expr>& values);
  void obj_decl(Object* obj);
  void const_decl(Object* obj, DeclInfo* d);
  void var_decl(Object* obj, DeclInfo* d);
  void type_decl(Object* obj, DeclInfo* d);
  void func_decl(Object* obj, DeclInfo* d);
  void collect_methods(Named* t);
  void method_sig(Object* m);  // resolves a method's signature if pending
  void local_decl(GenDecl* g);
  void init_order();
  void check_map_keys();
  void unused_imports();
  void record_dep(Object* obj);
  void func_body(Object* decl_obj, Signature* sig, BlockStmt* body, Scope* scope);
  bool cycle_check(Object* obj);
  std::string cycle_lines(const std::vector<Object*>& steps);
  std::string obj_path_name(const Object* o) const;

  // ---- check_type.cc: type expressions and generics ----
  Type* typexpr(Expr* e, Named* def = nullptr);
  std::string tparams_string(const std::vector<TypeParam*>& tps);
  std::string pos_string(Pos p) const;  // the type e denotes (invalid on error)
  Type* var_type(Expr* e);              // typexpr, but not a constraint interface
  Type* defined_type(Expr* e, Named* def);
  int64_t array_length(Expr* e);
  Signature* func_type(FuncType* f, Field* recv, Scope* scope, Object* fobj);
  Type* struct_type(StructType* s);
  Type* interface_type(InterfaceType* it, Named* def);
  Type* union_type(Expr* e);
  std::vector<TypeParam*> declare_tparams(const List<Field>& fields, Scope* scope);
  void bound_tparams(const std::vector<TypeParam*>& tps, const List<Field>& fields);
  Type* instantiate_type(Expr* x, Named* origin, const std::vector<Type*>& targs, Pos pos,
                         bool verify);
  Type* generic_type_expr(IndexExpr* ix, Named* def);
  void expand(Named* inst);
  Type* subst(Type* t, const std::vector<TypeParam*>& from, const std::vector<Type*>& to);
  Signature* subst_sig(Signature* s, const std::vector<TypeParam*>& from,
                       const std::vector<Type*>& to);
  // Whether targs satisfy tparams' constraints; reports at pos if not.
  bool verify_targs(const std::vector<TypeParam*>& tps, const std::vector<Type*>& targs, Pos pos,
                    Expr* at);
  bool satisfies(Type* t, Type* constraint, std::string* cause);
  Type* core_type(Type* t);  // the single underlying type of a type set, or null

  // ---- lookup.cc: selectors, method sets, assignability ----
  // Finds field or method `name` in T (spec "Selectors"): the object, the
  // index path, whether a pointer was followed; null if absent, ambiguous
  // (found twice at the shallowest depth), or a method with a pointer
  // receiver on a value that is not addressable (ptr_required).
  struct LookupResult {
    Object* obj = nullptr;
    std::vector<int> index;
    bool indirect = false;
    bool ambiguous = false;
    bool ptr_required = false;
  };
  LookupResult lookup(Type* t, bool addressable, const Package* pkg, std::string_view name);
  // The first method of interface V that T lacks (or has with the wrong
  // signature / only on *T), and a message for it; null if T implements V.
  Object* missing_method(Type* t, Type* iface, bool static_, bool* wrong_type, bool* ptr_recv,
                         Object** have);
  bool implements(Type* t, Type* iface, std::string* cause);
  std::string missing_method_cause(Type* t, Type* iface, Object* m, bool wrong_type, bool ptr_recv,
                                   Object* have);
  bool assignable_to(Operand& x, Type* t, std::string* cause);
  bool convertible_to(Operand& x, Type* t, std::string* cause);
  Type* method_type(Object* m, Type* recv_type);  // m's signature for recv instance

  // ---- check_expr.cc ----
  void expr(Operand& x, Expr* e, Type* hint = nullptr);  // a single value
  void multi_expr(std::vector<Operand>& xs, Expr* e);    // call with results, comma-ok
  void expr_or_type(Operand& x, Expr* e, bool allow_generic = false);
  void raw_expr(Operand& x, Expr* e, Type* hint, bool allow_generic);
  void ident(Operand& x, Ident* id, bool want_type);
  void selector(Operand& x, SelectorExpr* e, bool want_type);
  void index_expr(Operand& x, IndexExpr* e, Type* hint);
  void slice_expr(Operand& x, SliceExpr* e);
  void composite_lit(Operand& x, CompositeLit* e, Type* hint);
  void func_lit(Operand& x, FuncLit* e);
  void unary(Operand& x, UnaryExpr* e);
  void binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, Pos op_pos);
  void shift(Operand& x, Operand& y, Expr* e, Tok op);
  void comparison(Operand& x, Operand& y, Tok op, Expr* e);
  void type_assert(Operand& x, TypeAssertExpr* e);
  bool match_types(Operand& x, Operand& y);
  void convert_untyped(Operand& x, Type* target);
  bool implicit_type(Operand& x, Type* target, Type** out, int* code);
  void update_expr_type(Expr* e, Type* t, bool final);
  void record(Operand& x);  // writes x's type (and value) onto x.expr
  void single_value(Operand& x);
  void use_exprs(const List<Expr>& es);
  int64_t index_value(Expr* e, int64_t max, bool allow_neg, const char* what);
  bool is_valid_index(Operand& x, const char* what, bool allow_neg);
  void overflow(Operand& x, Pos op_pos);
  std::string operand_string(const Operand& x);
  std::string tstr(const Type* t);
  void check_expr_value(Operand& x, Expr* e);  // expr + not a type
  void assert_not_type(Operand& x);

  // ---- check_call.cc ----
  void call(Operand& x, CallExpr* e, Type* hint);
  void builtin_call(Operand& x, CallExpr* e, BuiltinId id);
  void conversion(Operand& x, Type* t, CallExpr* e);
  void arguments(CallExpr* e, Signature* sig, std::vector<Operand>& args, const std::string& fname,
                 bool variadic_call);
  std::vector<Operand> eval_args(const List<Expr>& args);
  bool infer(Signature* sig, std::vector<Type*>& targs, std::vector<Operand>& args, Expr* at,
             const std::string& fname, CallExpr* call);
  bool unify(Type* x, Type* y, std::vector<TypeParam*>& tps, std::vector<Type*>& targs, bool exact);
  Signature* instantiate_func(Operand& x, Signature* sig, const std::vector<Type*>& targs,
                              Expr* at);
  void func_inst(Operand& x, IndexExpr* e);
  bool all_string_type(Type* t);
  bool all_ordered_type(Type* t);
  bool all_of_tset(Type* t, const std::function<bool(Type*)>& pred);

  // ---- check_assign.cc ----
  void assignment(Operand& x, Type* t, const std::string& context);
  void assign_var(Expr* lhs, Operand& x, const char* context);
  Type* lhs_var(Expr* lhs);
  void init_vars(const std::vector<Object*>& lhs, const List<Expr>& rhs, Node* at, bool returns,
                 const char* context = "assignment");
  void init_var(Object* lhs, Operand& x, const char* context);
  void assign_vars(const List<Expr>& lhs, const List<Expr>& rhs, Pos at);
  void short_var_decl(AssignStmt* s);
  void assign_error(const List<Expr>& rhs, size_t nvars, size_t nvals, Pos at, bool returns);
  void returns_error(const List<Expr>& rhs, Tuple* want, std::vector<Operand>& got, Pos at);
  std::string type_list(const std::vector<Operand>& xs);
  std::string tuple_list(Tuple* t, bool variadic);

  // ---- check_stmt.cc ----
  void stmt_list(const List<Stmt>& list, uint32_t ctx);
  void stmt(Stmt* s, uint32_t ctx);
  void open_scope(Node* n, const char* comment);
  void close_scope();
  void declare(Scope* s, Ident* id, Object* obj, Pos scope_pos);
  void usage(Scope* s);
  bool is_terminating(Stmt* s, std::string_view label);
  bool has_break(Stmt* s, std::string_view label, bool implicit);
  bool has_break_list(const List<Stmt>& l, std::string_view label, bool implicit);
  void labels(BlockStmt* body);
  void switch_stmt(SwitchStmt* s, uint32_t ctx);
  void type_switch_stmt(TypeSwitchStmt* s, uint32_t ctx);
  void select_stmt(SelectStmt* s, uint32_t ctx);
  void range_stmt(RangeStmt* s, uint32_t ctx);
  void for_stmt(ForStmt* s, uint32_t ctx);
  void go_defer(Expr* call, const char* what);

  // ---- errors ----
  void error(Pos pos, std::string msg);
  void error_at(Node* n, std::string msg) { error(n->pos, std::move(msg)); }
  void soft_error(Pos pos, std::string msg);  // "declared and not used" class

  Program* prog_;
  TypeArena& arena_;
  const Universe& uni_;
  Package* pkg_;
  Diags* diags_;
  Info* info_;
  Qualifier qual_;

  Scope* scope_ = nullptr;  // current scope
  Scope* file_scope_ = nullptr;
  std::unordered_map<Object*, DeclInfo> decls_;
  std::vector<Object*> objs_in_order_;
  std::map<std::string, std::vector<Object*>, std::less<>> methods_by_base_;  // unresolved
  std::unordered_map<Object*, std::pair<FuncDecl*, Scope*>> method_decls_;
  std::unordered_map<Object*, bool> method_resolved_;
  std::vector<std::pair<Object*, FuncDecl*>> bodies_;  // funcs and methods, source order
  std::vector<Object*> imports_;                       // PkgName objects, for unused check
  std::vector<Object*> path_;                          // objects being resolved (grey)
  Object* decl_obj_ = nullptr;                         // package-level object being checked
  FuncCtx* fctx_ = nullptr;
  std::unordered_map<Named*, std::vector<Named*>> pending_instances_;
  std::vector<std::pair<Named*, Pos>> pending_validity_;
  int iota_ = -1;  // value of iota in the current ConstSpec, -1 outside
  // Set while checking a ConstSpec's omitted expression list (the previous
  // list, repeated): its identifiers resolve as if written here, so a
  // constant declared in between (even one named iota) is seen.
  Pos repeat_at_;
  std::vector<std::pair<Expr*, Type*>> delayed_;
  std::unordered_map<Object*, Scope*> decl_file_scope_;  // package-level object -> its file scope
  std::unordered_map<Object*, bool> renamed_;            // PkgName imported under another name
  std::unordered_map<Object*, Named*> method_owner_;     // method -> its receiver base type
  std::unordered_set<Object*> method_busy_;  // methods whose signature is being resolved
  std::vector<std::pair<Expr*, Type*>> pending_map_keys_;  // checked once types are complete
  std::string filename_;                                   // for positions inside messages
  std::unordered_set<const Expr*> untyped_;    // expressions whose type is still untyped
  std::unordered_set<const Expr*> shift_lhs_;  // untyped lhs of non-constant shifts
  std::unordered_map<const Expr*, std::vector<Type*>> partial_targs_;  // f[int] awaiting inference
  enum class CallKind { conversion, expression, statement } last_call_kind_ = CallKind::statement;
};

// Go's wording for an operator token in messages ("+", "&&", "<-").
const char* op_string(Tok op);

}  // namespace gopark::interp
