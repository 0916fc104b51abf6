// diag_test.cc - diagnostics as the CLI and the editor receive them.
#include "interp/diag.h"

#include <gtest/gtest.h>

namespace gopark::interp {
namespace {

TEST(Diags, FormatSortsAndPrintsGoStyle) {
  Diags d;
  d.error({7, 2}, "second");
  d.error({3, 14}, "first");
  EXPECT_EQ(d.format("prog.go"), "prog.go:3:14: first\nprog.go:7:2: second\n");
}

TEST(Diags, FormatStopsAtTenWithTooManyErrors) {
  Diags d;
  for (int i = 1; i <= 12; i++) d.error({i, 1}, "e" + std::to_string(i));
  std::string s = d.format("p.go");
  EXPECT_NE(s.find("p.go:10:1: e10\n"), std::string::npos) << s;
  EXPECT_EQ(s.find("p.go:11:1: e11"), std::string::npos) << s;
  EXPECT_NE(s.find("too many errors"), std::string::npos) << s;
}

TEST(Diags, JsonCarriesExtentsAndEscapes) {
  Diags d;
  d.error({4, 9}, {4, 12}, "undefined: \"x\"\tq");
  d.error({2, 1}, "first");
  EXPECT_EQ(d.to_json("a\\b.go"),
            "[{\"file\":\"a\\\\b.go\",\"line\":2,\"col\":1,\"endLine\":2,\"endCol\":1,"
            "\"message\":\"first\"},"
            "{\"file\":\"a\\\\b.go\",\"line\":4,\"col\":9,\"endLine\":4,\"endCol\":12,"
            "\"message\":\"undefined: \\\"x\\\"\\tq\"}]");
}

TEST(Diags, JsonOfNothingIsEmptyArray) {
  Diags d;
  EXPECT_EQ(d.to_json("p.go"), "[]");
}

}  // namespace
}  // namespace gopark::interp
