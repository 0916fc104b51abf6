// compile.cc - the compiler's driver, functions and statements.
#include "interp/compile.h"

#include <algorithm>
#include <cstring>

#include "interp/compile_internal.h"

namespace gopark::interp {

std::unique_ptr<Module> compile_program(Program& prog, Package* pkg, std::string_view filename,
                                        Diags* diags) {
  Compiler c(prog, pkg, filename, diags);
  return c.run();
}

Compiler::Compiler(Program& prog, Package* pkg, std::string_view filename, Diags* diags)
    : prog_(prog), pkg_(pkg), filename_(filename), diags_(diags), info_(prog.info()) {}

void Compiler::unsupported(Node* n, const std::string& what) {
  Pos at = n ? n->pos : Pos{line_ ? line_ : 1, 1};
  if (fs_ && fs_->pkg && fs_->pkg != pkg_) {
    // Inside the library: its position means nothing in the user's file.
    diags_->error(Pos{1, 1}, "gopark: " + what + " not supported yet (in package " +
                                 fs_->pkg->path + ", line " + std::to_string(at.line) + ")");
  } else {
    diags_->error(at, "gopark: " + what + " not supported yet");
  }
  failed_ = true;
}

// ---------------------------------------------------------------------------
// Emission

size_t Compiler::emit(Op op, uint32_t a, uint32_t b, uint32_t c) {
  Proto* p = fs_->proto;
  p->code.push_back(Instr{op, uint16_t(a), uint16_t(b), uint16_t(c)});
  p->lines.push_back(line_);
  size_t at = p->code.size() - 1;
  switch (op) {
    case Op::CALL:
    case Op::CALLF:
    case Op::CALLI:
      stack_map(at, a);  // the callee's frame starts at a
      break;
    case Op::DEFER:
    case Op::RUNDEFERS:
    case Op::GO:
    case Op::CHMAKE:
    case Op::CHSEND:
    case Op::CHRECV:
    case Op::SELECT:
    case Op::NEW:
    case Op::MAKESLICE:
    case Op::APPEND:
    case Op::APPENDSL:
    case Op::CONCAT:
    case Op::RUNESTR:
    case Op::STR2BYTES:
    case Op::BYTES2STR:
    case Op::MAKEMAP:
    case Op::MAPASSIGN:
    case Op::STR2RUNES:
    case Op::RUNES2STR:
    case Op::CLOSURE:
    case Op::CALLN:
    case Op::MKIFACE:
    case Op::RECOVER:
      stack_map(at, fs_->top);
      break;
    default:
      break;
  }
  return at;
}

size_t Compiler::emit_bx(Op op, uint32_t a, uint32_t bx) {
  size_t at = emit(op, a);
  fs_->proto->code[at].set_bx(bx);
  return at;
}

size_t Compiler::emit_jump(Op op, uint32_t a) {
  return emit(op, a);
}

void Compiler::patch_to(size_t at, size_t target) {
  Instr& in = fs_->proto->code[at];
  int64_t off = int64_t(target) - int64_t(at) - 1;
  const char* f = op_format(in.op);
  if (std::string_view(f) == "A B sC" || std::string_view(f) == "A b sC") {
    if (off < -32768 || off > 32767) {
      diags_->error(Pos{line_, 1}, "gopark: function too large");
      failed_ = true;
      return;
    }
    in.c = uint16_t(int16_t(off));
  } else {
    in.set_bx(uint32_t(int32_t(off)));
  }
}

void Compiler::patch_here(const std::vector<size_t>& jumps) {
  for (size_t j : jumps) patch_to(j, here());
}

uint32_t Compiler::konst(uint64_t w) {
  auto& k = fs_->proto->consts;
  for (size_t i = 0; i < k.size(); i++)
    if (k[i] == w) return uint32_t(i);
  k.push_back(w);
  return uint32_t(k.size() - 1);
}

uint32_t Compiler::string_const(const std::string& s) {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  mod_->strings.push_back(s);
  uint32_t id = uint32_t(mod_->strings.size() - 1);
  strings_[s] = id;
  return id;
}

Reg Compiler::alloc_words(uint32_t n, bool ptr) {
  Reg r = fs_->top;
  fs_->top += n;
  if (fs_->kind.size() < fs_->top) fs_->kind.resize(fs_->top);
  for (Reg i = r; i < fs_->top; i++) fs_->kind[i] = ptr;
  if (fs_->top > fs_->proto->nregs) fs_->proto->nregs = fs_->top;
  if (fs_->top > 60000) {
    diags_->error(Pos{line_, 1}, "gopark: function too large");
    failed_ = true;
    fs_->top = 0;
  }
  return r;
}

uint32_t Compiler::result_words(Signature* sig) {
  uint32_t n = 0;
  for (size_t i = 0; i < sig->results->size(); i++) n += words(ty(sig->results->at(i)));
  return n;
}

Reg Compiler::alloc(Type* t) {
  uint32_t n = words(t);
  Reg r = alloc_words(n ? n : 1, false);
  const Shape& s = lay_.shape(t);
  for (uint32_t i = 0; i < n; i++) fs_->kind[r + i] = s.is_ptr_word(i);
  return r;
}

// Records which registers below `live` hold pointers at instruction at,
// for the collector (a safepoint: an allocation, or a call during which
// this frame is suspended).
void Compiler::stack_map(size_t at, Reg live) {
  Proto* p = fs_->proto;
  if (p->map_at.size() < p->code.size()) p->map_at.resize(p->code.size(), UINT32_MAX);
  std::vector<uint64_t> bits((live + 63) / 64);
  for (Reg i = 0; i < live && i < fs_->kind.size(); i++)
    if (fs_->kind[i]) bits[i / 64] |= uint64_t(1) << (i % 64);
  p->map_at[at] = uint32_t(p->maps.size());
  p->maps.push_back(live);
  p->maps.insert(p->maps.end(), bits.begin(), bits.end());
}

Type* Compiler::type_of(Expr* e) {
  return ty(e->type);
}

const Value* Compiler::const_of(Expr* e) {
  auto it = info_.consts.find(e);
  if (it == info_.consts.end() || it->second.is_unknown()) return nullptr;
  return &it->second;
}

Object* Compiler::obj_of(Ident* id) {
  auto it = info_.uses.find(id);
  if (it != info_.uses.end()) return it->second;
  auto d = info_.defs.find(id);
  return d != info_.defs.end() ? d->second : nullptr;
}

// ---------------------------------------------------------------------------
// Program

uint32_t Compiler::proto_for(Object* fn) {
  auto it = protos_.find(fn);
  if (it != protos_.end()) return it->second;
  auto p = std::make_unique<Proto>();
  p->name = proto_name(fn);
  mod_->protos.push_back(std::move(p));
  uint32_t id = uint32_t(mod_->protos.size() - 1);
  protos_[fn] = id;
  todo_.push_back({fn, fn->decl, id, {}});
  return id;
}

uint32_t Compiler::proto_inst(Object* fn, const std::vector<Type*>& targs) {
  if (targs.empty()) return proto_for(fn);
  std::string key = std::to_string(reinterpret_cast<uintptr_t>(fn)) + "[";
  for (Type* t : targs) key += type_key(t) + ";";
  if (auto it = inst_protos_.find(key); it != inst_protos_.end()) return it->second;
  auto p = std::make_unique<Proto>();
  p->name = proto_name(fn);
  mod_->protos.push_back(std::move(p));
  uint32_t id = uint32_t(mod_->protos.size() - 1);
  inst_protos_[key] = id;
  todo_.push_back({fn, fn->decl, id, targs});
  return id;
}

std::vector<Type*> Compiler::targs_of(Expr* fun, Expr* call) {
  for (Expr* x :
       {fun, call, static_cast<Expr*>(as<IndexExpr>(fun) ? as<IndexExpr>(fun)->x : nullptr)}) {
    if (!x) continue;
    auto it = info_.instances.find(x);
    if (it == info_.instances.end()) continue;
    std::vector<Type*> r;
    for (Type* t : it->second) r.push_back(ty(t));
    return r;
  }
  return {};
}

Type* Compiler::ty(Type* t) {
  if (!t || !fs_ || fs_->tfrom.empty()) return t;
  return subst(prog_.arena(), t, fs_->tfrom, fs_->tto);
}

std::unique_ptr<Module> Compiler::run() {
  mod_ = std::make_unique<Module>();
  mod_->filename = filename_;
  mod_->files.push_back(filename_);
  for (Package* pk : prog_.imported())
    for (File* f : prog_.files(pk)) {
      std::string name = prog_.file_name(f);
      if (name.empty()) continue;
      mod_->files.push_back(name);
      for (Decl* d : f->decls)
        if (auto* fd = as<FuncDecl>(d)) decl_file_[fd] = uint32_t(mod_->files.size() - 1);
    }
  mod_->any_type = mod_->types[type_info(prog_.universe().any_type())].get();
  // Package variables: one block of words, each variable 8-aligned.
  // Every loaded package's: the library's and main's.
  uint64_t words = 0;
  std::vector<Package*> pkgs(prog_.imported().begin(), prog_.imported().end());
  pkgs.push_back(pkg_);
  for (Package* pk : pkgs)
    for (Object* o : pk->scope->elems()) {
      if (o->kind != ObjKind::var || !ty(o->type)) continue;
      const Shape& s = lay_.shape(ty(o->type));
      if (s.size > (uint64_t(1) << 30) || words + s.words() > (uint64_t(1) << 27)) {
        // Package variables live in one block allocated at start.
        diags_->error(o->pos, "gopark: package variable " + o->name + " too large (" +
                                  std::to_string(s.size) + " bytes)");
        failed_ = true;
        continue;
      }
      globals_[o] = GlobalVar{uint32_t(words), ty(o->type)};
      for (uint64_t w = 0; w < s.words(); w++)
        if (s.is_ptr_word(w)) {
          uint64_t bit = words + w;
          if (mod_->global_ptrmap.size() <= bit / 64) mod_->global_ptrmap.resize(bit / 64 + 1);
          mod_->global_ptrmap[bit / 64] |= uint64_t(1) << (bit % 64);
        }
      words += s.words() ? s.words() : 1;
    }
  mod_->global_words = words;
  for (Package* pk : pkgs)
    for (File* f : prog_.files(pk))
      for (Decl* d : f->decls)
        if (auto* fd = as<FuncDecl>(d); fd && fd->body) find_boxed(fd->body);
  for (const Initializer& in : info_.init_order) find_boxed(in.rhs);
  for (const Initializer& in : info_.lib_init_order) find_boxed(in.rhs);
  entry();
  for (;;) {
    while (!todo_.empty()) {
      Todo t = todo_.back();
      todo_.pop_back();
      function(t.fn, t.decl, mod_->protos[t.proto].get(), t.targs);
    }
    if (!uses_recover_ || mod_->rt_error) break;
    runtime_error_types(recover_at_);
    if (!mod_->rt_error) break;
  }
  if (failed_) return nullptr;
  return std::move(mod_);
}

// The library's package variables the program may use: those named in
// main's code or, transitively, in the library functions and initializers
// that code reaches. Only their initializers run (a library package's
// other variables stay zero and their initializers are never compiled).
std::unordered_set<const Object*> Compiler::lib_vars_needed() {
  std::unordered_map<const Object*, Expr*> init_of;
  for (const Initializer& in : info_.lib_init_order)
    for (Object* o : in.lhs) init_of[o] = in.rhs;
  std::unordered_set<const Object*> needed;
  std::unordered_set<const Node*> seen;
  std::vector<Node*> work;
  for (File* f : prog_.files(pkg_))
    for (Decl* d : f->decls)
      if (auto* fd = as<FuncDecl>(d); fd && fd->body) work.push_back(fd->body);
  for (const Initializer& in : info_.init_order) work.push_back(in.rhs);
  // Library packages' init functions always run.
  for (Package* lib : prog_.imported())
    for (FuncDecl* fd : init_funcs(lib)) work.push_back(fd->body);
  // Methods are reached through interfaces too (fmt calls String): every
  // method of every named type the program can meet counts, found through
  // the types of the objects it names (a function's results, a field's
  // type, ...).
  std::unordered_set<const Type*> types_seen;
  std::function<void(Type*)> visit_type = [&](Type* t) {
    if (!t || !types_seen.insert(t).second) return;
    if (auto* n = as<Named>(t)) {
      for (Object* m : n->is_instance() ? n->origin->methods : n->methods)
        if (m->decl && m->decl->body) work.push_back(m->decl->body);
      for (Type* a : n->targs) visit_type(a);
      visit_type(underlying(t));
    } else if (auto* p = as<Pointer>(t)) {
      visit_type(p->elem);
    } else if (auto* s = as<Slice>(t)) {
      visit_type(s->elem);
    } else if (auto* a = as<Array>(t)) {
      visit_type(a->elem);
    } else if (auto* m = as<Map>(t)) {
      visit_type(m->key);
      visit_type(m->elem);
    } else if (auto* c = as<Chan>(t)) {
      visit_type(c->elem);
    } else if (auto* st = as<Struct>(t)) {
      for (Object* f : st->fields) visit_type(f->type);
    } else if (auto* tu = as<Tuple>(t)) {
      for (size_t i = 0; i < tu->size(); i++) visit_type(tu->at(i));
    } else if (auto* sg = as<Signature>(t)) {
      visit_type(sg->params);
      visit_type(sg->results);
    }
  };
  std::function<void(Node*)> walk = [&](Node* n) {
    if (!n) return;
    if (auto* id = as<Ident>(n)) {
      auto it = info_.uses.find(id);
      Object* o = it == info_.uses.end() ? nullptr : it->second;
      if (o) visit_type(o->type);
      if (!o || !o->pkg || o->pkg == pkg_) return;
      if (o->kind == ObjKind::var && globals_.count(o) && needed.insert(o).second) {
        if (auto i = init_of.find(o); i != init_of.end()) work.push_back(i->second);
      } else if (o->kind == ObjKind::func && o->decl && o->decl->body) {
        work.push_back(o->decl->body);
      }
      return;
    }
    if (auto* se = as<SelectorExpr>(n)) walk(se->sel);
    for_each_child(n, walk);
  };
  while (!work.empty()) {
    Node* n = work.back();
    work.pop_back();
    if (seen.insert(n).second) walk(n);
  }
  return needed;
}

// Runs package variable initializers, in order, in the entry function.
void Compiler::init_vars(const std::vector<const Initializer*>& inits) {
  for (const Initializer* inp : inits) {
    const Initializer& in = *inp;
    line_ = in.rhs->pos.line;
    Reg save = fs_->top;
    if (in.lhs.size() == 1) {
      Type* t = ty(in.lhs[0]->type);
      Reg v = alloc(t);
      note_chan_label(in.lhs[0]->name, in.rhs);
      expr_as(in.rhs, t, v);
      auto g = globals_.find(in.lhs[0]);
      if (g != globals_.end()) {
        Reg a = alloc_words(1);
        emit_bx(Op::GLOBAL, a, g->second.word);
        store_mem(v, a, 0, t);
      }
    } else {
      auto* call = as<CallExpr>(in.rhs);
      if (!call) {
        unsupported(in.rhs, "this variable initialization");
      } else {
        Reg r = this->call(call);
        Reg at = r;
        for (Object* o : in.lhs) {
          auto g = globals_.find(o);
          if (g != globals_.end() && o->name != "_") {
            Reg a = alloc_words(1);
            emit_bx(Op::GLOBAL, a, g->second.word);
            store_mem(at, a, 0, ty(o->type));
          }
          at += words(ty(o->type));
        }
      }
    }
    fs_->top = save;
  }
}

// A package's init functions, in source order.
std::vector<FuncDecl*> Compiler::init_funcs(const Package* pkg) {
  std::vector<FuncDecl*> out;
  for (File* f : prog_.files(pkg))
    for (Decl* d : f->decls)
      if (auto* fd = as<FuncDecl>(d);
          fd && !fd->recv && fd->name && fd->name->name == "init" && fd->body)
        out.push_back(fd);
  return out;
}

void Compiler::entry() {
  auto p = std::make_unique<Proto>();
  p->name = "runtime.main";
  p->hidden = true;  // Go's tracebacks do not show runtime.main
  Proto* proto = p.get();
  mod_->protos.push_back(std::move(p));
  mod_->main = uint32_t(mod_->protos.size() - 1);
  FuncState fs;
  fs.proto = proto;
  fs_ = &fs;
  // Packages in initialization order, each after its imports: the library
  // variables the program can reach, then the package's init functions;
  // main's variables and init functions last.
  std::unordered_set<const Object*> needed = lib_vars_needed();
  for (Package* lib : prog_.imported()) {
    std::vector<const Initializer*> inits;
    for (const Initializer& in : info_.lib_init_order) {
      if (in.pkg != lib) continue;
      for (Object* o : in.lhs)
        if (needed.count(o)) {
          inits.push_back(&in);
          break;
        }
    }
    init_vars(inits);
    for (FuncDecl* fd : init_funcs(lib)) {
      line_ = fd->pos.line;
      emit_bx(Op::CALL, fs_->top, proto_for(obj_of(fd->name)));
    }
  }
  std::vector<const Initializer*> inits;
  for (const Initializer& in : info_.init_order) inits.push_back(&in);
  init_vars(inits);
  // init functions, in source order, then main.main.
  Object* main_fn = nullptr;
  for (File* f : prog_.files(pkg_)) {
    for (Decl* d : f->decls) {
      auto* fd = as<FuncDecl>(d);
      if (!fd || fd->recv || !fd->name) continue;
      Object* o = obj_of(fd->name);
      if (!o) continue;
      if (fd->name->name == "init") {
        Reg a = fs_->top;
        line_ = fd->pos.line;
        emit_bx(Op::CALL, a, proto_for(o));
      } else if (fd->name->name == "main") {
        main_fn = o;
      }
    }
  }
  if (main_fn) {
    emit_bx(Op::CALL, fs_->top, proto_for(main_fn));
  }
  emit(Op::RET, 0, 0);
  fs_ = nullptr;
}

void Compiler::function(Object* fn, FuncDecl* decl, Proto* p, const std::vector<Type*>& targs) {
  FuncState fs;
  fs.proto = p;
  if (auto it = decl_file_.find(decl); it != decl_file_.end()) p->file = it->second;
  auto* gsig = as<Signature>(fn->type);
  if (!targs.empty()) {
    fs.tfrom = !gsig->tparams.empty() ? gsig->tparams : gsig->rparams;
    fs.tto = targs;
  }
  fs.pkg = fn->pkg;
  FuncState* saved = fs_;
  fs_ = &fs;
  fs.sig = gsig;  // its objects are what the body refers to; types through ty()
  line_ = decl->pos.line;
  if (!decl->body) {
    native_body(fn, decl);
    fs_ = saved;
    return;
  }
  if ((!gsig->tparams.empty() || !gsig->rparams.empty()) && targs.empty()) {
    unsupported(decl, "a generic function without type arguments");
    fs_ = saved;
    return;
  }
  // Receiver and parameters at R[0..), then result variables.
  std::vector<std::pair<Object*, Reg>> pbind, rbind;
  Scope* sc = info_.scopes[decl->sig];
  if (decl->recv) {
    Object* rv = fs.sig->recv;
    Reg r = alloc(ty(rv->type));
    if (!decl->recv->names.empty()) {
      if (Object* o = obj_of(decl->recv->names[0])) pbind.push_back({o, r});
    }
  }
  for (Object* v : fs.sig->params->vars) {
    Reg r = alloc(ty(v->type));
    if (!v->name.empty()) pbind.push_back({v, r});
  }
  p->nparams = fs.top;
  p->has_args = fs.sig->params->size() > 0 || decl->recv;
  fs.results = fs.top;
  uint32_t nres = 0;
  for (Object* v : fs.sig->results->vars) {
    Reg r = alloc(ty(v->type));
    nres += words(ty(v->type));
    if (!v->name.empty() && v->name != "_") rbind.push_back({v, r});
  }
  p->nresults = nres;
  (void)sc;
  for (auto& [v, r] : pbind) bind_local(v, r);
  for (auto& [v, r] : rbind) bind_local(v, r);
  fs.has_defer = has_defer(decl->body);
  stmt_list(decl->body->stmts);
  // Falling off the end (no results, or the checker proved it unreachable).
  line_ = decl->body->rbrace.line;
  function_end();
  fs_ = saved;
}

std::string Compiler::native_name(Object* fn) {
  std::string name = proto_name(fn);
  const Package* pk = fn->pkg ? fn->pkg : pkg_;
  return pk->path + name.substr(pk->name.size());
}

// Whether calling fn can be compiled: it has a body or a native.
bool Compiler::callable(Object* fn, Node* at) {
  if (!fn->decl || fn->decl->body || find_native(native_name(fn))) return true;
  unsupported(at, "the library function " + native_name(fn));
  return false;
}

// A function declared without a body is a native (interp/native.h): its
// Proto passes its parameters to the C++ function and returns what that
// wrote over them.
void Compiler::native_body(Object* fn, FuncDecl* decl) {
  std::string name = native_name(fn);
  NativeFn f = find_native(name);
  auto* sig = fs_->sig;
  if (sig->recv) alloc(ty(sig->recv->type));
  for (Object* v : sig->params->vars) alloc(ty(v->type));
  fs_->proto->nparams = fs_->top;
  fs_->proto->has_args = fs_->top > 0;
  uint32_t nres = result_words(sig);
  fs_->proto->nresults = nres;
  if (fs_->top < nres) alloc_words(nres - fs_->top, false);
  if (!f) {
    // Reached only through a method set (direct calls are refused where
    // they are compiled): panic if it is ever called.
    Type* str = basic_type(BasicKind::string);
    Type* any = prog_.universe().any_type();
    Reg m = alloc(str), v = alloc(any);
    emit_bx(Op::LOADKS, m, string_const("gopark: " + name + " not supported yet"));
    emit(Op::MKIFACE, v, m, itab_for(any, str));
    emit(Op::PANICV, v);
    (void)decl;
    return;
  }
  uint32_t idx;
  if (auto it = natives_.find(name); it != natives_.end()) {
    idx = it->second;
  } else {
    idx = uint32_t(mod_->natives.size());
    mod_->natives.push_back(f);
    mod_->native_names.push_back(name);
    natives_[name] = idx;
  }
  emit_bx(Op::CALLN, 0, idx);
  emit(Op::RET, 0, nres);
}

// The end of a function body: falling off it, and where a recovered panic
// continues (run the remaining deferred calls, return the result
// variables, zero values if unnamed).
void Compiler::function_end() {
  Proto* p = fs_->proto;
  uint32_t nres = p->nresults;
  if (nres == 0)
    emit_return(0, 0);
  else
    emit(Op::UNREACH);  // the checker proved every path returns
  if (fs_->has_defer) {
    fs_->top = fs_->results + nres;
    p->recover_pc = uint32_t(here());
    const auto& vars = fs_->sig->results->vars;
    bool named = !vars.empty() && !vars[0]->name.empty();
    if (!named && nres) emit(Op::ZERO, fs_->results, nres);
    emit_return(fs_->results, nres);
  }
  patch_gotos();
}

// ---------------------------------------------------------------------------
// Statements

void Compiler::stmt_list(const List<Stmt>& l) {
  for (Stmt* s : l) stmt(s);
}

Reg Compiler::declare_local(Ident* id, Type* t) {
  Reg r = alloc(t);
  if (id && id->name != "_") {
    if (Object* o = obj_of(id)) bind_local(o, r);
  }
  return r;
}

void Compiler::local_decl(GenDecl* g) {
  if (g->tok == Tok::kw_const || g->tok == Tok::kw_type) {
    return;  // constants are folded where used; types need no code
  }
  for (Node* n : g->specs) {
    auto* vs = as<ValueSpec>(n);
    if (!vs) continue;
    std::vector<Type*> types;
    for (Ident* id : vs->names) {
      Object* o = obj_of(id);
      types.push_back(o ? ty(o->type) : nullptr);
    }
    if (vs->values.empty()) {
      for (size_t i = 0; i < vs->names.size(); i++) {
        Reg r = alloc(types[i]);
        emit(Op::ZERO, r, words(types[i]) ? words(types[i]) : 1);
        if (Object* o = obj_of(vs->names[i])) bind_local(o, r);
      }
    } else if (vs->values.size() == vs->names.size()) {
      for (size_t i = 0; i < vs->names.size(); i++) note_chan_label(vs->names[i], vs->values[i]);
      // Evaluate all values first (they may not see the new variables).
      std::vector<Reg> regs;
      for (size_t i = 0; i < vs->names.size(); i++) {
        Reg r = alloc(types[i]);
        expr_as(vs->values[i], types[i], r);
        regs.push_back(r);
      }
      for (size_t i = 0; i < vs->names.size(); i++)
        if (Object* o = obj_of(vs->names[i]); o && vs->names[i]->name != "_")
          bind_local(o, regs[i]);
    } else if (auto* call = as<CallExpr>(vs->values[0])) {
      Reg r = this->call(call);
      Reg at = r;
      for (size_t i = 0; i < vs->names.size(); i++) {
        if (Object* o = obj_of(vs->names[i]); o && vs->names[i]->name != "_") bind_local(o, at);
        at += words(types[i]);
      }
    } else if (Reg v, ok;
               !vs->spec_type && vs->names.size() == 2 && comma_ok_value(vs->values[0], &v, &ok)) {
      // var v, ok = m[k] (or x.(T), <-ch): the variables take the
      // expression's types, so its registers become theirs.
      Reg vals[2] = {v, ok};
      for (size_t i = 0; i < 2; i++)
        if (Object* o = obj_of(vs->names[i]); o && vs->names[i]->name != "_")
          bind_local(o, vals[i]);
    } else {
      unsupported(vs, "comma-ok declaration");
    }
  }
}

void Compiler::stmt(Stmt* s) {
  line_ = s->pos.line;
  switch (s->kind) {
    case NodeKind::EmptyStmt:
      return;
    case NodeKind::DeclStmt:
      local_decl(static_cast<DeclStmt*>(s)->decl);
      return;
    case NodeKind::ExprStmt: {
      Reg save = fs_->top;
      Expr* e = static_cast<ExprStmt*>(s)->x;
      if (auto* c = as<CallExpr>(e)) {
        call(c);
      } else {
        expr_any(e);
      }
      fs_->top = save;
      return;
    }
    case NodeKind::IncDecStmt: {
      auto* is = static_cast<IncDecStmt*>(s);
      Reg save = fs_->top;
      Type* t = type_of(is->x);
      if (int64_t lr = local_reg(is->x); lr >= 0 && is_integer(t) && is_scalar_word(t)) {
        emit(Op::ADDI, Reg(lr), Reg(lr), uint16_t(int16_t(is->op == Tok::inc ? 1 : -1)));
        normalize(Reg(lr), t);
        return;
      }
      Reg v = alloc(t);
      expr_to(is->x, v);
      if (is_float(t)) {
        Reg one = alloc_words(1, false);
        double d = 1.0;
        uint64_t w;
        std::memcpy(&w, &d, 8);
        emit_bx(Op::LOADK, one, konst(w));
        emit(is->op == Tok::inc ? Op::FADD : Op::FSUB, v, v, one);
      } else {
        emit(Op::ADDI, v, v, uint16_t(int16_t(is->op == Tok::inc ? 1 : -1)));
      }
      normalize(v, t);
      store_var(is->x, v);
      fs_->top = save;
      return;
    }
    case NodeKind::AssignStmt:
      assign(static_cast<AssignStmt*>(s));
      return;
    case NodeKind::BlockStmt: {
      Reg save = fs_->top;
      stmt_list(static_cast<BlockStmt*>(s)->stmts);
      fs_->top = save;
      return;
    }
    case NodeKind::IfStmt:
      if_stmt(static_cast<IfStmt*>(s));
      return;
    case NodeKind::ForStmt:
      for_stmt(static_cast<ForStmt*>(s));
      return;
    case NodeKind::RangeStmt:
      range_stmt(static_cast<RangeStmt*>(s));
      return;
    case NodeKind::TypeSwitchStmt:
      type_switch(static_cast<TypeSwitchStmt*>(s));
      return;
    case NodeKind::SwitchStmt:
      switch_stmt(static_cast<SwitchStmt*>(s));
      return;
    case NodeKind::SelectStmt:
      select_stmt(static_cast<SelectStmt*>(s));
      return;
    case NodeKind::ReturnStmt:
      return_stmt(static_cast<ReturnStmt*>(s));
      return;
    case NodeKind::BranchStmt:
      branch(static_cast<BranchStmt*>(s));
      return;
    case NodeKind::LabeledStmt: {
      auto* ls = static_cast<LabeledStmt*>(s);
      fs_->label_pc[ls->label->name] = here();
      fs_->pending_label = ls->label->name;
      stmt(ls->stmt);
      fs_->pending_label = {};
      return;
    }
    case NodeKind::DeferStmt:
      defer_stmt(static_cast<DeferStmt*>(s));
      break;
    case NodeKind::GoStmt:
      deferred_call(static_cast<GoStmt*>(s)->call, s->pos, Op::GO);
      break;
    case NodeKind::SendStmt:
      send_stmt(static_cast<SendStmt*>(s));
      return;
    default:
      unsupported(s, std::string(node_kind_name(s->kind)));
      return;
  }
}

void Compiler::assign(AssignStmt* s) {
  Reg save = fs_->top;
  if (s->lhs.size() == s->rhs.size())
    for (size_t i = 0; i < s->lhs.size(); i++) note_chan_label(s->lhs[i], s->rhs[i]);
  if (s->op == Tok::define) {
    // New variables get registers; existing ones are assigned.
    if (s->rhs.size() == s->lhs.size()) {
      std::vector<Reg> vals;
      for (size_t i = 0; i < s->rhs.size(); i++) {
        Type* t = type_of(s->lhs[i]) ? type_of(s->lhs[i]) : type_of(s->rhs[i]);
        auto* id = as<Ident>(s->lhs[i]);
        Object* o = id ? obj_of(id) : nullptr;
        if (o && ty(o->type)) t = ty(o->type);
        Reg r = alloc(t);
        expr_as(s->rhs[i], t, r);
        vals.push_back(r);
      }
      save = fs_->top;
      for (size_t i = 0; i < s->lhs.size(); i++) {
        auto* id = as<Ident>(s->lhs[i]);
        if (!id || id->name == "_") continue;
        auto d = info_.defs.find(id);
        if (d != info_.defs.end() && d->second) {
          bind_local(d->second, vals[i]);
        } else {
          store_var(s->lhs[i], vals[i]);
        }
      }
      // Registers of the new variables stay allocated; those holding values
      // for existing variables are wasted until the block ends (fine).
      return;
    }
    if (auto* call = as<CallExpr>(s->rhs[0])) {
      Reg r = this->call(call);
      Reg at = r;
      for (size_t i = 0; i < s->lhs.size(); i++) {
        auto* id = as<Ident>(s->lhs[i]);
        Object* o = id ? obj_of(id) : nullptr;
        Type* t = o && ty(o->type) ? ty(o->type) : nullptr;
        if (!t) {
          auto* sig = as<Signature>(type_of(call->fun));
          t = sig ? sig->results->at(i) : nullptr;
        }
        if (id && id->name != "_") {
          auto d = info_.defs.find(id);
          if (d != info_.defs.end() && d->second)
            bind_local(d->second, at);
          else
            store_var(s->lhs[i], at);
        }
        at += words(t);
      }
      return;
    }
    if (comma_ok(s, true)) return;
    unsupported(s, "comma-ok assignment");
    return;
  }
  if (s->op == Tok::assign) {
    if (s->lhs.size() == 1 && s->rhs.size() == 1) {
      Expr* r = s->rhs[0];
      while (auto* p = as<ParenExpr>(r)) r = p->x;
      auto* b = as<BinaryExpr>(r);
      bool safe = (b && b->op != Tok::land && b->op != Tok::lor) || as<UnaryExpr>(r) ||
                  info_.consts.count(s->rhs[0]) || as<Ident>(r);
      int64_t lr = local_reg(s->lhs[0]);
      if (lr >= 0 && safe && is_scalar_word(type_of(s->lhs[0]))) {
        expr_to(s->rhs[0], Reg(lr));
        fs_->top = save;
        return;
      }
    }
    if (s->lhs.size() == s->rhs.size()) {
      std::vector<Reg> vals;
      for (size_t i = 0; i < s->rhs.size(); i++) {
        Type* t = type_of(s->lhs[i]);
        if (!t) t = type_of(s->rhs[i]);
        Reg r = alloc(t);
        expr_as(s->rhs[i], t, r);
        vals.push_back(r);
      }
      for (size_t i = 0; i < s->lhs.size(); i++) {
        auto* id = as<Ident>(s->lhs[i]);
        if (id && id->name == "_") continue;
        store_var(s->lhs[i], vals[i]);
      }
      fs_->top = save;
      return;
    }
    if (auto* call = as<CallExpr>(s->rhs[0])) {
      Reg r = this->call(call);
      auto* sig = as<Signature>(underlying(type_of(call->fun)));
      Reg at = r;
      for (size_t i = 0; i < s->lhs.size(); i++) {
        Type* t = sig ? sig->results->at(i) : nullptr;
        auto* id = as<Ident>(s->lhs[i]);
        if (!(id && id->name == "_")) store_var(s->lhs[i], at);
        at += words(t);
      }
      fs_->top = save;
      return;
    }
    if (comma_ok(s, false)) {
      fs_->top = save;
      return;
    }
    unsupported(s, "comma-ok assignment");
    return;
  }
  // x op= y
  Tok op = assign_op_base(s->op);
  BinaryExpr tmp{};
  tmp.kind = NodeKind::BinaryExpr;
  tmp.pos = s->pos;
  tmp.end = s->end;
  tmp.op = op;
  tmp.x = s->lhs[0];
  tmp.y = s->rhs[0];
  tmp.type = type_of(s->lhs[0]);
  if (int64_t lr = local_reg(s->lhs[0]); lr >= 0 && is_scalar_word(tmp.type)) {
    // x op= y on a local: the result goes straight into x's register (the
    // last instruction writes it, after every operand was read).
    binary_to(&tmp, Reg(lr));
    fs_->top = save;
    return;
  }
  Reg r = alloc(tmp.type);
  binary_to(&tmp, r);
  store_var(s->lhs[0], r);
  fs_->top = save;
}

// v, ok := m[k] (define) or v, ok = m[k]: false if the right side is not
// a comma-ok form compiled yet.
bool Compiler::comma_ok(AssignStmt* s, bool define) {
  if (s->lhs.size() != 2 || s->rhs.size() != 1) return false;
  Expr* r = s->rhs[0];
  while (auto* p = as<ParenExpr>(r)) r = p->x;
  Reg v, ok;
  if (!comma_ok_value(r, &v, &ok)) return false;
  Reg vals[2] = {v, ok};
  for (int i = 0; i < 2; i++) {
    auto* id = as<Ident>(s->lhs[i]);
    if (id && id->name == "_") continue;
    if (define && id) {
      auto d = info_.defs.find(id);
      if (d != info_.defs.end() && d->second) {
        bind_local(d->second, vals[i]);
        continue;
      }
    }
    store_var(s->lhs[i], vals[i]);
  }
  return true;
}

bool Compiler::comma_ok_value(Expr* r, Reg* v, Reg* ok) {
  while (auto* p = as<ParenExpr>(r)) r = p->x;
  if (auto* ta = as<TypeAssertExpr>(r)) {
    Type* t = ta->type;
    *v = alloc(t);
    *ok = alloc(basic_type(BasicKind::bool_));
    type_assert(ta, t, *v, true);
    return true;
  }
  if (auto* u = as<UnaryExpr>(r); u && u->op == Tok::arrow) {
    recv_ok(u, v, ok);
    return true;
  }
  auto* ix = as<IndexExpr>(r);
  if (!ix || !as<Map>(underlying(type_of(ix->x)))) return false;
  auto* m = as<Map>(underlying(type_of(ix->x)));
  *v = alloc(m->elem);
  Reg okw = 0;
  map_index_to(ix, *v, &okw);
  *ok = alloc(basic_type(BasicKind::bool_));
  emit(Op::MOVE, *ok, okw);
  return true;
}

void Compiler::if_stmt(IfStmt* s) {
  Reg save = fs_->top;
  if (s->init) stmt(s->init);
  Reg after_init = fs_->top;
  line_ = s->cond->pos.line;
  std::vector<size_t> to_else = cond_false(s->cond);
  fs_->top = after_init;
  stmt(s->then);
  if (s->else_) {
    size_t to_end = emit_jump(Op::JMP);
    patch_here(to_else);
    stmt(s->else_);
    patch_to(to_end, here());
  } else {
    patch_here(to_else);
  }
  fs_->top = save;
}

void Compiler::for_stmt(ForStmt* s) {
  Reg save = fs_->top;
  BranchTarget bt;
  bt.label = fs_->pending_label;
  bt.is_loop = true;
  fs_->pending_label = {};
  if (s->init) stmt(s->init);
  // Go 1.22: each iteration has its own loop variables. Without closures
  // or addresses (not compiled yet) one register per variable is the same.
  // The condition is tested at the bottom (one jump per iteration): jump
  // to it first, then body, post, and "if cond, back to the body".
  size_t to_cond = s->cond ? emit_jump(Op::JMP) : 0;
  size_t body = here();
  fs_->targets.push_back(bt);
  stmt(s->body);
  BranchTarget done = std::move(fs_->targets.back());
  fs_->targets.pop_back();
  patch_here(done.continues);
  // Go 1.22: each iteration has its own copy of the loop variables. Those
  // in registers are copied implicitly; a boxed one (captured or
  // address-taken) gets a fresh cell holding the current value.
  if (auto* init = as<AssignStmt>(s->init); init && init->op == Tok::define) {
    for (Expr* l : init->lhs) {
      auto* id = as<Ident>(l);
      auto d = id ? info_.defs.find(id) : info_.defs.end();
      if (d == info_.defs.end() || !d->second) continue;
      auto it = fs_->locals.find(d->second);
      if (it == fs_->locals.end() || !it->second.boxed) continue;
      Reg t = fs_->top;
      Reg v = alloc(ty(d->second->type));
      load_mem(v, it->second.reg, 0, ty(d->second->type));
      emit_bx(Op::NEW, it->second.reg, type_info(ty(d->second->type)));
      store_mem(v, it->second.reg, 0, ty(d->second->type));
      fs_->top = t;
    }
  }
  if (s->post) stmt(s->post);
  if (s->cond) {
    patch_to(to_cond, here());
    line_ = s->cond->pos.line;
    Reg t = fs_->top;
    std::vector<size_t> back = cond_true(s->cond);
    fs_->top = t;
    for (size_t j : back) patch_to(j, body);
  } else {
    size_t j = emit_jump(Op::JMP);
    patch_to(j, body);
  }
  patch_here(done.breaks);
  fs_->top = save;
}

void Compiler::range_stmt(RangeStmt* s) {
  Reg save = fs_->top;
  BranchTarget bt;
  bt.label = fs_->pending_label;
  bt.is_loop = true;
  fs_->pending_label = {};
  Type* xt = type_of(s->x);
  Type* u = underlying(xt);
  auto var_of = [&](Expr* e) -> Object* {
    auto* id = as<Ident>(e);
    if (!id || id->name == "_") return nullptr;
    auto d = info_.defs.find(id);
    return d != info_.defs.end() ? d->second : nullptr;
  };
  if (is_integer(u)) {
    // for i := range n
    Reg n = alloc(xt);
    expr_to(s->x, n);
    Reg i = alloc(xt);
    emit(Op::ZERO, i, 1);
    size_t top = here();
    size_t exit = emit(Op::JGES, i, n);
    Reg key = 0;
    if (s->key) {
      if (s->op == Tok::define) {
        if (Object* o = var_of(s->key)) {
          key = alloc(ty(o->type));
          emit(Op::MOVE, key, i);
          bind_local(o, key);
        }
      } else if (!(as<Ident>(s->key) && as<Ident>(s->key)->name == "_")) {
        store_var(s->key, i);
      }
    }
    fs_->targets.push_back(bt);
    stmt(s->body);
    BranchTarget done = std::move(fs_->targets.back());
    fs_->targets.pop_back();
    patch_here(done.continues);
    emit(Op::ADDI, i, i, 1);
    size_t j = emit_jump(Op::JMP);
    patch_to(j, top);
    patch_to(exit, here());
    patch_here(done.breaks);
    fs_->top = save;
    return;
  }
  if (is_string(u)) {
    Reg str = alloc(xt);
    expr_to(s->x, str);
    Reg i = alloc_words(1, false);
    emit(Op::ZERO, i, 1);
    Reg rn = alloc_words(2, false);  // rune, next offset
    Reg len = alloc_words(1, false);
    emit(Op::MOVE, len, str + 1);
    size_t top = here();
    size_t exit = emit(Op::JGES, i, len);
    emit(Op::STRNEXT, rn, str, i);
    Reg inner = fs_->top;
    if (s->op == Tok::define) {
      if (Object* k = var_of(s->key)) {
        Reg kr = alloc(ty(k->type));
        emit(Op::MOVE, kr, i);
        bind_local(k, kr);
      }
      if (Object* v = var_of(s->value)) {
        Reg vr = alloc(ty(v->type));
        emit(Op::MOVE, vr, rn);
        bind_local(v, vr);
      }
    } else if (s->op == Tok::assign) {
      if (s->key && !(as<Ident>(s->key) && as<Ident>(s->key)->name == "_")) store_var(s->key, i);
      if (s->value && !(as<Ident>(s->value) && as<Ident>(s->value)->name == "_"))
        store_var(s->value, rn);
    }
    (void)inner;
    fs_->targets.push_back(bt);
    stmt(s->body);
    BranchTarget done = std::move(fs_->targets.back());
    fs_->targets.pop_back();
    patch_here(done.continues);
    emit(Op::MOVE, i, rn + 1);
    size_t j = emit_jump(Op::JMP);
    patch_to(j, top);
    patch_to(exit, here());
    patch_here(done.breaks);
    fs_->top = save;
    return;
  }
  if (auto* sl = as<Slice>(u)) {
    Reg slice = alloc(xt);
    expr_to(s->x, slice);
    Reg i = alloc_words(1, false);
    emit(Op::ZERO, i, 1);
    Reg len = alloc_words(1, false);
    emit(Op::MOVE, len, slice + 1);
    uint64_t esize = lay_.size(sl->elem);
    size_t top = here();
    size_t exit = emit(Op::JGES, i, len);
    Reg kr = 0, vr = 0;
    Object* k = s->op == Tok::define ? var_of(s->key) : nullptr;
    Object* v = s->op == Tok::define ? var_of(s->value) : nullptr;
    if (k) {
      kr = alloc(ty(k->type));
      emit(Op::MOVE, kr, i);
      bind_local(k, kr);
    }
    bool want_value = v || (s->op == Tok::assign && s->value &&
                            !(as<Ident>(s->value) && as<Ident>(s->value)->name == "_"));
    if (want_value) {
      vr = alloc(sl->elem);
      Reg addr = alloc_words(1);
      emit(Op::SLICEIDX, addr, slice, i);
      emit_bx(Op::ARG, 0, uint32_t(esize));
      load_mem(vr, addr, 0, sl->elem);
      if (v) bind_local(v, vr);
    }
    if (s->op == Tok::assign) {
      if (s->key && !(as<Ident>(s->key) && as<Ident>(s->key)->name == "_")) store_var(s->key, i);
      if (want_value) store_var(s->value, vr);
    }
    fs_->targets.push_back(bt);
    stmt(s->body);
    BranchTarget done = std::move(fs_->targets.back());
    fs_->targets.pop_back();
    patch_here(done.continues);
    emit(Op::ADDI, i, i, 1);
    size_t j = emit_jump(Op::JMP);
    patch_to(j, top);
    patch_to(exit, here());
    patch_here(done.breaks);
    fs_->top = save;
    return;
  }
  if (as<Map>(u)) {
    map_range(s, bt);
    fs_->top = save;
    return;
  }
  if (as<Chan>(u)) {
    chan_range(s, bt);
    fs_->top = save;
    return;
  }
  Array* ar = as<Array>(u);
  bool via_ptr = false;
  if (!ar)
    if (auto* p = as<Pointer>(u)) {
      ar = as<Array>(underlying(p->elem));
      via_ptr = ar != nullptr;
    }
  if (ar) {
    // The range expression is evaluated once: an array is copied, a
    // pointer to one is followed on each iteration.
    Reg base;
    if (via_ptr) {
      base = alloc_words(1);
      expr_to(s->x, base);
    } else {
      Reg arr = alloc(xt);
      expr_to(s->x, arr);
      base = arr;
    }
    Reg i = alloc_words(1, false);
    emit(Op::ZERO, i, 1);
    uint64_t esize = lay_.size(ar->elem);
    size_t to_cond = emit_jump(Op::JMP);
    size_t body = here();
    Reg inner = fs_->top;
    Object* k = s->op == Tok::define ? var_of(s->key) : nullptr;
    Object* v = s->op == Tok::define ? var_of(s->value) : nullptr;
    bool want_value = v || (s->op == Tok::assign && s->value &&
                            !(as<Ident>(s->value) && as<Ident>(s->value)->name == "_"));
    if (k) {
      Reg kr = alloc(ty(k->type));
      emit(Op::MOVE, kr, i);
      bind_local(k, kr);
    }
    Reg vr = 0;
    if (want_value) {
      vr = alloc(ar->elem);
      Reg p = alloc_words(1);
      if (via_ptr)
        emit(Op::MOVE, p, base);
      else
        emit(Op::REGADDR, p, base);
      Reg a = alloc_words(1);
      emit(Op::ARRIDX, a, p, i);
      auto& kk = fs_->proto->consts;
      kk.push_back(uint64_t(ar->len));
      kk.push_back(esize);
      emit_bx(Op::ARG, 0, uint32_t(kk.size() - 2));
      load_mem(vr, a, 0, ar->elem);
      if (v) bind_local(v, vr);
    }
    if (s->op == Tok::assign) {
      if (s->key && !(as<Ident>(s->key) && as<Ident>(s->key)->name == "_")) store_var(s->key, i);
      if (want_value) store_var(s->value, vr);
    }
    fs_->targets.push_back(bt);
    stmt(s->body);
    BranchTarget done = std::move(fs_->targets.back());
    fs_->targets.pop_back();
    patch_here(done.continues);
    emit(Op::ADDI, i, i, 1);
    fs_->top = inner;
    patch_to(to_cond, here());
    size_t back = emit(Op::JLTSI, i, 0);
    if (ar->len > 32767) {
      unsupported(s, "range over an array this long");
    } else {
      fs_->proto->code[back].b = uint16_t(int16_t(ar->len));
    }
    patch_to(back, body);
    patch_here(done.breaks);
    fs_->top = save;
    return;
  }
  unsupported(s, "range over " + type_string(xt));
}

void Compiler::switch_stmt(SwitchStmt* s) {
  Reg save = fs_->top;
  BranchTarget bt;
  bt.label = fs_->pending_label;
  fs_->pending_label = {};
  if (s->init) stmt(s->init);
  Reg tag = 0;
  Type* tt = nullptr;
  if (s->tag) {
    tt = type_of(s->tag);
    tag = alloc(tt);
    expr_to(s->tag, tag);
  }
  // Tests in order; each case's body is reached by a jump.
  std::vector<std::vector<size_t>> to_body(s->clauses.size());
  int default_index = -1;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* cc = s->clauses[i];
    if (cc->is_default) {
      default_index = int(i);
      continue;
    }
    for (Expr* e : cc->exprs) {
      line_ = e->pos.line;
      Reg t = fs_->top;
      if (!s->tag) {
        auto js = cond_true(e);
        for (size_t j : js) to_body[i].push_back(j);
      } else {
        BinaryExpr eq{};
        eq.kind = NodeKind::BinaryExpr;
        eq.pos = e->pos;
        eq.end = e->end;
        eq.op = Tok::eql;
        eq.x = s->tag;
        eq.y = e;
        eq.type = basic_type(BasicKind::bool_);
        // Compare against the evaluated tag, not the tag expression again.
        Type* et = type_of(e);
        Reg r = alloc_words(1, false);
        if (et && is_interface(et) && !is_interface(tt)) {
          // A concrete tag against an interface case: compare as interfaces.
          Reg a = alloc(et), v = alloc(et);
          value_as(tag, tt, et, a);
          expr_to(e, v);
          equal(r, a, v, et, false, e);
        } else {
          Reg v = alloc(tt);
          expr_as(e, tt, v);
          equal(r, tag, v, tt, false, e);
        }
        to_body[i].push_back(emit_jump(Op::JT, r));
      }
      fs_->top = t;
    }
  }
  size_t to_default = emit_jump(Op::JMP);
  std::vector<size_t> fallthrough_jumps;
  fs_->targets.push_back(bt);
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* cc = s->clauses[i];
    if (int(i) == default_index) patch_to(to_default, here());
    patch_here(to_body[i]);
    patch_here(fallthrough_jumps);
    fallthrough_jumps.clear();
    Reg t = fs_->top;
    bool ft = false;
    for (Stmt* st : cc->body) {
      if (auto* b = as<BranchStmt>(st); b && b->tok == Tok::kw_fallthrough) {
        ft = true;
        continue;
      }
      stmt(st);
    }
    fs_->top = t;
    if (ft)
      fallthrough_jumps.push_back(emit_jump(Op::JMP));
    else
      fs_->targets.back().breaks.push_back(emit_jump(Op::JMP));
  }
  if (default_index < 0) patch_to(to_default, here());
  BranchTarget done = std::move(fs_->targets.back());
  fs_->targets.pop_back();
  patch_here(done.breaks);
  fs_->top = save;
}

void Compiler::return_stmt(ReturnStmt* s) {
  Proto* p = fs_->proto;
  if (s->results.empty()) {
    emit_return(fs_->results, p->nresults);
    return;
  }
  Reg save = fs_->top;
  Tuple* res = fs_->sig->results;
  if (s->results.size() == 1 && res->size() > 1) {
    Reg r = this->call(as<CallExpr>(s->results[0]));
    emit_return(r, p->nresults);
    fs_->top = save;
    return;
  }
  // One result already in a local's register (return n): return from there.
  if (s->results.size() == 1 && !fs_->has_defer && local_reg(s->results[0]) >= 0 &&
      identical(type_of(s->results[0]), ty(res->at(0))) &&
      fs_->sig->results->vars[0]->name.empty()) {
    emit(Op::RET, Reg(local_reg(s->results[0])), p->nresults);
    return;
  }
  Reg base = fs_->top;
  for (size_t i = 0; i < s->results.size(); i++) {
    Reg r = alloc(ty(res->at(i)));
    expr_as(s->results[i], ty(res->at(i)), r);
  }
  emit_return(base, p->nresults);
  fs_->top = save;
}

// Returns the n result words at vals. With named results the values are
// first assigned to the result variables, and what is returned is those
// variables after the deferred calls ran (which may change them).
void Compiler::emit_return(Reg vals, uint32_t n) {
  const auto& vars = fs_->sig->results->vars;
  bool named = !vars.empty() && !vars[0]->name.empty();
  if (named && vals != fs_->results) {
    Reg at = vals, res = fs_->results;
    for (Object* v : vars) {
      auto it = fs_->locals.find(v);
      uint32_t w = words(ty(v->type));
      if (it != fs_->locals.end() && it->second.boxed) {
        store_mem(at, it->second.reg, 0, ty(v->type));
      } else if (w == 1) {
        emit(Op::MOVE, res, at);
      } else if (w > 1) {
        emit(Op::MOVEN, res, at, w);
      }
      at += w;
      res += w;
    }
  }
  if (fs_->has_defer) emit(Op::RUNDEFERS);
  if (!named) {
    emit(Op::RET, vals, n);
    return;
  }
  Reg at = fs_->results;
  for (Object* v : vars) {
    auto it = fs_->locals.find(v);
    if (it != fs_->locals.end() && it->second.boxed) load_mem(at, it->second.reg, 0, ty(v->type));
    at += words(ty(v->type));
  }
  emit(Op::RET, fs_->results, n);
}

// A TypeInfo for the n registers from first as a block of words (their
// pointer map from the registers' kinds): DEFER's heap copy of arguments.
uint32_t Compiler::words_type(Reg first, uint32_t n) {
  auto ti = std::make_unique<TypeInfo>();
  ti->name = "defer args";
  ti->size = uint64_t(n) * 8;
  ti->align = 8;
  for (uint32_t i = 0; i < n; i++)
    if (fs_->kind[first + i]) {
      if (ti->ptrmap.size() <= i / 64) ti->ptrmap.resize(i / 64 + 1);
      ti->ptrmap[i / 64] |= uint64_t(1) << (i % 64);
    }
  mod_->types.push_back(std::move(ti));
  return uint32_t(mod_->types.size() - 1);
}

void Compiler::defer_stmt(DeferStmt* s) {
  deferred_call(s->call, s->pos, Op::DEFER);
}

void Compiler::deferred_call(Expr* call, Pos pos, Op op) {
  auto* e = as<CallExpr>(call);
  if (!e) return;
  const char* wrap = op == Op::GO ? ".gowrap" : ".deferwrap";
  Reg save = fs_->top;
  Expr* fun = e->fun;
  while (auto* p = as<ParenExpr>(fun)) fun = p->x;
  Reg base = alloc_words(1);
  Signature* sig = nullptr;
  if (auto* se = as<SelectorExpr>(fun)) {
    auto it = info_.selections.find(se);
    if (it != info_.selections.end() && it->second.kind == SelectionKind::method) {
      Object* m = it->second.obj;
      auto* msig = as<Signature>(m->type);
      if (is_iface_method(m)) {
        // The interface's method value, evaluated now, then the arguments.
        method_value(se, it->second, base);
        push_args(e, msig);
        sig = msig;
      } else {
        func_value(m, base);
        Reg rv = alloc(msig->recv->type);
        method_recv(se, it->second, rv);
        push_args(e, msig);
        sig = msig;
      }
    }
  }
  if (!sig) {
    Object* fo = nullptr;
    if (auto* id = as<Ident>(fun)) fo = obj_of(id);
    constexpr auto kNotBuiltin = BuiltinId(0xff);
    BuiltinId bi = fo && fo->kind == ObjKind::builtin ? fo->builtin : kNotBuiltin;
    if (bi == BuiltinId::print_ || bi == BuiltinId::println_ || bi == BuiltinId::close_ ||
        bi == BuiltinId::panic_ || bi == BuiltinId::delete_ || bi == BuiltinId::copy_ ||
        bi == BuiltinId::clear_ || bi == BuiltinId::recover_) {
      // defer println(a, b), go close(ch), defer delete(m, k): the
      // arguments are evaluated now; a small function taking them as
      // parameters does the built-in's work later. (These are the
      // built-ins Go allows as statements.) A deferred recover() is not
      // called by a deferred function, so it never stops a panic: its
      // wrapper does nothing.
      auto p = std::make_unique<Proto>();
      p->name = fs_->proto->name + wrap +
                std::to_string(op == Op::GO ? ++fs_->ngowraps : ++fs_->ndeferwraps);
      p->file = fs_->proto->file;
      p->has_args = !e->args.empty();
      Proto* wp = p.get();
      mod_->protos.push_back(std::move(p));
      uint32_t id = uint32_t(mod_->protos.size() - 1);
      emit_bx(Op::CLOSURE, base, id);
      emit(Op::ARG, 0, fs_->top, closure_type(0));
      std::vector<std::pair<Reg, Type*>> params;
      auto* tup = e->args.size() == 1 ? as<Tuple>(type_of(e->args[0])) : nullptr;
      if (tup && tup->size() > 1) {
        // defer println(f()): f's results are the parameters.
        Reg r = Compiler::call(as<CallExpr>(unparen(e->args[0])));
        for (size_t i = 0; i < tup->size(); i++) {
          params.push_back({r - (base + 1), tup->at(i)});
          r += words(tup->at(i)) ? words(tup->at(i)) : 1;
        }
      } else {
        for (Expr* a : e->args) {
          Type* t = type_of(a);
          if (t && is_untyped(t)) t = default_type(t);
          if (bi == BuiltinId::panic_) t = prog_.universe().any_type();
          if (bi == BuiltinId::delete_ && a == e->args[1])
            t = as<Map>(underlying(type_of(e->args[0])))->key;
          Reg r = alloc(t);
          expr_as(a, t, r);
          params.push_back({r - (base + 1), t});
        }
      }
      wp->nparams = fs_->top - (base + 1);
      wp->nregs = wp->nparams;
      FuncState* outer = fs_;
      FuncState wfs;
      wfs.proto = wp;
      // The parameters hold pointers where the evaluated arguments did.
      wfs.top = wp->nparams;
      wfs.kind.assign(outer->kind.begin() + (base + 1), outer->kind.begin() + outer->top);
      fs_ = &wfs;
      if (bi == BuiltinId::close_) {
        emit(Op::CHCLOSE, params[0].first);
      } else if (bi == BuiltinId::panic_) {
        emit(Op::PANICV, params[0].first);
      } else if (bi == BuiltinId::delete_) {
        emit(Op::MAPDELETE, params[0].first, params[1].first);
        emit_bx(Op::ARG, 0, map_info(params[0].second, e));
      } else if (bi == BuiltinId::copy_) {
        auto* sl = as<Slice>(underlying(params[0].second));
        Reg n = alloc_words(1, false);
        emit(Op::COPYSL, n, params[0].first, params[1].first);
        emit_bx(Op::ARG, 0, uint32_t(lay_.size(sl->elem)));
      } else if (bi == BuiltinId::clear_) {
        if (auto* sl = as<Slice>(underlying(params[0].second))) {
          emit(Op::CLEARSL, params[0].first);
          emit_bx(Op::ARG, 0, uint32_t(lay_.size(sl->elem)));
        } else {
          emit(Op::MAPCLEAR, params[0].first);
          emit_bx(Op::ARG, 0, map_info(params[0].second, e));
        }
      } else if (bi == BuiltinId::recover_) {
        // nothing: see above
      } else {
        for (size_t i = 0; i < params.size(); i++) {
          if (i && bi == BuiltinId::println_) emit(Op::PRINTSP);
          emit_print(params[i].first, params[i].second, e);
        }
        if (bi == BuiltinId::println_) emit(Op::PRINTNL);
      }
      emit(Op::RET, 0, 0);
      fs_ = outer;
      sig = nullptr;
      uint32_t n = fs_->top - (base + 1);
      line_ = pos.line;
      emit(op, base, n);
      emit(Op::ARG, 0, 0, words_type(base + 1, n));
      fs_->top = save;
      return;
    }
    if (fo && (fo->kind == ObjKind::builtin || fo->kind == ObjKind::type_name)) {
      unsupported(call, op == Op::GO ? "go with this built-in or a conversion"
                                     : "deferring this built-in or a conversion");
      fs_->top = save;
      return;
    }
    sig = as<Signature>(underlying(type_of(e->fun)));
    expr_to(e->fun, base);
    push_args(e, sig);
  }
  uint32_t n = fs_->top - (base + 1);
  line_ = pos.line;
  emit(op, base, n);
  emit(Op::ARG, 0, 0, words_type(base + 1, n));
  fs_->top = save;
}

// Whether body has a defer statement of its own (not in a function literal).
bool Compiler::has_defer(Node* body) {
  bool found = false;
  std::function<void(Node*)> walk = [&](Node* n) {
    if (found || !n || as<FuncLit>(n)) return;
    if (as<DeferStmt>(n)) found = true;
    for_each_child(n, walk);
  };
  walk(body);
  return found;
}

void Compiler::patch_gotos() {
  for (auto& [at, name] : fs_->gotos) {
    auto it = fs_->label_pc.find(name);
    if (it != fs_->label_pc.end()) patch_to(at, it->second);
  }
}

void Compiler::branch(BranchStmt* s) {
  auto& ts = fs_->targets;
  if (s->tok == Tok::kw_goto) {
    fs_->gotos.push_back({emit_jump(Op::JMP), s->label->name});
    return;
  }
  if (s->tok == Tok::kw_fallthrough) return;  // handled by switch_stmt
  for (size_t i = ts.size(); i-- > 0;) {
    BranchTarget& t = ts[i];
    if (s->label ? t.label == s->label->name : (s->tok == Tok::kw_break || t.is_loop)) {
      if (s->tok == Tok::kw_break)
        t.breaks.push_back(emit_jump(Op::JMP));
      else
        t.continues.push_back(emit_jump(Op::JMP));
      return;
    }
  }
  unsupported(s, "this branch");
}

}  // namespace gopark::interp
