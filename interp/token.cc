// token.cc - names of token kinds, from the single list in token.def.
#include "interp/token.h"

namespace gopark::interp {

// Indexed by Tok; the X-macro keeps it in step with the enum by construction.
static const char* const kTokText[] = {
#define TOKEN(id, text) text,
#include "interp/token.def"
#undef TOKEN
};

const char* tok_text(Tok t) {
  auto i = static_cast<size_t>(t);
  return i < sizeof kTokText / sizeof kTokText[0] ? kTokText[i] : "?";
}

}  // namespace gopark::interp
