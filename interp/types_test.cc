// types_test.cc - type representation, identity, type sets, printing,
// predicates, scopes and the universe.
//
// Printed forms were checked against Go 1.19: `go build -gcflags=-e` on
// small programs (e.g. `var x func(a int, b ...string) bool = "s"` reports
// "cannot use "s" (untyped string constant) as func(a int, b ...string)
// bool value"), and go/types.TypeString for generic type declarations,
// which no compiler message prints with their type parameters.
#include "interp/types.h"

#include <gtest/gtest.h>

#include <iterator>
#include <string>
#include <vector>

#include "interp/scope.h"

namespace gopark::interp {
namespace {

class TypesTest : public ::testing::Test {
 protected:
  TypesTest() : u(a) {
    main_pkg.path = "example.com/m";
    main_pkg.name = "main";
    io_pkg.path = "io";
    io_pkg.name = "io";
  }

  Type* B(BasicKind k) { return basic_type(k); }
  Type* Int() { return B(BasicKind::int_); }
  Type* Str() { return B(BasicKind::string); }
  Type* Bool() { return B(BasicKind::bool_); }

  Object* var(std::string_view name, Type* t, uint8_t flags = kVarParam,
              const Package* pkg = nullptr) {
    Object* v = a.object(ObjKind::var, name, Pos{}, t);
    v->flags = flags;
    v->pkg = pkg ? pkg : &main_pkg;
    return v;
  }
  Tuple* params(std::vector<std::pair<std::string_view, Type*>> ps) {
    std::vector<Object*> vs;
    for (auto& [n, t] : ps) vs.push_back(var(n, t));
    return a.tuple(vs);
  }
  Signature* func(std::vector<std::pair<std::string_view, Type*>> ps,
                  std::vector<std::pair<std::string_view, Type*>> rs, bool variadic = false) {
    return a.signature(nullptr, params(ps), params(rs), variadic);
  }
  Object* field(std::string_view name, Type* t, bool embedded = false,
                const Package* pkg = nullptr) {
    return var(name, t, kVarField | (embedded ? kVarEmbedded : 0), pkg);
  }
  Object* method(std::string_view name, Signature* sig, const Package* pkg = nullptr) {
    Object* m = a.object(ObjKind::func, name, Pos{}, sig);
    m->pkg = pkg ? pkg : &main_pkg;
    return m;
  }
  Named* named(std::string_view name, Type* under, const Package* pkg = nullptr) {
    Object* tn = a.object(ObjKind::type_name, name, Pos{}, nullptr);
    tn->pkg = pkg ? pkg : &main_pkg;
    return a.named(tn, under);
  }
  TypeParam* tparam(std::string_view name, int index, Type* constraint) {
    Object* tn = a.object(ObjKind::type_name, name, Pos{}, nullptr);
    tn->pkg = &main_pkg;
    return a.type_param(tn, index, constraint);
  }
  // Printed as cmd/compile prints while checking package main.
  std::string str(const Type* t) { return type_string(t, relative_to(&main_pkg)); }

  TypeArena a;
  Universe u;
  Package main_pkg, io_pkg;
};

// ---------------------------------------------------------------------------
// identical()

TEST_F(TypesTest, IdenticalBasicByKind) {
  EXPECT_TRUE(identical(Int(), Int()));
  EXPECT_FALSE(identical(Int(), B(BasicKind::int64)));
  EXPECT_FALSE(identical(B(BasicKind::uint_), B(BasicKind::uintptr)));
  EXPECT_FALSE(identical(Int(), B(BasicKind::untyped_int)));
}

TEST_F(TypesTest, IdenticalByteIsUint8AndRuneIsInt32) {
  EXPECT_NE(byte_type(), B(BasicKind::uint8));
  EXPECT_TRUE(identical(byte_type(), B(BasicKind::uint8)));
  EXPECT_TRUE(identical(rune_type(), B(BasicKind::int32)));
  EXPECT_TRUE(identical(a.slice(byte_type()), a.slice(B(BasicKind::uint8))));
}

TEST_F(TypesTest, IdenticalPointerAndSliceByElement) {
  EXPECT_TRUE(identical(a.pointer(Int()), a.pointer(Int())));
  EXPECT_FALSE(identical(a.pointer(Int()), a.pointer(Str())));
  EXPECT_FALSE(identical(a.pointer(Int()), a.slice(Int())));
  EXPECT_FALSE(identical(a.slice(Int()), a.slice(Str())));
}

TEST_F(TypesTest, CompositesAreHashConsed) {
  EXPECT_EQ(a.pointer(Int()), a.pointer(Int()));
  EXPECT_EQ(a.slice(Int()), a.slice(Int()));
  EXPECT_EQ(a.array(Int(), 3), a.array(Int(), 3));
  EXPECT_NE(a.array(Int(), 3), a.array(Int(), 4));
  EXPECT_EQ(a.map(Str(), Int()), a.map(Str(), Int()));
  EXPECT_NE(a.map(Str(), Int()), a.map(Int(), Str()));
  EXPECT_EQ(a.chan(ChanDir::send, Int()), a.chan(ChanDir::send, Int()));
  EXPECT_NE(a.chan(ChanDir::send, Int()), a.chan(ChanDir::recv, Int()));
}

TEST_F(TypesTest, IdenticalArrayLengthMatters) {
  EXPECT_TRUE(identical(a.array(Int(), 3), a.array(Int(), 3)));
  EXPECT_FALSE(identical(a.array(Int(), 3), a.array(Int(), 4)));
  EXPECT_FALSE(identical(a.array(Int(), 3), a.array(Str(), 3)));
  EXPECT_FALSE(identical(a.array(Int(), 0), a.slice(Int())));
}

TEST_F(TypesTest, IdenticalArrayOfUnknownLengthOnlyToItself) {
  Type* bad = a.array(Int(), -1);
  EXPECT_TRUE(identical(bad, bad));
  EXPECT_FALSE(identical(bad, a.array(Int(), 0)));
}

TEST_F(TypesTest, IdenticalMapKeyAndElement) {
  EXPECT_TRUE(identical(a.map(Str(), Int()), a.map(Str(), Int())));
  EXPECT_FALSE(identical(a.map(Str(), Int()), a.map(Str(), Bool())));
  EXPECT_FALSE(identical(a.map(Str(), Int()), a.map(Int(), Int())));
}

TEST_F(TypesTest, IdenticalChanDirectionMatters) {
  Type* both = a.chan(ChanDir::both, Int());
  Type* send = a.chan(ChanDir::send, Int());
  Type* recv = a.chan(ChanDir::recv, Int());
  EXPECT_FALSE(identical(both, send));
  EXPECT_FALSE(identical(both, recv));
  EXPECT_FALSE(identical(send, recv));
  EXPECT_TRUE(identical(recv, a.chan(ChanDir::recv, Int())));
  EXPECT_FALSE(identical(recv, a.chan(ChanDir::recv, Str())));
}

TEST_F(TypesTest, IdenticalFuncIgnoresParameterAndResultNames) {
  Signature* f = func({{"a", Int()}, {"b", Str()}}, {{"ok", Bool()}});
  Signature* g = func({{"", Int()}, {"", Str()}}, {{"", Bool()}});
  EXPECT_NE(static_cast<Type*>(f), static_cast<Type*>(g));
  EXPECT_TRUE(identical(f, g));
}

TEST_F(TypesTest, IdenticalFuncVariadicMatters) {
  Signature* f = func({{"", a.slice(Int())}}, {}, /*variadic=*/true);
  Signature* g = func({{"", a.slice(Int())}}, {}, /*variadic=*/false);
  EXPECT_FALSE(identical(f, g));
  EXPECT_TRUE(identical(f, func({{"xs", a.slice(Int())}}, {}, true)));
}

TEST_F(TypesTest, IdenticalFuncParameterAndResultTypesMatter) {
  EXPECT_FALSE(identical(func({{"", Int()}}, {}), func({{"", Str()}}, {})));
  EXPECT_FALSE(identical(func({{"", Int()}}, {}), func({{"", Int()}, {"", Int()}}, {})));
  EXPECT_FALSE(identical(func({}, {{"", Int()}}), func({}, {})));
  // Parameters and results are not interchangeable.
  EXPECT_FALSE(identical(func({{"", Int()}}, {}), func({}, {{"", Int()}})));
}

TEST_F(TypesTest, IdenticalFuncIgnoresReceiver) {
  Named* t = named("T", a.struct_({}));
  Signature* m = a.signature(var("t", t), params({{"", Int()}}), a.empty_tuple(), false);
  EXPECT_TRUE(identical(m, func({{"", Int()}}, {})));
}

TEST_F(TypesTest, IdenticalGenericFuncsCorrespondTypeParams) {
  // func[P any](P) and func[Q any](Q) are identical; func[P any](int) differs.
  auto generic = [&](std::string_view name, bool use_p) {
    TypeParam* p = tparam(name, 0, u.any_type());
    Signature* s = func({{"", use_p ? static_cast<Type*>(p) : Int()}}, {});
    s->tparams = {p};
    return s;
  };
  EXPECT_TRUE(identical(generic("P", true), generic("Q", true)));
  EXPECT_FALSE(identical(generic("P", true), generic("Q", false)));
  EXPECT_FALSE(identical(generic("P", true), func({{"", Int()}}, {})));
}

TEST_F(TypesTest, IdenticalStructFieldsInOrder) {
  Type* s1 = a.struct_({field("x", Int()), field("y", Str())});
  Type* s2 = a.struct_({field("x", Int()), field("y", Str())});
  Type* swapped = a.struct_({field("y", Str()), field("x", Int())});
  Type* renamed = a.struct_({field("x", Int()), field("z", Str())});
  EXPECT_NE(s1, s2);
  EXPECT_TRUE(identical(s1, s2));
  EXPECT_FALSE(identical(s1, swapped));
  EXPECT_FALSE(identical(s1, renamed));
  EXPECT_TRUE(identical(a.struct_({}), a.struct_({})));
}

TEST_F(TypesTest, IdenticalStructTagsMatter) {
  Type* plain = a.struct_({field("x", Int())});
  Type* tagged = a.struct_({field("x", Int())}, {"json:\"x\""});
  Type* other = a.struct_({field("x", Int())}, {"json:\"y\""});
  Type* empty_tag = a.struct_({field("x", Int())}, {""});  // `` is no tag
  EXPECT_FALSE(identical(plain, tagged));
  EXPECT_FALSE(identical(tagged, other));
  EXPECT_TRUE(identical(tagged, a.struct_({field("x", Int())}, {"json:\"x\""})));
  EXPECT_TRUE(identical(plain, empty_tag));
}

TEST_F(TypesTest, IdenticalStructEmbeddedFlagMatters) {
  Named* t = named("T", Int());
  // struct{T} vs struct{T T}
  EXPECT_FALSE(identical(a.struct_({field("T", t, true)}), a.struct_({field("T", t, false)})));
  EXPECT_TRUE(identical(a.struct_({field("T", t, true)}), a.struct_({field("T", t, true)})));
}

TEST_F(TypesTest, IdenticalStructUnexportedFieldsFromDifferentPackagesDiffer) {
  EXPECT_FALSE(identical(a.struct_({field("x", Int(), false, &main_pkg)}),
                         a.struct_({field("x", Int(), false, &io_pkg)})));
  EXPECT_TRUE(identical(a.struct_({field("X", Int(), false, &main_pkg)}),
                        a.struct_({field("X", Int(), false, &io_pkg)})));
}

TEST_F(TypesTest, IdenticalNamedByIdentityOnly) {
  Named* t1 = named("T", Int());
  Named* t2 = named("T", Int());
  EXPECT_TRUE(identical(t1, t1));
  EXPECT_FALSE(identical(t1, t2));     // two declarations of T
  EXPECT_FALSE(identical(t1, Int()));  // named vs its underlying
  EXPECT_FALSE(identical(a.slice(t1), a.slice(Int())));
}

TEST_F(TypesTest, IdenticalInstancesByOriginAndArguments) {
  TypeParam* p = tparam("P", 0, u.any_type());
  Named* g = named("G", a.struct_({field("p", p)}));
  g->tparams = {p};
  Named* h = named("H", a.struct_({field("p", p)}));
  h->tparams = {p};
  EXPECT_EQ(a.instance(g, {Int()}), a.instance(g, {Int()}));  // cached
  EXPECT_TRUE(identical(a.instance(g, {Int()}), a.instance(g, {Int()})));
  EXPECT_FALSE(identical(a.instance(g, {Int()}), a.instance(g, {Str()})));
  EXPECT_FALSE(identical(a.instance(g, {Int()}), a.instance(h, {Int()})));
  // Different pointers, identical arguments.
  Named* gb = a.instance(g, {a.slice(byte_type())});
  Named* gu = a.instance(g, {a.slice(B(BasicKind::uint8))});
  EXPECT_NE(gb, gu);
  EXPECT_TRUE(identical(gb, gu));
  EXPECT_FALSE(identical(a.instance(g, {Int()}), g));
}

TEST_F(TypesTest, IdenticalTypeParamsByIdentity) {
  TypeParam* p = tparam("P", 0, u.any_type());
  TypeParam* q = tparam("P", 0, u.any_type());
  EXPECT_TRUE(identical(p, p));
  EXPECT_FALSE(identical(p, q));
}

TEST_F(TypesTest, IdenticalTuples) {
  EXPECT_TRUE(identical(params({{"a", Int()}, {"", Str()}}), params({{"", Int()}, {"b", Str()}})));
  EXPECT_FALSE(identical(params({{"", Int()}}), params({{"", Int()}, {"", Int()}})));
}

TEST_F(TypesTest, IdenticalInterfacesIgnoreMethodOrder) {
  Type* mn = a.interface({method("M", func({}, {})), method("N", func({}, {{"", Int()}}))});
  Type* nm = a.interface({method("N", func({}, {{"", Int()}})), method("M", func({}, {}))});
  Type* other = a.interface({method("M", func({}, {})), method("N", func({}, {{"", Str()}}))});
  EXPECT_TRUE(identical(mn, nm));
  EXPECT_FALSE(identical(mn, other));
  EXPECT_FALSE(identical(mn, a.interface({method("M", func({}, {}))})));
}

TEST_F(TypesTest, IdenticalInterfaceEmbeddingEqualsFlattened) {
  Named* e = named("E", a.interface({method("M", func({}, {}))}));
  Type* embeds = a.interface({method("N", func({}, {}))}, {e});
  Type* flat = a.interface({method("M", func({}, {})), method("N", func({}, {}))});
  EXPECT_TRUE(identical(embeds, flat));
}

TEST_F(TypesTest, IdenticalEmptyInterfaceAndAny) {
  EXPECT_TRUE(identical(a.interface({}), u.any_type()));
  EXPECT_FALSE(identical(a.interface({}), u.comparable_type()));
  EXPECT_FALSE(identical(u.any_type(), underlying(u.comparable_type())));
}

TEST_F(TypesTest, IdenticalInterfacesByTypeSetTerms) {
  Type* x = a.interface({}, {a.union_({{true, Int()}, {false, Str()}})});
  Type* y = a.interface({}, {a.union_({{false, Str()}, {true, Int()}})});
  Type* z = a.interface({}, {a.union_({{false, Int()}, {false, Str()}})});
  EXPECT_TRUE(identical(x, y));
  EXPECT_FALSE(identical(x, z));
}

TEST_F(TypesTest, IdenticalUnexportedMethodsFromDifferentPackagesDiffer) {
  EXPECT_FALSE(identical(a.interface({method("m", func({}, {}), &main_pkg)}),
                         a.interface({method("m", func({}, {}), &io_pkg)})));
}

TEST_F(TypesTest, IdenticalRecursiveTypesTerminate) {
  // type List struct{ next *List }; type I interface{ M() I }
  Named* list = named("List", nullptr);
  list->underlying = a.struct_({field("next", a.pointer(list))});
  EXPECT_TRUE(identical(a.struct_({field("next", a.pointer(list))}), list->underlying));
  EXPECT_TRUE(comparable(list));
  Named* i = named("I", nullptr);
  i->underlying = a.interface({method("M", func({}, {{"", i}}))});
  EXPECT_TRUE(identical(a.interface({method("M", func({}, {{"", i}}))}), i->underlying));
  EXPECT_EQ(str(i->underlying), "interface{M() I}");
}

// ---------------------------------------------------------------------------
// underlying()

TEST_F(TypesTest, UnderlyingOfNamedAndLiterals) {
  Named* t = named("T", a.slice(Int()));
  EXPECT_EQ(underlying(t), a.slice(Int()));
  EXPECT_EQ(underlying(a.slice(t)), a.slice(t));
  EXPECT_EQ(underlying(Int()), Int());
  EXPECT_TRUE(is_invalid(underlying(named("U", nullptr))));  // unresolved
  Interface* c = a.interface({}, {Int()});
  EXPECT_EQ(underlying(tparam("P", 0, c)), c);  // a type parameter's constraint
}

// ---------------------------------------------------------------------------
// type sets

TEST_F(TypesTest, TypeSetFlattensAndSortsMethods) {
  Named* e = named("E", a.interface({method("M", func({}, {}))}));
  Interface* i = a.interface({method("Z", func({}, {})), method("A", func({}, {}))}, {e});
  const TypeSet& ts = type_set(i);
  ASSERT_EQ(ts.methods.size(), 3u);
  EXPECT_EQ(ts.methods[0]->name, "A");
  EXPECT_EQ(ts.methods[1]->name, "M");
  EXPECT_EQ(ts.methods[2]->name, "Z");
  EXPECT_TRUE(ts.all_types);
  EXPECT_TRUE(ts.is_all());  // all types; is_all says nothing of methods
}

TEST_F(TypesTest, TypeSetIntersectsEmbeddedTerms) {
  // interface{ ~int | string; int } = {int}
  Interface* i = a.interface({}, {a.union_({{true, Int()}, {false, Str()}}), Int()});
  const TypeSet& ts = type_set(i);
  ASSERT_FALSE(ts.all_types);
  ASSERT_EQ(ts.terms.size(), 1u);
  EXPECT_FALSE(ts.terms[0].tilde);
  EXPECT_EQ(ts.terms[0].type, Int());
  // interface{int|string; ~float64} is empty ("cannot implement ... (empty type set)").
  Interface* e = a.interface(
      {}, {a.union_({{false, Int()}, {false, Str()}}), a.union_({{true, B(BasicKind::float64)}})});
  EXPECT_TRUE(type_set(e).is_empty());
}

TEST_F(TypesTest, TypeSetNormalizesOverlappingTerms) {
  Named* myint = named("MyInt", Int());
  // ~int | int | MyInt = ~int
  Interface* i = a.interface({}, {a.union_({{true, Int()}, {false, Int()}, {false, myint}})});
  const TypeSet& ts = type_set(i);
  ASSERT_EQ(ts.terms.size(), 1u);
  EXPECT_TRUE(ts.terms[0].tilde);
}

TEST_F(TypesTest, TypeSetComparableAndAny) {
  EXPECT_TRUE(type_set(as<Interface>(u.any_type())).is_all());
  const TypeSet& c = type_set(as<Interface>(underlying(u.comparable_type())));
  EXPECT_TRUE(c.comparable);
  EXPECT_FALSE(c.is_all());
  // interface{ comparable; M() } keeps both.
  Interface* cm = a.interface({method("M", func({}, {}))}, {u.comparable_type()});
  EXPECT_TRUE(type_set(cm).comparable);
  EXPECT_EQ(type_set(cm).methods.size(), 1u);
  // interface{ comparable; int | []int } = {int}
  Interface* ct =
      a.interface({}, {u.comparable_type(), a.union_({{false, Int()}, {false, a.slice(Int())}})});
  ASSERT_EQ(type_set(ct).terms.size(), 1u);
  EXPECT_EQ(type_set(ct).terms[0].type, Int());
}

// ---------------------------------------------------------------------------
// type_string(), each case as Go 1.19 prints it.

TEST_F(TypesTest, TypeStringBasics) {
  EXPECT_EQ(str(Int()), "int");
  EXPECT_EQ(str(B(BasicKind::uint8)), "uint8");
  EXPECT_EQ(str(byte_type()), "byte");
  EXPECT_EQ(str(rune_type()), "rune");
  EXPECT_EQ(str(B(BasicKind::int32)), "int32");
  EXPECT_EQ(str(B(BasicKind::complex64)), "complex64");
  EXPECT_EQ(str(B(BasicKind::uintptr)), "uintptr");
  EXPECT_EQ(str(B(BasicKind::float32)), "float32");
  EXPECT_EQ(str(B(BasicKind::unsafe_pointer)), "unsafe.Pointer");
  EXPECT_EQ(str(invalid_type()), "invalid type");
}

TEST_F(TypesTest, TypeStringUntyped) {
  EXPECT_EQ(str(B(BasicKind::untyped_int)), "untyped int");
  EXPECT_EQ(str(B(BasicKind::untyped_float)), "untyped float");
  EXPECT_EQ(str(B(BasicKind::untyped_rune)), "untyped rune");
  EXPECT_EQ(str(B(BasicKind::untyped_complex)), "untyped complex");
  EXPECT_EQ(str(B(BasicKind::untyped_string)), "untyped string");
  EXPECT_EQ(str(B(BasicKind::untyped_bool)), "untyped bool");
  EXPECT_EQ(str(B(BasicKind::untyped_nil)), "untyped nil");
}

TEST_F(TypesTest, TypeStringComposites) {
  Named* t = named("T", a.struct_({field("a", Int())}));
  EXPECT_EQ(str(a.slice(Int())), "[]int");
  EXPECT_EQ(str(a.map(Str(), Int())), "map[string]int");
  EXPECT_EQ(str(a.array(Int(), 3)), "[3]int");
  EXPECT_EQ(str(a.pointer(t)), "*T");
  EXPECT_EQ(str(a.array(a.slice(a.pointer(a.map(Int(), Bool()))), 2)), "[2][]*map[int]bool");
}

TEST_F(TypesTest, TypeStringChannels) {
  EXPECT_EQ(str(a.chan(ChanDir::both, Int())), "chan int");
  EXPECT_EQ(str(a.chan(ChanDir::send, Int())), "chan<- int");
  EXPECT_EQ(str(a.chan(ChanDir::recv, Int())), "<-chan int");
  Type* recv = a.chan(ChanDir::recv, Int());
  Type* both = a.chan(ChanDir::both, Int());
  EXPECT_EQ(str(a.chan(ChanDir::both, recv)), "chan (<-chan int)");
  EXPECT_EQ(str(a.chan(ChanDir::send, both)), "chan<- chan int");
  EXPECT_EQ(str(a.chan(ChanDir::send, recv)), "chan<- <-chan int");
  EXPECT_EQ(str(a.chan(ChanDir::recv, recv)), "<-chan <-chan int");
}

TEST_F(TypesTest, TypeStringFuncs) {
  Named* error = as<Named>(u.error_type());
  EXPECT_EQ(str(func({{"", Int()}, {"", Str()}}, {{"", Bool()}, {"", error}})),
            "func(int, string) (bool, error)");
  EXPECT_EQ(str(func({{"a", Int()}, {"b", a.slice(Str())}}, {{"", Bool()}}, true)),
            "func(a int, b ...string) bool");
  EXPECT_EQ(str(func({}, {})), "func()");
  EXPECT_EQ(str(func({}, {{"", Int()}})), "func() int");
  EXPECT_EQ(str(func({}, {{"r", Int()}})), "func() (r int)");
  EXPECT_EQ(str(func({{"", Int()}, {"", a.slice(Int())}}, {{"x", Int()}, {"y", Int()}}, true)),
            "func(int, ...int) (x int, y int)");
  EXPECT_EQ(str(func({{"", a.slice(Int())}}, {}, true)), "func(...int)");
  EXPECT_EQ(str(func({}, {{"", func({}, {{"", Int()}})}})), "func() func() int");
  EXPECT_EQ(str(func({{"_", Int()}}, {})), "func(_ int)");
  // append's special case: func([]byte, string...)
  EXPECT_EQ(str(func({{"", a.slice(byte_type())}, {"", Str()}}, {}, true)),
            "func([]byte, string...)");
}

TEST_F(TypesTest, TypeStringStructs) {
  Named* t = named("T", Int());
  Named* s = named("S", a.struct_({field("x", Int())}));
  Named* reader = named("Reader", a.interface({}), &io_pkg);
  EXPECT_EQ(str(a.struct_({field("x", Int()), field("y", Str())})), "struct{x int; y string}");
  EXPECT_EQ(str(a.struct_({})), "struct{}");
  EXPECT_EQ(str(a.struct_(
                {field("x", Int()), field("T", t, true), field("Reader", a.pointer(reader), true)},
                {"tag", "", ""})),
            "struct{x int \"tag\"; T; *io.Reader}");
  EXPECT_EQ(
      str(a.struct_({field("int", Int(), true), field("S", a.pointer(s), true), field("s", Str())},
                    {"", "",
                     "a\x01"
                     "b\t\"\xc3\xa9"})),
      "struct{int; *S; s string \"a\\x01b\\t\\\"\xc3\xa9\"}");
  EXPECT_EQ(str(a.array(a.struct_({field("a", Int()), field("b", Int())}), 0)),
            "[0]struct{a int; b int}");
}

TEST_F(TypesTest, TypeStringInterfaces) {
  Named* reader = named("Reader", a.interface({}), &io_pkg);
  EXPECT_EQ(str(a.interface({method("M", func({}, {}))})), "interface{M()}");
  EXPECT_EQ(str(a.interface({})), "interface{}");
  EXPECT_EQ(str(u.any_type()), "any");
  EXPECT_EQ(
      str(a.interface({method("M", func({}, {})),
                       method("N", func({{"x", Int()}}, {{"", Int()}, {"", u.error_type()}}))})),
      "interface{M(); N(x int) (int, error)}");
  EXPECT_EQ(str(a.interface({method("M", func({{"", Int()}}, {{"", Str()}}))}, {reader})),
            "interface{M(int) string; io.Reader}");
  Named* e = named("E", a.interface({}, {u.error_type()}));
  EXPECT_EQ(str(a.interface({}, {e, u.comparable_type()})), "interface{E; comparable}");
  EXPECT_EQ(str(a.interface({}, {a.union_({{false, Int()}, {false, Str()}}),
                                 a.union_({{true, B(BasicKind::float64)}})})),
            "interface{int | string; ~float64}");
  EXPECT_EQ(str(a.interface({}, {a.union_({{true, Int()}})})), "interface{~int}");
}

TEST_F(TypesTest, TypeStringImplicitConstraintInterface) {
  // [P ~int | string]: "P constrained by ~int | string"
  Interface* c = a.interface({}, {a.union_({{true, Int()}, {false, Str()}})});
  c->implicit = true;
  EXPECT_EQ(str(c), "~int | string");
}

TEST_F(TypesTest, TypeStringNamedQualification) {
  Named* t = named("T", Int());
  Named* reader = named("Reader", a.interface({}), &io_pkg);
  EXPECT_EQ(str(t), "T");  // the current package is not qualified
  EXPECT_EQ(str(reader), "io.Reader");
  EXPECT_EQ(type_string(t, relative_to(&io_pkg)), "main.T");
  EXPECT_EQ(type_string(t), "example.com/m.T");  // no qualifier: full path
  EXPECT_EQ(str(u.error_type()), "error");       // universe types never are
  EXPECT_EQ(type_string(u.comparable_type()), "comparable");
}

TEST_F(TypesTest, TypeStringInstances) {
  TypeParam* p = tparam("P", 0, u.any_type());
  Named* g = named("G", a.struct_({field("p", p)}));
  g->tparams = {p};
  Named* t = named("T", a.struct_({}));
  EXPECT_EQ(str(a.instance(g, {Int()})), "G[int]");
  EXPECT_EQ(str(a.instance(g, {a.map(Str(), t)})), "G[map[string]T]");
  EXPECT_EQ(str(a.instance(g, {p})), "G[P]");
  TypeParam* k = tparam("K", 0, u.comparable_type());
  TypeParam* v = tparam("V", 1, u.any_type());
  Named* h = named("H", a.map(k, v));
  h->tparams = {k, v};
  EXPECT_EQ(str(a.instance(h, {Str(), Int()})), "H[string, int]");
}

TEST_F(TypesTest, TypeStringGenericTypeListsTypeParams) {
  // As go/types prints the declarations `type G[P, Q any] ...` and
  // `type H[K comparable, V any, W any]`: equal constraints are shared.
  TypeParam* p = tparam("P", 0, u.any_type());
  TypeParam* q = tparam("Q", 1, u.any_type());
  Named* g = named("G", a.struct_({}));
  g->tparams = {p, q};
  EXPECT_EQ(str(g), "G[P, Q any]");
  TypeParam* k = tparam("K", 0, u.comparable_type());
  TypeParam* v = tparam("V", 1, u.any_type());
  TypeParam* w = tparam("W", 2, u.any_type());
  Named* h = named("H", a.struct_({}));
  h->tparams = {k, v, w};
  EXPECT_EQ(str(h), "H[K comparable, V, W any]");
  Interface* c = a.interface({}, {a.union_({{true, Int()}, {false, Str()}})});
  TypeParam* ip = tparam("P", 0, c);
  Named* i = named("I", Int());
  i->tparams = {ip};
  EXPECT_EQ(str(i), "I[P interface{~int | string}]");
}

TEST_F(TypesTest, TypeStringTuple) {
  // "multiple-value f() (value of type (int, string)) in single-value context"
  EXPECT_EQ(str(params({{"", Int()}, {"", Str()}})), "(int, string)");
}

TEST_F(TypesTest, TypeStringTypeParam) {
  EXPECT_EQ(str(tparam("P", 0, u.any_type())), "P");
}

// ---------------------------------------------------------------------------
// default types and predicates

TEST_F(TypesTest, DefaultTypes) {
  EXPECT_EQ(default_type(B(BasicKind::untyped_bool)), Bool());
  EXPECT_EQ(default_type(B(BasicKind::untyped_int)), Int());
  EXPECT_EQ(default_type(B(BasicKind::untyped_rune)), rune_type());  // prints "rune"
  EXPECT_EQ(default_type(B(BasicKind::untyped_float)), B(BasicKind::float64));
  EXPECT_EQ(default_type(B(BasicKind::untyped_complex)), B(BasicKind::complex128));
  EXPECT_EQ(default_type(B(BasicKind::untyped_string)), Str());
  EXPECT_EQ(default_type(B(BasicKind::untyped_nil)), B(BasicKind::untyped_nil));
  EXPECT_EQ(default_type(B(BasicKind::int8)), B(BasicKind::int8));
  Type* s = a.slice(Int());
  EXPECT_EQ(default_type(s), s);
}

TEST_F(TypesTest, NumericPredicates) {
  Named* myint = named("MyInt", B(BasicKind::uint16));
  EXPECT_TRUE(is_integer(Int()));
  EXPECT_TRUE(is_integer(myint));
  EXPECT_TRUE(is_unsigned(myint));
  EXPECT_TRUE(is_integer(B(BasicKind::untyped_rune)));
  EXPECT_FALSE(is_unsigned(Int()));
  EXPECT_TRUE(is_unsigned(B(BasicKind::uintptr)));
  EXPECT_TRUE(is_float(B(BasicKind::float32)));
  EXPECT_TRUE(is_float(B(BasicKind::untyped_float)));
  EXPECT_FALSE(is_float(Int()));
  EXPECT_TRUE(is_complex(B(BasicKind::complex64)));
  EXPECT_TRUE(is_numeric(B(BasicKind::complex128)));
  EXPECT_TRUE(is_numeric(B(BasicKind::untyped_int)));
  EXPECT_FALSE(is_numeric(Str()));
  EXPECT_FALSE(is_numeric(Bool()));
  EXPECT_FALSE(is_integer(a.slice(Int())));
}

TEST_F(TypesTest, OtherBasicPredicates) {
  EXPECT_TRUE(is_string(Str()));
  EXPECT_TRUE(is_string(B(BasicKind::untyped_string)));
  EXPECT_TRUE(is_boolean(named("B", Bool())));
  EXPECT_TRUE(is_boolean(B(BasicKind::untyped_bool)));
  EXPECT_TRUE(is_ordered(Str()));
  EXPECT_TRUE(is_ordered(B(BasicKind::float64)));
  EXPECT_FALSE(is_ordered(B(BasicKind::complex128)));
  EXPECT_FALSE(is_ordered(Bool()));
  EXPECT_TRUE(is_const_type(Bool()));
  EXPECT_FALSE(is_const_type(B(BasicKind::unsafe_pointer)));
  EXPECT_FALSE(is_const_type(B(BasicKind::untyped_nil)));
  EXPECT_TRUE(is_untyped(B(BasicKind::untyped_nil)));
  EXPECT_FALSE(is_untyped(Int()));
  EXPECT_TRUE(is_typed(Int()));
  EXPECT_TRUE(is_basic(byte_type(), BasicKind::uint8));
}

TEST_F(TypesTest, PredicatesAreFalseOnTypeParams) {
  Interface* c = a.interface({}, {Int()});
  TypeParam* p = tparam("P", 0, c);
  EXPECT_FALSE(is_integer(p));  // checked through the type set instead
  EXPECT_FALSE(is_interface(p));
  EXPECT_TRUE(is_interface(u.error_type()));
  EXPECT_TRUE(is_interface(a.interface({})));
  EXPECT_FALSE(is_interface(Int()));
}

TEST_F(TypesTest, ComparableTypes) {
  EXPECT_TRUE(comparable(Int()));
  EXPECT_TRUE(comparable(Str()));
  EXPECT_TRUE(comparable(a.pointer(Int())));
  EXPECT_TRUE(comparable(a.chan(ChanDir::both, Int())));
  EXPECT_TRUE(comparable(u.any_type()));
  EXPECT_TRUE(comparable(u.error_type()));
  EXPECT_TRUE(comparable(a.array(Int(), 2)));
  EXPECT_TRUE(comparable(a.struct_({field("x", Int()), field("s", Str())})));
  EXPECT_FALSE(comparable(a.slice(Int())));
  EXPECT_FALSE(comparable(a.map(Int(), Int())));
  EXPECT_FALSE(comparable(func({}, {})));
  EXPECT_FALSE(comparable(a.array(a.slice(Int()), 2)));
  EXPECT_FALSE(comparable(a.struct_({field("x", Int()), field("f", func({}, {}))})));
  EXPECT_FALSE(comparable(B(BasicKind::untyped_nil)));
  EXPECT_TRUE(comparable(named("T", a.array(Int(), 1))));
}

TEST_F(TypesTest, ComparableTypeParams) {
  EXPECT_TRUE(comparable(tparam("K", 0, u.comparable_type())));
  EXPECT_FALSE(comparable(tparam("V", 0, u.any_type())));
  Interface* ints = a.interface({}, {a.union_({{true, Int()}, {false, Str()}})});
  EXPECT_TRUE(comparable(tparam("P", 0, ints)));
  Interface* slices = a.interface({}, {a.union_({{false, a.slice(Int())}})});
  EXPECT_FALSE(comparable(tparam("S", 0, slices)));
}

TEST_F(TypesTest, NumTypeForRepresentable) {
  EXPECT_EQ(num_type(byte_type()), NumType::uint8);
  EXPECT_EQ(num_type(Int()), NumType::int_);
  EXPECT_EQ(num_type(named("D", B(BasicKind::int64))), NumType::int64);
  EXPECT_EQ(num_type(B(BasicKind::complex64)), NumType::complex64);
  EXPECT_FALSE(num_type(Str()).has_value());
  EXPECT_FALSE(num_type(B(BasicKind::untyped_int)).has_value());
}

// ---------------------------------------------------------------------------
// The universe

TEST_F(TypesTest, UniversePredeclaredTypes) {
  const char* names[] = {"bool",    "byte",    "complex64", "complex128", "error",  "float32",
                         "float64", "int",     "int8",      "int16",      "int32",  "int64",
                         "rune",    "string",  "uint",      "uint8",      "uint16", "uint32",
                         "uint64",  "uintptr", "any",       "comparable"};
  for (const char* n : names) {
    Object* o = u.lookup(n);
    ASSERT_NE(o, nullptr) << n;
    EXPECT_EQ(o->kind, ObjKind::type_name) << n;
    ASSERT_NE(o->type, nullptr) << n;
    EXPECT_EQ(o->pkg, nullptr) << n;
    // Each prints under its own name (any: the alias' target prints "any").
    EXPECT_EQ(str(o->type), n);
  }
}

TEST_F(TypesTest, UniverseBasicTypesAreTheSingletons) {
  EXPECT_EQ(u.lookup("int")->type, Int());
  EXPECT_EQ(u.lookup("byte")->type, byte_type());
  EXPECT_EQ(u.lookup("rune")->type, rune_type());
  EXPECT_TRUE(identical(u.lookup("byte")->type, u.lookup("uint8")->type));
  EXPECT_FALSE(u.lookup("int")->is_alias());
  EXPECT_TRUE(u.lookup("byte")->is_alias());
  EXPECT_TRUE(u.lookup("rune")->is_alias());
  EXPECT_TRUE(u.lookup("any")->is_alias());
  EXPECT_FALSE(u.lookup("error")->is_alias());
}

TEST_F(TypesTest, UniverseErrorIsNamedInterfaceWithErrorMethod) {
  auto* err = as<Named>(u.error_type());
  ASSERT_NE(err, nullptr);
  EXPECT_EQ(err->obj, u.lookup("error"));
  auto* it = as<Interface>(err->underlying);
  ASSERT_NE(it, nullptr);
  ASSERT_EQ(it->methods.size(), 1u);
  Object* m = it->methods[0];
  EXPECT_EQ(m->name, "Error");
  EXPECT_EQ(m->kind, ObjKind::func);
  EXPECT_EQ(str(m->type), "func() string");
  EXPECT_EQ(str(err->underlying), "interface{Error() string}");
}

TEST_F(TypesTest, UniverseAnyAndComparable) {
  EXPECT_EQ(u.lookup("any")->type, u.any_type());
  EXPECT_TRUE(as<Interface>(u.any_type()));
  auto* c = as<Named>(u.comparable_type());
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->obj, u.lookup("comparable"));
  EXPECT_TRUE(as<Interface>(c->underlying)->builtin_comparable);
}

TEST_F(TypesTest, UniverseConstantsAndNil) {
  Object* t = u.lookup("true");
  Object* f = u.lookup("false");
  Object* iota = u.lookup("iota");
  ASSERT_TRUE(t && f && iota);
  EXPECT_EQ(t->kind, ObjKind::const_);
  EXPECT_EQ(t->type, B(BasicKind::untyped_bool));
  EXPECT_TRUE(t->val.bool_val());
  EXPECT_FALSE(f->val.bool_val());
  EXPECT_EQ(iota->kind, ObjKind::const_);
  EXPECT_EQ(iota->type, B(BasicKind::untyped_int));
  EXPECT_EQ(iota, u.iota());
  Object* nil = u.lookup("nil");
  ASSERT_NE(nil, nullptr);
  EXPECT_EQ(nil->kind, ObjKind::nil);
  EXPECT_EQ(nil->type, B(BasicKind::untyped_nil));
  EXPECT_EQ(nil, u.nil());
}

TEST_F(TypesTest, UniverseBuiltins) {
  const char* names[] = {"append", "cap",   "clear", "close",   "complex", "copy",
                         "delete", "imag",  "len",   "make",    "max",     "min",
                         "new",    "panic", "print", "println", "real",    "recover"};
  ASSERT_EQ(std::size(names), static_cast<size_t>(kNumBuiltins));
  for (int i = 0; i < kNumBuiltins; i++) {
    Object* o = u.lookup(names[i]);
    ASSERT_NE(o, nullptr) << names[i];
    EXPECT_EQ(o->kind, ObjKind::builtin) << names[i];
    EXPECT_EQ(static_cast<int>(o->builtin), i) << names[i];
    EXPECT_STREQ(builtin_name(o->builtin), names[i]);
    EXPECT_EQ(u.builtin(o->builtin), o);
  }
}

TEST_F(TypesTest, UniverseHasNothingElse) {
  // 22 types + true false iota + nil + 18 builtins.
  EXPECT_EQ(u.scope()->size(), 22u + 3 + 1 + kNumBuiltins);
  EXPECT_EQ(u.lookup("unsafe"), nullptr);
  EXPECT_EQ(u.lookup("Pointer"), nullptr);
  EXPECT_EQ(u.lookup("main"), nullptr);
}

// ---------------------------------------------------------------------------
// Scopes

class ScopeTest : public TypesTest {
 protected:
  Object* local(Scope* s, std::string_view name, Pos at) {
    Object* o = a.object(ObjKind::var, name, at, Int());
    o->scope_pos = at;
    EXPECT_EQ(s->insert(o), nullptr);
    return o;
  }
};

TEST_F(ScopeTest, InsertAndLookupInOneScope) {
  Scope* s = a.scope(u.scope(), Pos{}, Pos{}, false, "package main");
  Object* x = a.object(ObjKind::var, "x", Pos{1, 5}, Int());
  EXPECT_EQ(s->insert(x), nullptr);
  EXPECT_EQ(s->lookup("x"), x);
  EXPECT_EQ(x->parent, s);
  EXPECT_EQ(s->lookup("y"), nullptr);
  EXPECT_EQ(s->lookup("int"), nullptr);  // lookup does not search parents
}

TEST_F(ScopeTest, InsertDuplicateReturnsExisting) {
  Scope* s = a.scope(u.scope(), Pos{}, Pos{}, false, "package main");
  Object* x1 = a.object(ObjKind::var, "x", Pos{1, 5}, Int());
  Object* x2 = a.object(ObjKind::const_, "x", Pos{2, 5}, Int());
  EXPECT_EQ(s->insert(x1), nullptr);
  EXPECT_EQ(s->insert(x2), x1);
  EXPECT_EQ(s->lookup("x"), x1);
  EXPECT_EQ(x2->parent, nullptr);
  EXPECT_EQ(s->size(), 1u);
}

TEST_F(ScopeTest, ElemsKeepInsertionOrder) {
  Scope* s = a.scope(u.scope(), Pos{}, Pos{}, false, "package main");
  const char* names[] = {"zeta", "alpha", "mid", "beta", "omega"};
  for (const char* n : names) s->insert(a.object(ObjKind::var, n, Pos{}, Int()));
  ASSERT_EQ(s->elems().size(), 5u);
  for (size_t i = 0; i < 5; i++) EXPECT_EQ(s->elems()[i]->name, names[i]);
}

TEST_F(ScopeTest, ChildrenRecordedInCreationOrder) {
  Scope* pkg = a.scope(u.scope(), Pos{}, Pos{}, false, "package main");
  Scope* f1 = a.scope(pkg, Pos{3, 1}, Pos{5, 2}, true, "function");
  Scope* f2 = a.scope(pkg, Pos{7, 1}, Pos{9, 2}, true, "function");
  ASSERT_EQ(pkg->children.size(), 2u);
  EXPECT_EQ(pkg->children[0], f1);
  EXPECT_EQ(pkg->children[1], f2);
  EXPECT_EQ(f1->parent, pkg);
}

TEST_F(ScopeTest, InnerDeclarationShadowsOuter) {
  Scope* pkg = a.scope(u.scope(), Pos{}, Pos{}, false, "package main");
  Scope* fn = a.scope(pkg, Pos{3, 1}, Pos{9, 2}, true, "function");
  Object* int_var = local(fn, "int", Pos{4, 2});  // var int = 1 shadows the type
  auto [s, o] = fn->lookup_parent("int", Pos{5, 2});
  EXPECT_EQ(o, int_var);
  EXPECT_EQ(s, fn);
  auto [s2, o2] = pkg->lookup_parent("int", Pos{5, 2});
  EXPECT_EQ(o2, u.lookup("int"));
  EXPECT_EQ(s2, u.scope());
}

TEST_F(ScopeTest, LocalVisibleOnlyAfterDeclaration) {
  // func f() {           // line 3
  //     println(x)       // line 4: the package x
  //     x := x           // line 5: scope of the new x begins at the end of the statement
  //     println(x)       // line 6: the local x
  Scope* pkg = a.scope(u.scope(), Pos{}, Pos{}, false, "package main");
  Object* gx = a.object(ObjKind::var, "x", Pos{1, 5}, Int());
  pkg->insert(gx);
  Scope* fn = a.scope(pkg, Pos{3, 8}, Pos{7, 1}, true, "function");
  Object* lx = local(fn, "x", Pos{5, 11});  // scope_pos = end of `x := x`
  EXPECT_EQ(fn->lookup_parent("x", Pos{4, 10}).second, gx);
  EXPECT_EQ(fn->lookup_parent("x", Pos{5, 7}).second, gx);  // the right-hand x
  EXPECT_EQ(fn->lookup_parent("x", Pos{5, 11}).second, lx);
  EXPECT_EQ(fn->lookup_parent("x", Pos{6, 10}).second, lx);
  // An invalid position ignores declaration order.
  EXPECT_EQ(fn->lookup_parent("x", Pos{}).second, lx);
}

TEST_F(ScopeTest, PackageLevelVisibleEverywhere) {
  // Package-level objects have no scope_pos: usable before their declaration.
  Scope* pkg = a.scope(u.scope(), Pos{}, Pos{}, false, "package main");
  Scope* fn = a.scope(pkg, Pos{3, 1}, Pos{5, 2}, true, "function");
  Object* later = a.object(ObjKind::func, "later", Pos{20, 6}, nullptr);
  pkg->insert(later);
  EXPECT_EQ(fn->lookup_parent("later", Pos{4, 2}).second, later);
}

TEST_F(ScopeTest, LookupParentNotFound) {
  Scope* pkg = a.scope(u.scope(), Pos{}, Pos{}, false, "package main");
  auto [s, o] = pkg->lookup_parent("undefined_name", Pos{1, 1});
  EXPECT_EQ(s, nullptr);
  EXPECT_EQ(o, nullptr);
}

TEST_F(ScopeTest, NestedBlocksSearchOutward) {
  Scope* pkg = a.scope(u.scope(), Pos{}, Pos{}, false, "package main");
  Scope* fn = a.scope(pkg, Pos{1, 1}, Pos{20, 1}, true, "function");
  Scope* blk = a.scope(fn, Pos{3, 1}, Pos{10, 1}, true, "block");
  Object* y = local(fn, "y", Pos{2, 2});
  Object* y2 = local(blk, "y", Pos{5, 2});
  EXPECT_EQ(blk->lookup_parent("y", Pos{4, 2}).second, y);  // before the inner y
  EXPECT_EQ(blk->lookup_parent("y", Pos{6, 2}).second, y2);
  EXPECT_EQ(fn->lookup_parent("y", Pos{12, 2}).second, y);  // after the block
}

TEST_F(ScopeTest, ObjectIdentityRules) {
  Object* x1 = var("x", Int(), kVarField, &main_pkg);
  Object* x2 = var("x", Int(), kVarField, &io_pkg);
  Object* X1 = var("X", Int(), kVarField, &main_pkg);
  Object* X2 = var("X", Int(), kVarField, &io_pkg);
  EXPECT_FALSE(x1->same_id(*x2));
  EXPECT_TRUE(X1->same_id(*X2));
  EXPECT_FALSE(x1->same_id(*X1));
  EXPECT_TRUE(X1->exported());
  EXPECT_FALSE(x1->exported());
}

}  // namespace
}  // namespace gopark::interp
