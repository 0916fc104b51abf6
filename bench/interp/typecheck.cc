// typecheck.cc - parses and type-checks a Go file (bench/interp/
// gen_typecheck.mjs makes one) several times and prints the best time:
// "RESULT <seconds> s". The peer is bench/go/typecheck (go/types on the
// same file).
//
//   typecheck FILE.go [REPS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "interp/check.h"
#include "stdlib/stdlib.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: typecheck FILE.go [REPS]\n");
    return 2;
  }
  std::ifstream f(argv[1], std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  std::string src = ss.str();
  int reps = argc > 2 ? std::atoi(argv[2]) : 5;
  double best = 1e9;
  for (int i = 0; i < reps; i++) {
    auto t0 = std::chrono::steady_clock::now();
    gopark::interp::Diags diags;
    gopark::interp::Program prog(gopark::stdlib::load);
    prog.check_file(argv[1], src, &diags);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!diags.empty()) {
      std::fputs(diags.format(argv[1]).c_str(), stderr);
      return 1;
    }
    best = std::min(best, s);
  }
  std::printf("RESULT %.6f s\n", best);
  return 0;
}
