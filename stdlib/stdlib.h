// stdlib.h - the standard library's Go source, embedded in the binary.
//
// Each folder of stdlib/ is one package (its import path); its .go files
// are compiled into the binary at build time (embed.cmake) so gopark needs
// no files at run time, natively or in the browser.
#pragma once

#include <string_view>
#include <vector>

#include "interp/check.h"

namespace gopark::stdlib {

// The source files of the package with that import path; false if gopark
// has no such package. Usable as an interp::SourceLoader.
bool load(std::string_view path, std::vector<interp::SourceFile>* out);

// Every embedded package's import path, sorted.
std::vector<std::string_view> packages();

}  // namespace gopark::stdlib
