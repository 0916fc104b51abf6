// lexer_test.cc - the lexer, token names and diagnostics.
//
// Expected error texts and positions were checked against Go 1.19's
// compiler (`go build`, i.e. cmd/compile's scanner), whose wording we use;
// where go/scanner (`go vet`, gopls) words it differently that is noted.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "interp/diag.h"
#include "interp/lexer.h"
#include "interp/token.h"

namespace gopark::interp {
namespace {

// All tokens of src up to and including Tok::eof. src must be a literal (the
// tokens point into it).
std::vector<Token> lex(std::string_view src, Diags* diags = nullptr) {
  Diags local;
  Lexer lx(src, diags ? diags : &local);
  std::vector<Token> out;
  for (;;) {
    out.push_back(lx.next());
    if (out.back().kind == Tok::eof) return out;
    if (out.size() > 10000) return out;  // a lexer bug, not an endless test
  }
}

std::vector<Tok> kinds(std::string_view src) {
  std::vector<Tok> out;
  for (const Token& t : lex(src)) out.push_back(t.kind);
  return out;
}

// The diagnostics of lexing src, "line:col: msg" each, in report order.
std::string errors(std::string_view src) {
  Diags d;
  lex(src, &d);
  std::string out;
  for (const Diagnostic& e : d.list()) {
    if (!out.empty()) out += '\n';
    out += std::to_string(e.pos.line) + ":" + std::to_string(e.pos.col) + ": " + e.msg;
  }
  return out;
}

// The single token src lexes to (before any implicit semicolon), expecting
// no errors.
Token one(std::string_view src) {
  Diags d;
  std::vector<Token> ts = lex(src, &d);
  EXPECT_TRUE(d.empty()) << src << ": " << d.format("x.go");
  EXPECT_GE(ts.size(), 2u) << src;
  return ts[0];
}

using S = Tok;  // short for the tables below
constexpr Tok kSemi = Tok::semicolon, kEOF = Tok::eof;

// ---- token names

TEST(TokText, NamesTokensAsGoErrorsDo) {
  EXPECT_STREQ(tok_text(Tok::eof), "EOF");
  EXPECT_STREQ(tok_text(Tok::name), "name");
  EXPECT_STREQ(tok_text(Tok::int_lit), "literal");
  EXPECT_STREQ(tok_text(Tok::comma), "comma");
  EXPECT_STREQ(tok_text(Tok::semicolon), "semicolon");
  EXPECT_STREQ(tok_text(Tok::lbrace), "{");
  EXPECT_STREQ(tok_text(Tok::and_not_assign), "&^=");
  EXPECT_STREQ(tok_text(Tok::kw_func), "func");
  EXPECT_STREQ(tok_text(Tok::kw_var), "var");
}

TEST(TokText, KeywordClassification) {
  EXPECT_TRUE(is_keyword(Tok::kw_break));
  EXPECT_TRUE(is_keyword(Tok::kw_var));
  EXPECT_FALSE(is_keyword(Tok::colon));
  EXPECT_TRUE(is_literal(Tok::rune_lit));
  EXPECT_FALSE(is_literal(Tok::name));
}

// ---- every token kind

TEST(Lexer, EveryOperatorAndDelimiter) {
  const std::pair<const char*, Tok> ops[] = {
      {"+", S::add},          {"-", S::sub},
      {"*", S::mul},          {"/", S::quo},
      {"%", S::rem},          {"&", S::and_},
      {"|", S::or_},          {"^", S::xor_},
      {"<<", S::shl},         {">>", S::shr},
      {"&^", S::and_not},     {"+=", S::add_assign},
      {"-=", S::sub_assign},  {"*=", S::mul_assign},
      {"/=", S::quo_assign},  {"%=", S::rem_assign},
      {"&=", S::and_assign},  {"|=", S::or_assign},
      {"^=", S::xor_assign},  {"<<=", S::shl_assign},
      {">>=", S::shr_assign}, {"&^=", S::and_not_assign},
      {"&&", S::land},        {"||", S::lor},
      {"<-", S::arrow},       {"++", S::inc},
      {"--", S::dec},         {"==", S::eql},
      {"<", S::lss},          {">", S::gtr},
      {"=", S::assign},       {"!", S::not_},
      {"~", S::tilde},        {"!=", S::neq},
      {"<=", S::leq},         {">=", S::geq},
      {":=", S::define},      {"...", S::ellipsis},
      {"(", S::lparen},       {"[", S::lbrack},
      {"{", S::lbrace},       {",", S::comma},
      {".", S::period},       {")", S::rparen},
      {"]", S::rbrack},       {"}", S::rbrace},
      {";", S::semicolon},    {":", S::colon},
  };
  for (auto [text, kind] : ops) {
    Token t = one(text);
    EXPECT_EQ(t.kind, kind) << text;
    EXPECT_EQ(t.lit, text);
    EXPECT_FALSE(t.implicit_semi) << text;
  }
}

TEST(Lexer, EveryKeyword) {
  for (int k = static_cast<int>(kKeywordFirst); k <= static_cast<int>(Tok::kw_var); k++) {
    auto kind = static_cast<Tok>(k);
    std::string_view text = tok_text(kind);
    EXPECT_EQ(one(text).kind, kind) << text;
    EXPECT_EQ(one(text).lit, text);
  }
}

TEST(Lexer, NearKeywordsAreNames) {
  for (const char* s : {"funcs", "Func", "_", "go_", "in", "typ", "interfaces", "x", "b"}) {
    EXPECT_EQ(one(s).kind, Tok::name) << s;
    EXPECT_EQ(one(s).lit, s);
  }
}

TEST(Lexer, LongestMatchOfOperators) {
  EXPECT_EQ(kinds("a<<=b&^c&&^d"),
            (std::vector<Tok>{S::name, S::shl_assign, S::name, S::and_not, S::name, S::land,
                              S::xor_, S::name, kSemi, kEOF}));
  EXPECT_EQ(kinds("<-<-x--"), (std::vector<Tok>{S::arrow, S::arrow, S::name, S::dec, kSemi, kEOF}));
  EXPECT_EQ(kinds("a+++b"), (std::vector<Tok>{S::name, S::inc, S::add, S::name, kSemi, kEOF}));
}

TEST(Lexer, TwoDotsAreTwoPeriods) {
  EXPECT_EQ(kinds(".."), (std::vector<Tok>{S::period, S::period, kEOF}));
  EXPECT_EQ(kinds("...."), (std::vector<Tok>{S::ellipsis, S::period, kEOF}));
  EXPECT_EQ(kinds("x.y"), (std::vector<Tok>{S::name, S::period, S::name, kSemi, kEOF}));
}

TEST(Lexer, EmptySourceIsEOFForever) {
  Diags d;
  Lexer lx("", &d);
  for (int i = 0; i < 3; i++) {
    Token t = lx.next();
    EXPECT_EQ(t.kind, Tok::eof);
    EXPECT_EQ(t.pos, (Pos{1, 1}));
  }
  EXPECT_TRUE(d.empty());
}

TEST(Lexer, WhitespaceIsSkipped) {
  EXPECT_EQ(kinds(" \t\r\n\n  \r\n"), (std::vector<Tok>{kEOF}));
}

// ---- automatic semicolons

TEST(Semicolons, InsertedAfterTokensThatCanEndAStatement) {
  for (const char* s :
       {"x\n", "1\n", "1.5\n", "2i\n", "'a'\n", "\"s\"\n", "`r`\n", "break\n", "continue\n",
        "fallthrough\n", "return\n", "x++\n", "x--\n", "f()\n", "a[1]\n", "{}\n"}) {
    std::vector<Token> ts = lex(s);
    ASSERT_GE(ts.size(), 3u) << s;
    const Token& semi = ts[ts.size() - 2];
    EXPECT_EQ(semi.kind, kSemi) << s;
    EXPECT_TRUE(semi.implicit_semi) << s;
    EXPECT_EQ(semi.lit, "newline") << s;
  }
}

TEST(Semicolons, NotInsertedAfterOtherTokens) {
  for (const char* s :
       {"+\n", "(\n", "[\n", "{\n", ",\n", ".\n", "=\n", ":=\n", "&&\n", "<-\n", "func\n", "if\n",
        "var\n", "go\n", "chan\n", "interface\n", ";\n", "...\n", "~\n"}) {
    std::vector<Tok> k = kinds(s);
    EXPECT_EQ(k.size(), 2u) << s;  // the token, EOF
    EXPECT_EQ(k.back(), kEOF) << s;
  }
}

TEST(Semicolons, AtEOF) {
  std::vector<Token> ts = lex("return x");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[2].kind, kSemi);
  EXPECT_TRUE(ts[2].implicit_semi);
  EXPECT_EQ(ts[2].lit, "EOF");
  EXPECT_EQ(ts[2].pos, (Pos{1, 9}));
  EXPECT_EQ(ts[3].kind, kEOF);
}

TEST(Semicolons, NoneAtEOFAfterOperator) {
  EXPECT_EQ(kinds("x +"), (std::vector<Tok>{S::name, S::add, kEOF}));
}

TEST(Semicolons, ImplicitSemicolonPositionIsTheNewline) {
  std::vector<Token> ts = lex("ab\ncd");
  EXPECT_EQ(ts[1].pos, (Pos{1, 3}));
  EXPECT_EQ(ts[1].end, (Pos{1, 4}));
  EXPECT_EQ(ts[2].pos, (Pos{2, 1}));
}

TEST(Semicolons, ExplicitSemicolonIsNotImplicit) {
  std::vector<Token> ts = lex("x;\n");
  EXPECT_EQ(ts[1].kind, kSemi);
  EXPECT_FALSE(ts[1].implicit_semi);
  EXPECT_EQ(ts[1].lit, ";");
  EXPECT_EQ(ts[2].kind, kEOF);  // ';' does not allow another one
}

TEST(Semicolons, OnlyOnePerRunOfNewlines) {
  EXPECT_EQ(kinds("x\n\n\n  \n y"), (std::vector<Tok>{S::name, kSemi, S::name, kSemi, kEOF}));
}

TEST(Semicolons, CarriageReturnIsWhitespace) {
  EXPECT_EQ(kinds("x\r\ny\r\n"), (std::vector<Tok>{S::name, kSemi, S::name, kSemi, kEOF}));
}

TEST(Semicolons, LineCommentKeepsTheNewline) {
  EXPECT_EQ(kinds("x // c\ny"), (std::vector<Tok>{S::name, kSemi, S::name, kSemi, kEOF}));
  std::vector<Token> ts = lex("x // comment");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[1].lit, "EOF");
}

TEST(Semicolons, MultiLineGeneralCommentActsAsNewline) {
  std::vector<Token> ts = lex("x /* a\n b */ y");
  ASSERT_EQ(ts.size(), 5u);
  EXPECT_EQ(ts[1].kind, kSemi);
  EXPECT_TRUE(ts[1].implicit_semi);
  EXPECT_EQ(ts[1].lit, "newline");
  EXPECT_EQ(ts[1].pos, (Pos{1, 3}));  // where the comment starts, as in Go
  EXPECT_EQ(ts[2].lit, "y");
  EXPECT_EQ(ts[2].pos, (Pos{2, 7}));
}

TEST(Semicolons, SingleLineGeneralCommentIsSpace) {
  EXPECT_EQ(kinds("x /* a */ y"), (std::vector<Tok>{S::name, S::name, kSemi, kEOF}));
  EXPECT_EQ(kinds("x /* a */\ny"), (std::vector<Tok>{S::name, kSemi, S::name, kSemi, kEOF}));
}

TEST(Semicolons, MultiLineCommentAfterOperatorIsSpace) {
  EXPECT_EQ(kinds("x + /*\n*/ y"), (std::vector<Tok>{S::name, S::add, S::name, kSemi, kEOF}));
}

TEST(Semicolons, SurviveInvalidCharacter) {
  // Go skips the character and keeps the statement end after x.
  EXPECT_EQ(kinds("x @\ny"), (std::vector<Tok>{S::name, kSemi, S::name, kSemi, kEOF}));
}

TEST(Semicolons, AfterStringWithNewlineError) {
  // The unterminated string stops at the newline, which still ends the line.
  EXPECT_EQ(kinds("\"ab\nx"), (std::vector<Tok>{S::string_lit, kSemi, S::name, kSemi, kEOF}));
}

// ---- literals

TEST(Literals, Integers) {
  for (const char* s : {"0", "42", "0b1010", "0B1", "0o17", "0O17", "017", "0x1F", "0XaBc", "1_000",
                        "0b_1", "0x_1", "0_17", "0o_7", "1_2_3"}) {
    Token t = one(s);
    EXPECT_EQ(t.kind, Tok::int_lit) << s;
    EXPECT_EQ(t.lit, s);
  }
}

TEST(Literals, Floats) {
  for (const char* s :
       {"1.5", "1.", ".5", "1e10", "1E10", "1e+10", "1e-10", ".5e3", "0.", "08.5", "0x1p-2",
        "0X1P+2", "0x1.8p1", "0x.8p0", "0x1_0p1", "1_0.2_5e1_0", "0e0", "00.0"}) {
    Token t = one(s);
    EXPECT_EQ(t.kind, Tok::float_lit) << s;
    EXPECT_EQ(t.lit, s);
  }
}

TEST(Literals, Imaginary) {
  for (const char* s :
       {"1i", "0i", "1.5i", ".5i", "1e2i", "0x1.8p1i", "0b1i", "0o7i", "0x1i", "09i", "017i"}) {
    Token t = one(s);
    EXPECT_EQ(t.kind, Tok::imag_lit) << s;
    EXPECT_EQ(t.lit, s);
  }
}

TEST(Literals, NumberStopsAtNonDigit) {
  std::vector<Token> ts = lex("12abc");
  EXPECT_EQ(ts[0].lit, "12");
  EXPECT_EQ(ts[1].lit, "abc");
  ts = lex("1.5.x");
  EXPECT_EQ(ts[0].lit, "1.5");
  EXPECT_EQ(ts[1].kind, S::period);
}

TEST(Literals, Runes) {
  for (const char* s :
       {"'a'",     "'é'",     "'世'",    "'\\a'",     "'\\b'",         "'\\f'",        "'\\n'",
        "'\\r'",   "'\\t'",   "'\\v'",   "'\\\\'",    "'\\''",         "'\"'",         "'\\000'",
        "'\\377'", "'\\x7f'", "'\\xFF'", "'\\u12e4'", "'\\U00101234'", "'\\U0010FFFF'"}) {
    Token t = one(s);
    EXPECT_EQ(t.kind, Tok::rune_lit) << s;
    EXPECT_EQ(t.lit, s);
  }
}

TEST(Literals, Strings) {
  for (const char* s : {"\"\"", "\"abc\"", "\"a\\tb\"", "\"\\\"\"", "\"'\"", "\"\\xff\\377\"",
                        "\"\\u65e5本\\U00008a9e\"", "\"日本語\""}) {
    Token t = one(s);
    EXPECT_EQ(t.kind, Tok::string_lit) << s;
    EXPECT_EQ(t.lit, s);
  }
}

TEST(Literals, RawStrings) {
  Token t = one("`a\\n\n\"b\"`");
  EXPECT_EQ(t.kind, Tok::string_lit);
  EXPECT_EQ(t.lit, "`a\\n\n\"b\"`");  // the text is kept as written
  EXPECT_EQ(t.end, (Pos{2, 5}));
}

TEST(Literals, RawStringKeepsCarriageReturnInText) {
  Token t = one("`a\r\nb`");
  EXPECT_EQ(t.lit, "`a\r\nb`");
  EXPECT_EQ(unquote_string(t.lit), "a\nb");
}

// ---- positions

TEST(Positions, LineAndByteColumn) {
  std::vector<Token> ts = lex("package main\n\nfunc f() {\n\tx := 1\n}\n");
  // package main ; func f ( ) { x := 1 ; } ; EOF
  EXPECT_EQ(ts[0].pos, (Pos{1, 1}));
  EXPECT_EQ(ts[1].pos, (Pos{1, 9}));
  EXPECT_EQ(ts[3].pos, (Pos{3, 1}));
  EXPECT_EQ(ts[8].lit, "x");
  EXPECT_EQ(ts[8].pos, (Pos{4, 2}));  // a tab is one byte
  EXPECT_EQ(ts[9].pos, (Pos{4, 4}));
  EXPECT_EQ(ts[10].pos, (Pos{4, 7}));
}

TEST(Positions, ColumnsCountBytesAfterMultiByteUTF8) {
  std::vector<Token> ts = lex("é := \"世界\" + x");
  EXPECT_EQ(ts[0].end, (Pos{1, 3}));  // é is two bytes
  EXPECT_EQ(ts[1].pos, (Pos{1, 4}));
  EXPECT_EQ(ts[2].pos, (Pos{1, 7}));
  EXPECT_EQ(ts[2].end, (Pos{1, 15}));  // two 3-byte characters and quotes
  EXPECT_EQ(ts[3].pos, (Pos{1, 16}));
  EXPECT_EQ(ts[4].pos, (Pos{1, 18}));
}

TEST(Positions, EndIsJustPastTheToken) {
  std::vector<Token> ts = lex("abc <<= 0x1F");
  EXPECT_EQ(ts[0].end, (Pos{1, 4}));
  EXPECT_EQ(ts[1].pos, (Pos{1, 5}));
  EXPECT_EQ(ts[1].end, (Pos{1, 8}));
  EXPECT_EQ(ts[2].end, (Pos{1, 13}));
}

TEST(Positions, AfterMultiLineRawString) {
  std::vector<Token> ts = lex("`a\nbc` x");
  EXPECT_EQ(ts[1].lit, "x");
  EXPECT_EQ(ts[1].pos, (Pos{2, 5}));
}

TEST(Positions, LeadingBOMIsSkipped) {
  Diags d;
  std::vector<Token> ts = lex("\xEF\xBB\xBFx", &d);
  EXPECT_TRUE(d.empty());
  EXPECT_EQ(ts[0].lit, "x");
  EXPECT_EQ(ts[0].pos, (Pos{1, 4}));
}

// ---- identifiers

TEST(Identifiers, Unicode) {
  for (const char* s : {"héllo", "世界", "_x9", "a٣", "Ωmega", "ǅ", "x_y_Z"}) {
    Token t = one(s);
    EXPECT_EQ(t.kind, Tok::name) << s;
    EXPECT_EQ(t.lit, s);
  }
}

TEST(Identifiers, NonLetterIsTakenInWithError) {
  // Go keeps a stray non-ASCII character in the identifier: one error, one name.
  Diags d;
  std::vector<Token> ts = lex("a€b", &d);
  EXPECT_EQ(ts[0].kind, Tok::name);
  EXPECT_EQ(ts[0].lit, "a€b");
  EXPECT_EQ(errors("a€b"), "1:2: invalid character U+20AC '€' in identifier");
}

// ---- errors, in cmd/compile's words

TEST(Errors, InvalidCharacter) {
  EXPECT_EQ(errors("x @ y"), "1:3: invalid character U+0040 '@'");
  EXPECT_EQ(kinds("x @ y"), (std::vector<Tok>{S::name, S::name, kSemi, kEOF}));
}

TEST(Errors, InvalidControlCharacterHasNoGlyph) {
  EXPECT_EQ(errors("\x07"), "1:1: invalid character U+0007");
}

TEST(Errors, NewlineInString) {
  EXPECT_EQ(errors("x = \"ab\ncd\""),
            "1:8: newline in string\n2:3: string not terminated");  // the 2nd " opens one
}

TEST(Errors, StringNotTerminated) {
  // go/scanner: "string literal not terminated".
  EXPECT_EQ(errors("x = \"ab"), "1:5: string not terminated");
  std::vector<Token> ts = lex("x = \"ab");
  EXPECT_EQ(ts[2].kind, Tok::string_lit);
  EXPECT_EQ(ts[2].lit, "\"ab");
}

TEST(Errors, RawStringNotTerminated) {
  // go/scanner: "raw string literal not terminated".
  EXPECT_EQ(errors("x\n  `ab\ncd"), "2:3: string not terminated");
}

TEST(Errors, RuneNotTerminated) {
  EXPECT_EQ(errors("x := 'ab"), "1:6: rune literal not terminated");
  EXPECT_EQ(errors("'\\"), "1:1: rune literal not terminated");
}

TEST(Errors, NewlineInRune) {
  EXPECT_EQ(errors("'a\n"), "1:3: newline in rune literal");
}

TEST(Errors, EmptyRune) {
  // go/scanner: "illegal rune literal".
  EXPECT_EQ(errors("x ''"), "1:4: empty rune literal or unescaped '");
}

TEST(Errors, MoreThanOneCharacterInRune) {
  EXPECT_EQ(errors("x 'ab'"), "1:3: more than one character in rune literal");
}

TEST(Errors, UnknownEscape) {
  // go/scanner: "unknown escape sequence".
  EXPECT_EQ(errors("\"\\q\""), "1:3: unknown escape");
  EXPECT_EQ(errors("'\\\"'"), "1:3: unknown escape");   // \" only in strings
  EXPECT_EQ(errors("\"\\'\""), "1:3: unknown escape");  // \' only in runes
}

TEST(Errors, InvalidCharacterInEscape) {
  EXPECT_EQ(errors("\"\\xg0\""), "1:4: invalid character 'g' in hexadecimal escape");
  EXPECT_EQ(errors("'\\u00'"), "1:6: invalid character '\\'' in hexadecimal escape");
  EXPECT_EQ(errors("\"\\08\""), "1:4: invalid character '8' in octal escape");
}

TEST(Errors, EscapeValueOutOfRange) {
  EXPECT_EQ(errors("'\\ud800'"), "1:8: escape is invalid Unicode code point U+D800");
  EXPECT_EQ(errors("\"\\U00110000\""), "1:12: escape is invalid Unicode code point U+110000");
  EXPECT_EQ(errors("\"\\400\""), "1:6: octal escape value 256 > 255");
}

TEST(Errors, InvalidDigit) {
  EXPECT_EQ(errors("0o8"), "1:3: invalid digit '8' in octal literal");
  EXPECT_EQ(errors("x = 018"), "1:7: invalid digit '8' in octal literal");
  EXPECT_EQ(errors("0b102"), "1:5: invalid digit '2' in binary literal");
}

TEST(Errors, MisplacedSeparator) {
  EXPECT_EQ(errors("1__0"), "1:3: '_' must separate successive digits");
  EXPECT_EQ(errors("1_"), "1:2: '_' must separate successive digits");
  EXPECT_EQ(errors("1_.5"), "1:2: '_' must separate successive digits");
}

TEST(Errors, HexMantissaNeedsPExponent) {
  EXPECT_EQ(errors("0x1.8"), "1:6: hexadecimal mantissa requires a 'p' exponent");
}

TEST(Errors, ExponentHasNoDigits) {
  EXPECT_EQ(errors("1e"), "1:3: exponent has no digits");
  EXPECT_EQ(errors("1e+"), "1:4: exponent has no digits");
  EXPECT_EQ(errors("0x1p"), "1:5: exponent has no digits");
}

TEST(Errors, ExponentKindMismatch) {
  EXPECT_EQ(errors("0o1e1"), "1:4: 'e' exponent requires decimal mantissa");
  EXPECT_EQ(errors("1p4"), "1:2: 'p' exponent requires hexadecimal mantissa");
}

TEST(Errors, LiteralHasNoDigits) {
  EXPECT_EQ(errors("0x"), "1:3: hexadecimal literal has no digits");
  EXPECT_EQ(errors("0b"), "1:3: binary literal has no digits");
}

TEST(Errors, InvalidRadixPoint) {
  EXPECT_EQ(errors("0b.1"), "1:3: invalid radix point in binary literal");
}

TEST(Errors, CommentNotTerminated) {
  EXPECT_EQ(errors("x\n /* abc\n"), "2:2: comment not terminated");
}

TEST(Errors, BOMInTheMiddle) {
  EXPECT_EQ(errors("x\xEF\xBB\xBFy"), "1:2: invalid BOM in the middle of the file");
  EXPECT_EQ(lex("x\xEF\xBB\xBFy")[0].lit, "x\xEF\xBB\xBFy");  // dropped inside a name
}

TEST(Errors, NulAndInvalidUTF8AreDropped) {
  EXPECT_EQ(errors(std::string_view("a\0b", 3)), "1:2: invalid NUL character");
  EXPECT_EQ(errors("a\xFF"), "1:2: invalid UTF-8 encoding");
  EXPECT_EQ(lex("a\xFF")[0].lit, "a");   // not part of the token
  EXPECT_EQ(errors("\"\xED\xA0\x80\""),  // an encoded surrogate is invalid UTF-8
            "1:2: invalid UTF-8 encoding\n1:3: invalid UTF-8 encoding\n"
            "1:4: invalid UTF-8 encoding");
}

TEST(Errors, IdentifierCannotBeginWithDigit) {
  EXPECT_EQ(errors("٣x"), "1:1: identifier cannot begin with digit U+0663 '٣'");
}

TEST(Errors, NonPrintableInIdentifierHasNoGlyph) {
  EXPECT_EQ(errors("a\u00A0"), "1:2: invalid character U+00A0 in identifier");
}

TEST(Errors, OnlyFirstProblemOfALiteral) {
  EXPECT_EQ(errors("0b102_"), "1:5: invalid digit '2' in binary literal");
  EXPECT_EQ(errors("'ab\\q'"), "1:5: unknown escape");
}

TEST(Errors, LexingGoesOnAfterErrors) {
  EXPECT_EQ(errors("a @ \"\\q\" # 0x"),
            "1:3: invalid character U+0040 '@'\n1:7: unknown escape\n"
            "1:10: invalid character U+0023 '#'\n1:14: hexadecimal literal has no digits");
}

// ---- unquoting

TEST(Unquote, StringEscapes) {
  EXPECT_EQ(unquote_string("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""), "\a\b\f\n\r\t\v\\\"");
  EXPECT_EQ(unquote_string("\"plain é\""), "plain é");
  EXPECT_EQ(unquote_string("\"\""), "");
}

TEST(Unquote, StringByteEscapesAreBytes) {
  EXPECT_EQ(unquote_string("\"\\xff\\377\\000\\x41\""), std::string("\xff\xff\0A", 4));
}

TEST(Unquote, StringUnicodeEscapesAreUTF8) {
  EXPECT_EQ(unquote_string("\"\\u00e9\\u65E5\\U0001F600\""), "é日😀");
}

TEST(Unquote, RawStringDropsCarriageReturns) {
  EXPECT_EQ(unquote_string("`a\r\nb\rc\\n`"), "a\nbc\\n");
}

TEST(Unquote, Runes) {
  const std::pair<const char*, int32_t> cases[] = {
      {"'a'", 'a'},      {"'é'", 0xE9},     {"'世'", 0x4E16},    {"'\\a'", 7},
      {"'\\b'", 8},      {"'\\f'", 12},     {"'\\n'", 10},       {"'\\r'", 13},
      {"'\\t'", 9},      {"'\\v'", 11},     {"'\\\\'", '\\'},    {"'\\''", '\''},
      {"'\"'", '"'},     {"'\\x41'", 0x41}, {"'\\xfF'", 0xFF},   {"'\\101'", 0x41},
      {"'\\377'", 0xFF}, {"'\\000'", 0},    {"'\\u00e9'", 0xE9}, {"'\\U0010FFFF'", 0x10FFFF},
      {"'😀'", 0x1F600},
  };
  for (auto [lit, v] : cases) EXPECT_EQ(unquote_rune(lit), v) << lit;
}

// ---- diagnostics

TEST(Diags, FormatIsFileLineColMessage) {
  Diags d;
  d.error({3, 5}, "undefined: x");
  EXPECT_EQ(d.format("prog.go"), "prog.go:3:5: undefined: x\n");
}

TEST(Diags, SortedByPositionStable) {
  Diags d;
  d.error({2, 1}, "b");
  d.error({1, 9}, "a2");
  d.error({1, 3}, "a1");
  d.error({2, 1}, "c");  // same position as "b": stays after it
  std::vector<Diagnostic> s = d.sorted();
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].msg, "a1");
  EXPECT_EQ(s[1].msg, "a2");
  EXPECT_EQ(s[2].msg, "b");
  EXPECT_EQ(s[3].msg, "c");
}

TEST(Diags, OneSyntaxErrorPerLine) {
  Diags d;
  d.error({4, 9}, "invalid character U+0040 '@'");
  d.error({4, 11}, "syntax error: unexpected literal 2 at end of statement");
  d.error({4, 13}, "syntax error: unexpected x");
  d.error({5, 2}, "syntax error: unexpected y");
  EXPECT_EQ(d.format("x.go"),
            "x.go:4:9: invalid character U+0040 '@'\n"
            "x.go:4:11: syntax error: unexpected literal 2 at end of statement\n"
            "x.go:5:2: syntax error: unexpected y\n");
}

TEST(Diags, SameMessageOncePerLineButDifferentOnesKept) {
  Diags d;
  d.error({4, 6}, "undefined: u1");
  d.error({4, 11}, "undefined: u1");
  d.error({4, 16}, "undefined: u2");
  d.error({5, 1}, "undefined: u1");
  EXPECT_EQ(d.format("x.go"),
            "x.go:4:6: undefined: u1\nx.go:4:16: undefined: u2\nx.go:5:1: undefined: u1\n");
}

TEST(Diags, ExactDuplicatesPrintedOnce) {
  Diags d;
  d.error({1, 1}, "a");
  d.error({2, 1}, "b");
  d.error({1, 1}, "a");  // not filtered at report time (another line came between)
  EXPECT_EQ(d.format("x.go"), "x.go:1:1: a\nx.go:2:1: b\n");
}

TEST(Diags, TooManyErrorsAtTheMaxth) {
  // As cmd/compile: the 10th error stops it, even with nothing after it.
  Diags d;
  for (int i = 1; i <= 10; i++) d.error({i + 3, 6}, "undefined: u" + std::to_string(i));
  std::string out = d.format("x.go");
  EXPECT_EQ(out.substr(0, 23), "x.go:4:6: undefined: u1");
  EXPECT_NE(out.find("x.go:13:6: undefined: u10\nx.go:13:6: too many errors\n"), std::string::npos);
  Diags fewer;
  for (int i = 1; i <= 9; i++) fewer.error({i, 1}, "e" + std::to_string(i));
  EXPECT_EQ(fewer.format("x.go").find("too many errors"), std::string::npos);
}

TEST(Diags, TooManyErrorsKeepsTheFirstReportedSorted) {
  Diags d;
  d.error({9, 1}, "late");
  d.error({2, 1}, "early");
  d.error({1, 1}, "first but reported last");
  EXPECT_EQ(d.format("x.go", 2), "x.go:2:1: early\nx.go:9:1: late\nx.go:2:1: too many errors\n");
}

TEST(Diags, UnknownPositionHasNoPrefix) {
  Diags d;
  d.error(Pos{}, "something");
  EXPECT_EQ(d.format("x.go"), "something\n");
}

TEST(Diags, LexerErrorsFormatLikeGoBuild) {
  Diags d;
  lex("package main\n\nvar x = 'ab'\n", &d);
  EXPECT_EQ(d.format("./x.go"), "./x.go:3:9: more than one character in rune literal\n");
}

}  // namespace
}  // namespace gopark::interp
