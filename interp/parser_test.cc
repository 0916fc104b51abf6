// parser_test.cc - the parser: tree shapes (as dump() S-expressions),
// Go's syntax error messages and positions, and a parse check over Go's own
// test programs.
#include "interp/parser.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace gopark::interp {
namespace {

// "line:col: msg" per diagnostic, as Go reports them (first per line).
std::string errors_of(const std::string& src) {
  Diags d;
  auto ast = parse_file(src, &d);
  std::string out;
  for (const Diagnostic& e : d.sorted())
    out += std::to_string(e.pos.line) + ":" + std::to_string(e.pos.col) + ": " + e.msg + "\n";
  return out;
}

// The declarations of a file "package p\n" + src, one dump per line.
std::string decls(const std::string& src) {
  std::string full = "package p\n" + src;
  Diags d;
  auto ast = parse_file(full, &d);
  EXPECT_TRUE(d.empty()) << d.format("x.go") << "in:\n" << src;
  std::string out;
  for (Decl* x : ast->file->decls) out += (out.empty() ? "" : "\n") + dump(x);
  return out;
}

// The statements of a function body, space-separated.
std::string stmts(const std::string& body) {
  std::string full = "package p\nfunc f() {\n" + body + "\n}\n";
  Diags d;
  auto ast = parse_file(full, &d);
  EXPECT_TRUE(d.empty()) << d.format("x.go") << "in:\n" << body;
  auto* f = as<FuncDecl>(ast->file->decls[0]);
  std::string out;
  for (Stmt* s : f->body->stmts) out += (out.empty() ? "" : " ") + dump(s);
  return out;
}

// One expression, from `_ = x`.
std::string expr(const std::string& x) {
  std::string s = stmts("_ = " + x);
  const std::string pre = "(= (_) (";
  EXPECT_EQ(s.rfind(pre, 0), 0u) << s;
  std::string x1 = s.substr(pre.size(), s.size() - pre.size() - 2);
  if (x1.size() > 1 && x1.front() == '(' && x1.back() == ')') x1 = x1.substr(1, x1.size() - 2);
  return x1;
}

// ---------------------------------------------------------------------------
// Files and declarations

TEST(Parser, PackageAndImports) {
  Diags d;
  auto ast = parse_file(
      "package main\nimport \"fmt\"\nimport (\n\tf \"fmt\"\n\t. \"math\"\n\t_ \"os\"\n)\n", &d);
  ASSERT_TRUE(d.empty());
  EXPECT_EQ(dump(ast->file),
            "(file main (import \"fmt\") (import (f \"fmt\") (. \"math\") (_ \"os\")))");
  EXPECT_EQ(ast->file->imports.size(), 4u);
}

TEST(Parser, ConstGroupKeepsIotaIndex) {
  EXPECT_EQ(decls("const (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n)"),
            "(const (spec#0 A = iota) (spec#1 B) (spec#2 C D : int = 1 2))");
}

TEST(Parser, VarDecls) {
  EXPECT_EQ(
      decls("var x int\nvar y = 1\nvar a, b string = \"a\", \"b\""),
      "(var (spec#0 x : int))\n(var (spec#0 y = 1))\n(var (spec#0 a b : string = \"a\" \"b\"))");
}

TEST(Parser, TypeDeclsAndAlias) {
  EXPECT_EQ(decls("type A int\ntype B = A\ntype C [4]int\ntype D []int\ntype E [N * 2]int"),
            "(type (typespec A int))\n(type (typespec B = A))\n(type (typespec C (array 4 int)))\n"
            "(type (typespec D ([] int)))\n(type (typespec E (array (* N 2) int)))");
}

TEST(Parser, GenericTypeDecls) {
  EXPECT_EQ(decls("type L[T any] struct{ next *L[T]; v T }"),
            "(type (typespec L (tparams (field T any)) (struct (field next (* (index L T))) "
            "(field v T))))");
  EXPECT_EQ(decls("type M[K comparable, V any] map[K]V"),
            "(type (typespec M (tparams (field K comparable) (field V any)) (map K V)))");
  // As in Go, [T *int] is an array length; a trailing comma makes it a
  // type parameter.
  EXPECT_EQ(decls("type P[T *int,] struct{}"),
            "(type (typespec P (tparams (field T (* int))) (struct)))");
  EXPECT_EQ(decls("type A[N * M]int"), "(type (typespec A (array (* N M) int)))");
  EXPECT_EQ(decls("type Q[T []int | ~string] T"),
            "(type (typespec Q (tparams (field T (| ([] int) (~ string)))) T))");
  EXPECT_EQ(decls("type N[T interface{ ~int | ~string }] []T"),
            "(type (typespec N (tparams (field T (interface (field (| (~ int) (~ string)))))) ([] "
            "T)))");
}

TEST(Parser, Funcs) {
  EXPECT_EQ(decls("func f(a, b int, c string) (int, error) { return 0, nil }"),
            "(funcdecl f (func (params (field a b int) (field c string)) (results (field int) "
            "(field error))) (block (return 0 nil)))");
  EXPECT_EQ(decls("func g(xs ...int) {}"),
            "(funcdecl g (func (params (field xs (... int)))) (block))");
  EXPECT_EQ(decls("func h(int, string) (n int, err error)"),
            "(funcdecl h (func (params (field int) (field string)) (results (field n int) (field "
            "err error))) _)");
}

TEST(Parser, GenericFuncs) {
  EXPECT_EQ(decls("func Map[T, U any](s []T, f func(T) U) []U { return nil }"),
            "(funcdecl Map (func (tparams (field T U any)) (params (field s ([] T)) (field f (func "
            "(params (field T)) (results (field U))))) (results (field ([] U)))) (block (return "
            "nil)))");
  EXPECT_EQ(
      decls("func Sum[T ~int | ~float64](xs ...T) T { return 0 }"),
      "(funcdecl Sum (func (tparams (field T (| (~ int) (~ float64)))) (params (field xs (... "
      "T))) (results (field T))) (block (return 0)))");
}

TEST(Parser, Methods) {
  EXPECT_EQ(decls("func (c *Counter) Inc() { c.n++ }"),
            "(funcdecl (recv (field c (* Counter))) Inc (func (params)) (block (++ (. c n))))");
  EXPECT_EQ(
      decls("func (l *List[T]) Push(v T) {}"),
      "(funcdecl (recv (field l (* (index List T)))) Push (func (params (field v T))) (block))");
  EXPECT_EQ(decls("func (Pair[K, V]) String() string"),
            "(funcdecl (recv (field (index Pair K V))) String (func (params) (results (field "
            "string))) _)");
}

// ---------------------------------------------------------------------------
// Types

TEST(Parser, TypeExpressions) {
  EXPECT_EQ(decls("var x [3][]map[string]*int"),
            "(var (spec#0 x : (array 3 ([] (map string (* int))))))");
  EXPECT_EQ(
      decls("var c chan int\nvar s chan<- int\nvar r <-chan int\nvar cc chan<- <-chan int"),
      "(var (spec#0 c : (chan int)))\n(var (spec#0 s : (chan<- int)))\n(var (spec#0 r : (<-chan "
      "int)))\n(var (spec#0 cc : (chan<- (<-chan int))))");
  EXPECT_EQ(decls("var f func(int) (string, bool)"),
            "(var (spec#0 f : (func (params (field int)) (results (field string) (field bool)))))");
}

TEST(Parser, StructTypes) {
  EXPECT_EQ(
      decls("type S struct {\n\ta, b int `json:\"a\"`\n\tsync.Mutex\n\t*Node\n\tList[int]\n\tarr "
            "[4]int\n}"),
      "(type (typespec S (struct (field a b int `json:\"a\"`) (field (. sync Mutex)) (field (* "
      "Node)) (field (index List int)) (field arr (array 4 int)))))");
}

TEST(Parser, InterfaceTypes) {
  EXPECT_EQ(
      decls("type I interface {\n\tRead(p []byte) (int, error)\n\tfmt.Stringer\n\t~int | "
            "string\n\tC[int]\n}"),
      "(type (typespec I (interface (field Read (func (params (field p ([] byte))) (results "
      "(field int) (field error)))) (field (. fmt Stringer)) (field (| (~ int) string)) (field "
      "(index C int)))))");
}

// ---------------------------------------------------------------------------
// Expressions

TEST(Parser, Precedence) {
  EXPECT_EQ(expr("a + b * c"), "+ a (* b c)");
  EXPECT_EQ(expr("a*b + c"), "+ (* a b) c");
  EXPECT_EQ(expr("a || b && c == d"), "|| a (&& b (== c d))");
  EXPECT_EQ(expr("a - b - c"), "- (- a b) c");
  EXPECT_EQ(expr("x << 1 | y &^ z"), "| (<< x 1) (&^ y z)");
  EXPECT_EQ(expr("-a * !b"), "* (- a) (! b)");
}

TEST(Parser, UnaryAndReceive) {
  EXPECT_EQ(expr("<-ch"), "<- ch");
  EXPECT_EQ(expr("*p"), "* p");
  EXPECT_EQ(expr("&T{1}"), "& (lit T 1)");
  EXPECT_EQ(expr("^x"), "^ x");
  EXPECT_EQ(expr("<-chan int(nil)"), "<- (call (chan int) nil)");
  EXPECT_EQ(expr("(<-chan int)(nil)"), "call (paren (<-chan int)) nil");
}

TEST(Parser, CallsIndexSliceSelector) {
  EXPECT_EQ(expr("f(a, b...)"), "call... f a b");
  EXPECT_EQ(expr("a.b.c(1)"), "call (. (. a b) c) 1");
  EXPECT_EQ(expr("m[k]"), "index m k");
  EXPECT_EQ(expr("Map[int, string](xs, f)"), "call (index Map int string) xs f");
  EXPECT_EQ(expr("s[1:]"), "slice s 1 _");
  EXPECT_EQ(expr("s[:n]"), "slice s _ n");
  EXPECT_EQ(expr("s[i:j:k]"), "slice3 s i j k");
  EXPECT_EQ(expr("x.(int)"), "assert x int");
  EXPECT_EQ(expr("make(chan int, 10)"), "call make (chan int) 10");
  EXPECT_EQ(expr("[]byte(s)"), "call ([] byte) s");
}

TEST(Parser, CompositeLiterals) {
  EXPECT_EQ(expr("Point{X: 1, Y: 2}"), "lit Point (kv X 1) (kv Y 2)");
  EXPECT_EQ(expr("[]Point{{1, 2}, {3, 4}}"), "lit ([] Point) (lit _ 1 2) (lit _ 3 4)");
  EXPECT_EQ(expr("map[string][]int{\"a\": {1}}"), "lit (map string ([] int)) (kv \"a\" (lit _ 1))");
  EXPECT_EQ(expr("[...]int{1, 2, 3,\n}"), "lit (array ... int) 1 2 3");
  EXPECT_EQ(expr("struct{ a int }{1}"), "lit (struct (field a int)) 1");
  EXPECT_EQ(expr("pkg.T[int]{}"), "lit (index (. pkg T) int)");
}

TEST(Parser, FuncLiterals) {
  EXPECT_EQ(expr("func(x int) int { return x * 2 }"),
            "funclit (func (params (field x int)) (results (field int))) (block (return (* x 2)))");
  EXPECT_EQ(stmts("go func() {\n\tch <- 1\n}()"),
            "(go (call (funclit (func (params)) (block (send ch 1)))))");
}

TEST(Parser, Literals) {
  EXPECT_EQ(expr("0x1F"), "0x1F");
  EXPECT_EQ(expr("1.5e3"), "1.5e3");
  EXPECT_EQ(expr("2i"), "2i");
  EXPECT_EQ(expr("'a'"), "'a'");
  EXPECT_EQ(expr("`raw`"), "`raw`");
  EXPECT_EQ(expr("(a + b) * c"), "* (paren (+ a b)) c");  // kept, as Go
}

// ---------------------------------------------------------------------------
// Statements

TEST(Parser, SimpleStatements) {
  EXPECT_EQ(stmts("x := 1\nx = 2\nx += 3\nx++\ny--\nch <- x\nf()\na, b = b, a"),
            "(:= (x) (1)) (= (x) (2)) (+= (x) (3)) (++ x) (-- y) (send ch x) (expr (call f)) (= (a "
            "b) (b a))");
}

TEST(Parser, DeclStatements) {
  EXPECT_EQ(stmts("var x int\nconst c = 1\ntype T struct{}"),
            "(var (spec#0 x : int)) (const (spec#0 c = 1)) (type (typespec T (struct)))");
}

TEST(Parser, GoDeferReturn) {
  EXPECT_EQ(stmts("go worker(i, ch)\ndefer wg.Done()\nreturn"),
            "(go (call worker i ch)) (defer (call (. wg Done))) (return)");
}

TEST(Parser, BranchesAndLabels) {
  EXPECT_EQ(
      stmts("outer:\n\tfor {\n\t\tbreak outer\n\t}\n\tgoto end\nend:\n\tcontinue\n\tfallthrough"),
      "(label outer (for _ _ _ (block (break outer)))) (goto end) (label end (continue)) "
      "(fallthrough)");
  EXPECT_EQ(stmts("{\nL:\n}"), "(block (label L (empty)))");
}

TEST(Parser, IfElseChains) {
  EXPECT_EQ(stmts("if x := f(); x > 0 {\n} else if x < 0 {\n} else {\n\ty()\n}"),
            "(if (:= (x) ((call f))) (> x 0) (block) (if _ (< x 0) (block) (block (expr (call "
            "y)))))");
}

TEST(Parser, CompositeLiteralInHeaderNeedsParens) {
  // `T{` in a header opens the block; inside parentheses it is a literal.
  EXPECT_EQ(stmts("if x == (T{}) {\n}"), "(if _ (== x (paren (lit T))) (block) _)");
  EXPECT_EQ(stmts("for _, v := range []int{1, 2} {\n}"),
            "(range _ v := (lit ([] int) 1 2) (block))");
  EXPECT_EQ(stmts("if ok {\n}"), "(if _ ok (block) _)");
  EXPECT_EQ(stmts("switch s := (S{1}); s.a {\n}"), "(switch (:= (s) ((paren (lit S 1)))) (. s a))");
}

TEST(Parser, Switches) {
  EXPECT_EQ(stmts("switch x := f(); x {\ncase 1, 2:\n\tg()\ncase 3:\ndefault:\n}"),
            "(switch (:= (x) ((call f))) x (case (1 2) (expr (call g))) (case (3)) (default))");
  EXPECT_EQ(stmts("switch {\ncase a > b:\n\tfallthrough\n}"),
            "(switch _ _ (case ((> a b)) (fallthrough)))");
}

TEST(Parser, TypeSwitches) {
  EXPECT_EQ(stmts("switch v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}"),
            "(typeswitch _ v x (case (int string)) (case (nil)) (default))");
  EXPECT_EQ(stmts("switch y := 1; x.(type) {\n}"), "(typeswitch (:= (y) (1)) _ x)");
}

TEST(Parser, Select) {
  EXPECT_EQ(stmts("select {\ncase v := <-c1:\n\tuse(v)\ncase v, ok := <-c2:\ncase x = <-c3:\ncase "
                  "<-done:\n\treturn\ncase out <- 1:\ndefault:\n}"),
            "(select (comm (:= (v) ((<- c1))) (expr (call use v))) (comm (:= (v ok) ((<- c2)))) "
            "(comm (= (x) ((<- c3)))) (comm (expr (<- done)) (return)) (comm (send out 1)) "
            "(default))");
}

TEST(Parser, ForForms) {
  EXPECT_EQ(stmts("for {\n}"), "(for _ _ _ (block))");
  EXPECT_EQ(stmts("for i < n {\n}"), "(for _ (< i n) _ (block))");
  EXPECT_EQ(stmts("for i := 0; i < n; i++ {\n}"), "(for (:= (i) (0)) (< i n) (++ i) (block))");
  EXPECT_EQ(stmts("for ;; {\n}"), "(for _ _ _ (block))");
  EXPECT_EQ(stmts("for k, v := range m {\n}"), "(range k v := m (block))");
  EXPECT_EQ(stmts("for k = range m {\n}"), "(range k = m (block))");
  EXPECT_EQ(stmts("for range 10 {\n}"), "(range 10 (block))");
  EXPECT_EQ(stmts("for i := range seq {\n}"), "(range i := seq (block))");
}

TEST(Parser, EmptyStatements) {
  EXPECT_EQ(stmts(";"), "(empty)");
}

TEST(Parser, PositionsAndEnds) {
  Diags d;
  auto ast = parse_file("package p\nfunc f() {\n\tx := a + bc\n}\n", &d);
  auto* fn = as<FuncDecl>(ast->file->decls[0]);
  auto* a = as<AssignStmt>(fn->body->stmts[0]);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->pos, (Pos{3, 2}));
  EXPECT_EQ(a->op_pos, (Pos{3, 4}));
  auto* b = as<BinaryExpr>(a->rhs[0]);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->pos, (Pos{3, 7}));
  EXPECT_EQ(b->op_pos, (Pos{3, 9}));
  EXPECT_EQ(b->end, (Pos{3, 13}));
  EXPECT_EQ(fn->body->rbrace, (Pos{4, 1}));
  EXPECT_EQ(fn->end, (Pos{4, 2}));
}

// ---------------------------------------------------------------------------
// Syntax errors, worded and placed as Go 1.22's compiler does.

std::string in_func(const std::string& body) {
  return "package main\n\nfunc main() {\n" + body + "\n}\n";
}

TEST(ParserErrors, MissingCommaInCompositeLiteral) {
  EXPECT_EQ(
      errors_of(in_func("\tx := []int{1, 2\n\t}")),
      "4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }\n");
}

TEST(ParserErrors, MissingCommaInArgumentList) {
  EXPECT_EQ(
      errors_of(in_func("\tf(1,\n\t\t2\n\t)")),
      "5:4: syntax error: unexpected newline in argument list; possibly missing comma or )\n");
}

TEST(ParserErrors, UnexpectedBraceExpectedExpression) {
  EXPECT_EQ(errors_of(in_func("\tx := {1}")),
            "4:7: syntax error: unexpected {, expected expression\n"
            "5:1: syntax error: non-declaration statement outside function body\n");
}

TEST(ParserErrors, UnexpectedParenExpectedExpression) {
  EXPECT_EQ(errors_of(in_func("\treturn )")),
            "4:9: syntax error: unexpected ), expected expression\n");
}

TEST(ParserErrors, NonDeclarationOutsideFunction) {
  EXPECT_EQ(errors_of("package main\n\nx := 1\n"),
            "3:1: syntax error: non-declaration statement outside function body\n");
}

TEST(ParserErrors, BraceOnNextLineAfterIf) {
  EXPECT_EQ(errors_of(in_func("\tif x == 1\n\t{\n\t}")),
            "4:11: syntax error: unexpected newline, expected { after if clause\n");
}

TEST(ParserErrors, BraceOnNextLineAfterFunc) {
  EXPECT_EQ(errors_of("package main\n\nfunc main()\n{\n}\n"),
            "4:1: syntax error: unexpected semicolon or newline before {\n");
}

TEST(ParserErrors, ElseWithoutBlock) {
  EXPECT_EQ(errors_of(in_func("\tif true {\n\t} else return")),
            "5:9: syntax error: else must be followed by if or statement block\n");
}

TEST(ParserErrors, DeclareInForPost) {
  EXPECT_EQ(errors_of(in_func("\tfor i := 0; i < 3; j := 1 {\n\t}")),
            "4:23: syntax error: cannot declare in post statement of for loop\n");
}

TEST(ParserErrors, AtEndOfStatement) {
  EXPECT_EQ(errors_of(in_func("\tx := 1 y := 2")),
            "4:9: syntax error: unexpected name y at end of statement\n");
}

TEST(ParserErrors, PackageMustBeFirst) {
  EXPECT_EQ(errors_of("func main() {}\n"), "1:1: syntax error: package statement must be first\n");
}

TEST(ParserErrors, ImportsBeforeDeclarations) {
  EXPECT_EQ(errors_of("package main\n\nvar x = 1\n\nimport \"fmt\"\n"),
            "5:1: syntax error: imports must appear before other declarations\n");
}

TEST(ParserErrors, AssignmentAsCondition) {
  EXPECT_EQ(errors_of(in_func("\tif x = 5 {\n\t}")),
            "4:7: syntax error: cannot use assignment (x) = (5) as value\n");
}

TEST(ParserErrors, MissingConditionInIf) {
  EXPECT_EQ(errors_of(in_func("\tif {\n\t}")),
            "4:5: syntax error: missing condition in if statement\n");
}

TEST(ParserErrors, GoAndDeferNeedCalls) {
  EXPECT_EQ(errors_of(in_func("\tgo f\n\tdefer (g())")),
            "4:5: expression in go must be function call\n"
            "5:8: expression in defer must not be parenthesized\n");
}

TEST(ParserErrors, ThreeIndexSlice) {
  EXPECT_EQ(errors_of(in_func("\tx := a[1::3]")), "4:11: middle index required in 3-index slice\n");
}

TEST(ParserErrors, MissingColonInCase) {
  EXPECT_EQ(errors_of(in_func("\tswitch x {\n\tcase 1\n\t}")),
            "5:8: syntax error: unexpected newline, expected :\n");
}

TEST(ParserErrors, CommaInStruct) {
  EXPECT_EQ(errors_of("package main\n\ntype T struct {\n\ta int,\n\tb int\n}\n"),
            "4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or "
            "newline or }\n");
}

TEST(ParserErrors, MixedNamedParameters) {
  EXPECT_EQ(errors_of("package main\n\nfunc f(a int, b) {}\n"),
            "3:15: syntax error: mixed named and unnamed parameters\n");
}

TEST(ParserErrors, KeywordIsNamed) {
  EXPECT_EQ(errors_of(in_func("\tx := else")),
            "4:7: syntax error: unexpected keyword else, expected expression\n");
}

TEST(ParserErrors, SeveralErrorsAreEachReported) {
  EXPECT_EQ(
      errors_of("package main\n\nfunc a() {\n\tx := 1 +\n}\n\nfunc b() {\n\treturn )\n}\n\nfunc "
                "c() {\n\tif x = 1 {\n\t}\n}\n"),
      "5:1: syntax error: unexpected }, expected expression\n"
      "8:9: syntax error: unexpected ), expected expression\n"
      "12:7: syntax error: cannot use assignment (x) = (1) as value\n");
}

TEST(ParserErrors, RecoversInsideSelect) {
  EXPECT_EQ(errors_of(in_func("\tselect {\n\tcase x := <-c\n\t}\n\tgo f")),
            "5:15: syntax error: unexpected newline, expected :\n"
            "7:5: expression in go must be function call\n");
}

// ---------------------------------------------------------------------------
// Parse check over real Go: every file of a list must parse without
// syntax errors. The list is $GOPARK_PARSE_CORPUS if set (paths absolute
// or relative to GOROOT/test), else tests/corpus/parse-clean.txt.

#ifdef GOPARK_PARSE_CLEAN
TEST(ParserCorpus, ParsesGoTestPrograms) {
  const char* env = std::getenv("GOPARK_PARSE_CORPUS");
  std::string list_path = env && *env ? env : GOPARK_PARSE_CLEAN;
  std::string root = GOPARK_GO_TEST_DIR;
  if (root == "/test") GTEST_FAIL() << "no Go installation was found at configure time";
  std::ifstream list(list_path);
  ASSERT_TRUE(list) << "cannot read " << list_path;
  std::string line, failures;
  int parsed = 0, failed = 0;
  while (std::getline(list, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string path = line[0] == '/' ? line : root + "/" + line;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      failures += path + ": cannot read\n";
      failed++;
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::string src = ss.str();
    Diags d;
    auto ast = parse_file(src, &d);
    parsed++;
    if (!d.empty()) {
      failed++;
      failures += d.format(path, 3);
    }
  }
  std::printf("[ corpus   ] %d files parsed from %s, %d with errors\n", parsed, list_path.c_str(),
              failed);
  EXPECT_EQ(failed, 0) << failures;
}
#endif

}  // namespace
}  // namespace gopark::interp
