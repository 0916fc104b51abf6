// json.h - the one JSON string quoter, for everything that emits JSON
// (snapshots, diagnostics, the wasm engine's messages).
#pragma once

#include <string>
#include <string_view>

namespace gopark::rt {

// Appends s to out as a JSON string: quote and backslash escaped, control
// characters as \n, \r, \t or \u00XX; other bytes (UTF-8) pass through.
void json_quote(std::string& out, std::string_view s);

}  // namespace gopark::rt
