// compile.h - from the checked AST to bytecode.
//
// compile_program() turns a checked main package (check.h) into a Module
// (bytecode.h). What is not compiled yet reports "gopark: ... not supported
// yet" at its position, as a diagnostic, never a crash.
#pragma once

#include <memory>
#include <string_view>

#include "interp/bytecode.h"
#include "interp/check.h"
#include "interp/diag.h"

namespace gopark::interp {

// filename is how tracebacks name the file ("prog.go").
std::unique_ptr<Module> compile_program(Program& prog, Package* pkg, std::string_view filename,
                                        Diags* diags);

}  // namespace gopark::interp
