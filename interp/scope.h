// scope.h - declared entities (objects), scopes and the universe.
//
// As in go/types: every name the checker resolves denotes an Object (a
// constant, type name, variable, function, imported package, builtin,
// label or nil), and scopes map names to objects along the lexical nesting
// of the source (spec "Declarations and scope"). Objects and scopes live in
// the TypeArena of the check (types.h) so their pointers are stable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "interp/constant.h"
#include "interp/types.h"

namespace gopark::interp {

enum class ObjKind : uint8_t { const_, type_name, var, func, pkg_name, builtin, label, nil };
const char* obj_kind_name(ObjKind k);

// The predeclared functions, in alphabetical order (spec "Built-in
// functions"); one list yields the enum and the names.
// clang-format off
#define GOPARK_BUILTINS(X) \
  X(append) X(cap) X(clear) X(close) X(complex) X(copy) X(delete) X(imag) X(len) \
  X(make) X(max) X(min) X(new) X(panic) X(print) X(println) X(real) X(recover)
// clang-format on

enum class BuiltinId : uint8_t {
#define X(name) name##_,
  GOPARK_BUILTINS(X)
#undef X
};
constexpr int kNumBuiltins = 0
#define X(name) +1
    GOPARK_BUILTINS(X)
#undef X
    ;
const char* builtin_name(BuiltinId id);

// Var flags.
enum VarFlag : uint8_t {
  kVarUsed = 1 << 0,      // read somewhere ("declared and not used" otherwise)
  kVarField = 1 << 1,     // a struct field
  kVarParam = 1 << 2,     // a parameter, result or receiver
  kVarEmbedded = 1 << 3,  // an embedded struct field (implies field)
};

struct FuncDecl;  // ast.h

// A declared entity. One struct for all kinds; the kind says which of the
// kind-specific members mean something:
//   const_     val (the constant's value; unknown after an error)
//   type_name  type is the Named / TypeParam / Basic / aliased type
//   var        flags (VarFlag)
//   func       type is its Signature; decl its FuncDecl (null for methods
//              of the universe's error and for interface methods)
//   pkg_name   imported, used
//   builtin    builtin
//   label      used
//   nil        type is untyped nil
// Invariants: name is "_" for blank declarations (never inserted into a
// scope); type may be null only while the checker is still resolving it.
struct Object {
  ObjKind kind;
  std::string name;
  Pos pos;  // the declaring identifier
  Type* type = nullptr;
  Scope* parent = nullptr;       // the scope it is declared in (null: fields, methods)
  const Package* pkg = nullptr;  // null for universe objects
  // Where the object's scope begins (spec: a local constant or variable is
  // in scope only after its ConstSpec/VarSpec/ShortVarDecl; a local type
  // name from its identifier on). Invalid (the default) = the whole scope,
  // as for package-level and universe objects.
  Pos scope_pos;

  Value val;                               // const_
  uint8_t flags = 0;                       // var: VarFlag
  bool used = false;                       // pkg_name, label
  FuncDecl* decl = nullptr;                // func
  const Package* imported = nullptr;       // pkg_name
  BuiltinId builtin = BuiltinId::append_;  // builtin

  Object(ObjKind k, std::string_view n, Pos p, Type* t) : kind(k), name(n), pos(p), type(t) {}

  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
  // A type name that merely names another type (byte, rune, any, type A =
  // B): its type is not a Named or TypeParam declared by it.
  bool is_alias() const;
  // Whether two field or method names denote the same name (spec "Uniqueness
  // of identifiers"): equal, and for unexported names also the same package.
  bool same_id(const Object& o) const;
};

// An imported (or the checked) package.
struct Package {
  std::string path;  // "fmt", "math/rand", "main"
  std::string name;  // "fmt", "rand", "main"
  Scope* scope = nullptr;
};

// A lexical scope. Names are kept in insertion order (elems) beside the
// index, so iterating a scope - to report unused variables, say - is
// deterministic and in declaration order.
struct Scope {
  Scope* parent;
  std::vector<Scope*> children;  // in creation order
  Pos pos, end;                  // extent in the source (invalid for universe/package)
  bool func_scope;               // a function's or block's scope (vs universe/package/file)
  std::string comment;           // "universe", "package main", "function", "block"...

  Scope(Scope* p, Pos pos_, Pos end_, bool func, std::string_view c)
      : parent(p), pos(pos_), end(end_), func_scope(func), comment(c) {}

  // The object named name in this scope only, or null.
  Object* lookup(std::string_view name) const;
  // Inserts obj under obj->name and sets obj->parent, unless the name is
  // already declared here: then returns the existing object and changes
  // nothing (the checker reports "x redeclared in this block"). Null on
  // success.
  Object* insert(Object* obj);
  // The innermost object named name visible at pos, searching this scope
  // and its parents, and the scope it was found in. An object whose
  // scope_pos is valid and after pos is skipped (declared later in a
  // function), so `x := x` sees the outer x. An invalid pos disables that
  // check. {null, null} if not found.
  std::pair<Scope*, Object*> lookup_parent(std::string_view name, Pos pos) const;

  const std::vector<Object*>& elems() const { return elems_; }
  size_t size() const { return elems_.size(); }

 private:
  std::vector<Object*> elems_;
  // Keys view Object::name: an inserted object is never renamed.
  std::unordered_map<std::string_view, Object*> index_;
};

// The universe scope and the predeclared types the checker refers to
// directly. One per check (it lives in that check's TypeArena).
class Universe {
 public:
  explicit Universe(TypeArena& arena);

  Scope* scope() const { return scope_; }
  Object* lookup(std::string_view name) const { return scope_->lookup(name); }

  Type* error_type() const { return error_; }            // Named, interface{Error() string}
  Type* any_type() const { return any_; }                // the Interface `any` denotes
  Type* comparable_type() const { return comparable_; }  // Named, builtin_comparable
  Object* builtin(BuiltinId id) const { return builtins_[static_cast<int>(id)]; }
  Object* iota() const { return iota_; }
  Object* nil() const { return nil_; }

 private:
  Scope* scope_;
  Type* error_;
  Type* any_;
  Type* comparable_;
  Object* builtins_[kNumBuiltins];
  Object* iota_;
  Object* nil_;
};

}  // namespace gopark::interp
