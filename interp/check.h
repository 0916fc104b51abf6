// check.h - the type checker: a parsed Go package in, Go's diagnostics and
// the facts the compiler needs out.
//
// A Program owns everything one check produces: the TypeArena (types,
// objects, scopes), the universe, the parsed trees of the packages it
// imported (the standard library is Go source too, see stdlib/), and the
// Info tables. It checks one main package from one file, importing what it
// imports through a SourceLoader, each package once.
//
// What is recorded (Info), for the bytecode compiler:
//  - every checked expression's final type in Expr::type (untyped constants
//    get the type they were converted to; an untyped constant nobody
//    converted - `println(1)` - keeps its default type),
//  - constant values of constant expressions,
//  - what each identifier denotes (defs and uses),
//  - selector expressions resolved to a field path or method,
//  - the type arguments of each generic function or type instantiation,
//  - the implicit objects of type switch clauses,
//  - package-level variable initialization order.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "interp/ast.h"
#include "interp/diag.h"
#include "interp/scope.h"
#include "interp/types.h"

namespace gopark::interp {

struct SourceFile {
  std::string name;  // "fmt/print.go", for messages about our own library
  std::string src;
};

// Returns the Go source files of the package with the given import path, or
// false if there is no such package.
using SourceLoader = std::function<bool(std::string_view path, std::vector<SourceFile>* out)>;

enum class SelectionKind : uint8_t {
  field,        // x.f, possibly through embedded fields
  method,       // x.m (a method value or call)
  method_expr,  // T.m / (*T).m
  qualified,    // pkg.Name (no Selection record; uses[sel] says what)
};

struct Selection {
  SelectionKind kind = SelectionKind::field;
  Object* obj = nullptr;  // the field (Var) or method (Func)
  // Field indices from the receiver's type down through embedded fields to
  // obj; for a method, the path to the embedded field holding it (the last
  // index is the method's index in its type's method list).
  std::vector<int> index;
  bool indirect = false;  // a pointer was followed on the way
  Type* recv = nullptr;   // x's type
  Type* type = nullptr;   // the selection's type (method: without receiver)
};

// One package-level variable initialization, in execution order: lhs are
// the variables (several for `var a, b = f()`), rhs the expression.
struct Initializer {
  std::vector<Object*> lhs;
  Expr* rhs = nullptr;
  const Package* pkg = nullptr;
};

struct Info {
  std::unordered_map<const Ident*, Object*> defs;  // declaring identifiers
  std::unordered_map<const Ident*, Object*> uses;  // every other identifier
  std::unordered_map<const Expr*, Value> consts;   // constant expressions
  std::unordered_map<const SelectorExpr*, Selection> selections;
  std::unordered_map<const Expr*, std::vector<Type*>> instances;  // generic uses: type arguments
  std::unordered_map<const Node*, Object*> implicits;  // CaseClause -> its type switch variable
  std::unordered_map<const Node*, Scope*> scopes;      // FuncType/Block/If/For/Case... -> scope
  std::vector<Initializer> init_order;                 // main package
  std::vector<Initializer> lib_init_order;             // imported packages', each after its imports
  std::unordered_set<const Expr*> comma_ok;  // v, ok = <-c / m[k] / x.(T) used with two values
};

class Checker;

class Program {
 public:
  explicit Program(SourceLoader loader);
  ~Program();
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  // Parses and checks a main package made of one file. Syntax and type
  // errors go to diags (positions in src). Returns the package, or null if
  // the file did not parse far enough to have one. src must outlive the
  // Program.
  // filename is how messages that mention other positions name the file
  // ("other declaration of x" lines).
  Package* check_file(std::string_view filename, std::string_view src, Diags* diags);

  // The package with that import path, loading and checking it first if
  // needed; null (and an error in diags at pos) if it does not exist.
  // Errors inside a library package are reported at pos, prefixed with the
  // library file's name and position (they are gopark's bugs, not the
  // user's).
  Package* import(std::string_view path, Pos pos, Diags* diags);

  // The parsed files of a package this Program loaded.
  std::vector<File*> files(const Package* pkg) const;
  // A library file's name as tracebacks show it ("strings/strings.go", the
  // form of Go's -trimpath); empty for the main package's file.
  std::string file_name(const File* f) const;
  // The imported packages loaded so far, each after the packages it imports.
  const std::vector<Package*>& imported() const { return imported_; }

  TypeArena& arena() { return arena_; }
  const Universe& universe() const { return *universe_; }
  Info& info() { return info_; }

 private:
  struct Loaded;
  SourceLoader loader_;
  TypeArena arena_;
  std::unique_ptr<Universe> universe_;
  Info info_;
  std::unordered_map<std::string, std::unique_ptr<Loaded>> packages_;
  std::vector<Package*> imported_;
};

}  // namespace gopark::interp
