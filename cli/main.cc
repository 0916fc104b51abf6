// main.cc - the gopark command.
//
//   gopark vet prog.go    diagnostics as prog.go:LINE:COL: message, sorted,
//                         at most 10 then "too many errors"; exit 1 if any
//   gopark vet -json prog.go
//                         all diagnostics as a JSON array (file, line, col,
//                         endLine, endCol, message) for editors; exit as above
//
// vet parses and type-checks the program against the embedded standard
// library; `gopark run` comes with the VM (issue order 3).
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "interp/check.h"
#include "interp/diag.h"
#include "stdlib/stdlib.h"

namespace {

int usage() {
  std::fputs(
      "usage: gopark <command> [arguments]\n"
      "\n"
      "commands:\n"
      "  vet [-json] FILE.go   report syntax and type errors in Go's format (or as JSON)\n",
      stderr);
  return 2;
}

bool read_file(const char* path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

// The file name as diagnostics show it: what the user typed.
int vet(const char* path, bool json) {
  std::string src;
  if (!read_file(path, &src)) {
    std::fprintf(stderr, "gopark: open %s: no such file or directory\n", path);
    return 1;
  }
  gopark::interp::Diags diags;
  gopark::interp::Program prog(gopark::stdlib::load);
  prog.check_file(path, src, &diags);
  if (json) {
    std::string text = diags.to_json(path) + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
    return diags.empty() ? 0 : 1;
  }
  if (diags.empty()) return 0;
  std::string text = diags.format(path);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  if (std::strcmp(argv[1], "vet") == 0) {
    bool json = argc == 4 && std::strcmp(argv[2], "-json") == 0;
    if (argc != 3 && !json) return usage();
    return vet(argv[argc - 1], json);
  }
  return usage();
}
