// scope.cc - objects, scopes and the universe.
#include "interp/scope.h"

namespace gopark::interp {

const char* obj_kind_name(ObjKind k) {
  switch (k) {
    case ObjKind::const_:
      return "const";
    case ObjKind::type_name:
      return "type";
    case ObjKind::var:
      return "var";
    case ObjKind::func:
      return "func";
    case ObjKind::pkg_name:
      return "package";
    case ObjKind::builtin:
      return "builtin";
    case ObjKind::label:
      return "label";
    case ObjKind::nil:
      return "nil";
  }
  return "?";
}

const char* builtin_name(BuiltinId id) {
  static const char* const kNames[] = {
#define X(name) #name,
      GOPARK_BUILTINS(X)
#undef X
  };
  return kNames[static_cast<int>(id)];
}

// ---------------------------------------------------------------------------
// Objects.

bool Object::is_alias() const {
  if (kind != ObjKind::type_name || !type) return false;
  if (auto* n = as<Named>(type)) return n->obj != this;
  if (auto* p = as<TypeParam>(type)) return p->obj != this;
  // byte and rune denote basic types printed under their own names, yet are
  // aliases of uint8 and int32 (as is `type A = int`); only the canonical
  // name of a basic kind ("int", "uint8") is not an alias.
  if (auto* b = as<Basic>(type)) return name != as<Basic>(basic_type(b->bkind))->name;
  return true;  // any, and `type A = []int`
}

bool Object::same_id(const Object& o) const {
  if (name != o.name) return false;
  return exported() || pkg == o.pkg;
}

Object* TypeArena::object(ObjKind kind, std::string_view name, Pos pos, Type* type) {
  objects_.push_back(std::make_unique<Object>(kind, name, pos, type));
  return objects_.back().get();
}

Scope* TypeArena::scope(Scope* parent, Pos pos, Pos end, bool func_scope,
                        std::string_view comment) {
  scopes_.push_back(std::make_unique<Scope>(parent, pos, end, func_scope, comment));
  Scope* s = scopes_.back().get();
  if (parent) parent->children.push_back(s);
  return s;
}

// ---------------------------------------------------------------------------
// Scopes.

Object* Scope::lookup(std::string_view name) const {
  auto it = index_.find(name);
  return it == index_.end() ? nullptr : it->second;
}

Object* Scope::insert(Object* obj) {
  auto [it, fresh] = index_.emplace(std::string_view(obj->name), obj);
  if (!fresh) return it->second;
  elems_.push_back(obj);
  obj->parent = this;
  return nullptr;
}

std::pair<Scope*, Object*> Scope::lookup_parent(std::string_view name, Pos pos) const {
  for (const Scope* s = this; s; s = s->parent) {
    Object* obj = s->lookup(name);
    if (!obj) continue;
    // Visible unless declared (scope_pos) after pos; equal positions count
    // as visible, as types2's cmpPos(obj.scopePos(), pos) <= 0.
    if (!pos.valid() || !obj->scope_pos.valid() || !(pos < obj->scope_pos))
      return {const_cast<Scope*>(s), obj};
  }
  return {nullptr, nullptr};
}

// ---------------------------------------------------------------------------
// The universe (spec "Predeclared identifiers").

Universe::Universe(TypeArena& a) {
  scope_ = a.scope(nullptr, Pos{}, Pos{}, false, "universe");
  auto def = [&](ObjKind k, std::string_view name, Type* t) {
    Object* o = a.object(k, name, Pos{}, t);
    scope_->insert(o);
    return o;
  };

  static constexpr BasicKind kTyped[] = {
      BasicKind::bool_,   BasicKind::int_,    BasicKind::int8,      BasicKind::int16,
      BasicKind::int32,   BasicKind::int64,   BasicKind::uint_,     BasicKind::uint8,
      BasicKind::uint16,  BasicKind::uint32,  BasicKind::uint64,    BasicKind::uintptr,
      BasicKind::float32, BasicKind::float64, BasicKind::complex64, BasicKind::complex128,
      BasicKind::string,
  };
  for (BasicKind k : kTyped) {
    Type* t = basic_type(k);
    def(ObjKind::type_name, as<Basic>(t)->name, t);
  }
  def(ObjKind::type_name, "byte", byte_type());
  def(ObjKind::type_name, "rune", rune_type());

  // any = interface{}: an alias of one distinguished empty interface.
  Interface* any = a.interface({});
  any->universe_any = true;
  any_ = any;
  def(ObjKind::type_name, "any", any);

  // type comparable interface{ /* comparable */ }
  Object* cmp = def(ObjKind::type_name, "comparable", nullptr);
  Interface* cmp_iface = a.interface({});
  cmp_iface->builtin_comparable = true;
  comparable_ = a.named(cmp, cmp_iface);

  // type error interface{ Error() string }
  Object* err = def(ObjKind::type_name, "error", nullptr);
  Named* err_t = a.named(err, nullptr);
  Object* res = a.object(ObjKind::var, "", Pos{}, basic_type(BasicKind::string));
  res->flags = kVarParam;
  Object* recv = a.object(ObjKind::var, "", Pos{}, err_t);
  recv->flags = kVarParam;
  Signature* sig = a.signature(recv, nullptr, a.tuple({res}), false);
  Object* error_m = a.object(ObjKind::func, "Error", Pos{}, sig);
  err_t->underlying = a.interface({error_m});
  error_ = err_t;

  Type* ubool = basic_type(BasicKind::untyped_bool);
  def(ObjKind::const_, "true", ubool)->val = Value::make_bool(true);
  def(ObjKind::const_, "false", ubool)->val = Value::make_bool(false);
  // iota's value is set per ConstSpec by the checker; 0 outside.
  iota_ = def(ObjKind::const_, "iota", basic_type(BasicKind::untyped_int));
  iota_->val = Value::make_int64(0);
  nil_ = def(ObjKind::nil, "nil", basic_type(BasicKind::untyped_nil));

  for (int i = 0; i < kNumBuiltins; i++) {
    auto id = static_cast<BuiltinId>(i);
    builtins_[i] = def(ObjKind::builtin, builtin_name(id), invalid_type());
    builtins_[i]->builtin = id;
  }
}

}  // namespace gopark::interp
