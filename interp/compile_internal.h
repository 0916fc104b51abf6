// compile_internal.h - the Compiler shared by compile.cc and
// compile_expr.cc.
//
// Registers are allocated as a stack, Lua's way: `top` is the first free
// register; a local variable takes words(T) registers at top when declared
// and gives them back when its block ends; temporaries are taken at top and
// given back when the statement ends. A call evaluates its arguments
// straight into consecutive registers at top, and the callee's frame starts
// there (CALL A): no copying of arguments, no separate window.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "interp/compile.h"
#include "interp/layout.h"
#include "interp/native.h"
#include "interp/value.h"

namespace gopark::interp {

using Reg = uint32_t;

const char* op_string(Tok op);  // Go's spelling of an operator (check_expr.cc)

struct LocalVar {
  Reg reg = 0;
  Type* type = nullptr;
  bool boxed = false;  // reg holds a pointer to the variable's heap cell
};

// Where a value lives: in registers (reg-resident, packed memory layout
// starting at register reg, plus a byte offset) or in memory (at the
// address in register reg, plus a byte offset).
struct Loc {
  bool mem = false;
  Reg reg = 0;
  int64_t off = 0;
};

struct GlobalVar {
  uint32_t word = 0;  // index in the package variables' block
  Type* type = nullptr;
};

// A loop or switch that break/continue may target.
struct BranchTarget {
  std::string_view label;
  bool is_loop = false;
  std::vector<size_t> breaks;     // jumps to patch to the end
  std::vector<size_t> continues;  // jumps to patch to the continue point
};

struct FuncState {
  Proto* proto = nullptr;
  Signature* sig = nullptr;
  Reg top = 0;
  Reg results = 0;  // first register of the result variables
  std::unordered_map<const Object*, LocalVar> locals;
  std::vector<BranchTarget> targets;
  std::string_view pending_label;  // label of the statement being compiled
  std::vector<Object*> captures;   // a closure's captured variables, in UPVAL order
  std::vector<uint8_t> kind;       // per register: 1 if it holds a pointer while allocated
  std::unordered_map<std::string_view, size_t> label_pc;   // label -> instruction
  std::vector<std::pair<size_t, std::string_view>> gotos;  // to patch at the end
  bool has_defer = false;  // the function has defer statements: returns run them
  // An instance of a generic function: its type parameters and what they
  // stand for here (ty() substitutes them in every type the code sees).
  const Package* pkg = nullptr;  // the function's package (null: main's entry)
  std::vector<TypeParam*> tfrom;
  std::vector<Type*> tto;
  int nlits = 0;  // function literals compiled so far (for names)
  int ndeferwraps = 0,
      ngowraps = 0;  // wrappers for defer/go of a built-in (counted apart, as Go does)
};

class Compiler {
 public:
  Compiler(Program& prog, Package* pkg, std::string_view filename, Diags* diags);
  std::unique_ptr<Module> run();

  // ---- compile.cc: functions and statements
  uint32_t proto_for(Object* fn);  // index of the Proto of a package function
  // The Proto of fn instantiated with targs (proto_for if not generic).
  uint32_t proto_inst(Object* fn, const std::vector<Type*>& targs);
  // The type arguments of a use of a generic function (empty if none).
  std::vector<Type*> targs_of(Expr* fun, Expr* call);
  Type* ty(Type* t);  // t in the function being compiled (type parameters substituted)
  void function(Object* fn, FuncDecl* decl, Proto* p, const std::vector<Type*>& targs);
  void init_vars(const std::vector<const Initializer*>& inits);
  std::vector<FuncDecl*> init_funcs(const Package* pkg);
  void entry();  // the module's entry: initializers, init funcs, main.main
  std::unordered_set<const Object*> lib_vars_needed();
  void stmt_list(const List<Stmt>& l);
  void stmt(Stmt* s);
  void assign(AssignStmt* s);
  bool comma_ok(AssignStmt* s, bool define);
  void if_stmt(IfStmt* s);
  void for_stmt(ForStmt* s);
  void range_stmt(RangeStmt* s);
  void switch_stmt(SwitchStmt* s);
  void return_stmt(ReturnStmt* s);
  void branch(BranchStmt* s);
  void patch_gotos();
  void function_end();
  void native_body(Object* fn, FuncDecl* decl);
  std::string native_name(Object* fn);
  bool callable(Object* fn, Node* at);
  void defer_stmt(DeferStmt* s);
  // defer and go: the function value and arguments evaluated now, then op
  // (DEFER or GO) over them.
  void deferred_call(Expr* call, Pos pos, Op op);
  // compile_chan.cc
  void send_stmt(SendStmt* s);
  void recv_to(Expr* ch, Reg dst, uint32_t ok_off);
  void recv_ok(UnaryExpr* u, Reg* v, Reg* ok);
  void make_chan(CallExpr* e, Reg dst);
  // If rhs is a make(chan) call assigned straight to lhs (an identifier
  // or a field), remembers lhs's name as the channel's label (make_chan).
  void note_chan_label(Expr* lhs, Expr* rhs);
  void note_chan_label(const std::string& name, Expr* rhs);
  std::unordered_map<const CallExpr*, std::string> chan_labels_;
  void chan_range(RangeStmt* s, BranchTarget bt);
  void select_stmt(SelectStmt* s);
  // The value and flag registers of a comma-ok expression (map index, type
  // assertion, receive); false if r is none of them.
  bool comma_ok_value(Expr* r, Reg* v, Reg* ok);
  uint32_t words_type(Reg first, uint32_t n);
  void emit_print(Reg r, Type* t, Node* at);
  bool has_defer(Node* body);
  void method_recv(SelectorExpr* se, const Selection& sel, Reg rv);  // the receiver, into rv
  void emit_return(Reg vals, uint32_t n);  // RET, running deferred calls first
  void local_decl(GenDecl* g);
  Reg declare_local(Ident* id, Type* t);

  // ---- compile_expr.cc: expressions
  // Evaluates e into registers dst.. (words(type) of them).
  void expr_to(Expr* e, Reg dst);
  // A register holding e's value: a local's own register, or a new
  // temporary at top.
  Reg expr_any(Expr* e);
  // Jumps taken when cond is false (to patch later); falls through if true.
  std::vector<size_t> cond_false(Expr* cond);
  std::vector<size_t> cond_true(Expr* cond);
  void call_to(CallExpr* e, Reg dst);  // results to dst..
  Reg call(CallExpr* e);               // results at the returned register
  void push_args(CallExpr* e, Signature* sig);
  void spread_args(CallExpr* inner, Tuple* tup, Signature* sig);
  void variadic_slice(Reg s, Slice* sl, size_t n,
                      const std::function<void(size_t, Type*, Reg)>& value);
  void builtin(CallExpr* e, BuiltinId id, Reg dst);
  void conversion(Expr* arg, Type* to, Reg dst);
  void binary_to(BinaryExpr* e, Reg dst);
  void normalize(Reg r, Type* t);
  Reg complex_pair(Expr* e);
  void complex_store(Reg dst, Reg p,
                     Type* t);  // re-normalize a narrow integer / float32 after an op
  void constant_to(const Value& v, Type* t, Reg dst);
  void store_var(Expr* lhs, Reg src);  // assign src (a value of lhs's type) to lhs
  // The register of a local variable e denotes (no copy), or -1.
  int64_t local_reg(Expr* e);
  void load_mem(Reg dst, Reg ptr, int32_t off, Type* t);
  void store_mem(Reg src, Reg ptr, int32_t off, Type* t);

  // ---- compile_loc.cc: variables, locations, structs, closures, methods
  void find_boxed(Node* body);            // escape analysis of a function body
  void bind_local(Object* o, Reg value);  // o's value is in value..; box it if needed
  Loc loc_of(Expr* e);                    // where e's value is (evaluating if needed)
  Loc field_path(Loc base, Type* t, const std::vector<int>& path, Type** out);
  void load_loc(Reg dst, Loc l, Type* t);
  void store_loc(Reg src, Loc l, Type* t);
  void addr_of(Expr* e, Reg dst);  // &e
  void struct_lit(CompositeLit* e, Type* t, Reg dst);
  void struct_eq(Reg dst, Reg x, Reg y, Type* t, bool neq);
  void func_lit(FuncLit* e, Reg dst);
  Reg method_call(CallExpr* e, const Selection& sel);
  std::vector<Type*> recv_targs(SelectorExpr* se, const Selection& sel);
  Reg value_call(CallExpr* e);           // calling a func value
  void func_value(Object* fn, Reg dst);  // a package function as a value
  uint32_t closure_type(uint32_t ncaptures);
  std::string proto_name(Object* fn);

  // ---- compile_iface.cc: run-time types, interfaces, method values
  std::string type_key(Type* t);
  std::string rt_name(Type* t);
  std::string method_key(Object* m);
  void fill_methods(Type* t);
  uint32_t itab_for(Type* iface, Type* t);
  uint32_t method_index(Type* iface, Object* m);
  uint32_t synthetic(const std::string& name, const std::function<void()>& body);
  void recv_at(Loc l, Type* lt, const std::vector<int>& path, bool want_ptr, Reg rv, Node* at);
  void copy_args(Signature* msig, Reg src);
  void forward_call(Object* m, Reg base, Reg first_arg);
  void wrapper_params(Signature* msig);
  uint32_t promoted_iface_wrapper(Type* base, Type* iface, Object* m, const std::vector<int>& path);
  uint32_t promoted_wrapper(Type* base, Object* m, const std::vector<int>& path);
  // e's value converted to type want (to an interface if want is one).
  void expr_as(Expr* e, Type* want, Reg dst);
  void value_as(Reg r, Type* from, Type* to, Reg dst);
  Reg iface_operand(SelectorExpr* se, const Selection& sel, Type** it);
  bool is_iface_method(Object* m);
  Reg iface_call(CallExpr* e, const Selection& sel);
  void type_assert(TypeAssertExpr* e, Type* t, Reg dst, bool comma_ok);
  void type_switch(TypeSwitchStmt* s);
  uint32_t bound_closure_type(Type* t);
  void method_value(SelectorExpr* se, const Selection& sel, Reg dst);
  void method_expr(SelectorExpr* se, const Selection& sel, Reg dst);
  void runtime_error_types(Node* at);
  // dst = (x == y) for values of type t (!= if neq).
  void equal(Reg dst, Reg x, Reg y, Type* t, bool neq, Node* at);

  // ---- compile_map.cc
  uint32_t map_info(Type* mt, Node* at);
  void map_index_to(IndexExpr* ix, Reg dst, Reg* ok);
  void map_store(IndexExpr* ix, Reg src);
  void map_lit(CompositeLit* e, Type* t, Reg dst);
  void map_range(RangeStmt* s, BranchTarget bt);

  // ---- emission
  size_t emit(Op op, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0);
  size_t emit_bx(Op op, uint32_t a, uint32_t bx);
  size_t emit_jump(Op op, uint32_t a = 0);  // offset patched later
  void patch_to(size_t at, size_t target);
  void patch_here(const std::vector<size_t>& jumps);
  size_t here() const { return fs_->proto->code.size(); }
  uint32_t konst(uint64_t w);
  uint32_t string_const(const std::string& s);
  uint32_t type_info(Type* t);
  Reg alloc(Type* t);                            // words(t) registers at top
  Reg alloc_words(uint32_t n, bool ptr = true);  // untyped temporaries: traced unless ptr is false
  void stack_map(size_t at, Reg live);
  uint32_t words(Type* t) { return uint32_t(lay_.words(t)); }
  uint32_t result_words(Signature* sig);
  Type* type_of(Expr* e);
  const Value* const_of(Expr* e);
  Object* obj_of(Ident* id);
  void unsupported(Node* n, const std::string& what);

  Program& prog_;
  Package* pkg_;
  std::string filename_;
  Diags* diags_;
  Info& info_;
  Layouts lay_;
  std::unique_ptr<Module> mod_;
  FuncState* fs_ = nullptr;
  int line_ = 0;  // current source line for emitted instructions
  std::unordered_map<const Object*, uint32_t> protos_;
  std::unordered_map<const FuncDecl*, uint32_t> decl_file_;  // Module::files index
  std::unordered_map<const Object*, GlobalVar> globals_;
  std::unordered_map<const Type*, uint32_t> types_;
  std::unordered_map<std::string, uint32_t> strings_;
  struct Todo {
    Object* fn;
    FuncDecl* decl;
    uint32_t proto;
    std::vector<Type*> targs;
  };
  std::vector<Todo> todo_;
  std::unordered_map<std::string, uint32_t> inst_protos_;  // generic instances
  bool failed_ = false;
  std::unordered_set<const Object*> boxed_;
  std::unordered_map<uint32_t, uint32_t> closure_types_;
  std::unordered_map<std::string, uint32_t> maps_;       // map type -> MapInfo index
  std::unordered_map<std::string, uint32_t> type_keys_;  // type_key -> TypeInfo index
  std::unordered_set<uint32_t> methods_filled_;          // TypeInfos with their method sets
  std::unordered_map<std::string, uint32_t> itabs_;      // iface|type keys -> Module::itabs
  std::unordered_map<std::string, uint32_t> wrappers_;   // synthetic Protos
  std::unordered_map<std::string, uint32_t> bound_types_;
  std::unordered_map<std::string, uint32_t> natives_;  // name -> Module::natives
  bool uses_recover_ = false;
  Node* recover_at_ = nullptr;
};

}  // namespace gopark::interp
