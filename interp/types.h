// types.h - the type checker's representation of Go types.
//
// Modelled on go/types (types2), trimmed to what a checker feeding a typed
// register VM needs:
//
//  - A Type is a plain struct tagged with a TypeKind; a walker switches on
//    `kind` and downcasts with as<T>() (as the AST does: no virtual
//    functions, no RTTI). Kinds: Basic, Pointer, Slice, Array, Map, Chan,
//    Signature, Struct, Interface, Named, TypeParam, Tuple, Union.
//  - Ownership: every non-basic type is made by, and lives as long as, one
//    TypeArena (the whole check plus code generation), so Type* are stable
//    and never freed individually. The basic types are immutable process-
//    wide singletons (basic_type()), shared by every arena and thread.
//  - Hash-consing: the arena returns the same pointer for the same Pointer,
//    Slice, Array, Map and Chan of the same component pointers, and for the
//    same instance of a generic type. It is an economy only: identical()
//    never relies on pointer equality except where the spec says identity
//    (named types, type parameters), because byte/uint8, two spellings of
//    one struct, or two signatures differing in parameter names are
//    different pointers yet identical types.
//  - Parameters, results, struct fields and interface methods are Objects
//    (scope.h: Var and Func), as in go/types, because printing needs their
//    names and the checker their positions and flags; the Type only orders
//    them.
//  - Layout (for the compiler, later): basic kinds are fine-grained (int8 vs
//    int64, float32 vs float64) and struct fields keep declaration order, so
//    sizes, alignments and offsets can be computed from a Type alone.
//    int, uint and uintptr are 64-bit (constant.h agrees).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "interp/ast.h"  // ChanDir, Pos, and the forward-declared Type
#include "interp/constant.h"

namespace gopark::interp {

struct Object;   // scope.h
struct Scope;    // scope.h
struct Package;  // scope.h
enum class ObjKind : uint8_t;

enum class TypeKind : uint8_t {
  basic,
  pointer,
  slice,
  array,
  map,
  chan,
  signature,
  struct_,
  interface,
  named,
  type_param,
  tuple,   // the type of a multi-value call; never a variable's type
  union_,  // A | ~B, only as an embedded element of an interface
};

// Basic kinds, in types2's order. byte and rune are not kinds: they are
// separate Basic singletons of kind uint8/int32 named "byte"/"rune", so a
// variable declared `byte` prints as byte (as Go's messages do) yet is
// identical to uint8.
enum class BasicKind : uint8_t {
  invalid,  // the type of an erroneous expression; "invalid type"
  bool_,
  int_,
  int8,
  int16,
  int32,
  int64,
  uint_,
  uint8,
  uint16,
  uint32,
  uint64,
  uintptr,
  float32,
  float64,
  complex64,
  complex128,
  string,
  unsafe_pointer,
  untyped_bool,
  untyped_int,
  untyped_rune,
  untyped_float,
  untyped_complex,
  untyped_string,
  untyped_nil,
};
constexpr int kNumBasicKinds = static_cast<int>(BasicKind::untyped_nil) + 1;

// Properties of a basic kind (bit set).
enum BasicInfo : uint16_t {
  kIsBoolean = 1 << 0,
  kIsInteger = 1 << 1,
  kIsUnsigned = 1 << 2,
  kIsFloat = 1 << 3,
  kIsComplex = 1 << 4,
  kIsString = 1 << 5,
  kIsUntyped = 1 << 6,
  kIsOrdered = kIsInteger | kIsFloat | kIsString,
  kIsNumeric = kIsInteger | kIsFloat | kIsComplex,
  kIsConstType = kIsBoolean | kIsNumeric | kIsString,
};

struct Type {
  TypeKind kind;
  explicit constexpr Type(TypeKind k) : kind(k) {}
};

template <class T>
T* as(Type* t) {
  return t && t->kind == T::kKind ? static_cast<T*>(t) : nullptr;
}
template <class T>
const T* as(const Type* t) {
  return t && t->kind == T::kKind ? static_cast<const T*>(t) : nullptr;
}

struct Basic : Type {
  static constexpr TypeKind kKind = TypeKind::basic;
  BasicKind bkind;
  uint16_t info;     // BasicInfo bits
  const char* name;  // as printed: "int", "byte", "untyped int", "invalid type"
  constexpr Basic(BasicKind k, uint16_t i, const char* n)
      : Type(kKind), bkind(k), info(i), name(n) {}
};

struct Pointer : Type {
  static constexpr TypeKind kKind = TypeKind::pointer;
  Type* elem;
  explicit Pointer(Type* e) : Type(kKind), elem(e) {}
};

struct Slice : Type {
  static constexpr TypeKind kKind = TypeKind::slice;
  Type* elem;
  explicit Slice(Type* e) : Type(kKind), elem(e) {}
};

// [len]elem. len < 0 means unknown (an erroneous length expression); such
// an array is identical to nothing but itself.
struct Array : Type {
  static constexpr TypeKind kKind = TypeKind::array;
  int64_t len;
  Type* elem;
  Array(int64_t n, Type* e) : Type(kKind), len(n), elem(e) {}
};

struct Map : Type {
  static constexpr TypeKind kKind = TypeKind::map;
  Type* key;
  Type* elem;
  Map(Type* k, Type* e) : Type(kKind), key(k), elem(e) {}
};

struct Chan : Type {
  static constexpr TypeKind kKind = TypeKind::chan;
  ChanDir dir;
  Type* elem;
  Chan(ChanDir d, Type* e) : Type(kKind), dir(d), elem(e) {}
};

// An ordered list of Vars (Object kind Var): parameters, results, or the
// values of a multi-value expression. Names may be empty ("" for unnamed
// parameters) and matter for printing only.
struct Tuple : Type {
  static constexpr TypeKind kKind = TypeKind::tuple;
  std::vector<Object*> vars;
  explicit Tuple(std::vector<Object*> v) : Type(kKind), vars(std::move(v)) {}
  size_t size() const { return vars.size(); }
  Type* at(size_t i) const;  // vars[i]'s type
};

struct TypeParam;

// A function type. Invariants: params and results are never null (empty
// tuples instead); if variadic, params is non-empty and its last Var's type
// is a Slice (or, for append's special case, a string). recv is the
// receiver Var of a method (ignored by identical(), as in Go); tparams are
// the type parameters of a generic function.
struct Signature : Type {
  static constexpr TypeKind kKind = TypeKind::signature;
  Object* recv = nullptr;
  std::vector<TypeParam*> tparams;
  // A method of a generic type: the receiver's type parameters
  // (`func (l *List[T]) Push(v T)` declares its own T), which an instance's
  // type arguments replace when the method is selected on List[int].
  std::vector<TypeParam*> rparams;
  Tuple* params;
  Tuple* results;
  bool variadic;
  Signature(Object* r, Tuple* p, Tuple* res, bool v)
      : Type(kKind), recv(r), params(p), results(res), variadic(v) {}
};

// Fields are Vars with the field flag (and embedded flag for embedded
// fields, whose name is the type's name). tags is empty when no field has a
// tag, else parallel to fields ("" for untagged fields); tags hold the
// tag's value (unquoted).
struct Struct : Type {
  static constexpr TypeKind kKind = TypeKind::struct_;
  std::vector<Object*> fields;
  std::vector<std::string> tags;
  Struct(std::vector<Object*> f, std::vector<std::string> t)
      : Type(kKind), fields(std::move(f)), tags(std::move(t)) {}
  std::string_view tag(size_t i) const { return i < tags.size() ? tags[i] : std::string_view(); }
};

// One term of a type set: T or ~T. A null type means "every type" (the
// universe term, only inside TypeSet computations).
struct Term {
  bool tilde = false;
  Type* type = nullptr;
};

struct Union : Type {
  static constexpr TypeKind kKind = TypeKind::union_;
  std::vector<Term> terms;
  explicit Union(std::vector<Term> t) : Type(kKind), terms(std::move(t)) {}
};

// The type set of an interface (spec "Interface types"), computed from its
// methods and embedded elements: all methods (explicit and embedded, sorted
// by name, first declaration of each name wins), and the set of types as
// either "all types" or a normalized list of terms (no term a subset of
// another; empty list with all_types false = the empty set). comparable is
// set when the interface is or embeds `comparable` and no term list
// restricts it (types2 then keeps only the comparable terms instead).
struct TypeSet {
  std::vector<Object*> methods;
  bool all_types = true;
  std::vector<Term> terms;
  bool comparable = false;
  bool is_all() const { return all_types && !comparable; }  // any methods
  bool is_empty() const { return !all_types && terms.empty(); }
};

// An interface type. methods are the explicitly declared methods (Funcs in
// source order); embeddeds the embedded elements in source order: Named or
// literal interfaces, other types (type-set terms) and Unions. implicit is
// set for the interface a bare constraint `[P ~int | string]` stands for
// (printed as just its element). builtin_comparable marks the underlying
// interface of the predeclared `comparable`, universe_any the interface
// the predeclared `any` denotes (the only one printed "any").
//
// The type set is computed on first use by type_set() and cached; call it
// only once every embedded Named has its underlying type set.
struct Interface : Type {
  static constexpr TypeKind kKind = TypeKind::interface;
  std::vector<Object*> methods;
  std::vector<Type*> embeddeds;
  bool implicit = false;
  bool builtin_comparable = false;
  bool universe_any = false;    // the universe's `any`: prints as "any"
  std::optional<TypeSet> tset;  // cache of type_set()
  bool computing = false;       // cycle guard of type_set()
  Interface(std::vector<Object*> m, std::vector<Type*> e)
      : Type(kKind), methods(std::move(m)), embeddeds(std::move(e)) {}
};

// A defined (named) type, or an instance of a generic one.
//  - obj is its TypeName (for an instance: the origin's).
//  - underlying is set by the checker once resolved; invariant after
//    resolution: it is never itself a Named or TypeParam (underlying()
//    nevertheless follows chains defensively). nullptr while unresolved.
//  - methods are its declared methods (Funcs), on the origin only: an
//    instance's list stays empty (methods may be declared after a use
//    instantiates the type), so look them up via origin and substitute the
//    signatures.
//  - tparams: type parameters of a generic type (origin only); targs: the
//    type arguments of an instance (origin == the generic type). For a
//    non-instance origin == this and targs is empty.
struct Named : Type {
  static constexpr TypeKind kKind = TypeKind::named;
  Object* obj;
  Type* underlying = nullptr;
  std::vector<Object*> methods;
  std::vector<TypeParam*> tparams;
  std::vector<Type*> targs;
  Named* origin;
  Named(Object* o, Type* u) : Type(kKind), obj(o), underlying(u), origin(this) {}
  bool is_instance() const { return origin != this; }
};

// A type parameter: index in its declaring list, its TypeName, and its
// constraint (an Interface or a Named interface; set by the checker).
struct TypeParam : Type {
  static constexpr TypeKind kKind = TypeKind::type_param;
  Object* obj;
  int index;
  Type* constraint = nullptr;
  TypeParam(Object* o, int i, Type* c) : Type(kKind), obj(o), index(i), constraint(c) {}
};

// ---------------------------------------------------------------------------
// Basic types: immutable singletons.

Type* basic_type(BasicKind k);  // the type named by k's Go name ("uint8")
Type* byte_type();              // kind uint8, printed "byte"
Type* rune_type();              // kind int32, printed "rune"
inline Type* invalid_type() {
  return basic_type(BasicKind::invalid);
}

// ---------------------------------------------------------------------------
// The arena: owns every type, object and scope of one check.

class TypeArena {
 public:
  TypeArena();
  ~TypeArena();
  TypeArena(const TypeArena&) = delete;
  TypeArena& operator=(const TypeArena&) = delete;

  // Hash-consed: equal arguments give the same pointer.
  Type* pointer(Type* elem);
  Type* slice(Type* elem);
  Type* array(Type* elem, int64_t len);
  Type* map(Type* key, Type* elem);
  Type* chan(ChanDir dir, Type* elem);
  // The instance origin[targs]: one Named per origin and argument pointers.
  // Its underlying is left null for the checker to substitute.
  Named* instance(Named* origin, const std::vector<Type*>& targs);

  // Fresh each call.
  Tuple* tuple(std::vector<Object*> vars);
  Signature* signature(Object* recv, Tuple* params, Tuple* results, bool variadic);
  Struct* struct_(std::vector<Object*> fields, std::vector<std::string> tags = {});
  Union* union_(std::vector<Term> terms);
  Interface* interface(std::vector<Object*> methods, std::vector<Type*> embeddeds = {});
  Named* named(Object* type_name, Type* underlying);  // also sets type_name->type
  TypeParam* type_param(Object* type_name, int index, Type* constraint);  // likewise

  // Objects and scopes (defined in scope.cc): see scope.h.
  Object* object(ObjKind kind, std::string_view name, Pos pos, Type* type);
  Scope* scope(Scope* parent, Pos pos, Pos end, bool func_scope, std::string_view comment);

  Tuple* empty_tuple() { return empty_tuple_; }

 private:
  struct Key {
    TypeKind kind;
    uint8_t dir;
    const Type* a;
    const Type* b;
    int64_t n;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const;
  };
  std::unordered_map<Key, Type*, KeyHash> cons_;
  std::unordered_map<std::string, Named*> instances_;  // key: origin and targ pointers

  std::deque<Pointer> pointers_;
  std::deque<Slice> slices_;
  std::deque<Array> arrays_;
  std::deque<Map> maps_;
  std::deque<Chan> chans_;
  std::deque<Tuple> tuples_;
  std::deque<Signature> signatures_;
  std::deque<Struct> structs_;
  std::deque<Union> unions_;
  std::deque<Interface> interfaces_;
  std::deque<Named> nameds_;
  std::deque<TypeParam> tparams_;
  // Incomplete here; destroyed in types.cc.
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  Tuple* empty_tuple_;
};

// ---------------------------------------------------------------------------
// Operations.

// The underlying type (spec "Underlying types"): t itself for every type
// literal and basic type, a Named's resolved underlying type, a TypeParam's
// constraint interface (as types2's under()). invalid_type() for an
// unresolved or cyclic Named.
Type* underlying(Type* t);

// Type identity (spec "Type identity"). Named types: the same type, or
// instances of the same origin with identical arguments. Type parameters:
// the same one. Basic: the same kind (byte == uint8). Signatures: same
// variadic-ness, identical parameter and result types (names and receiver
// ignored); generic signatures need identical constraints, and their type
// parameters correspond. Structs: same field names (unexported ones from the
// same package), types, tags and embedded flags, in order. Interfaces:
// the same type sets (methods by name and identical signature, terms,
// comparable).
bool identical(Type* a, Type* b);

// The type set of an interface type (computed once, then cached). For a
// non-interface t: every method-less set, all types.
const TypeSet& type_set(Interface* t);
// t with the type parameters from replaced by the types to (instances of
// generic types expanded), for code generation after checking.
Type* subst(TypeArena& a, Type* t, const std::vector<TypeParam*>& from,
            const std::vector<Type*>& to);

// How a package is written before a type name: "" for none (the package
// being checked, as cmd/compile prints), else the prefix without the dot.
// An empty Qualifier prints the package path, as types2 does by default.
using Qualifier = std::function<std::string(const Package*)>;
// cmd/compile's qualifier: nothing for `current`, the package name for
// others. (It prints the quoted path when two imported packages share a
// name; the checker can wrap this if it needs that.)
Qualifier relative_to(const Package* current);

// t as Go's compiler prints it in error messages: "[]int", "map[string]int",
// "func(a int, b ...string) (bool, error)", "chan (<-chan int)",
// "struct{x int "tag"; T}", "interface{M(); io.Reader}", "any",
// "~int | string", "G[int]", "untyped int", "invalid type". "any" is printed
// only for the universe's any itself; a written interface{} stays
// "interface{}" (as Go 1.19 does).
std::string type_string(const Type* t, const Qualifier& q = {});

// The default type of an untyped constant (spec "Constants"): bool, int,
// rune, float64, complex128, string; untyped nil and every typed type are
// returned unchanged.
Type* default_type(Type* t);

// Predicates on the underlying type being a basic type with that property
// (false for type parameters: their checks go through the type set).
bool is_boolean(Type* t);
bool is_integer(Type* t);
bool is_unsigned(Type* t);
bool is_float(Type* t);
bool is_complex(Type* t);
bool is_numeric(Type* t);
bool is_string(Type* t);
bool is_ordered(Type* t);             // < <= > >= apply
bool is_const_type(Type* t);          // a constant may have this type
bool is_untyped(Type* t);             // an untyped basic kind (incl. untyped nil)
bool is_typed(Type* t);               // !is_untyped
bool is_interface(Type* t);           // underlying is an Interface, and t is no TypeParam
bool is_invalid(Type* t);             // the invalid type (error recovery)
bool is_basic(Type* t, BasicKind k);  // underlying is that basic kind

// Whether == applies to values of t (spec "Comparison operators"): basic
// types except untyped nil, pointers, channels, interfaces, structs of
// comparable fields, arrays of comparable elements, and type parameters
// whose type set is comparable. Slices, maps and functions are not.
bool comparable(Type* t);

// The constant.h numeric type for a typed numeric basic t (byte -> uint8),
// for representable(); nullopt otherwise.
std::optional<NumType> num_type(Type* t);

}  // namespace gopark::interp
