// vm_macros.h - the macros the bodies of instructions share in run_hot
// (vm.cc) and step_cold (vm_cold.cc). Each function, which has the locals
// g, fr, code and pc and the label unwind, includes this at its start and
// vm_macros_end.h at its end (hence no include guard).

// Saves the running frame's pc (for tracebacks and re-entry).
#define SAVE_PC() (fr->pc = uint32_t(pc - code))
// For tracebacks: the failing instruction is the frame's current one.
#define SAVE_PC_AT() (fr->pc = uint32_t(pc - code) + 1)
#define OUT_OF_MEMORY()                      \
  do {                                       \
    SAVE_PC_AT();                            \
    vm_->fatal(g, "runtime: out of memory"); \
    return Step::exit;                       \
  } while (0)
// Go's fatal errors for a map used by parallel goroutines without locks.
#define MAP_RACE(msg)   \
  do {                  \
    SAVE_PC_AT();       \
    vm_->fatal(g, msg); \
    return Step::exit;  \
  } while (0)
// A panic runs the pending deferred calls (innermost first) on top of the
// stack, then ends the program with the stack as it was.
#define PANIC(msg)     \
  do {                 \
    SAVE_PC_AT();      \
    native_panic(msg); \
    goto unwind;       \
  } while (0)
#define NILP(P) \
  if (!(P)) PANIC("runtime error: invalid memory address or nil pointer dereference")
