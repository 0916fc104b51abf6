// natives.h - the standard library's C++ functions (interp/native.h):
// each file of stdlib/native/ registers one package's.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "interp/native.h"

namespace gopark::stdlib {

void register_errors_natives();
void register_sync_natives();
void register_atomic_natives();
void register_time_natives();
void register_context_natives();
void register_fmt_natives();
void register_os_natives();
void register_runtime_natives();
void register_strconv_natives();
void register_utf8_natives();
void register_math_natives();
void register_strings_natives();
void register_unicode_natives();
void register_strconv_text_natives();

// unicode.cc: Go 1.22's Unicode tables for the text packages' natives.
// which: 0 upper, 1 lower, 2 title case.
bool unicode_is_letter(int64_t r);
bool unicode_is_digit(int64_t r);
bool unicode_is_space(int64_t r);
bool unicode_is_print(int64_t r);
bool unicode_is_graphic(int64_t r);
int64_t unicode_to(int which, int64_t r);
int64_t unicode_simple_fold(int64_t r);
void register_log_natives();
void register_sort_natives();
void register_http_natives();

// strconv.FormatFloat(f, fmt, prec, bitSize): 'e', 'E', 'f', 'g', 'G'.
std::string format_float(double f, char fmt, int prec, int bit_size);

// Register-form readers and writers for natives' arguments.
inline std::string_view arg_string(const uint64_t* r) {
  return std::string_view(reinterpret_cast<const char*>(static_cast<uintptr_t>(r[0])),
                          size_t(r[1]));
}
inline double arg_float(const uint64_t* r) {
  double d;
  std::memcpy(&d, r, 8);
  return d;
}
inline void set_float(uint64_t* r, double d) {
  std::memcpy(r, &d, 8);
}
inline uint8_t* arg_ptr(uint64_t w) {
  return reinterpret_cast<uint8_t*>(static_cast<uintptr_t>(w));
}

}  // namespace gopark::stdlib
