// fuzz_parse - libFuzzer target: the lexer and parser on arbitrary bytes.
// Diagnostics are fine; a crash, a hang or a sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "interp/diag.h"
#include "interp/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view src(reinterpret_cast<const char*>(data), size);
  gopark::interp::Diags diags;
  auto ast = gopark::interp::parse_file(src, &diags);
  (void)diags.format("prog.go");
  return 0;
}
