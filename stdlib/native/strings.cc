// strings.cc - package strings' searching, splitting and rewriting (and
// bytes' searching and case mapping over the same code), and strconv's
// integer formatting. Case mapping uses unicode.cc's tables.
#include <algorithm>
#include <string>
#include <vector>

#include "interp/value.h"
#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

// The element type of a []string, for the collector: {data pointer, len}.
const interp::TypeInfo& string_type() {
  static const interp::TypeInfo t = [] {
    interp::TypeInfo s;
    s.name = "string";
    s.size = 16;
    s.align = 8;
    s.kind = interp::Kind::string;
    s.ptrmap = {1};
    return s;
  }();
  return t;
}

bool ret_string(NativeCall& c, const std::string& s) {
  return c.new_string(s, c.R);
}

// Returns parts as a new []string at R[0..3).
bool ret_strings(NativeCall& c, const std::vector<std::string>& parts) {
  uint64_t n = parts.size();
  uint64_t* arr = nullptr;
  if (n) {
    arr = static_cast<uint64_t*>(c.vm->alloc(&string_type(), n, n * 16));
    if (!arr) return false;
  }
  c.vm->pin(arr);
  for (uint64_t i = 0; i < n; i++) {
    if (!c.new_string(parts[size_t(i)], arr + 2 * i)) {
      c.vm->unpin();
      return false;
    }
  }
  c.vm->unpin();
  c.R[0] = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(arr));
  c.R[1] = c.R[2] = n;
  return true;
}

std::vector<int64_t> runes(std::string_view s) {
  std::vector<int64_t> out;
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  for (uint64_t i = 0; i < s.size();) {
    int64_t r;
    uint64_t w;
    interp::utf8_decode(p, s.size(), i, &r, &w);
    out.push_back(r);
    i += w;
  }
  return out;
}

// Index of the first (last) rune of s in set; -1 if none.
int64_t index_any(std::string_view s, std::string_view set, bool last) {
  std::vector<int64_t> rs = runes(set);
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t found = -1;
  for (uint64_t i = 0; i < s.size();) {
    int64_t r;
    uint64_t w;
    interp::utf8_decode(p, s.size(), i, &r, &w);
    if (std::find(rs.begin(), rs.end(), r) != rs.end()) {
      found = int64_t(i);
      if (!last) return found;
    }
    i += w;
  }
  return found;
}

int64_t sv_index(std::string_view s, std::string_view sub) {
  size_t i = s.find(sub);
  return i == std::string_view::npos ? -1 : int64_t(i);
}

bool is_space(int64_t r) {
  return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0 || r == 0x1680 ||
         (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F ||
         r == 0x3000;
}

// Trims runes in cutset (or spaces) from the left and/or right.
std::string_view trim(std::string_view s, std::string_view cutset, bool spaces, bool left,
                      bool right) {
  std::vector<int64_t> cs = runes(cutset);
  auto cut = [&](int64_t r) {
    return spaces ? is_space(r) : std::find(cs.begin(), cs.end(), r) != cs.end();
  };
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  uint64_t b = 0, e = s.size();
  if (left)
    while (b < e) {
      int64_t r;
      uint64_t w;
      interp::utf8_decode(p, e, b, &r, &w);
      if (!cut(r)) break;
      b += w;
    }
  if (right)
    while (e > b) {
      uint64_t start = e - 1;
      while (start > b && (p[start] & 0xC0) == 0x80) start--;
      int64_t r;
      uint64_t w;
      interp::utf8_decode(p, e, start, &r, &w);
      if (start + w != e) r = 0xFFFD;
      if (!cut(r)) break;
      e = start;
    }
  return s.substr(size_t(b), size_t(e - b));
}

// Go's genSplit: n < 0 all, n == 0 none; sepSave bytes of sep kept.
std::vector<std::string> split(std::string_view s, std::string_view sep, size_t save, int64_t n) {
  std::vector<std::string> out;
  if (n == 0) return out;
  if (sep.empty()) {
    // Into UTF-8 sequences.
    auto* p = reinterpret_cast<const uint8_t*>(s.data());
    for (uint64_t i = 0; i < s.size();) {
      if (n > 0 && int64_t(out.size()) == n - 1) {
        out.emplace_back(s.substr(size_t(i)));
        return out;
      }
      int64_t r;
      uint64_t w;
      interp::utf8_decode(p, s.size(), i, &r, &w);
      out.emplace_back(s.substr(size_t(i), size_t(w)));
      i += w;
    }
    return out;
  }
  size_t start = 0;
  while (n < 0 || int64_t(out.size()) < n - 1) {
    size_t k = s.find(sep, start);
    if (k == std::string_view::npos) break;
    out.emplace_back(s.substr(start, k - start + save));
    start = k + sep.size();
  }
  out.emplace_back(s.substr(start));
  return out;
}

std::string_view s0(NativeCall& c) {
  return arg_string(c.R);
}
std::string_view s1(NativeCall& c) {
  return arg_string(c.R + 2);
}
// bytes' slices are {data, len, cap}: the one starting at R[word].
std::string_view b_at(NativeCall& c, int word) {
  return std::string_view(reinterpret_cast<const char*>(arg_ptr(c.R[word])), size_t(c.R[word + 1]));
}

bool count(NativeCall& c) {
  std::string_view s = s0(c), sub = s1(c);
  if (sub.empty()) {
    c.R[0] = runes(s).size() + 1;
    return true;
  }
  uint64_t n = 0;
  for (size_t i = s.find(sub); i != std::string_view::npos; i = s.find(sub, i + sub.size())) n++;
  c.R[0] = n;
  return true;
}

bool index(NativeCall& c) {
  c.R[0] = uint64_t(sv_index(s0(c), s1(c)));
  return true;
}
bool last_index(NativeCall& c) {
  size_t i = s0(c).rfind(s1(c));
  c.R[0] = uint64_t(i == std::string_view::npos ? -1 : int64_t(i));
  return true;
}
bool index_byte(NativeCall& c) {
  size_t i = s0(c).find(char(c.R[2]));
  c.R[0] = uint64_t(i == std::string_view::npos ? -1 : int64_t(i));
  return true;
}
bool last_index_byte(NativeCall& c) {
  size_t i = s0(c).rfind(char(c.R[2]));
  c.R[0] = uint64_t(i == std::string_view::npos ? -1 : int64_t(i));
  return true;
}
// IndexRune: U+FFFD also finds an invalid byte; other invalid runes are
// never found.
int64_t rune_index(std::string_view s, int64_t r) {
  if (r == 0xFFFD) {
    auto* p = reinterpret_cast<const uint8_t*>(s.data());
    for (uint64_t i = 0; i < s.size();) {
      int64_t x;
      uint64_t w;
      interp::utf8_decode(p, s.size(), i, &x, &w);
      if (x == 0xFFFD) return int64_t(i);
      i += w;
    }
    return -1;
  }
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return -1;
  uint8_t buf[4];
  size_t k = interp::utf8_encode(buf, r);
  return sv_index(s, std::string_view(reinterpret_cast<char*>(buf), k));
}
bool index_rune(NativeCall& c) {
  c.R[0] = uint64_t(rune_index(s0(c), int64_t(int32_t(uint32_t(c.R[2])))));
  return true;
}
bool b_index_rune(NativeCall& c) {
  c.R[0] = uint64_t(rune_index(b_at(c, 0), int64_t(int32_t(uint32_t(c.R[3])))));
  return true;
}
bool index_any_n(NativeCall& c) {
  c.R[0] = uint64_t(index_any(s0(c), s1(c), false));
  return true;
}
bool last_index_any(NativeCall& c) {
  c.R[0] = uint64_t(index_any(s0(c), s1(c), true));
  return true;
}

bool repeat(NativeCall& c) {
  std::string_view s = s0(c);
  int64_t n = int64_t(c.R[2]);
  if (n < 0) {
    c.panic = "strings: negative Repeat count";
    return false;
  }
  if (s.size() && uint64_t(n) > (uint64_t(1) << 40) / s.size()) {
    c.panic = "strings: Repeat output length overflow";
    return false;
  }
  std::string out;
  out.reserve(s.size() * size_t(n));
  for (int64_t i = 0; i < n; i++) out += s;
  return ret_string(c, out);
}

// Replace(s, old, new string, n int)
bool replace(NativeCall& c) {
  std::string_view s = s0(c), old = s1(c), nw = arg_string(c.R + 4);
  int64_t n = int64_t(c.R[6]);
  std::string out;
  size_t start = 0;
  int64_t done = 0;
  if (old.empty()) {
    // Before each rune and at the end.
    auto* p = reinterpret_cast<const uint8_t*>(s.data());
    uint64_t i = 0;
    while (i <= s.size() && (n < 0 || done < n)) {
      out += nw;
      done++;
      if (i == s.size()) {
        i++;
        break;
      }
      int64_t r;
      uint64_t w;
      interp::utf8_decode(p, s.size(), i, &r, &w);
      out += s.substr(size_t(i), size_t(w));
      i += w;
    }
    if (i <= s.size()) out += s.substr(size_t(i));
    return ret_string(c, out);
  }
  while (n < 0 || done < n) {
    size_t k = s.find(old, start);
    if (k == std::string_view::npos) break;
    out += s.substr(start, k - start);
    out += nw;
    start = k + old.size();
    done++;
  }
  out += s.substr(start);
  return ret_string(c, out);
}

bool split_all(NativeCall& c) {
  return ret_strings(c, split(s0(c), s1(c), 0, -1));
}
bool split_after(NativeCall& c) {
  return ret_strings(c, split(s0(c), s1(c), s1(c).size(), -1));
}
bool split_n(NativeCall& c) {
  return ret_strings(c, split(s0(c), s1(c), 0, int64_t(c.R[4])));
}
bool split_after_n(NativeCall& c) {
  return ret_strings(c, split(s0(c), s1(c), s1(c).size(), int64_t(c.R[4])));
}

bool fields(NativeCall& c) {
  std::string_view s = s0(c);
  std::vector<std::string> out;
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t start = 0;
  bool in = false;
  for (uint64_t i = 0; i < s.size();) {
    int64_t r;
    uint64_t w;
    interp::utf8_decode(p, s.size(), i, &r, &w);
    if (is_space(r)) {
      if (in) out.emplace_back(s.substr(start, size_t(i) - start));
      in = false;
    } else if (!in) {
      in = true;
      start = size_t(i);
    }
    i += w;
  }
  if (in) out.emplace_back(s.substr(start));
  return ret_strings(c, out);
}

// Join(elems []string, sep string)
bool join(NativeCall& c) {
  const uint64_t* elems = reinterpret_cast<const uint64_t*>(arg_ptr(c.R[0]));
  uint64_t n = c.R[1];
  std::string_view sep = arg_string(c.R + 3);
  std::string out;
  for (uint64_t i = 0; i < n; i++) {
    if (i) out += sep;
    out += arg_string(elems + 2 * i);
  }
  return ret_string(c, out);
}

// Go's strings.Map (and bytes.Map) over a case mapping: every rune
// re-encoded, each invalid byte becoming U+FFFD. which: 0 upper, 1 lower,
// 2 title case, 3 strings.Title (title case after a separator).
bool title_separator(int64_t r) {
  if (r < 0x80)
    return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
             r == '_');
  if (unicode_is_letter(r) || unicode_is_digit(r)) return false;
  return unicode_is_space(r);
}

std::string map_case(std::string_view s, int which) {
  std::string out;
  out.reserve(s.size());
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t prev = ' ';
  uint8_t buf[4];
  for (uint64_t i = 0; i < s.size();) {
    int64_t r;
    uint64_t w;
    interp::utf8_decode(p, s.size(), i, &r, &w);
    i += w;
    int64_t m = r;
    if (which < 3) {
      m = unicode_to(which, r);
    } else if (title_separator(prev)) {
      m = unicode_to(2, r);
    }
    prev = r;
    out.append(reinterpret_cast<char*>(buf), interp::utf8_encode(buf, m));
  }
  return out;
}

bool fold_equal(std::string_view a, std::string_view b) {
  auto* p = reinterpret_cast<const uint8_t*>(a.data());
  auto* q = reinterpret_cast<const uint8_t*>(b.data());
  uint64_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    int64_t r, t;
    uint64_t w, v;
    interp::utf8_decode(p, a.size(), i, &r, &w);
    interp::utf8_decode(q, b.size(), j, &t, &v);
    i += w;
    j += v;
    if (r == t) continue;
    // Walk r's orbit of case-equivalent runes looking for t.
    int64_t f = unicode_simple_fold(r);
    while (f != r && f != t) f = unicode_simple_fold(f);
    if (f != t) return false;
  }
  return i == a.size() && j == b.size();
}

// Each run of invalid bytes replaced by repl.
std::string to_valid(std::string_view s, std::string_view repl) {
  std::string out;
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  bool in_bad = false;
  for (uint64_t i = 0; i < s.size();) {
    int64_t r;
    uint64_t w;
    interp::utf8_decode(p, s.size(), i, &r, &w);
    if (r == 0xFFFD && w == 1) {
      if (!in_bad) out += repl;
      in_bad = true;
    } else {
      out.append(s.substr(size_t(i), size_t(w)));
      in_bad = false;
    }
    i += w;
  }
  return out;
}

bool to_upper(NativeCall& c) {
  return ret_string(c, map_case(s0(c), 0));
}
bool to_lower(NativeCall& c) {
  return ret_string(c, map_case(s0(c), 1));
}
bool to_title(NativeCall& c) {
  return ret_string(c, map_case(s0(c), 2));
}
bool title(NativeCall& c) {
  return ret_string(c, map_case(s0(c), 3));
}
bool equal_fold(NativeCall& c) {
  c.R[0] = fold_equal(s0(c), s1(c));
  return true;
}
bool to_valid_utf8(NativeCall& c) {
  return ret_string(c, to_valid(s0(c), s1(c)));
}

// (*Replacer).Replace: at each position the first pair, in argument
// order, whose old string matches; an empty old string matches once per
// position (then the others get their turn), as Go's generic replacer.
bool replacer_replace(NativeCall& c) {
  const uint64_t* rep = reinterpret_cast<const uint64_t*>(arg_ptr(c.R[0]));
  const uint64_t* pairs = reinterpret_cast<const uint64_t*>(arg_ptr(rep[0]));
  uint64_t n = rep[1] / 2;
  std::string_view s = arg_string(c.R + 1);
  std::string out;
  size_t last = 0;
  bool prev_empty = false;
  for (size_t i = 0; i <= s.size();) {
    int64_t best = -1;
    for (uint64_t k = 0; k < n; k++) {
      std::string_view old = arg_string(pairs + 4 * k);
      if (old.empty() && prev_empty) continue;
      if (s.substr(i, old.size()) == old) {
        best = int64_t(k);
        break;
      }
    }
    if (best < 0) {
      prev_empty = false;
      i++;
      continue;
    }
    std::string_view old = arg_string(pairs + 4 * best);
    out.append(s.substr(last, i - last));
    out.append(arg_string(pairs + 4 * best + 2));
    i += old.size();
    last = i;
    prev_empty = old.empty();
  }
  if (last < s.size()) out.append(s.substr(last));
  return ret_string(c, out);
}

// --- bytes: slices are {data, len, cap} in three words ---

// A new []byte holding s into R[0..3).
bool ret_bytes(NativeCall& c, const std::string& s) {
  uint8_t* d = nullptr;
  if (!s.empty()) {
    d = static_cast<uint8_t*>(c.vm->alloc(nullptr, s.size(), s.size()));
    if (!d) return false;
    std::memcpy(d, s.data(), s.size());
  } else {
    // Go's functions return an empty, non-nil slice here.
    d = static_cast<uint8_t*>(c.vm->alloc(nullptr, 1, 1));
    if (!d) return false;
  }
  c.R[0] = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(d));
  c.R[1] = c.R[2] = s.size();
  return true;
}

bool b_map_case(NativeCall& c) {
  return ret_bytes(c, map_case(b_at(c, 0), int(c.R[3])));
}
bool b_to_valid(NativeCall& c) {
  return ret_bytes(c, to_valid(b_at(c, 0), b_at(c, 3)));
}
bool b_equal_fold(NativeCall& c) {
  c.R[0] = fold_equal(b_at(c, 0), b_at(c, 3));
  return true;
}
bool b_compare(NativeCall& c) {
  int k = b_at(c, 0).compare(b_at(c, 3));
  c.R[0] = uint64_t(k < 0 ? -1 : k > 0 ? 1 : 0);
  return true;
}
bool b_count(NativeCall& c) {
  std::string_view s = b_at(c, 0), sub = b_at(c, 3);
  if (sub.empty()) {
    c.R[0] = runes(s).size() + 1;
    return true;
  }
  uint64_t n = 0;
  for (size_t i = s.find(sub); i != std::string_view::npos; i = s.find(sub, i + sub.size())) n++;
  c.R[0] = n;
  return true;
}
bool b_index(NativeCall& c) {
  c.R[0] = uint64_t(sv_index(b_at(c, 0), b_at(c, 3)));
  return true;
}
bool b_last_index(NativeCall& c) {
  size_t i = b_at(c, 0).rfind(b_at(c, 3));
  c.R[0] = uint64_t(i == std::string_view::npos ? -1 : int64_t(i));
  return true;
}
bool b_index_byte(NativeCall& c) {
  size_t i = b_at(c, 0).find(char(c.R[3]));
  c.R[0] = uint64_t(i == std::string_view::npos ? -1 : int64_t(i));
  return true;
}
bool b_last_index_byte(NativeCall& c) {
  size_t i = b_at(c, 0).rfind(char(c.R[3]));
  c.R[0] = uint64_t(i == std::string_view::npos ? -1 : int64_t(i));
  return true;
}
bool b_index_any(NativeCall& c) {
  c.R[0] = uint64_t(index_any(b_at(c, 0), arg_string(c.R + 3), false));
  return true;
}
bool b_last_index_any(NativeCall& c) {
  c.R[0] = uint64_t(index_any(b_at(c, 0), arg_string(c.R + 3), true));
  return true;
}

bool trim_space(NativeCall& c) {
  return ret_string(c, std::string(trim(s0(c), {}, true, true, true)));
}
bool trim_both(NativeCall& c) {
  return ret_string(c, std::string(trim(s0(c), s1(c), false, true, true)));
}
bool trim_left(NativeCall& c) {
  return ret_string(c, std::string(trim(s0(c), s1(c), false, true, false)));
}
bool trim_right(NativeCall& c) {
  return ret_string(c, std::string(trim(s0(c), s1(c), false, false, true)));
}

std::string format_uint(uint64_t u, int base) {
  const char* digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  do {
    out += digits[u % uint64_t(base)];
    u /= uint64_t(base);
  } while (u);
  std::reverse(out.begin(), out.end());
  return out;
}

bool bad_base(NativeCall& c, int64_t base) {
  if (base >= 2 && base <= 36) return false;
  c.panic = "strconv: illegal AppendInt/FormatInt base";
  return true;
}

bool format_int(NativeCall& c) {
  int64_t i = int64_t(c.R[0]), base = int64_t(c.R[1]);
  if (bad_base(c, base)) return false;
  uint64_t u = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
  return ret_string(c, (i < 0 ? "-" : "") + format_uint(u, int(base)));
}
bool format_uint_native(NativeCall& c) {
  int64_t base = int64_t(c.R[1]);
  if (bad_base(c, base)) return false;
  return ret_string(c, format_uint(c.R[0], int(base)));
}

}  // namespace

void register_strings_natives() {
  using interp::register_native;
  register_native("strings.Count", count);
  register_native("strings.EqualFold", equal_fold);
  register_native("strings.Fields", fields);
  register_native("strings.Index", index);
  register_native("strings.IndexAny", index_any_n);
  register_native("strings.IndexByte", index_byte);
  register_native("strings.IndexRune", index_rune);
  register_native("strings.Join", join);
  register_native("strings.LastIndex", last_index);
  register_native("strings.LastIndexAny", last_index_any);
  register_native("strings.LastIndexByte", last_index_byte);
  register_native("strings.Repeat", repeat);
  register_native("strings.Replace", replace);
  register_native("strings.Split", split_all);
  register_native("strings.SplitAfter", split_after);
  register_native("strings.SplitN", split_n);
  register_native("strings.SplitAfterN", split_after_n);
  register_native("strings.ToLower", to_lower);
  register_native("strings.ToTitle", to_title);
  register_native("strings.Title", title);
  register_native("strings.ToValidUTF8", to_valid_utf8);
  register_native("strings.(*Replacer).Replace", replacer_replace);
  register_native("bytes.mapCase", b_map_case);
  register_native("bytes.ToValidUTF8", b_to_valid);
  register_native("bytes.EqualFold", b_equal_fold);
  register_native("bytes.Compare", b_compare);
  register_native("bytes.Count", b_count);
  register_native("bytes.Index", b_index);
  register_native("bytes.LastIndex", b_last_index);
  register_native("bytes.IndexByte", b_index_byte);
  register_native("bytes.LastIndexByte", b_last_index_byte);
  register_native("bytes.IndexAny", b_index_any);
  register_native("bytes.LastIndexAny", b_last_index_any);
  register_native("bytes.IndexRune", b_index_rune);
  register_native("strings.ToUpper", to_upper);
  register_native("strings.Trim", trim_both);
  register_native("strings.TrimLeft", trim_left);
  register_native("strings.TrimRight", trim_right);
  register_native("strings.TrimSpace", trim_space);
  register_native("strconv.FormatInt", format_int);
  register_native("strconv.FormatUint", format_uint_native);
}

}  // namespace gopark::stdlib
