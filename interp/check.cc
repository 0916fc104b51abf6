// check.cc - the Program, package loading, and package-level declarations:
// collecting names, resolving them in dependency order with cycle
// detection, function bodies, initialization order and unused imports.
#include "interp/check.h"

#include <algorithm>

#include "interp/check_internal.h"
#include "interp/parser.h"

namespace gopark::interp {

// ---------------------------------------------------------------------------
// Program

struct Program::Loaded {
  std::vector<SourceFile> files;
  std::vector<std::unique_ptr<Ast>> asts;
  Package pkg;
  bool done = false;  // false while checking: an import cycle
};

Program::Program(SourceLoader loader)
    : loader_(std::move(loader)), universe_(std::make_unique<Universe>(arena_)) {}
Program::~Program() = default;

std::vector<File*> Program::files(const Package* pkg) const {
  std::vector<File*> out;
  for (auto& [path, l] : packages_)
    if (&l->pkg == pkg)
      for (auto& a : l->asts)
        if (a->file) out.push_back(a->file);
  return out;
}

std::string Program::file_name(const File* f) const {
  for (auto& [path, l] : packages_)
    for (size_t i = 0; i < l->asts.size(); i++)
      if (l->asts[i]->file == f) return i < l->files.size() ? l->files[i].name : std::string();
  return {};
}

Package* Program::check_file(std::string_view filename, std::string_view src, Diags* diags) {
  auto l = std::make_unique<Loaded>();
  l->asts.push_back(parse_file(src, diags));
  File* f = l->asts.back()->file;
  if (!f || !f->package_name) return nullptr;
  l->pkg.path = "main";
  l->pkg.name = std::string(f->package_name->name);
  l->pkg.scope = arena_.scope(universe_->scope(), Pos{}, Pos{}, false, "package main");
  Package* pkg = &l->pkg;
  auto& slot = packages_["main"];
  slot = std::move(l);
  if (!diags->empty()) {
    // Like Go's compiler: syntax errors stop before type checking.
    slot->done = true;
    return pkg;
  }
  Checker c(this, pkg, diags, &info_);
  c.filename_ = std::string(filename);
  c.check_package({f});
  slot->done = true;
  return pkg;
}

Package* Program::import(std::string_view path, Pos pos, Diags* diags) {
  auto it = packages_.find(std::string(path));
  if (it != packages_.end()) {
    if (!it->second->done) {
      diags->error(pos, "import cycle not allowed");
      return nullptr;
    }
    return &it->second->pkg;
  }
  auto l = std::make_unique<Loaded>();
  if (!loader_ || !loader_(path, &l->files)) {
    diags->error(pos, "package " + std::string(path) + " is not in std");
    return nullptr;
  }
  Loaded* lp = l.get();
  packages_[std::string(path)] = std::move(l);
  // A library package's own errors are gopark's bugs: report them at the
  // import, with the library file's position, so they are visible.
  Diags local;
  std::vector<File*> files;
  for (auto& sf : lp->files) {
    lp->asts.push_back(parse_file(sf.src, &local));
    if (File* f = lp->asts.back()->file) files.push_back(f);
  }
  lp->pkg.path = std::string(path);
  lp->pkg.name = files.empty() || !files[0]->package_name
                     ? std::string(path.substr(path.rfind('/') + 1))
                     : std::string(files[0]->package_name->name);
  lp->pkg.scope = arena_.scope(universe_->scope(), Pos{}, Pos{}, false, "package " + lp->pkg.path);
  if (local.empty()) {
    Checker c(this, &lp->pkg, &local, &info_);
    c.check_package(files);
  }
  for (const auto& d : local.sorted()) {
    diags->error(pos, "internal error in package " + std::string(path) + " at " +
                          std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " +
                          d.msg);
  }
  lp->done = true;
  imported_.push_back(&lp->pkg);
  return &lp->pkg;
}

// ---------------------------------------------------------------------------
// Checker

Checker::Checker(Program* prog, Package* pkg, Diags* diags, Info* info)
    : prog_(prog),
      arena_(prog->arena()),
      uni_(prog->universe()),
      pkg_(pkg),
      diags_(diags),
      info_(info),
      qual_(relative_to(pkg)) {}

void Checker::error(Pos pos, std::string msg) {
  diags_->error(pos, std::move(msg));
}
void Checker::soft_error(Pos pos, std::string msg) {
  diags_->error(pos, std::move(msg));
}

std::string Checker::tstr(const Type* t) {
  return type_string(t, qual_);
}

std::string Checker::obj_path_name(const Object* o) const {
  if (o->pkg && o->pkg != pkg_) return o->pkg->name + "." + o->name;
  return o->name;
}

void Checker::check_package(const std::vector<File*>& files) {
  for (File* f : files) collect(f);
  for (Object* obj : objs_in_order_) obj_decl(obj);
  // Methods whose receiver base type is not a type of this package: check
  // their signatures for the errors ("undefined: T", "cannot define new
  // methods on non-local type int").
  for (auto& [name, ms] : methods_by_base_)
    for (Object* m : ms) method_sig(m);
  // Every method signature, before any body (bodies may call methods of
  // types whose methods nobody looked up yet).
  for (size_t i = 0; i < bodies_.size(); i++)
    if (bodies_[i].first->decl && bodies_[i].first->decl->recv) method_sig(bodies_[i].first);
  check_map_keys();
  for (size_t i = 0; i < bodies_.size(); i++) {
    auto [obj, fd] = bodies_[i];
    if (!fd->body) continue;
    auto* sig = as<Signature>(obj->type);
    if (!sig) continue;
    Scope* s = info_->scopes[fd->sig];
    func_body(obj, sig, fd->body, s);
  }
  check_map_keys();
  init_order();
  unused_imports();
}

void Checker::check_map_keys() {
  for (auto& [key, t] : pending_map_keys_) {
    if (is_invalid(t) || comparable(t)) continue;
    if (as<TypeParam>(t))
      error(key->pos, "invalid map key type " + tstr(t) + " (missing comparable constraint)");
    else
      error(key->pos, "invalid map key type " + tstr(t));
  }
  pending_map_keys_.clear();
}

namespace {

std::string unquote_path(std::string_view lit) {
  auto r = make_from_literal(Tok::string_lit, lit);
  if (r.ok() && r.val.kind() == ValueKind::string) return r.val.string_val();
  return std::string(lit);
}

// The receiver's base type name: T in T, *T, (T), T[A, B], *T[A].
Ident* recv_base(Expr* e) {
  for (;;) {
    if (auto* p = as<ParenExpr>(e)) {
      e = p->x;
    } else if (auto* s = as<StarExpr>(e)) {
      e = s->x;
    } else if (auto* ix = as<IndexExpr>(e)) {
      e = ix->x;
    } else {
      break;
    }
  }
  return as<Ident>(e);
}

}  // namespace

void Checker::declare(Scope* s, Ident* id, Object* obj, Pos scope_pos) {
  if (id) info_->defs[id] = obj;
  if (obj->name == "_") {
    obj->parent = s;
    return;
  }
  obj->scope_pos = scope_pos;
  if (Object* prev = s->insert(obj)) {
    std::string msg = obj->name + " redeclared in this block";
    if (prev->pos.valid())
      msg += "\n\t" + pos_string(prev->pos) + ": other declaration of " + obj->name;
    error(obj->pos, msg);
  }
}

void Checker::collect(File* f) {
  file_scope_ = arena_.scope(pkg_->scope, f->pos, f->end, false, "file");
  Scope* fscope = file_scope_;
  auto add_pkg_obj = [&](Ident* id, Object* obj, DeclInfo d) {
    obj->pkg = pkg_;
    d.order = objs_in_order_.size();
    decls_[obj] = std::move(d);
    decl_file_scope_[obj] = fscope;
    objs_in_order_.push_back(obj);
    declare(pkg_->scope, id, obj, Pos{});
  };
  for (Decl* decl : f->decls) {
    if (auto* g = as<GenDecl>(decl)) {
      if (g->tok == Tok::kw_import) {
        for (Node* n : g->specs) {
          auto* s = as<ImportSpec>(n);
          if (!s || !s->path) continue;
          std::string path = unquote_path(s->path->lit);
          Package* imp = prog_->import(path, s->path->pos, diags_);
          if (!imp) continue;
          std::string name = s->name ? std::string(s->name->name) : imp->name;
          if (name == "_") continue;
          if (name == ".") {
            for (Object* o : imp->scope->elems())
              if (o->exported()) fscope->insert(o);
            continue;
          }
          Object* pn = arena_.object(ObjKind::pkg_name, name, s->pos, nullptr);
          pn->imported = imp;
          pn->pkg = pkg_;
          pn->scope_pos = s->name ? s->name->pos : Pos{};  // reused below: renamed?
          renamed_[pn] = s->name != nullptr;
          if (s->name) info_->defs[s->name] = pn;
          if (Object* prev = fscope->insert(pn)) {
            (void)prev;
            error(s->pos, name + " redeclared in this block");
          } else {
            imports_.push_back(pn);
          }
        }
        continue;
      }
      Expr* last_type = nullptr;
      List<Expr> last_values;
      for (Node* n : g->specs) {
        if (auto* ts = as<TypeSpec>(n)) {
          Object* obj = arena_.object(ObjKind::type_name, ts->name->name, ts->name->pos, nullptr);
          DeclInfo d;
          d.tspec = ts;
          add_pkg_obj(ts->name, obj, std::move(d));
          continue;
        }
        auto* vs = as<ValueSpec>(n);
        if (!vs) continue;
        if (g->tok == Tok::kw_const) {
          if (vs->spec_type || !vs->values.empty()) {
            last_type = vs->spec_type;
            last_values = vs->values;
          }
          for (uint32_t i = 0; i < vs->names.size(); i++) {
            Ident* id = vs->names[i];
            Object* obj = arena_.object(ObjKind::const_, id->name, id->pos, nullptr);
            DeclInfo d;
            d.vspec = vs;
            d.type_expr = last_type;
            d.init = i < last_values.size() ? last_values[i] : nullptr;
            d.iota = vs->iota;
            add_pkg_obj(id, obj, std::move(d));
          }
          const_spec_errors(vs, last_values);
          continue;
        }
        std::vector<Object*> lhs;
        for (Ident* id : vs->names)
          lhs.push_back(arena_.object(ObjKind::var, id->name, id->pos, nullptr));
        for (uint32_t i = 0; i < vs->names.size(); i++) {
          DeclInfo d;
          d.vspec = vs;
          d.type_expr = vs->spec_type;
          if (vs->values.size() == vs->names.size()) {
            d.init = vs->values[i];
          } else if (vs->values.size() == 1) {
            d.init = vs->values[0];
            d.lhs = lhs;
          }
          add_pkg_obj(vs->names[i], lhs[i], std::move(d));
        }
      }
      continue;
    }
    auto* fd = as<FuncDecl>(decl);
    if (!fd || !fd->name) continue;
    Object* obj = arena_.object(ObjKind::func, fd->name->name, fd->name->pos, nullptr);
    obj->decl = fd;
    obj->pkg = pkg_;
    if (fd->recv) {
      info_->defs[fd->name] = obj;
      Ident* base = fd->recv->type ? recv_base(fd->recv->type) : nullptr;
      methods_by_base_[base ? std::string(base->name) : std::string()].push_back(obj);
      decl_file_scope_[obj] = fscope;
      continue;
    }
    if (fd->name->name == "init" || (fd->name->name == "main" && pkg_->name == "main")) {
      if (!fd->sig->tparams.empty())
        error(fd->name->pos, "func " + obj->name + " must have no type parameters");
      if (!fd->sig->params.empty() || !fd->sig->results.empty())
        error(fd->name->pos, "func " + obj->name + " must have no arguments and no return values");
    }
    if (fd->name->name == "init") {
      // init functions are not declared: they cannot be referred to.
      info_->defs[fd->name] = obj;
      obj->parent = pkg_->scope;
      DeclInfo d;
      d.fdecl = fd;
      d.order = objs_in_order_.size();
      decls_[obj] = std::move(d);
      decl_file_scope_[obj] = fscope;
      objs_in_order_.push_back(obj);
      if (!fd->body) error(fd->name->pos, "missing function body");
      continue;
    }
    // A body-less declaration is how our standard library declares a
    // native function; in a user's program it is an error.
    if (!fd->body && pkg_->path == "main") error(fd->name->pos, "missing function body");
    DeclInfo d;
    d.fdecl = fd;
    add_pkg_obj(fd->name, obj, std::move(d));
  }
}

void Checker::const_spec_errors(ValueSpec* vs, const List<Expr>& values) {
  if (values.empty() && !vs->spec_type) {
    if (vs->iota == 0 || true) {
      if (values.empty()) error(vs->names[0]->pos, "missing init expr for const declaration");
    }
    return;
  }
  if (vs->names.size() < values.size()) {
    error(values[vs->names.size()]->pos, "extra init expr");
  } else if (vs->names.size() > values.size() && !vs->values.empty()) {
    error(vs->names[values.size()]->pos, "missing init expr for const declaration");
  } else if (vs->names.size() > values.size()) {
    error(vs->names[values.size()]->pos, "missing init expr for const declaration");
  }
}

// ---------------------------------------------------------------------------
// Resolution

void Checker::record_dep(Object* obj) {
  if (!decl_obj_ || !obj->pkg || obj->pkg != pkg_) return;
  if (obj->kind != ObjKind::var && obj->kind != ObjKind::func) return;
  if (obj->parent != pkg_->scope) return;
  auto it = decls_.find(decl_obj_);
  if (it == decls_.end()) return;
  if (it->second.deps.insert(obj).second) it->second.deps_order.push_back(obj);
}

// Called on meeting obj while it is being resolved. Reports the cycle if
// it is invalid (only through constants, or through a function signature
// and values); a cycle through a defined type is fine here (validity of
// the type is checked separately), one through variables only is an
// initialization cycle, reported by init_order.
bool Checker::cycle_check(Object* obj) {
  auto it = std::find(path_.begin(), path_.end(), obj);
  if (it == path_.end()) return true;
  int nval = 0, ndef = 0;
  std::vector<Object*> cycle(it, path_.end());
  for (Object* o : cycle) {
    if (o->kind == ObjKind::const_ || o->kind == ObjKind::var) nval++;
    if (o->kind == ObjKind::type_name && !(decls_[o].tspec && decls_[o].tspec->alias)) ndef++;
  }
  if (nval == int(cycle.size())) return true;
  if (ndef > 0) return true;
  // Report once, at the first object of the cycle in source order.
  Object* first = cycle[0];
  for (Object* o : cycle)
    if (o->pos < first->pos) first = o;
  if (cycle.size() == 1) {
    error(first->pos, obj->kind == ObjKind::type_name
                          ? "invalid recursive type: " + first->name + " refers to itself"
                          : "invalid cycle in declaration: " + first->name + " refers to itself");
    return false;
  }
  std::string msg = (obj->kind == ObjKind::type_name ? "invalid recursive type "
                                                     : "invalid cycle in declaration of ") +
                    first->name;
  size_t start = std::find(cycle.begin(), cycle.end(), first) - cycle.begin();
  std::vector<Object*> steps;
  for (size_t i = 0; i < cycle.size(); i++) steps.push_back(cycle[(start + i) % cycle.size()]);
  error(first->pos, msg + cycle_lines(steps));
  return false;
}

// The lines under a cycle error: "\n\tFILE:L:C: A refers to" for each
// step, then the first object again.
std::string Checker::cycle_lines(const std::vector<Object*>& steps) {
  std::string out;
  for (Object* o : steps) out += "\n\t" + pos_string(o->pos) + ": " + o->name + " refers to";
  if (!steps.empty()) out += "\n\t" + pos_string(steps[0]->pos) + ": " + steps[0]->name;
  return out;
}

void Checker::obj_decl(Object* obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;
  DeclInfo& d = it->second;
  if (d.color == 2) return;
  if (d.color == 1) {
    if (!cycle_check(obj) && !obj->type) obj->type = invalid_type();
    return;
  }
  d.color = 1;
  path_.push_back(obj);
  Scope* saved_scope = scope_;
  Object* saved_decl = decl_obj_;
  FuncCtx* saved_f = fctx_;
  int saved_iota = iota_;
  scope_ = decl_file_scope_[obj];
  decl_obj_ = obj;
  fctx_ = nullptr;
  iota_ = -1;
  switch (obj->kind) {
    case ObjKind::const_:
      const_decl(obj, &d);
      break;
    case ObjKind::var:
      var_decl(obj, &d);
      break;
    case ObjKind::type_name:
      type_decl(obj, &d);
      break;
    case ObjKind::func:
      func_decl(obj, &d);
      break;
    default:
      break;
  }
  scope_ = saved_scope;
  decl_obj_ = saved_decl;
  fctx_ = saved_f;
  iota_ = saved_iota;
  path_.pop_back();
  decls_[obj].color = 2;
}

void Checker::const_decl(Object* obj, DeclInfo* d) {
  obj->type = invalid_type();
  iota_ = d->iota;
  Type* t = nullptr;
  if (d->type_expr) {
    t = typexpr(d->type_expr);
    if (!is_invalid(t) && !is_const_type(t)) {
      error(d->type_expr->pos, "invalid constant type " + tstr(t));
      obj->type = invalid_type();
      iota_ = -1;
      return;
    }
  }
  Operand x;
  if (d->init) {
    expr(x, d->init);
    if (!x.invalid() && x.mode != Mode::constant) {
      error(d->init->pos, operand_string(x) + " is not constant");
      x.mode = Mode::invalid;
    }
  }
  if (x.invalid()) {
    obj->type = t ? t : invalid_type();
    obj->val = Value();
    iota_ = -1;
    return;
  }
  if (t) assignment(x, t, "constant declaration");
  if (x.invalid()) {
    obj->type = t;
    obj->val = Value();
  } else {
    obj->type = x.type;
    obj->val = x.val;
  }
  iota_ = -1;
}

void Checker::var_decl(Object* obj, DeclInfo* d) {
  Type* t = d->type_expr ? var_type(d->type_expr) : nullptr;
  if (t) {
    for (Object* o : d->lhs.empty() ? std::vector<Object*>{obj} : d->lhs) o->type = t;
  }
  if (!d->init) {
    if (!t) obj->type = invalid_type();
    return;
  }
  if (d->lhs.empty()) {
    Operand x;
    expr(x, d->init, t);
    init_var(obj, x, "variable declaration");
    return;
  }
  // var a, b = f(): checking one checks all.
  for (Object* o : d->lhs) {
    if (o != obj) decls_[o].color = 1;
  }
  List<Expr> rhs;
  rhs.data = &d->init;
  rhs.n = 1;
  init_vars(d->lhs, rhs, d->vspec, false);
  for (Object* o : d->lhs) {
    if (!o->type) o->type = invalid_type();
    decls_[o].color = 2;
  }
}

// A defined type must not contain itself except through an indirection
// (pointer, slice, map, channel, function, interface).
namespace {
bool contains_named(Type* t, Named* target, std::vector<Named*>& path, int depth) {
  if (!t || depth > 100) return false;
  switch (t->kind) {
    case TypeKind::named: {
      auto* n = static_cast<Named*>(t);
      if (n == target || (n->origin == target)) return true;
      if (std::find(path.begin(), path.end(), n) != path.end()) return false;
      path.push_back(n);
      bool r = contains_named(n->underlying, target, path, depth + 1);
      if (!r) path.pop_back();
      return r;
    }
    case TypeKind::array:
      return contains_named(static_cast<Array*>(t)->elem, target, path, depth + 1);
    case TypeKind::struct_:
      for (Object* f : static_cast<Struct*>(t)->fields)
        if (contains_named(f->type, target, path, depth + 1)) return true;
      return false;
    default:
      return false;
  }
}
}  // namespace

void Checker::type_decl(Object* obj, DeclInfo* d) {
  TypeSpec* ts = d->tspec;
  if (ts->alias) {
    obj->type = invalid_type();
    if (!ts->tparams.empty()) error(ts->pos, "generic type cannot be alias");
    obj->type = typexpr(ts->spec_type);
    return;
  }
  Named* n = arena_.named(obj, nullptr);
  Scope* saved = scope_;
  if (!ts->tparams.empty()) {
    scope_ = arena_.scope(scope_, ts->pos, ts->end, false, "type parameters");
    info_->scopes[ts] = scope_;
    n->tparams = declare_tparams(ts->tparams, scope_);
    bound_tparams(n->tparams, ts->tparams);
  }
  Type* rhs = defined_type(ts->spec_type, n);
  Type* u = underlying(rhs);
  if (auto* rn = as<Named>(rhs); rn && !rn->underlying) {
    // type A B; type B A: B's underlying is not known while A is resolved.
    error(obj->pos, "invalid recursive type " + obj->name);
    u = invalid_type();
  }
  if (as<TypeParam>(rhs)) {
    error(ts->spec_type->pos, "cannot use a type parameter as RHS in type declaration");
    u = invalid_type();
  }
  n->underlying = u;
  scope_ = saved;
  auto pit = pending_instances_.find(n);
  if (pit != pending_instances_.end()) {
    auto list = std::move(pit->second);
    pending_instances_.erase(pit);
    for (Named* inst : list) expand(inst);
  }
  std::vector<Named*> path;
  if (!is_invalid(u) && contains_named(u, n, path, 0)) {
    if (path.empty()) {
      error(obj->pos, "invalid recursive type: " + obj->name + " refers to itself");
    } else {
      std::vector<Object*> steps{obj};
      for (Named* p : path) steps.push_back(p->obj);
      error(obj->pos, "invalid recursive type " + obj->name + cycle_lines(steps));
    }
    n->underlying = invalid_type();
  }
  collect_methods(n);
}

void Checker::collect_methods(Named* t) {
  auto it = methods_by_base_.find(t->obj->name);
  if (it == methods_by_base_.end()) return;
  std::vector<Object*> ms = std::move(it->second);
  methods_by_base_.erase(it);
  auto* st = as<Struct>(t->underlying);
  for (Object* m : ms) {
    if (m->name == "_") {
      t->methods.push_back(m);
      continue;
    }
    bool dup = false;
    for (Object* o : t->methods) {
      if (o->name == m->name) {
        error(m->pos, "method " + t->obj->name + "." + m->name + " already declared at " +
                          std::to_string(o->pos.line) + ":" + std::to_string(o->pos.col));
        dup = true;
        break;
      }
    }
    if (st && !dup) {
      for (Object* f : st->fields) {
        if (f->name == m->name) {
          error(m->pos, "field and method with the same name " + m->name + "\n\t" +
                            pos_string(f->pos) + ": other declaration of " + m->name);
          dup = true;
          break;
        }
      }
    }
    if (!dup) t->methods.push_back(m);
    method_owner_[m] = t;
    bodies_.push_back({m, m->decl});
  }
}

void Checker::method_sig(Object* m) {
  if (m->type || method_busy_.count(m) || !decl_file_scope_.count(m)) return;
  method_busy_.insert(m);
  Scope* saved_scope = scope_;
  Object* saved_decl = decl_obj_;
  FuncCtx* saved_f = fctx_;
  scope_ = decl_file_scope_[m];
  decl_obj_ = nullptr;
  fctx_ = nullptr;
  FuncDecl* fd = m->decl;
  Scope* s = arena_.scope(scope_, fd->pos, fd->end, true, "function");
  info_->scopes[fd->sig] = s;
  m->type = func_type(fd->sig, fd->recv, s, m);
  if (!fd->body) {
    // Bodyless methods exist only in our standard library (native).
  }
  if (!method_owner_.count(m)) {
    // Not attached to a type of this package: func_type reported why.
    bodies_.push_back({m, fd});
  }
  scope_ = saved_scope;
  decl_obj_ = saved_decl;
  fctx_ = saved_f;
}

void Checker::func_decl(Object* obj, DeclInfo* d) {
  FuncDecl* fd = d->fdecl;
  Scope* s = arena_.scope(scope_, fd->pos, fd->end, true, "function");
  info_->scopes[fd->sig] = s;
  obj->type = invalid_type();
  obj->type = func_type(fd->sig, nullptr, s, obj);
  bodies_.push_back({obj, fd});
}

void Checker::func_body(Object* decl_obj, Signature* sig, BlockStmt* body, Scope* scope) {
  Scope* saved_scope = scope_;
  Object* saved_decl = decl_obj_;
  FuncCtx* saved_f = fctx_;
  FuncCtx ctx;
  ctx.sig = sig;
  ctx.obj = decl_obj;
  ctx.scope = scope;
  fctx_ = &ctx;
  if (decl_obj && decl_obj->parent == pkg_->scope) decl_obj_ = decl_obj;
  if (decl_obj && decls_.count(decl_obj)) decl_obj_ = decl_obj;
  scope_ = scope;
  scope->end = body->end;
  stmt_list(body->stmts, 0);
  if (ctx.has_label) labels(body);
  if (sig->results->size() > 0 && !is_terminating(body, "")) error(body->rbrace, "missing return");
  usage(scope);
  scope_ = saved_scope;
  decl_obj_ = saved_decl;
  fctx_ = saved_f;
}

// Reports the unused variables declared in s and the scopes below it
// (function literals have scopes of their own and are reported there).
void Checker::usage(Scope* s) {
  std::vector<Object*> unused;
  std::vector<Scope*> todo{s};
  while (!todo.empty()) {
    Scope* c = todo.back();
    todo.pop_back();
    for (Object* o : c->elems())
      if (o->kind == ObjKind::var && !(o->flags & (kVarUsed | kVarParam))) unused.push_back(o);
    for (Scope* ch : c->children)
      if (!ch->func_scope || ch->comment != "function") todo.push_back(ch);
  }
  std::sort(unused.begin(), unused.end(), [](Object* a, Object* b) { return a->pos < b->pos; });
  for (Object* o : unused) soft_error(o->pos, o->name + " declared and not used");
}

// ---------------------------------------------------------------------------
// Initialization order (spec "Package initialization"): repeatedly the
// earliest variable in declaration order whose dependencies are all
// initialized. Dependencies go through functions (a variable whose
// initializer calls f depends on what f's body refers to).

void Checker::init_order() {
  // Transitive variable dependencies of each package-level var.
  std::vector<Object*> vars;
  for (Object* o : objs_in_order_)
    if (o->kind == ObjKind::var) vars.push_back(o);
  std::unordered_map<Object*, std::vector<Object*>> var_deps;
  for (Object* v : vars) {
    std::vector<Object*> out;
    std::unordered_set<Object*> seen;
    std::vector<Object*> stack(decls_[v].deps_order.rbegin(), decls_[v].deps_order.rend());
    bool self = false;
    std::vector<Object*> via;  // for the cycle message: the first path back to v
    while (!stack.empty()) {
      Object* o = stack.back();
      stack.pop_back();
      if (!seen.insert(o).second) continue;
      if (o == v) {
        self = true;
        continue;
      }
      if (o->kind == ObjKind::var) {
        out.push_back(o);
        continue;
      }
      auto it = decls_.find(o);
      if (it == decls_.end()) continue;
      for (auto r = it->second.deps_order.rbegin(); r != it->second.deps_order.rend(); ++r)
        stack.push_back(*r);
    }
    if (self) {
      // Find the path v -> ... -> v through functions, for the message.
      std::vector<Object*> path{v};
      std::unordered_set<Object*> vis;
      std::function<bool(Object*)> dfs = [&](Object* o) -> bool {
        for (Object* d : decls_[o].deps_order) {
          if (d == v) return true;
          if (d->kind != ObjKind::func || !vis.insert(d).second) continue;
          path.push_back(d);
          if (dfs(d)) return true;
          path.pop_back();
        }
        return false;
      };
      dfs(v);
      if (path.size() == 1) {
        error(v->pos, "initialization cycle: " + v->name + " refers to itself");
      } else {
        error(v->pos, "initialization cycle for " + v->name + cycle_lines(path));
      }
      return;
    }
    var_deps[v] = std::move(out);
  }
  std::unordered_set<Object*> done;
  std::unordered_set<const Expr*> emitted;
  for (size_t n = 0; n < vars.size();) {
    bool progress = false;
    for (Object* v : vars) {
      if (done.count(v)) continue;
      bool ready = true;
      for (Object* d : var_deps[v])
        if (!done.count(d) && d != v) ready = false;
      if (!ready) continue;
      done.insert(v);
      n++;
      progress = true;
      DeclInfo& d = decls_[v];
      if (d.init && emitted.insert(d.init).second) {
        Initializer in;
        in.lhs = d.lhs.empty() ? std::vector<Object*>{v} : d.lhs;
        in.rhs = d.init;
        in.pkg = pkg_;
        if (pkg_->path == "main")
          info_->init_order.push_back(std::move(in));
        else
          info_->lib_init_order.push_back(std::move(in));
      }
      break;
    }
    if (!progress) {
      // Variables depend on each other in a cycle of variables only: report
      // it at the first variable (in declaration order) on the cycle.
      auto on_cycle = [&](Object* v) {
        std::vector<Object*> stack{v};
        std::unordered_set<Object*> vis;
        while (!stack.empty()) {
          Object* o = stack.back();
          stack.pop_back();
          for (Object* d : var_deps[o]) {
            if (d == v) return true;
            if (!done.count(d) && vis.insert(d).second) stack.push_back(d);
          }
        }
        return false;
      };
      for (Object* v : vars) {
        if (done.count(v) || !on_cycle(v)) continue;
        std::vector<Object*> steps;
        Object* cur = v;
        std::unordered_set<Object*> vis;
        while (vis.insert(cur).second) {
          steps.push_back(cur);
          Object* next = nullptr;
          for (Object* d : var_deps[cur])
            if (!done.count(d)) {
              next = d;
              break;
            }
          if (!next || next == v) break;
          cur = next;
        }
        error(v->pos, "initialization cycle for " + v->name + cycle_lines(steps));
        return;
      }
      return;
    }
  }
}

void Checker::unused_imports() {
  for (Object* pn : imports_) {
    if (pn->used) continue;
    const std::string& path = pn->imported->path;
    std::string q = "\"" + path + "\"";
    if (renamed_[pn] && pn->name != pn->imported->name)
      soft_error(pn->pos, q + " imported as " + pn->name + " and not used");
    else
      soft_error(pn->pos, q + " imported and not used");
  }
}

}  // namespace gopark::interp
