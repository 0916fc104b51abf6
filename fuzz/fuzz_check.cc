// fuzz_check - libFuzzer target: parse and type-check one file as package
// main, importing from the embedded standard library.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "interp/check.h"
#include "interp/diag.h"
#include "stdlib/stdlib.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view src(reinterpret_cast<const char*>(data), size);
  gopark::interp::Diags diags;
  gopark::interp::Program prog(gopark::stdlib::load);
  prog.check_file("prog.go", src, &diags);
  (void)diags.format("prog.go");
  return 0;
}
