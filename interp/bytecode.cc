// bytecode.cc - opcode names and the disassembler.
#include "interp/bytecode.h"

#include <cstdio>

namespace gopark::interp {

namespace {

const char* const kNames[] = {
#define OP(name, format, meaning) #name,
#include "interp/opcodes.def"
#undef OP
};

const char* const kFormats[] = {
#define OP(name, format, meaning) format,
#include "interp/opcodes.def"
#undef OP
};

}  // namespace

const char* op_name(Op op) {
  return kNames[static_cast<int>(op)];
}
const char* op_format(Op op) {
  return kFormats[static_cast<int>(op)];
}

std::string disasm(const Module& m, const Proto& p) {
  std::string out = "func " + p.name + " (regs " + std::to_string(p.nregs) + ", params " +
                    std::to_string(p.nparams) + ", results " + std::to_string(p.nresults) + ")\n";
  char buf[160];
  for (size_t i = 0; i < p.code.size(); i++) {
    const Instr& in = p.code[i];
    std::string f = op_format(in.op);
    std::string ops;
    if (f == "A") {
      ops = "R" + std::to_string(in.a);
    } else if (f == "A B") {
      ops = "R" + std::to_string(in.a) + " R" + std::to_string(in.b);
    } else if (f == "A B C") {
      ops = "R" + std::to_string(in.a) + " R" + std::to_string(in.b) + " R" + std::to_string(in.c);
    } else if (f == "A B c") {
      ops =
          "R" + std::to_string(in.a) + " R" + std::to_string(in.b) + " " + std::to_string(in.sc());
    } else if (f == "A sBx") {
      ops = "R" + std::to_string(in.a) + " " + std::to_string(in.sbx());
      if (in.op != Op::LOADI) ops += "  ; to " + std::to_string(int64_t(i) + 1 + in.sbx());
    } else if (f == "A Bx") {
      ops = "R" + std::to_string(in.a) + " " + std::to_string(in.bx());
      if (in.op == Op::CALL && in.bx() < m.protos.size()) ops += "  ; " + m.protos[in.bx()]->name;
      if (in.op == Op::CALLN && in.bx() < m.native_names.size())
        ops += "  ; " + m.native_names[in.bx()];
      if (in.op == Op::LOADKS && in.bx() < m.strings.size()) {
        std::string s = m.strings[in.bx()];
        if (s.size() > 40) s = s.substr(0, 37) + "...";
        ops += "  ; \"" + s + "\"";
      }
      if (in.op == Op::LOADK && in.bx() < p.consts.size())
        ops += "  ; " + std::to_string(int64_t(p.consts[in.bx()]));
      if (in.op == Op::NEW && in.bx() < m.types.size()) ops += "  ; " + m.types[in.bx()]->name;
    } else if (f == "sBx") {
      ops = std::to_string(in.sbx()) + "  ; to " + std::to_string(int64_t(i) + 1 + in.sbx());
    } else if (f == "A b sC") {
      ops = "R" + std::to_string(in.a) + " " + std::to_string(int16_t(in.b)) + " " +
            std::to_string(in.sc()) + "  ; to " + std::to_string(int64_t(i) + 1 + in.sc());
    } else if (f == "A B sC") {
      ops = "R" + std::to_string(in.a) + " R" + std::to_string(in.b) + " " +
            std::to_string(in.sc()) + "  ; to " + std::to_string(int64_t(i) + 1 + in.sc());
    }
    std::snprintf(buf, sizeof buf, "  %4zu  %4d  %-10s %s\n", i,
                  i < p.lines.size() ? p.lines[i] : 0, op_name(in.op), ops.c_str());
    out += buf;
  }
  return out;
}

std::string disasm(const Module& m) {
  std::string out;
  for (const auto& p : m.protos) {
    out += disasm(m, *p);
    out += "\n";
  }
  return out;
}

}  // namespace gopark::interp
