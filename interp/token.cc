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

Tok assign_op_base(Tok op) {
  switch (op) {
    case Tok::add_assign:
      return Tok::add;
    case Tok::sub_assign:
      return Tok::sub;
    case Tok::mul_assign:
      return Tok::mul;
    case Tok::quo_assign:
      return Tok::quo;
    case Tok::rem_assign:
      return Tok::rem;
    case Tok::and_assign:
      return Tok::and_;
    case Tok::or_assign:
      return Tok::or_;
    case Tok::xor_assign:
      return Tok::xor_;
    case Tok::shl_assign:
      return Tok::shl;
    case Tok::shr_assign:
      return Tok::shr;
    case Tok::and_not_assign:
      return Tok::and_not;
    default:
      return op;
  }
}

}  // namespace gopark::interp
