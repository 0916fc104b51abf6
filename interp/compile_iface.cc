// compile_iface.cc - interfaces: run-time type descriptions (TypeInfo),
// method sets and itabs, conversions to interfaces, method calls through
// them, type assertions and switches, method values and expressions, and
// the run-time types of panics.
//
// An interface value is {Itab*, data} (bytecode.h). The compiler makes the
// itab of every conversion it sees (MKIFACE's operand); the VM makes the
// others from the TypeInfos' method sets. So every type that may become
// the dynamic type of an interface has its method set filled in here
// (fill_methods) when the compiler first converts it.
//
// Receivers in itabs: an interface's data word is the value itself for
// direct types (pointers, maps, chans, funcs) and else a pointer to a
// boxed copy. A method declared on the type itself is called with that
// word, the VM loading the value when the method wants a value
// (MethodInfo::load). A method promoted from an embedded field gets a
// small wrapper Proto taking a pointer to the outer struct.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <set>

#include "interp/compile_internal.h"

namespace gopark::interp {

namespace {

std::string ptr_key(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

Kind basic_kind(BasicKind k) {
  switch (k) {
    case BasicKind::bool_:
    case BasicKind::untyped_bool:
      return Kind::bool_;
    case BasicKind::int8:
      return Kind::int8;
    case BasicKind::int16:
      return Kind::int16;
    case BasicKind::int32:
    case BasicKind::untyped_rune:
      return Kind::int32;
    case BasicKind::int64:
      return Kind::int64;
    case BasicKind::uint_:
      return Kind::uint;
    case BasicKind::uint8:
      return Kind::uint8;
    case BasicKind::uint16:
      return Kind::uint16;
    case BasicKind::uint32:
      return Kind::uint32;
    case BasicKind::uint64:
      return Kind::uint64;
    case BasicKind::uintptr:
      return Kind::uintptr;
    case BasicKind::float32:
      return Kind::float32;
    case BasicKind::float64:
    case BasicKind::untyped_float:
      return Kind::float64;
    case BasicKind::complex64:
      return Kind::complex64;
    case BasicKind::complex128:
    case BasicKind::untyped_complex:
      return Kind::complex128;
    case BasicKind::string:
    case BasicKind::untyped_string:
      return Kind::string;
    case BasicKind::unsafe_pointer:
      return Kind::unsafe_pointer;
    default:
      return Kind::int_;
  }
}

const char* basic_name(BasicKind k) {
  switch (basic_kind(k)) {
    case Kind::bool_:
      return "bool";
    case Kind::int8:
      return "int8";
    case Kind::int16:
      return "int16";
    case Kind::int32:
      return "int32";
    case Kind::int64:
      return "int64";
    case Kind::uint:
      return "uint";
    case Kind::uint8:
      return "uint8";
    case Kind::uint16:
      return "uint16";
    case Kind::uint32:
      return "uint32";
    case Kind::uint64:
      return "uint64";
    case Kind::uintptr:
      return "uintptr";
    case Kind::float32:
      return "float32";
    case Kind::float64:
      return "float64";
    case Kind::complex64:
      return "complex64";
    case Kind::complex128:
      return "complex128";
    case Kind::string:
      return "string";
    case Kind::unsafe_pointer:
      return "unsafe.Pointer";
    default:
      return "int";
  }
}

Signature* sig_of(Object* m) {
  return as<Signature>(m->type);
}

}  // namespace

// Methods are matched by name; unexported names are qualified by their
// package (two packages' unexported m are different methods).
std::string Compiler::method_key(Object* m) {
  if (m->exported() || !m->pkg) return m->name;
  return m->pkg->path + "." + m->name;
}

// A string equal for identical types and different otherwise: named types
// by their declaration, the others by structure.
std::string Compiler::type_key(Type* t) {
  switch (t->kind) {
    case TypeKind::named: {
      auto* n = static_cast<Named*>(t);
      if (!n->is_instance()) return "N" + ptr_key(n);
      std::string s = "I" + ptr_key(n->origin) + "[";
      for (Type* a : n->targs) s += type_key(a) + ",";
      return s + "]";
    }
    case TypeKind::basic:
      return std::string("B") + basic_name(static_cast<Basic*>(t)->bkind);
    case TypeKind::pointer:
      return "*" + type_key(static_cast<Pointer*>(t)->elem);
    case TypeKind::slice:
      return "[]" + type_key(static_cast<Slice*>(t)->elem);
    case TypeKind::array: {
      auto* a = static_cast<Array*>(t);
      return "[" + std::to_string(a->len) + "]" + type_key(a->elem);
    }
    case TypeKind::map: {
      auto* m = static_cast<Map*>(t);
      return "map[" + type_key(m->key) + "]" + type_key(m->elem);
    }
    case TypeKind::chan: {
      auto* c = static_cast<Chan*>(t);
      return "chan" + std::to_string(int(c->dir)) + " " + type_key(c->elem);
    }
    case TypeKind::signature: {
      auto* s = static_cast<Signature*>(t);
      std::string k = "func(";
      for (size_t i = 0; i < s->params->size(); i++) k += type_key(s->params->at(i)) + ",";
      k += s->variadic ? "...)(" : ")(";
      for (size_t i = 0; i < s->results->size(); i++) k += type_key(s->results->at(i)) + ",";
      return k + ")";
    }
    case TypeKind::struct_: {
      auto* s = static_cast<Struct*>(t);
      std::string k = "struct{";
      for (size_t i = 0; i < s->fields.size(); i++) {
        Object* f = s->fields[i];
        if (f->flags & kVarEmbedded) k += "E";
        k += f->name;
        if (!f->exported() && f->pkg) k += "@" + f->pkg->path;
        k += " " + type_key(f->type) + " " + std::string(s->tag(i)) + ";";
      }
      return k + "}";
    }
    case TypeKind::interface: {
      auto* it = static_cast<Interface*>(t);
      std::vector<std::string> ms;
      for (Object* m : type_set(it).methods) ms.push_back(method_key(m) + type_key(m->type));
      std::sort(ms.begin(), ms.end());
      std::string k = "iface{";
      for (auto& m : ms) k += m + ";";
      return k + "}";
    }
    default:
      return "?" + ptr_key(t);
  }
}

// The type's name as Go's runtime prints it (reflect's Type.String):
// "main.T", "[]uint8", "map[string]int", "interface {}", "struct { X int }".
namespace {

// A struct tag as Go's type names show it: a double-quoted Go string
// (strconv.Quote's escapes for the bytes tags hold in practice).
std::string quoted_tag(std::string_view tag) {
  static const char kHex[] = "0123456789abcdef";
  std::string q = "\"";
  for (unsigned char c : tag) {
    if (c == '"' || c == '\\') {
      q += '\\';
      q += char(c);
    } else if (c == '\n') {
      q += "\\n";
    } else if (c == '\t') {
      q += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      q += "\\x";
      q += kHex[c >> 4];
      q += kHex[c & 15];
    } else {
      q += char(c);
    }
  }
  return q + "\"";
}

}  // namespace

std::string Compiler::rt_name(Type* t) {
  switch (t->kind) {
    case TypeKind::named: {
      auto* n = static_cast<Named*>(t);
      std::string s = n->obj->pkg ? n->obj->pkg->name + "." + n->obj->name : n->obj->name;
      if (!n->targs.empty()) {
        s += "[";
        for (size_t i = 0; i < n->targs.size(); i++) s += (i ? "," : "") + rt_name(n->targs[i]);
        s += "]";
      }
      return s;
    }
    case TypeKind::basic:
      return basic_name(static_cast<Basic*>(t)->bkind);
    case TypeKind::pointer:
      return "*" + rt_name(static_cast<Pointer*>(t)->elem);
    case TypeKind::slice:
      return "[]" + rt_name(static_cast<Slice*>(t)->elem);
    case TypeKind::array: {
      auto* a = static_cast<Array*>(t);
      return "[" + std::to_string(a->len) + "]" + rt_name(a->elem);
    }
    case TypeKind::map: {
      auto* m = static_cast<Map*>(t);
      return "map[" + rt_name(m->key) + "]" + rt_name(m->elem);
    }
    case TypeKind::chan: {
      auto* c = static_cast<Chan*>(t);
      const char* d = c->dir == ChanDir::send   ? "chan<- "
                      : c->dir == ChanDir::recv ? "<-chan "
                                                : "chan ";
      return d + rt_name(c->elem);
    }
    case TypeKind::signature: {
      auto* s = static_cast<Signature*>(t);
      std::string k = "func(";
      for (size_t i = 0; i < s->params->size(); i++) {
        if (i) k += ", ";
        if (s->variadic && i + 1 == s->params->size())
          k += "..." + rt_name(as<Slice>(s->params->at(i))->elem);
        else
          k += rt_name(s->params->at(i));
      }
      k += ")";
      if (s->results->size() == 1) k += " " + rt_name(s->results->at(0));
      if (s->results->size() > 1) {
        k += " (";
        for (size_t i = 0; i < s->results->size(); i++)
          k += (i ? ", " : "") + rt_name(s->results->at(i));
        k += ")";
      }
      return k;
    }
    case TypeKind::struct_: {
      auto* s = static_cast<Struct*>(t);
      if (s->fields.empty()) return "struct {}";
      std::string k = "struct { ";
      for (size_t i = 0; i < s->fields.size(); i++) {
        Object* f = s->fields[i];
        if (i) k += "; ";
        if (f->flags & kVarEmbedded)
          k += rt_name(f->type);
        else
          k += f->name + " " + rt_name(f->type);
        if (!s->tag(i).empty()) k += " " + quoted_tag(s->tag(i));
      }
      return k + " }";
    }
    case TypeKind::interface: {
      auto* it = static_cast<Interface*>(t);
      const auto& ms = type_set(it).methods;
      if (ms.empty()) return "interface {}";
      std::vector<Object*> sorted(ms.begin(), ms.end());
      std::sort(sorted.begin(), sorted.end(),
                [](Object* a, Object* b) { return a->name < b->name; });
      std::string k = "interface { ";
      for (size_t i = 0; i < sorted.size(); i++) {
        if (i) k += "; ";
        k += sorted[i]->name + rt_name(sorted[i]->type).substr(4);  // drop "func"
      }
      return k + " }";
    }
    default:
      return type_string(t, relative_to(nullptr));
  }
}

uint32_t Compiler::type_info(Type* t) {
  auto it = types_.find(t);
  if (it != types_.end()) return it->second;
  std::string key = type_key(t);
  if (auto k = type_keys_.find(key); k != type_keys_.end()) {
    types_[t] = k->second;
    return k->second;
  }
  auto owned = std::make_unique<TypeInfo>();
  TypeInfo* ti = owned.get();
  const Shape& s = lay_.shape(t);
  ti->name = rt_name(t);
  ti->size = s.size;
  ti->align = s.align;
  ti->ptrmap = s.ptrmap;
  ti->named = as<Named>(t) != nullptr;
  mod_->types.push_back(std::move(owned));
  uint32_t id = uint32_t(mod_->types.size() - 1);
  types_[t] = id;
  type_keys_[key] = id;
  // Components after registering: recursive types refer back to ti.
  auto sub = [&](Type* x) { return mod_->types[type_info(x)].get(); };
  Type* u = underlying(t);
  ti->comparable = true;
  switch (u->kind) {
    case TypeKind::basic:
      ti->kind = basic_kind(static_cast<Basic*>(u)->bkind);
      break;
    case TypeKind::pointer:
      ti->kind = Kind::pointer;
      ti->elem = sub(static_cast<Pointer*>(u)->elem);
      break;
    case TypeKind::slice:
      ti->kind = Kind::slice;
      ti->comparable = false;
      ti->elem = sub(static_cast<Slice*>(u)->elem);
      break;
    case TypeKind::array: {
      auto* a = static_cast<Array*>(u);
      ti->kind = Kind::array;
      ti->len = uint64_t(a->len);
      ti->elem = sub(a->elem);
      ti->comparable = ti->elem->comparable;
      break;
    }
    case TypeKind::map: {
      auto* m = static_cast<Map*>(u);
      ti->kind = Kind::map;
      ti->comparable = false;
      ti->key = sub(m->key);
      ti->elem = sub(m->elem);
      ti->map_info = map_info(t, nullptr);
      break;
    }
    case TypeKind::chan:
      ti->kind = Kind::chan;
      ti->elem = sub(static_cast<Chan*>(u)->elem);
      break;
    case TypeKind::signature:
      ti->kind = Kind::func;
      ti->comparable = false;
      break;
    case TypeKind::struct_: {
      auto* st = static_cast<Struct*>(u);
      ti->kind = Kind::struct_;
      for (size_t i = 0; i < st->fields.size(); i++) {
        Object* f = st->fields[i];
        FieldInfo fi;
        fi.name = f->name;
        fi.offset = lay_.field_offset(st, i);
        fi.type = sub(f->type);
        fi.embedded = f->flags & kVarEmbedded;
        if (!fi.type->comparable) ti->comparable = false;
        ti->fields.push_back(fi);
      }
      break;
    }
    case TypeKind::interface: {
      ti->kind = Kind::interface;
      for (Object* m : type_set(static_cast<Interface*>(u)).methods)
        ti->imethods.push_back(method_key(m) + "#" + type_key(m->type));
      std::sort(ti->imethods.begin(), ti->imethods.end());
      break;
    }
    default:
      break;
  }
  ti->direct = ti->kind == Kind::pointer || ti->kind == Kind::map || ti->kind == Kind::chan ||
               ti->kind == Kind::func || ti->kind == Kind::unsafe_pointer;
  return id;
}

// ---------------------------------------------------------------------------
// Method sets

// Fills in the method set of t (a type that becomes an interface's dynamic
// type): its own methods and those promoted from embedded fields, Go's
// rules - the shallowest name wins, two at one depth cancel, and pointer
// methods only where the receiver is addressable (t is a pointer, or the
// path goes through an embedded pointer).
void Compiler::fill_methods(Type* t) {
  uint32_t id = type_info(t);
  if (!methods_filled_.insert(id).second) return;
  bool root_ptr = false;
  Type* base = t;
  if (auto* p = as<Pointer>(t)) {
    root_ptr = true;
    base = p->elem;
  }
  struct Cand {
    Type* type;
    std::vector<int> path;
    bool addressable;
  };
  std::vector<MethodInfo> ms;
  std::set<std::string> seen;
  std::set<const Type*> visited;
  std::vector<Cand> level{{base, {}, root_ptr}};
  while (!level.empty()) {
    std::map<std::string, std::vector<std::pair<Object*, size_t>>> methods;
    std::set<std::string> fields;
    std::vector<Cand> next;
    for (size_t ci = 0; ci < level.size(); ci++) {
      Cand& c = level[ci];
      if (auto* n = as<Named>(c.type)) {
        if (!visited.insert(n).second) continue;
        for (Object* m : n->is_instance() ? n->origin->methods : n->methods)
          methods[method_key(m)].push_back({m, ci});
      }
      // An embedded interface field promotes its whole method set.
      if (auto* it = as<Interface>(underlying(c.type)); it && !c.path.empty())
        for (Object* m : type_set(it).methods) methods[method_key(m)].push_back({m, ci});
      auto* st = as<Struct>(underlying(c.type));
      if (!st) continue;
      for (size_t i = 0; i < st->fields.size(); i++) {
        Object* f = st->fields[i];
        fields.insert(f->name);
        if (!(f->flags & kVarEmbedded)) continue;
        Type* ft = f->type;
        bool ptr = false;
        if (auto* p = as<Pointer>(ft)) {
          ft = p->elem;
          ptr = true;
        }
        std::vector<int> path = c.path;
        path.push_back(int(i));
        next.push_back(Cand{ft, path, c.addressable || ptr});
      }
    }
    for (auto& [name, found] : methods) {
      if (seen.count(name) || found.size() != 1 || fields.count(name)) continue;
      Object* m = found[0].first;
      const Cand& c = level[found[0].second];
      bool ptr_recv = as<Pointer>(sig_of(m)->recv->type) != nullptr;
      if (ptr_recv && !c.addressable) continue;
      MethodInfo mi;
      // Matched by name and signature: Unwrap() error is not Unwrap() []error.
      {
        auto* holder = as<Named>(c.type);
        Type* msig = m->type;
        if (holder && holder->is_instance())
          msig = subst(prog_.arena(), msig, sig_of(m)->rparams, holder->targs);
        mi.name = name + "#" + type_key(msig);
      }
      if (c.path.empty()) {
        // Methods of a generic type's instance: instantiate with its
        // type arguments.
        auto* n = as<Named>(base);
        std::vector<Type*> targs = n && n->is_instance() ? n->targs : std::vector<Type*>{};
        mi.proto = proto_inst(m, targs);
        Type* recv = sig_of(m)->recv->type;
        if (!targs.empty()) recv = subst(prog_.arena(), recv, sig_of(m)->rparams, targs);
        if (!ptr_recv && (root_ptr || !mod_->types[id]->direct))
          mi.load = mod_->types[type_info(recv)].get();
      } else if (is_iface_method(m)) {
        mi.proto = promoted_iface_wrapper(base, c.type, m, c.path);
      } else {
        mi.proto = promoted_wrapper(base, m, c.path);
      }
      ms.push_back(mi);
    }
    for (auto& [name, found] : methods) seen.insert(name);
    for (const std::string& f : fields) seen.insert(f);
    level = std::move(next);
  }
  std::sort(ms.begin(), ms.end(),
            [](const MethodInfo& a, const MethodInfo& b) { return a.name < b.name; });
  mod_->types[id]->methods = std::move(ms);
}

uint32_t Compiler::itab_for(Type* iface, Type* t) {
  std::string key = type_key(iface) + "|" + type_key(t);
  if (auto it = itabs_.find(key); it != itabs_.end()) return it->second;
  fill_methods(t);
  auto tab = std::make_unique<Itab>();
  tab->iface = mod_->types[type_info(iface)].get();
  tab->type = mod_->types[type_info(t)].get();
  for (const std::string& name : tab->iface->imethods) {
    const MethodInfo* m = find_method(tab->type, name);
    if (!m) {
      unsupported(nullptr, "converting " + type_string(t) + " to " + type_string(iface));
      break;
    }
    tab->fun.push_back(m);
  }
  mod_->itabs.push_back(std::move(tab));
  uint32_t id = uint32_t(mod_->itabs.size() - 1);
  itabs_[key] = id;
  return id;
}

uint32_t Compiler::method_index(Type* iface, Object* m) {
  const TypeInfo* ti = mod_->types[type_info(iface)].get();
  // By name: unique in an interface, and m's signature may still mention
  // the type parameters of a constraint the interface was instantiated from.
  std::string key = method_key(m) + "#";
  for (size_t i = 0; i < ti->imethods.size(); i++)
    if (ti->imethods[i].compare(0, key.size(), key) == 0) return uint32_t(i);
  unsupported(nullptr, "calling " + m->name + " through " + type_string(iface));
  return 0;
}

// ---------------------------------------------------------------------------
// Wrappers

// Runs body in a new function's state (a wrapper Proto), then returns to
// the function being compiled.
uint32_t Compiler::synthetic(const std::string& name, const std::function<void()>& body) {
  auto p = std::make_unique<Proto>();
  p->name = name;
  p->file = fs_ ? fs_->proto->file : 0;
  Proto* proto = p.get();
  mod_->protos.push_back(std::move(p));
  uint32_t id = uint32_t(mod_->protos.size() - 1);
  FuncState fs;
  fs.proto = proto;
  FuncState* saved = fs_;
  int saved_line = line_;
  fs_ = &fs;
  body();
  fs_ = saved;
  line_ = saved_line;
  return id;
}

// Receiver of method m from a value of type lt at l, through the embedded
// fields of path: the field's address for a pointer method, else its value.
void Compiler::recv_at(Loc l, Type* lt, const std::vector<int>& path, bool want_ptr, Reg rv,
                       Node* at) {
  Type* ht;
  l = field_path(l, lt, path, &ht);
  if (auto* hp = as<Pointer>(underlying(ht)); hp && !path.empty()) {
    // The embedded field is itself a pointer.
    Reg r = alloc_words(1);
    load_loc(r, l, ht);
    if (want_ptr) {
      emit(Op::MOVE, rv, r);
    } else {
      emit(Op::NILCHK, r);
      load_mem(rv, r, 0, hp->elem);
    }
  } else if (want_ptr) {
    if (!l.mem)
      unsupported(at, "a pointer method on this value");
    else if (l.off == 0)
      emit(Op::MOVE, rv, l.reg);
    else
      emit(Op::ADDI, rv, l.reg, uint16_t(int16_t(l.off)));
  } else {
    if (l.mem) emit(Op::NILCHK, l.reg);
    load_loc(rv, l, ht);
  }
}

// Copies the wrapper's parameters from register src to the call window at
// top, as msig's arguments.
void Compiler::copy_args(Signature* msig, Reg src) {
  for (size_t i = 0; i < msig->params->size(); i++) {
    Type* pt = msig->params->at(i);
    Reg d = alloc(pt);
    uint32_t n = words(pt);
    if (n == 1) emit(Op::MOVE, d, src);
    if (n > 1) emit(Op::MOVEN, d, src, n);
    src += n ? n : 1;
  }
}

// Calls m with the receiver rv already in the window at base and the
// arguments in the wrapper's parameters from register first_arg; returns
// the results.
void Compiler::forward_call(Object* m, Reg base, Reg first_arg) {
  Signature* msig = sig_of(m);
  Reg at = base + words(msig->recv->type);
  if (!words(msig->recv->type)) at = base + 1;
  fs_->top = at;
  copy_args(msig, first_arg);
  emit_bx(Op::CALL, base, proto_for(m));
  emit(Op::RET, base, result_words(msig));
}

// The parameters of msig's call as a wrapper's own (after what the wrapper
// already allocated).
void Compiler::wrapper_params(Signature* msig) {
  for (size_t i = 0; i < msig->params->size(); i++) alloc(msig->params->at(i));
}

// A method promoted into struct type base through path, for itabs: takes a
// pointer to the outer struct, then m's arguments.
uint32_t Compiler::promoted_wrapper(Type* base, Object* m, const std::vector<int>& path) {
  std::string key = type_key(base) + "." + method_key(m);
  if (auto it = wrappers_.find(key); it != wrappers_.end()) return it->second;
  uint32_t id = synthetic(rt_name(base) + "." + m->name, [&] {
    Signature* msig = sig_of(m);
    fs_->proto->hidden = true;
    Reg r0 = alloc_words(1);
    Reg first_arg = fs_->top;
    wrapper_params(msig);
    fs_->proto->nparams = fs_->top;
    Reg base_reg = fs_->top;
    Reg rv = alloc(msig->recv->type);
    recv_at(Loc{true, r0, 0}, base, path, as<Pointer>(msig->recv->type) != nullptr, rv, nullptr);
    forward_call(m, base_reg, first_arg);
  });
  wrappers_[key] = id;
  return id;
}

// A method promoted into struct type base from the interface-typed field
// at path (of type iface): loads the field and calls through it.
uint32_t Compiler::promoted_iface_wrapper(Type* base, Type* iface, Object* m,
                                          const std::vector<int>& path) {
  std::string key = type_key(base) + "." + method_key(m);
  if (auto it = wrappers_.find(key); it != wrappers_.end()) return it->second;
  uint32_t id = synthetic(rt_name(base) + "." + m->name, [&] {
    Signature* msig = sig_of(m);
    fs_->proto->hidden = true;
    Reg r0 = alloc_words(1);
    Reg first_arg = fs_->top;
    wrapper_params(msig);
    fs_->proto->nparams = fs_->top;
    Reg iv = alloc(iface);
    recv_at(Loc{true, r0, 0}, base, path, false, iv, nullptr);
    Reg call_base = fs_->top;
    alloc_words(1);  // the receiver word
    copy_args(msig, first_arg);
    emit(Op::CALLI, call_base, iv, method_index(iface, m));
    emit(Op::RET, call_base, result_words(msig));
  });
  wrappers_[key] = id;
  return id;
}

// ---------------------------------------------------------------------------
// Conversions to interfaces

void Compiler::expr_as(Expr* e, Type* want, Reg dst) {
  if (!want || !is_interface(want)) {
    expr_to(e, dst);
    return;
  }
  Type* t = type_of(e);
  if (!t || is_basic(t, BasicKind::untyped_nil) ||
      (as<Ident>(unparen(e)) && obj_of(as<Ident>(unparen(e))) &&
       obj_of(as<Ident>(unparen(e)))->kind == ObjKind::nil)) {
    emit(Op::ZERO, dst, 2);
    return;
  }
  if (const Value* v = const_of(e); v && (is_untyped(t) || is_interface(t))) {
    // An untyped constant takes its default type.
    switch (v->kind()) {
      case ValueKind::boolean:
        t = basic_type(BasicKind::bool_);
        break;
      case ValueKind::string:
        t = basic_type(BasicKind::string);
        break;
      case ValueKind::floating:
        t = basic_type(BasicKind::float64);
        break;
      case ValueKind::complex:
        t = basic_type(BasicKind::complex128);
        break;
      default:
        if (!is_untyped(t) || !is_basic(t, BasicKind::untyped_rune))
          t = basic_type(BasicKind::int_);
        else
          t = rune_type();
        break;
    }
    if (is_basic(type_of(e), BasicKind::untyped_rune)) t = basic_type(BasicKind::int32);
    Reg save = fs_->top;
    Reg r = alloc(t);
    constant_to(*v, t, r);
    emit(Op::MKIFACE, dst, r, itab_for(want, t));
    fs_->top = save;
    return;
  }
  if (is_untyped(t)) t = default_type(t);
  if (is_interface(t)) {
    expr_to(e, dst);
    if (!identical(t, want)) emit(Op::CONVI, dst, dst, type_info(want));
    return;
  }
  Reg save = fs_->top;
  Reg r = alloc(t);
  expr_to(e, r);
  emit(Op::MKIFACE, dst, r, itab_for(want, t));
  fs_->top = save;
}

// A value of type from in registers r.. as an interface of type to at dst.
void Compiler::value_as(Reg r, Type* from, Type* to, Reg dst) {
  if (!is_interface(to) || (is_interface(from) && identical(from, to))) {
    uint32_t n = words(to);
    if (r != dst && n == 1) emit(Op::MOVE, dst, r);
    if (r != dst && n > 1) emit(Op::MOVEN, dst, r, n);
    return;
  }
  if (is_interface(from)) {
    emit(Op::CONVI, dst, r, type_info(to));
    return;
  }
  emit(Op::MKIFACE, dst, r, itab_for(to, from));
}

// ---------------------------------------------------------------------------
// Calls through interfaces

// The interface value a method call or method value selects from: x itself,
// or an interface-typed field embedded in x.
// *it gets its static type: the method index is relative to it (an
// embedded interface's method object names the embedded interface).
Reg Compiler::iface_operand(SelectorExpr* se, const Selection& sel, Type** it) {
  std::vector<int> path(sel.index.begin(), sel.index.end() - 1);
  if (path.empty()) {
    *it = type_of(se->x);
    return expr_any(se->x);
  }
  Type* xt = type_of(se->x);
  Type* ft = nullptr;
  Loc l;
  if (auto* p = as<Pointer>(underlying(xt))) {
    Reg r = expr_any(se->x);
    l = field_path(Loc{true, r, 0}, p->elem, path, &ft);
  } else {
    l = field_path(loc_of(se->x), xt, path, &ft);
  }
  Reg iv = alloc(ft);
  load_loc(iv, l, ft);
  *it = ft;
  return iv;
}

bool Compiler::is_iface_method(Object* m) {
  auto* s = sig_of(m);
  return s && s->recv && is_interface(s->recv->type);
}

Reg Compiler::iface_call(CallExpr* e, const Selection& sel) {
  auto* se = as<SelectorExpr>(unparen(e->fun));
  auto* msig = sig_of(sel.obj);
  Type* it = msig->recv->type;
  Reg iv;
  if (sel.index.size() == 1 && !is_interface(type_of(se->x))) {
    // A method of a type parameter's constraint, in an instance: call it
    // through the constraint interface.
    iv = alloc(it);
    expr_as(se->x, it, iv);
  } else {
    iv = iface_operand(se, sel, &it);
  }
  Reg base = fs_->top;
  alloc_words(1);  // the receiver word
  push_args(e, msig);
  line_ = e->pos.line;
  emit(Op::CALLI, base, iv, method_index(it, sel.obj));
  uint32_t nres = result_words(msig);
  fs_->top = base;
  alloc_words(nres ? nres : 1);
  return base;
}

// ---------------------------------------------------------------------------
// Type assertions and switches

void Compiler::type_assert(TypeAssertExpr* e, Type* t, Reg dst, bool comma_ok) {
  Reg save = fs_->top;
  Reg iv = expr_any(e->x);
  line_ = e->pos.line;
  emit(is_interface(t) ? Op::ASSERTI : Op::ASSERT, dst, iv, type_info(t));
  emit_bx(Op::ARG, comma_ok ? 1 : 0, type_info(type_of(e->x)));
  fs_->top = save;
}

void Compiler::type_switch(TypeSwitchStmt* s) {
  Reg save = fs_->top;
  BranchTarget bt;
  bt.label = fs_->pending_label;
  fs_->pending_label = {};
  if (s->init) stmt(s->init);
  Expr* x = s->guard->x;
  Type* xt = type_of(x);
  Reg iv = alloc(xt);
  expr_to(x, iv);
  Reg xti = type_info(xt);
  std::vector<std::vector<size_t>> to_body(s->clauses.size());
  int default_index = -1;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* cc = s->clauses[i];
    if (cc->is_default) {
      default_index = int(i);
      continue;
    }
    for (Expr* te : cc->exprs) {
      line_ = te->pos.line;
      Reg t0 = fs_->top;
      auto* id = as<Ident>(unparen(te));
      if (id && obj_of(id) && obj_of(id)->kind == ObjKind::nil) {
        to_body[i].push_back(fs_->proto->code.size());
        emit(Op::JEQI, iv, 0, 0);
        continue;
      }
      Type* t = type_of(te);
      Reg v = alloc(t);
      Reg ok = alloc_words(1, false);
      emit(is_interface(t) ? Op::ASSERTI : Op::ASSERT, v, iv, type_info(t));
      emit_bx(Op::ARG, 1, xti);
      (void)ok;
      to_body[i].push_back(emit_jump(Op::JT, v + (words(t) ? words(t) : 1)));
      fs_->top = t0;
    }
  }
  size_t to_default = emit_jump(Op::JMP);
  fs_->targets.push_back(bt);
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* cc = s->clauses[i];
    if (int(i) == default_index) patch_to(to_default, here());
    patch_here(to_body[i]);
    Reg t0 = fs_->top;
    auto imp = info_.implicits.find(cc);
    if (imp != info_.implicits.end() && imp->second) {
      Object* v = imp->second;
      Reg r = alloc(v->type);
      if (identical(v->type, xt)) {
        value_as(iv, xt, xt, r);
      } else {
        emit(is_interface(v->type) ? Op::ASSERTI : Op::ASSERT, r, iv, type_info(v->type));
        emit_bx(Op::ARG, 0, xti);
      }
      bind_local(v, r);
    }
    stmt_list(cc->body);
    fs_->top = t0;
    fs_->targets.back().breaks.push_back(emit_jump(Op::JMP));
  }
  if (default_index < 0) patch_to(to_default, here());
  BranchTarget done = std::move(fs_->targets.back());
  fs_->targets.pop_back();
  patch_here(done.breaks);
  fs_->top = save;
}

// ---------------------------------------------------------------------------
// Method values and expressions

// A closure type holding the n words of a value of type t after the proto
// index.
uint32_t Compiler::bound_closure_type(Type* t) {
  std::string key = "bound " + type_key(t);
  if (auto it = bound_types_.find(key); it != bound_types_.end()) return it->second;
  auto ti = std::make_unique<TypeInfo>();
  const Shape& s = lay_.shape(t);
  uint64_t n = s.words() ? s.words() : 1;
  ti->name = "method value";
  ti->size = 8 * (1 + n);
  ti->align = 8;
  for (uint64_t i = 0; i < n; i++)
    if (s.is_ptr_word(i)) {
      uint64_t b = i + 1;
      if (ti->ptrmap.size() <= b / 64) ti->ptrmap.resize(b / 64 + 1);
      ti->ptrmap[b / 64] |= uint64_t(1) << (b % 64);
    }
  mod_->types.push_back(std::move(ti));
  uint32_t id = uint32_t(mod_->types.size() - 1);
  bound_types_[key] = id;
  return id;
}

// x.M as a func value: the receiver (or interface) is evaluated now and
// kept in the closure, whose Proto calls M with it.
void Compiler::method_value(SelectorExpr* se, const Selection& sel, Reg dst) {
  Object* m = sel.obj;
  Signature* msig = sig_of(m);
  Reg save = fs_->top;
  if (is_iface_method(m)) {
    Type* it = msig->recv->type;
    Reg iv = iface_operand(se, sel, &it);
    emit(Op::NILCHK, iv);
    uint32_t idx = method_index(it, m);
    std::string key = "iface " + type_key(it) + "." + method_key(m);
    uint32_t proto;
    if (auto w = wrappers_.find(key); w != wrappers_.end()) {
      proto = w->second;
    } else {
      proto = synthetic(rt_name(it) + "." + m->name + "-fm", [&] {
        wrapper_params(msig);
        fs_->proto->nparams = fs_->top;
        Reg ir = alloc(it);
        emit(Op::UPVAL, ir, 0);
        emit(Op::UPVAL, ir + 1, 1);
        Reg base = fs_->top;
        alloc_words(1);
        copy_args(msig, 0);
        emit(Op::CALLI, base, ir, idx);
        emit(Op::RET, base, result_words(msig));
      });
      wrappers_[key] = proto;
    }
    emit_bx(Op::CLOSURE, dst, proto);
    emit(Op::ARG, 2, iv, bound_closure_type(it));
    fs_->top = save;
    return;
  }
  Type* rt = msig->recv->type;
  Reg rv = alloc(rt);
  method_recv(se, sel, rv);
  std::string key = "bound " + std::to_string(proto_for(m));
  uint32_t proto;
  if (auto w = wrappers_.find(key); w != wrappers_.end()) {
    proto = w->second;
  } else {
    proto = synthetic(proto_name(m) + "-fm", [&] {
      wrapper_params(msig);
      fs_->proto->nparams = fs_->top;
      Reg base = fs_->top;
      Reg r = alloc(rt);
      uint32_t n = words(rt) ? words(rt) : 1;
      for (uint32_t i = 0; i < n; i++) emit(Op::UPVAL, r + i, i);
      forward_call(m, base, 0);
    });
    wrappers_[key] = proto;
  }
  emit_bx(Op::CLOSURE, dst, proto);
  emit(Op::ARG, words(rt) ? words(rt) : 1, rv, bound_closure_type(rt));
  fs_->top = save;
}

// T.M / (*T).M / I.M as a func value taking the receiver first.
void Compiler::method_expr(SelectorExpr* se, const Selection& sel, Reg dst) {
  Object* m = sel.obj;
  Signature* msig = sig_of(m);
  Type* xt = type_of(se->x);
  std::vector<int> path(sel.index.begin(), sel.index.end() - 1);
  bool want_ptr = !is_iface_method(m) && as<Pointer>(msig->recv->type) != nullptr;
  bool x_ptr = as<Pointer>(xt) != nullptr;
  if (!is_iface_method(m) && path.empty() && want_ptr == x_ptr) {
    func_value(m, dst);
    return;
  }
  std::string key = "expr " + type_key(xt) + "." + method_key(m);
  uint32_t proto;
  if (auto w = wrappers_.find(key); w != wrappers_.end()) {
    proto = w->second;
  } else {
    proto = synthetic(rt_name(xt) + "." + m->name, [&] {
      Reg x = alloc(xt);
      Reg first_arg = fs_->top;
      wrapper_params(msig);
      fs_->proto->nparams = fs_->top;
      if (is_iface_method(m)) {
        Reg base = fs_->top;
        alloc_words(1);
        copy_args(msig, first_arg);
        emit(Op::CALLI, base, x, method_index(xt, m));
        emit(Op::RET, base, result_words(msig));
        return;
      }
      Reg base = fs_->top;
      Reg rv = alloc(msig->recv->type);
      if (auto* p = as<Pointer>(xt))
        recv_at(Loc{true, x, 0}, p->elem, path, want_ptr, rv, se);
      else
        recv_at(Loc{false, x, 0}, xt, path, want_ptr, rv, se);
      forward_call(m, base, first_arg);
    });
    wrappers_[key] = proto;
  }
  Reg first = fs_->top;
  emit_bx(Op::CLOSURE, dst, proto);
  emit(Op::ARG, 0, first, closure_type(0));
}

// ---------------------------------------------------------------------------
// Run-time panics as values

// A program that recovers can see the values of run-time panics: give the
// VM the itabs of runtime's error types (as `any`), compiling their methods.
void Compiler::runtime_error_types(Node* at) {
  Package* rp = prog_.import("runtime", at ? at->pos : Pos{}, diags_);
  if (!rp) return;
  Type* any = prog_.universe().any_type();
  auto itab_of = [&](const char* name, bool ptr) -> const Itab* {
    Object* o = rp->scope->lookup(name);
    if (!o || !o->type) return nullptr;
    Type* t = ptr ? prog_.arena().pointer(o->type) : o->type;
    return mod_->itabs[itab_for(any, t)].get();
  };
  mod_->rt_error = itab_of("errorString", false);
  mod_->rt_plain = itab_of("plainError", false);
  mod_->rt_assert = itab_of("TypeAssertionError", true);
  mod_->rt_nil = itab_of("PanicNilError", true);
}

}  // namespace gopark::interp
