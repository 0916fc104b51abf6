// stdlib.cc - the loader over the embedded package sources.
#include "stdlib/stdlib.h"

#include <mutex>

#include "stdlib/native/natives.h"

#include <algorithm>
#include <cstddef>
#include <string>

namespace gopark::stdlib {
namespace embedded {
struct File {
  const char* pkg;
  const char* name;
  const unsigned char* data;
  size_t size;
};
extern const File kFiles[];  // stdlib_embedded.cc, generated; ends with a null entry
}  // namespace embedded

bool load(std::string_view path, std::vector<interp::SourceFile>* out) {
  // The natives must be known before a package using them is compiled.
  static std::once_flag natives;
  std::call_once(natives, [] {
    register_errors_natives();
    register_sync_natives();
    register_atomic_natives();
    register_time_natives();
    register_context_natives();
    register_fmt_natives();
    register_os_natives();
    register_runtime_natives();
    register_strconv_natives();
    register_utf8_natives();
    register_math_natives();
    register_strings_natives();
    register_unicode_natives();
    register_strconv_text_natives();
    register_log_natives();
    register_sort_natives();
    register_http_natives();
  });
  bool found = false;
  for (const embedded::File* f = embedded::kFiles; f->pkg; f++) {
    if (path != f->pkg) continue;
    found = true;
    out->push_back({f->name, std::string(reinterpret_cast<const char*>(f->data), f->size)});
  }
  return found;
}

std::vector<std::string_view> packages() {
  std::vector<std::string_view> out;
  for (const embedded::File* f = embedded::kFiles; f->pkg; f++)
    if (out.empty() || out.back() != f->pkg) out.push_back(f->pkg);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace gopark::stdlib
