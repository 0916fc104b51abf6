// main.cc - the gopark command.
//
//   gopark vet prog.go    diagnostics as prog.go:LINE:COL: message, sorted,
//                         at most 10 then "too many errors"; exit 1 if any
//   gopark vet -json prog.go
//                         all diagnostics as a JSON array (file, line, col,
//                         endLine, endCol, message) for editors; exit as above
//   gopark run [-mem SIZE] [-stack SIZE] [-p N] [-seed N] [-faketime]
//              [-trace FILE] [-snapshot FILE] prog.go [ARGS...]
//                         compile errors as vet prints them (exit 1), else run:
//                         output to stdout, print/println and panics to stderr,
//                         exit status 0, 2 for a panic or fatal error
//   gopark disasm prog.go the bytecode of every function
//
// vet parses and type-checks the program against the embedded standard
// library. run compiles it to bytecode (the subset compiled so far; the rest
// reports "not supported yet") and runs it on the VM.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "interp/check.h"
#include "interp/compile.h"
#include "interp/diag.h"
#include "interp/vm.h"
#include "stdlib/stdlib.h"

namespace {

int usage() {
  std::fputs(
      "usage: gopark <command> [arguments]\n"
      "\n"
      "commands:\n"
      "  vet [-json] FILE.go   report syntax and type errors in Go's format (or as JSON)\n"
      "  run [-mem SIZE] [-stack SIZE] [-goroutines N] [-p N] [-seed N]\n"
      "      [-faketime] [-trace FILE] [-snapshot FILE] FILE.go [ARGS...]\n"
      "                        compile and run the program (-mem: heap limit,\n"
      "                        default 1GiB; -stack: a goroutine's stack limit,\n"
      "                        Go's default, 1000000000 (250000000 on\n"
      "                        32-bit wasm), at most a quarter of -mem;\n"
      "                        -goroutines: how many may exist at once,\n"
      "                        default 10000000;\n"
      "                        -p: GOMAXPROCS,\n"
      "                        default the number of CPUs; -seed: scheduling,\n"
      "                        map order and hashing of this run (repeatable\n"
      "                        at -p 1), default random; -faketime:\n"
      "                        a virtual clock from 2009-11-10 23:00:00 UTC that\n"
      "                        jumps ahead when every goroutine sleeps; -trace:\n"
      "                        scheduler and channel events as JSON; -snapshot:\n"
      "                        goroutines and channels at exit as JSON; ARGS:\n"
      "                        os.Args after the program name)\n"
      "  disasm FILE.go        print the program's bytecode\n",
      stderr);
  return 2;
}

bool read_file(const char* path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

// The file name as diagnostics show it: what the user typed.
int vet(const char* path, bool json) {
  std::string src;
  if (!read_file(path, &src)) {
    std::fprintf(stderr, "gopark: open %s: no such file or directory\n", path);
    return 1;
  }
  gopark::interp::Diags diags;
  gopark::interp::Program prog(gopark::stdlib::load);
  prog.check_file(path, src, &diags);
  if (json) {
    std::string text = diags.to_json(path) + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
    return diags.empty() ? 0 : 1;
  }
  if (diags.empty()) return 0;
  std::string text = diags.format(path);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 1;
}

// Parses "1GiB", "512MiB", "65536" (bytes).
bool parse_size(const char* s, uint64_t* out) {
  char* end = nullptr;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (end == s) return false;
  std::string unit(end);
  uint64_t mul = 1;
  if (unit == "" || unit == "B")
    mul = 1;
  else if (unit == "KiB" || unit == "K" || unit == "KB")
    mul = 1024;
  else if (unit == "MiB" || unit == "M" || unit == "MB")
    mul = 1024 * 1024;
  else if (unit == "GiB" || unit == "G" || unit == "GB")
    mul = 1024ull * 1024 * 1024;
  else
    return false;
  *out = uint64_t(v) * mul;
  return true;
}

// Checks and compiles path; prints diagnostics and returns null on errors.
std::unique_ptr<gopark::interp::Module> build(const char* path, gopark::interp::Program& prog,
                                              std::string* src) {
  if (!read_file(path, src)) {
    std::fprintf(stderr, "gopark: open %s: no such file or directory\n", path);
    return nullptr;
  }
  gopark::interp::Diags diags;
  gopark::interp::Package* pkg = prog.check_file(path, *src, &diags);
  std::unique_ptr<gopark::interp::Module> mod;
  if (diags.empty() && pkg) {
    std::string name = path;
    size_t slash = name.rfind('/');
    if (slash != std::string::npos) name = name.substr(slash + 1);
    mod = gopark::interp::compile_program(prog, pkg, name, &diags);
  }
  if (!diags.empty()) {
    std::string text = diags.format(path);
    std::fwrite(text.data(), 1, text.size(), stderr);
    return nullptr;
  }
  return mod;
}

// Writes text to path; false (with a message) when it cannot.
bool write_file(const char* path, const std::string& text) {
  std::FILE* f = std::fopen(path, "wb");
  if (!f || std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fclose(f) != 0) {
    std::fprintf(stderr, "gopark: cannot write %s\n", path);
    return false;
  }
  return true;
}

int run(int argc, char** argv) {
  gopark::interp::VMOptions opts;
  const char* trace_path = nullptr;
  const char* snapshot_path = nullptr;
  int i = 2;
  for (; i < argc && argv[i][0] == '-'; i++) {
    if (std::strcmp(argv[i], "-mem") == 0 && i + 1 < argc) {
      if (!parse_size(argv[++i], &opts.mem_limit)) {
        std::fprintf(stderr, "gopark: invalid -mem size %s\n", argv[i]);
        return 2;
      }
    } else if (std::strcmp(argv[i], "-stack") == 0 && i + 1 < argc) {
      if (!parse_size(argv[++i], &opts.max_stack_bytes) || opts.max_stack_bytes < 4096) {
        std::fprintf(stderr, "gopark: invalid -stack size %s (at least 4KiB)\n", argv[i]);
        return 2;
      }
    } else if (std::strcmp(argv[i], "-goroutines") == 0 && i + 1 < argc) {
      char* end = nullptr;
      opts.max_goroutines = std::strtoull(argv[++i], &end, 10);
      if (!end || *end || argv[i][0] == '-' || opts.max_goroutines < 1) {
        std::fprintf(stderr, "gopark: invalid -goroutines %s (at least 1)\n", argv[i]);
        return 2;
      }
    } else if (std::strcmp(argv[i], "-seed") == 0 && i + 1 < argc) {
      char* end = nullptr;
      opts.seed = std::strtoull(argv[++i], &end, 10);
      if (!end || *end) {
        std::fprintf(stderr, "gopark: invalid -seed %s\n", argv[i]);
        return 2;
      }
    } else if (std::strcmp(argv[i], "-p") == 0 && i + 1 < argc) {
      char* end = nullptr;
      long n = std::strtol(argv[++i], &end, 10);
      if (!end || *end || n < 1 || n > 256) {
        std::fprintf(stderr, "gopark: invalid -p %s (1 to 256)\n", argv[i]);
        return 2;
      }
      opts.procs = int(n);
    } else if (std::strcmp(argv[i], "-trace") == 0 && i + 1 < argc) {
      opts.trace = true;
      trace_path = argv[++i];
    } else if (std::strcmp(argv[i], "-snapshot") == 0 && i + 1 < argc) {
      opts.final_snapshot = true;
      snapshot_path = argv[++i];
    } else if (std::strcmp(argv[i], "-faketime") == 0) {
      opts.fake_time = true;
    } else if (std::strcmp(argv[i], "-gcstress") == 0) {
      opts.gc_stress = true;  // collect before every allocation (for tests)
    } else {
      return usage();
    }
  }
  if (i >= argc) return usage();
  const char* file = argv[i];
  for (int k = i + 1; k < argc; k++) opts.args.push_back(argv[k]);
  gopark::interp::Program prog(gopark::stdlib::load);
  std::string src;
  auto mod = build(file, prog, &src);
  if (!mod) return 1;
  std::fflush(stdout);
  gopark::interp::VM vm(*mod, opts);
  // One buffer for both streams, flushed when the stream changes, when it
  // fills, and at exit: a program's stdout and stderr lines keep their
  // order, and printing in a loop costs few system calls.
  struct Out {
    std::string buf;
    int fd = 1;
    void flush() {
      std::FILE* f = fd == 1 ? stdout : stderr;
      std::fwrite(buf.data(), 1, buf.size(), f);
      std::fflush(f);
      buf.clear();
    }
  } out;
  int code = vm.run([&out](int fd, std::string_view s) {
    if (fd != out.fd) {
      out.flush();
      out.fd = fd;
    }
    out.buf.append(s);
    if (out.buf.size() >= 64 * 1024) out.flush();
  });
  out.flush();
  if (trace_path && !write_file(trace_path, vm.trace_json())) return 2;
  if (snapshot_path && !write_file(snapshot_path, vm.final_snapshot() + "\n")) return 2;
  return code;
}

int disasm(const char* path) {
  gopark::interp::Program prog(gopark::stdlib::load);
  std::string src;
  auto mod = build(path, prog, &src);
  if (!mod) return 1;
  std::string text = gopark::interp::disasm(*mod);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  if (std::strcmp(argv[1], "vet") == 0) {
    bool json = argc == 4 && std::strcmp(argv[2], "-json") == 0;
    if (argc != 3 && !json) return usage();
    return vet(argv[argc - 1], json);
  }
  if (std::strcmp(argv[1], "run") == 0 && argc >= 3) return run(argc, argv);
  if (std::strcmp(argv[1], "disasm") == 0 && argc == 3) return disasm(argv[2]);
  return usage();
}
