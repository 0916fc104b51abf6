// check_test.cc - the type checker's facts for the compiler (Info), the
// standard library checking clean, and diagnostics the Go-file tests in
// tests/go/types cannot express (positions inside the line, JSON).
#include <gtest/gtest.h>

#include "interp/check.h"
#include "interp/parser.h"
#include "stdlib/stdlib.h"

namespace gopark::interp {
namespace {

struct Checked {
  std::string src;
  Diags diags;
  Program prog{stdlib::load};
  Package* pkg = nullptr;
  explicit Checked(std::string s) : src(std::move(s)) {
    pkg = prog.check_file("prog.go", src, &diags);
  }
  std::string errors() const { return diags.format("prog.go"); }
  // The expression whose source text starts at line:col.
  const Expr* expr_at(int line, int col) const {
    for (auto& [e, v] : prog_info().consts)
      if (e->pos.line == line && e->pos.col == col) return e;
    return nullptr;
  }
  const Info& prog_info() const { return const_cast<Program&>(prog).info(); }
  Object* lookup(std::string_view name) const { return pkg->scope->lookup(name); }
};

TEST(Check, EveryStdlibPackageChecksClean) {
  for (std::string_view path : stdlib::packages()) {
    Program prog(stdlib::load);
    Diags d;
    Package* p = prog.import(path, Pos{1, 1}, &d);
    ASSERT_NE(p, nullptr) << path;
    EXPECT_TRUE(d.empty()) << path << ":\n" << d.format("import");
  }
}

TEST(Check, UnknownPackageIsReportedAtTheImport) {
  Checked c("package main\n\nimport \"nosuch/pkg\"\n\nfunc main() {}\n");
  EXPECT_EQ(c.errors(), "prog.go:3:8: package nosuch/pkg is not in std\n");
}

TEST(Check, BadReceiveIsReportedAtTheOperand) {
  // As Go: at the channel operand, not at the arrow.
  Checked c("package main\n\nfunc main() {\n\tvar s chan<- int\n\tx := <-s\n\t<-5\n\t_ = x\n}\n");
  EXPECT_EQ(c.errors(),
            "prog.go:5:9: invalid operation: cannot receive from send-only channel s (variable "
            "of type chan<- int)\n"
            "prog.go:6:4: invalid operation: cannot receive from non-channel 5 (untyped int "
            "constant)\n");
}

TEST(Check, UntypedConstantsTakeTheirContextsType) {
  Checked c("package main\n\nfunc main() {\n\tvar f float64 = 1 + 2\n\t_ = f\n}\n");
  ASSERT_EQ(c.errors(), "");
  // 1 + 2 is a float64 constant; its operands are never materialized and
  // keep their untyped types (as go/types records them).
  const Expr* sum = nullptr;
  for (auto& [e, v] : c.prog_info().consts)
    if (e->kind == NodeKind::BinaryExpr) sum = e;
  ASSERT_NE(sum, nullptr);
  EXPECT_EQ(type_string(sum->type), "float64");
  auto* b = static_cast<const BinaryExpr*>(sum);
  EXPECT_EQ(type_string(b->x->type), "untyped int");
  EXPECT_EQ(type_string(b->y->type), "untyped int");
  EXPECT_EQ(c.prog_info().consts.at(sum).to_string(), "3");
}

TEST(Check, ShiftOfUntypedConstantTakesTheTypeOfItsContext) {
  Checked c(
      "package main\n\nfunc main() {\n\tvar s uint = 3\n\tvar x int64 = 1 << s\n\t_ = x\n}\n");
  ASSERT_EQ(c.errors(), "");
  Checked bad(
      "package main\n\nfunc main() {\n\tvar s uint = 3\n\tvar f float64 = 1 << s\n\t_ = f\n}\n");
  EXPECT_EQ(bad.errors(),
            "prog.go:5:18: invalid operation: shifted operand 1 (type float64) must be integer\n");
}

TEST(Check, InitializationOrderFollowsDependencies) {
  Checked c(
      "package main\n\nvar a = b + 1\nvar b = f()\n\nfunc f() int { return c }\n\nvar c = 2\n\n"
      "func main() {}\n");
  ASSERT_EQ(c.errors(), "");
  std::vector<std::string> order;
  for (auto& in : c.prog_info().init_order) order.push_back(in.lhs[0]->name);
  EXPECT_EQ(order, (std::vector<std::string>{"c", "b", "a"}));
}

TEST(Check, SelectorsThroughEmbeddedFieldsRecordTheirPath) {
  Checked c(
      "package main\n\ntype Inner struct{ n int }\n\nfunc (i *Inner) Inc() { i.n++ }\n\n"
      "type Outer struct {\n\tname string\n\tInner\n}\n\n"
      "func main() {\n\tvar o Outer\n\to.Inc()\n\t_ = o.n\n}\n");
  ASSERT_EQ(c.errors(), "");
  bool saw_field = false, saw_method = false;
  for (auto& [sel, s] : c.prog_info().selections) {
    if (sel->sel->name == "n" && sel->pos.line == 15) {
      saw_field = true;
      EXPECT_EQ(s.kind, SelectionKind::field);
      EXPECT_EQ(s.index, (std::vector<int>{1, 0}));
    }
    if (sel->sel->name == "Inc") {
      saw_method = true;
      EXPECT_EQ(s.kind, SelectionKind::method);
      EXPECT_EQ(s.index, (std::vector<int>{1, 0}));
    }
  }
  EXPECT_TRUE(saw_field);
  EXPECT_TRUE(saw_method);
}

TEST(Check, InferredTypeArgumentsAreRecorded) {
  Checked c(
      "package main\n\nfunc Map[T, U any](xs []T, f func(T) U) []U {\n\tvar out []U\n"
      "\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}\n\n"
      "func main() {\n\t_ = Map([]int{1}, func(i int) string { return \"\" })\n}\n");
  ASSERT_EQ(c.errors(), "");
  bool found = false;
  for (auto& [e, targs] : c.prog_info().instances) {
    if (e->pos.line != 12) continue;
    found = true;
    ASSERT_EQ(targs.size(), 2u);
    EXPECT_EQ(type_string(targs[0]), "int");
    EXPECT_EQ(type_string(targs[1]), "string");
  }
  EXPECT_TRUE(found);
}

TEST(Check, CommaOkFormsAreRecorded) {
  Checked c(
      "package main\n\nfunc main() {\n\tm := map[string]int{}\n\tv, ok := m[\"a\"]\n"
      "\tc := make(chan int)\n\tw, open := <-c\n\t_, _, _, _ = v, ok, w, open\n}\n");
  ASSERT_EQ(c.errors(), "");
  EXPECT_EQ(c.prog_info().comma_ok.size(), 2u);
}

TEST(Check, DiagnosticsStopAtTenAndAreSorted) {
  std::string src = "package main\n\nfunc main() {\n";
  for (int i = 0; i < 12; i++) src += "\t_ = undefined" + std::to_string(i) + "\n";
  src += "}\n";
  Checked c(src);
  std::string out = c.errors();
  EXPECT_NE(out.find("prog.go:4:6: undefined: undefined0\n"), std::string::npos) << out;
  EXPECT_NE(out.find("too many errors"), std::string::npos) << out;
}

TEST(Check, SyntaxErrorsStopBeforeTypeChecking) {
  Checked c("package main\n\nfunc main() {\n\tx := \n}\n");
  EXPECT_EQ(c.errors(), "prog.go:5:1: syntax error: unexpected }, expected expression\n");
}

}  // namespace
}  // namespace gopark::interp
