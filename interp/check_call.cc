// check_call.cc - calls, conversions, the built-in functions, and
// instantiation of generic functions with type inference.
#include <algorithm>

#include "interp/check_internal.h"

namespace gopark::interp {

namespace {

// "(number, string)": argument types as call mismatch messages list them.
std::string types_summary(Checker* c, const std::vector<Type*>& list, bool variadic) {
  std::string s = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i) s += ", ";
    Type* t = list[i];
    std::string ts;
    if (!t || is_invalid(t)) {
      ts = "unknown type";
    } else if (is_untyped(t)) {
      if (is_numeric(t)) {
        ts = "number";
      } else {
        ts = as<Basic>(t)->name;
        if (ts.rfind("untyped ", 0) == 0) ts = ts.substr(8);
      }
    } else {
      ts = c->tstr(t);
    }
    if (variadic && i + 1 == list.size() && ts.rfind("[]", 0) == 0) ts = "..." + ts.substr(2);
    s += ts;
  }
  return s + ")";
}

bool contains_call_or_recv(Expr* e) {
  bool found = false;
  std::function<void(Node*)> walk = [&](Node* n) {
    if (!n || found) return;
    switch (n->kind) {
      case NodeKind::CallExpr:
        found = true;
        return;
      case NodeKind::UnaryExpr:
        if (static_cast<UnaryExpr*>(n)->op == Tok::arrow) {
          found = true;
          return;
        }
        walk(static_cast<UnaryExpr*>(n)->x);
        return;
      case NodeKind::ParenExpr:
        walk(static_cast<ParenExpr*>(n)->x);
        return;
      case NodeKind::SelectorExpr:
        walk(static_cast<SelectorExpr*>(n)->x);
        return;
      case NodeKind::IndexExpr:
        walk(static_cast<IndexExpr*>(n)->x);
        for (Expr* i : static_cast<IndexExpr*>(n)->indices) walk(i);
        return;
      case NodeKind::StarExpr:
        walk(static_cast<StarExpr*>(n)->x);
        return;
      case NodeKind::BinaryExpr:
        walk(static_cast<BinaryExpr*>(n)->x);
        walk(static_cast<BinaryExpr*>(n)->y);
        return;
      case NodeKind::CompositeLit:
        for (Expr* el : static_cast<CompositeLit*>(n)->elts) walk(el);
        return;
      case NodeKind::KeyValueExpr:
        walk(static_cast<KeyValueExpr*>(n)->key);
        walk(static_cast<KeyValueExpr*>(n)->value);
        return;
      default:
        return;
    }
  };
  walk(e);
  return found;
}

}  // namespace

std::vector<Operand> Checker::eval_args(const List<Expr>& args) {
  std::vector<Operand> out;
  if (args.size() == 1) {
    multi_expr(out, args[0]);
    // A comma-ok expression as the only argument is one value.
    for (auto& o : out)
      if (o.mode == Mode::commaok) o.mode = Mode::value;
    return out;
  }
  for (Expr* a : args) {
    Operand x;
    expr(x, a);
    if (x.mode == Mode::commaok) x.mode = Mode::value;
    out.push_back(x);
  }
  return out;
}

void Checker::call(Operand& x, CallExpr* e, Type* hint) {
  (void)hint;
  expr_or_type(x, e->fun, true);
  if (x.invalid()) {
    use_exprs(e->args);
    x.expr = e;
    return;
  }
  if (x.mode == Mode::typexpr) {
    Type* T = x.type;
    if (auto* n = as<Named>(T); n && !n->tparams.empty() && !n->is_instance()) {
      error(e->fun->pos, "cannot use generic type " + n->obj->name + tparams_string(n->tparams) +
                             " without instantiation");
      use_exprs(e->args);
      x.mode = Mode::invalid;
      return;
    }
    x.expr = e;
    if (e->args.size() != 1) {
      if (e->args.empty())
        error(Pos{e->end.line, e->end.col - 1}, "missing argument in conversion to " + tstr(T));
      else
        error(e->args[1]->pos, "too many arguments in conversion to " + tstr(T));
      use_exprs(e->args);
      x.mode = Mode::invalid;
      return;
    }
    if (e->has_dots) {
      error(e->dots, "invalid use of ... in conversion to " + tstr(T));
    }
    expr(x, e->args[0], T);
    if (x.invalid()) return;
    conversion(x, T, e);
    x.expr = e;
    return;
  }
  if (x.mode == Mode::builtin) {
    builtin_call(x, e, x.id);
    x.expr = e;
    return;
  }
  std::string fname = expr_string(e->fun);
  if (is_invalid(x.type)) {
    use_exprs(e->args);
    x.mode = Mode::invalid;
    x.expr = e;
    return;
  }
  Type* core = core_type(x.type);
  auto* sig = core ? as<Signature>(core) : nullptr;
  if (!sig) {
    error(e->pos, "invalid operation: cannot call non-function " + operand_string(x));
    use_exprs(e->args);
    x.mode = Mode::invalid;
    x.expr = e;
    return;
  }
  std::vector<Type*> partial;
  if (auto it = partial_targs_.find(e->fun); it != partial_targs_.end()) partial = it->second;
  std::vector<Operand> args = eval_args(e->args);
  for (auto& a : args)
    if (a.invalid()) {
      x.mode = Mode::invalid;
      x.expr = e;
      // Still count the arguments? types2 stops here.
      return;
    }
  if (!sig->tparams.empty()) {
    std::vector<Type*> targs = partial;
    targs.resize(sig->tparams.size(), nullptr);
    if (!infer(sig, targs, args, e->fun, fname, e)) {
      x.mode = Mode::invalid;
      x.expr = e;
      return;
    }
    sig = instantiate_func(x, sig, targs, e->fun);
    if (!sig) {
      x.mode = Mode::invalid;
      x.expr = e;
      return;
    }
    e->fun->type = sig;
  }
  arguments(e, sig, args, fname, e->has_dots);
  x.expr = e;
  size_t nres = sig->results->size();
  if (nres == 0) {
    x.mode = Mode::novalue;
    x.type = arena_.empty_tuple();
  } else if (nres == 1) {
    x.mode = Mode::value;
    x.type = sig->results->at(0);
  } else {
    x.mode = Mode::value;
    x.type = sig->results;
  }
}

void Checker::arguments(CallExpr* e, Signature* sig, std::vector<Operand>& args,
                        const std::string& fname, bool has_dots) {
  size_t nargs = args.size();
  size_t npars = sig->params->size();
  std::vector<Type*> ptypes;
  for (size_t i = 0; i < npars; i++) ptypes.push_back(sig->params->at(i));
  if (has_dots) {
    if (!sig->variadic) {
      error(e->dots, "have (...) but function is not variadic: " + fname);
      error(e->args.empty() ? e->pos : e->args[e->args.size() - 1]->pos,
            "cannot use ... in call to non-variadic " + fname);
      return;
    }
    if (e->args.size() == 1 && nargs > 1) {
      error(e->args[0]->pos,
            "cannot use ... with " + std::to_string(nargs) + "-valued " + expr_string(e->args[0]));
      return;
    }
  } else if (sig->variadic) {
    if (nargs >= npars - 1) {
      Type* last = ptypes.back();
      Type* elem = as<Slice>(last) ? as<Slice>(last)->elem : last;
      ptypes.pop_back();
      while (ptypes.size() < nargs) ptypes.push_back(elem);
    } else {
      // Not enough: report against the non-variadic parameter list.
    }
  }
  if (nargs != ptypes.size()) {
    std::vector<Type*> have, want;
    for (auto& a : args) have.push_back(a.type);
    for (size_t i = 0; i < npars; i++) want.push_back(sig->params->at(i));
    bool too_few = nargs < ptypes.size();
    Pos at = too_few ? Pos{e->end.line, e->end.col - 1} : args[ptypes.size()].expr->pos;
    if (!too_few && nargs == 1 && e->args.size() == 1 && ptypes.size() == 0) at = e->args[0]->pos;
    error(at, std::string(too_few ? "not enough" : "too many") + " arguments in call to " + fname +
                  "\n\thave " + types_summary(this, have, false) + "\n\twant " +
                  types_summary(this, want, sig->variadic));
    return;
  }
  std::string context = "argument to " + fname;
  for (size_t i = 0; i < nargs; i++) assignment(args[i], ptypes[i], context);
}

// ---------------------------------------------------------------------------
// Conversions

void Checker::conversion(Operand& x, Type* T, CallExpr* e) {
  (void)e;
  bool const_arg = x.mode == Mode::constant;
  bool ok = false;
  std::string cause;
  auto* tb = as<Basic>(underlying(T));
  if (const_arg && is_const_type(T)) {
    // Constant conversion.
    if (tb) {
      if (auto nt = num_type(T)) {
        if (x.val.is_numeric()) {
          auto r = representable(x.val, *nt);
          if (r.ok()) {
            ok = true;
            x.val = r.val;
          } else if (is_integer(x.type) && is_integer(T)) {
            error(x.expr->pos, "constant " + x.val.to_string() + " overflows " + tstr(T));
            x.mode = Mode::invalid;
            return;
          }
        } else if (x.val.is_unknown()) {
          ok = true;
        }
      } else if ((tb->info & kIsString) && x.val.kind() == ValueKind::string) {
        ok = true;
      } else if ((tb->info & kIsBoolean) && x.val.kind() == ValueKind::boolean) {
        ok = true;
      } else if ((tb->info & kIsString) && is_integer(x.type)) {
        x.val = int_to_string(x.val);
        ok = true;
      }
    }
  } else if (const_arg && as<TypeParam>(T)) {
    ok = convertible_to(x, T, &cause);
    x.mode = Mode::value;
  } else if (convertible_to(x, T, &cause)) {
    ok = true;
    x.mode = Mode::value;
  }
  if (!ok) {
    if (!cause.empty())
      error(x.expr->pos,
            "cannot convert " + operand_string(x) + " to type " + tstr(T) + ": " + cause);
    else
      error(x.expr->pos, "cannot convert " + operand_string(x) + " to type " + tstr(T));
    x.mode = Mode::invalid;
    return;
  }
  if (is_untyped(x.type)) {
    Type* final = T;
    if (x.is_nil()) {
    } else if (is_interface(T) || (const_arg && !is_const_type(T))) {
      final = default_type(x.type);
    } else if (x.mode == Mode::constant && is_integer(x.type) && is_string(T)) {
      final = x.type;
    }
    update_expr_type(x.expr, final, true);
  }
  if (x.is_nil()) x.mode = Mode::value;
  x.type = T;
}

// ---------------------------------------------------------------------------
// Built-in functions

void Checker::builtin_call(Operand& x, CallExpr* e, BuiltinId id) {
  std::string name = builtin_name(id);
  size_t nargs_min = 0;
  bool variadic = false;
  switch (id) {
    case BuiltinId::append_:
      nargs_min = 1;
      variadic = true;
      break;
    case BuiltinId::cap_:
    case BuiltinId::len_:
    case BuiltinId::clear_:
    case BuiltinId::close_:
    case BuiltinId::imag_:
    case BuiltinId::real_:
    case BuiltinId::new_:
    case BuiltinId::panic_:
      nargs_min = 1;
      break;
    case BuiltinId::complex_:
    case BuiltinId::copy_:
    case BuiltinId::delete_:
      nargs_min = 2;
      break;
    case BuiltinId::make_:
      nargs_min = 1;
      variadic = true;
      break;
    case BuiltinId::max_:
    case BuiltinId::min_:
      nargs_min = 1;
      variadic = true;
      break;
    case BuiltinId::print_:
    case BuiltinId::println_:
      nargs_min = 0;
      variadic = true;
      break;
    case BuiltinId::recover_:
      nargs_min = 0;
      break;
  }
  size_t nargs = e->args.size();
  if (e->has_dots && id != BuiltinId::append_) {
    error(e->dots, "invalid operation: invalid use of ... with built-in " + name);
    use_exprs(e->args);
    x.mode = Mode::invalid;
    return;
  }
  // A lone argument may be a call with several results, each one operand
  // (complex(f()), copy(f()), ...), so it is evaluated before counting.
  // make and new take a type first; print and println spread by themselves.
  std::vector<Operand> spread;
  if (nargs == 1 && id != BuiltinId::make_ && id != BuiltinId::new_ && id != BuiltinId::print_ &&
      id != BuiltinId::println_) {
    multi_expr(spread, e->args[0]);
    for (auto& o : spread)
      if (o.invalid()) o.type = invalid_type();
    nargs = spread.size();
  }
  std::string call_str = expr_string(e);
  if (nargs < nargs_min || (!variadic && nargs > nargs_min)) {
    Pos at = nargs < nargs_min ? Pos{e->end.line, e->end.col - 1}
             : spread.empty()  ? e->args[nargs_min]->pos
                               : e->args[0]->pos;
    error(at, std::string("invalid operation: ") + (nargs < nargs_min ? "not enough" : "too many") +
                  " arguments for " + call_str + " (expected " + std::to_string(nargs_min) +
                  ", found " + std::to_string(nargs) + ")");
    if (spread.empty()) use_exprs(e->args);
    x.mode = Mode::invalid;
    return;
  }
  // make and new take a type first.
  if (id == BuiltinId::make_ || id == BuiltinId::new_) {
    Type* T = var_type(e->args[0]);
    if (is_invalid(T)) {
      for (size_t i = 1; i < nargs; i++) {
        Operand t;
        expr(t, e->args[i]);
      }
      x.mode = Mode::invalid;
      return;
    }
    if (id == BuiltinId::new_) {
      x.mode = Mode::value;
      x.type = arena_.pointer(T);
      return;
    }
    Type* core = core_type(T);
    size_t min = 1;
    if (core && as<Slice>(core)) {
      min = 2;
    } else if (core && (as<Map>(core) || as<Chan>(core))) {
      min = 1;
    } else {
      error(e->args[0]->pos, "invalid argument: cannot make " + expr_string(e->args[0]) +
                                 "; type must be slice, map, or channel");
      x.mode = Mode::invalid;
      return;
    }
    if (nargs < min || nargs > min + 1) {
      error(e->pos, "invalid operation: " + call_str + " expects " + std::to_string(min) + " or " +
                        std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
      use_exprs(e->args);
      x.mode = Mode::invalid;
      return;
    }
    std::vector<int64_t> sizes;
    for (size_t i = 1; i < nargs; i++) {
      int64_t v = index_value(e->args[i], -1, false, "index");
      if (v >= 0) sizes.push_back(v);
    }
    if (sizes.size() == 2 && sizes[0] > sizes[1]) {
      error(e->args[1]->pos, "invalid argument: length and capacity swapped");
    }
    x.mode = Mode::value;
    x.type = T;
    return;
  }
  // The operands, evaluated in order (hints matter for append and delete).
  auto arg = [&](size_t i, Type* hint = nullptr) {
    if (!spread.empty()) return spread[i];
    Operand a;
    expr(a, e->args[i], hint);
    return a;
  };
  switch (id) {
    case BuiltinId::append_: {
      Operand s = arg(0);
      if (s.invalid()) {
        for (size_t i = 1; i < nargs; i++) arg(i);
        x.mode = Mode::invalid;
        return;
      }
      if (s.is_nil()) {
        error(s.expr->pos, "first argument to append must be a typed slice; found untyped nil");
        x.mode = Mode::invalid;
        return;
      }
      Type* core = core_type(s.type);
      auto* sl = core ? as<Slice>(core) : nullptr;
      if (!sl) {
        error(s.expr->pos, "first argument to append must be a slice; have " + operand_string(s));
        for (size_t i = 1; i < nargs; i++) arg(i);
        x.mode = Mode::invalid;
        return;
      }
      if (e->has_dots) {
        if (spread.size() > 1) {
          error(e->pos, "cannot use ... with " + std::to_string(nargs) + "-valued " +
                            expr_string(e->args[0]));
          x.mode = Mode::invalid;
          return;
        }
        if (nargs != 2) {
          error(
              nargs < 2 ? Pos{e->end.line, e->end.col - 1} : e->args[2]->pos,
              std::string(nargs < 2 ? "not enough" : "too many") + " arguments in call to append");
          for (size_t i = 1; i < nargs; i++) arg(i);
          x.mode = Mode::invalid;
          return;
        }
        Operand t = arg(1);
        if (t.invalid()) {
          x.mode = Mode::invalid;
          return;
        }
        // append([]byte, string...) is allowed.
        if (is_basic(underlying(sl->elem), BasicKind::uint8) && all_string_type(t.type)) {
          convert_untyped(t, basic_type(BasicKind::string));
        } else {
          assignment(t, s.type, "argument to append");
        }
      } else {
        for (size_t i = 1; i < nargs; i++) {
          Operand t = arg(i, sl->elem);
          if (t.invalid()) continue;
          assignment(t, sl->elem, "argument to append");
        }
      }
      x.mode = Mode::value;
      x.type = s.type;
      return;
    }
    case BuiltinId::cap_:
    case BuiltinId::len_: {
      Operand a = arg(0);
      if (a.invalid()) {
        x.mode = Mode::invalid;
        return;
      }
      Type* t = a.type;
      Type* u = underlying(t);
      if (auto* p = as<Pointer>(u)) {
        if (as<Array>(underlying(p->elem))) u = underlying(p->elem);
      }
      bool ok = false;
      bool is_const = false;
      Value val;
      if (is_string(u) && id == BuiltinId::len_) {
        ok = true;
        if (a.mode == Mode::constant) {
          is_const = true;
          val = Value::make_int64(int64_t(a.val.string_val().size()));
        }
      } else if (auto* ar = as<Array>(u)) {
        ok = true;
        if (!contains_call_or_recv(e->args[0])) {
          is_const = true;
          val = Value::make_int64(ar->len);
        }
      } else if (as<Slice>(u) || as<Chan>(u)) {
        ok = true;
      } else if (as<Map>(u) && id == BuiltinId::len_) {
        ok = true;
      } else if (as<TypeParam>(t)) {
        ok = all_of_tset(t, [&](Type* tt) {
          Type* uu = underlying(tt);
          if (auto* p = as<Pointer>(uu)) uu = underlying(p->elem);
          return (is_string(uu) && id == BuiltinId::len_) || as<Array>(uu) || as<Slice>(uu) ||
                 as<Chan>(uu) || (as<Map>(uu) && id == BuiltinId::len_);
        });
      }
      if (!ok) {
        error(a.expr->pos, "invalid argument: " + operand_string(a) + " for " + name);
        x.mode = Mode::invalid;
        return;
      }
      if (is_untyped(a.type)) convert_untyped(a, basic_type(BasicKind::string));
      if (is_const) {
        x.mode = Mode::constant;
        x.val = val;
      } else {
        x.mode = Mode::value;
      }
      x.type = basic_type(BasicKind::int_);
      return;
    }
    case BuiltinId::clear_: {
      Operand a = arg(0);
      if (a.invalid()) {
        x.mode = Mode::invalid;
        return;
      }
      Type* core = core_type(a.type);
      if (!core || (!as<Map>(core) && !as<Slice>(core))) {
        error(a.expr->pos,
              "invalid argument: " + operand_string(a) +
                  " cannot be cleared: argument must be (or constrained by) map or slice");
        x.mode = Mode::invalid;
        return;
      }
      x.mode = Mode::novalue;
      x.type = arena_.empty_tuple();
      return;
    }
    case BuiltinId::close_: {
      Operand a = arg(0);
      if (a.invalid()) {
        x.mode = Mode::invalid;
        return;
      }
      Type* core = core_type(a.type);
      auto* c = core ? as<Chan>(core) : nullptr;
      if (!c && as<TypeParam>(a.type) && all_of_tset(a.type, [](Type* t) {
            auto* ch = as<Chan>(underlying(t));
            return ch && ch->dir != ChanDir::recv;
          })) {
        x.mode = Mode::novalue;
        x.type = arena_.empty_tuple();
        return;
      }
      if (!c) {
        error(a.expr->pos, "invalid operation: cannot close non-channel " + operand_string(a));
        x.mode = Mode::invalid;
        return;
      }
      if (c->dir == ChanDir::recv) {
        error(a.expr->pos,
              "invalid operation: cannot close receive-only channel " + operand_string(a));
        x.mode = Mode::invalid;
        return;
      }
      x.mode = Mode::novalue;
      x.type = arena_.empty_tuple();
      return;
    }
    case BuiltinId::complex_: {
      Operand re = arg(0), im = arg(1);
      if (re.invalid() || im.invalid()) {
        x.mode = Mode::invalid;
        return;
      }
      if (!match_types(re, im)) {
        x.mode = Mode::invalid;
        return;
      }
      // Untyped constants stay untyped (complex(1, 2) is untyped complex).
      if (is_untyped(re.type) && is_untyped(im.type)) {
        if (re.mode == Mode::constant && im.mode == Mode::constant) {
          x.mode = Mode::constant;
          x.val = Value::make_complex(re.val, im.val);
          x.type = basic_type(BasicKind::untyped_complex);
          return;
        }
        convert_untyped(re, basic_type(BasicKind::float64));
        convert_untyped(im, basic_type(BasicKind::float64));
      }
      if (!identical(re.type, im.type)) {
        error(re.expr->pos, "invalid operation: " + call_str + " (mismatched types " +
                                tstr(re.type) + " and " + tstr(im.type) + ")");
        x.mode = Mode::invalid;
        return;
      }
      Type* res = nullptr;
      if (is_basic(re.type, BasicKind::float32)) res = basic_type(BasicKind::complex64);
      if (is_basic(re.type, BasicKind::float64)) res = basic_type(BasicKind::complex128);
      if (!res) {
        error(re.expr->pos, "invalid argument: arguments have type " + tstr(re.type) +
                                ", expected floating-point");
        x.mode = Mode::invalid;
        return;
      }
      if (re.mode == Mode::constant && im.mode == Mode::constant) {
        x.mode = Mode::constant;
        x.val = Value::make_complex(re.val, im.val);
      } else {
        x.mode = Mode::value;
      }
      x.type = res;
      return;
    }
    case BuiltinId::imag_:
    case BuiltinId::real_: {
      Operand a = arg(0);
      if (a.invalid()) {
        x.mode = Mode::invalid;
        return;
      }
      if (is_untyped(a.type)) {
        if (a.mode == Mode::constant) {
          if (!a.val.is_numeric()) {
            error(a.expr->pos,
                  "invalid argument: " + operand_string(a) + " must be of complex type");
            x.mode = Mode::invalid;
            return;
          }
          Value c = to_complex(a.val);
          Rat part = id == BuiltinId::real_ ? c.real() : c.imag();
          x.mode = Mode::constant;
          x.val = Value::make_ratio(part.num, part.den);
          x.type = basic_type(BasicKind::untyped_float);
          return;
        }
        convert_untyped(a, basic_type(BasicKind::complex128));
      }
      Type* res = nullptr;
      if (is_basic(a.type, BasicKind::complex64)) res = basic_type(BasicKind::float32);
      if (is_basic(a.type, BasicKind::complex128)) res = basic_type(BasicKind::float64);
      if (!res) {
        error(a.expr->pos, "invalid argument: " + operand_string(a) + " must be of complex type");
        x.mode = Mode::invalid;
        return;
      }
      if (a.mode == Mode::constant) {
        Rat part = id == BuiltinId::real_ ? a.val.real() : a.val.imag();
        x.mode = Mode::constant;
        x.val = Value::make_ratio(part.num, part.den);
      } else {
        x.mode = Mode::value;
      }
      x.type = res;
      return;
    }
    case BuiltinId::copy_: {
      Operand dst = arg(0), src = arg(1);
      if (dst.invalid() || src.invalid()) {
        x.mode = Mode::invalid;
        return;
      }
      Type* dc = core_type(dst.type);
      auto* ds = dc ? as<Slice>(dc) : nullptr;
      if (!ds) {
        error(dst.expr->pos, "invalid argument: copy expects slice arguments; found " +
                                 operand_string(dst) + " and " + operand_string(src));
        x.mode = Mode::invalid;
        return;
      }
      Type* sc = core_type(src.type);
      bool ok = false;
      if (sc && as<Slice>(sc) && identical(as<Slice>(sc)->elem, ds->elem)) ok = true;
      if (sc && is_string(sc) && is_basic(underlying(ds->elem), BasicKind::uint8)) ok = true;
      if (!ok) {
        error(dst.expr->pos, "invalid argument: arguments to copy " + operand_string(dst) +
                                 " and " + operand_string(src) + " have different element types");
        x.mode = Mode::invalid;
        return;
      }
      if (is_untyped(src.type)) convert_untyped(src, basic_type(BasicKind::string));
      x.mode = Mode::value;
      x.type = basic_type(BasicKind::int_);
      return;
    }
    case BuiltinId::delete_: {
      Operand m = arg(0);
      if (m.invalid()) {
        arg(1);
        x.mode = Mode::invalid;
        return;
      }
      Type* core = core_type(m.type);
      auto* mt = core ? as<Map>(core) : nullptr;
      if (!mt && as<TypeParam>(m.type)) {
        // Maps of different element types but one key type.
        Map* first = nullptr;
        bool ok = all_of_tset(m.type, [&](Type* t) {
          auto* mm = as<Map>(underlying(t));
          if (!mm) return false;
          if (!first) first = mm;
          return identical(first->key, mm->key);
        });
        if (ok) mt = first;
      }
      if (!mt) {
        error(m.expr->pos, "invalid argument: " + operand_string(m) + " is not a map");
        arg(1);
        x.mode = Mode::invalid;
        return;
      }
      Operand k = arg(1, mt->key);
      assignment(k, mt->key, "argument to delete");
      x.mode = Mode::novalue;
      x.type = arena_.empty_tuple();
      return;
    }
    case BuiltinId::max_:
    case BuiltinId::min_: {
      std::vector<Operand> ops;
      for (size_t i = 0; i < nargs; i++) ops.push_back(arg(i));
      for (auto& o : ops)
        if (o.invalid()) {
          x.mode = Mode::invalid;
          return;
        }
      Operand acc = ops[0];
      if (!all_ordered_type(acc.type)) {
        error(acc.expr->pos, "invalid argument: " + operand_string(acc) + " cannot be ordered");
        x.mode = Mode::invalid;
        return;
      }
      for (size_t i = 1; i < ops.size(); i++) {
        Operand& b = ops[i];
        if (!all_ordered_type(b.type)) {
          error(b.expr->pos, "invalid argument: " + operand_string(b) + " cannot be ordered");
          x.mode = Mode::invalid;
          return;
        }
        if (!match_types(acc, b)) {
          x.mode = Mode::invalid;
          return;
        }
        if (!identical(acc.type, b.type)) {
          error(b.expr->pos, "invalid argument: mismatched types " + tstr(acc.type) +
                                 " (previous argument) and " + tstr(b.type) + " (type of " +
                                 expr_string(b.expr) + ")");
          x.mode = Mode::invalid;
          return;
        }
        if (acc.mode == Mode::constant && b.mode == Mode::constant) {
          auto r = compare(b.val, id == BuiltinId::max_ ? Tok::gtr : Tok::lss, acc.val);
          if (r.ok() && r.val.bool_val()) acc.val = b.val;
        } else {
          acc.mode = Mode::value;
        }
      }
      if (acc.mode != Mode::constant) {
        for (auto& o : ops)
          if (is_untyped(o.type)) convert_untyped(o, default_type(acc.type));
        if (is_untyped(acc.type)) acc.type = default_type(acc.type);
      }
      x.mode = acc.mode == Mode::constant ? Mode::constant : Mode::value;
      x.val = acc.val;
      x.type = acc.type;
      return;
    }
    case BuiltinId::panic_: {
      Operand a = arg(0);
      if (!a.invalid()) assignment(a, uni_.any_type(), "argument to panic");
      x.mode = Mode::novalue;
      x.type = arena_.empty_tuple();
      return;
    }
    case BuiltinId::print_:
    case BuiltinId::println_: {
      std::vector<Operand> all = eval_args(e->args);
      for (size_t i = 0; i < all.size(); i++) {
        Operand& a = all[i];
        if (a.invalid()) continue;
        if (a.is_nil()) {
          error(a.expr->pos, "use of untyped nil in argument to built-in " + name);
          continue;
        }
        if (is_untyped(a.type)) convert_untyped(a, default_type(a.type));
      }
      x.mode = Mode::novalue;
      x.type = arena_.empty_tuple();
      return;
    }
    case BuiltinId::recover_:
      x.mode = Mode::value;
      x.type = uni_.any_type();
      return;
    default:
      break;
  }
  x.mode = Mode::invalid;
}

bool Checker::all_string_type(Type* t) {
  if (auto* tp = as<TypeParam>(t)) {
    return all_of_tset(tp, [](Type* x) { return is_string(x); });
  }
  return is_string(t);
}

bool Checker::all_ordered_type(Type* t) {
  if (auto* tp = as<TypeParam>(t)) {
    return all_of_tset(tp, [](Type* x) { return is_ordered(x); });
  }
  return is_ordered(t);
}

bool Checker::all_of_tset(Type* t, const std::function<bool(Type*)>& pred) {
  auto* tp = as<TypeParam>(t);
  if (!tp) return pred(t);
  auto* it = as<Interface>(underlying(tp));
  if (!it) return false;
  const TypeSet& ts = type_set(it);
  if (ts.all_types || ts.terms.empty()) return false;
  for (const Term& term : ts.terms)
    if (!pred(term.type)) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Generic functions

void Checker::func_inst(Operand& x, IndexExpr* e) {
  auto* sig = as<Signature>(x.type);
  std::vector<Type*> targs;
  for (Expr* a : e->indices) targs.push_back(typexpr(a));
  x.expr = e;
  for (Type* t : targs)
    if (is_invalid(t)) {
      x.mode = Mode::invalid;
      return;
    }
  if (targs.size() > sig->tparams.size()) {
    error(e->indices[sig->tparams.size()]->pos, "got " + std::to_string(targs.size()) +
                                                    " type arguments but want " +
                                                    std::to_string(sig->tparams.size()));
    x.mode = Mode::invalid;
    return;
  }
  if (targs.size() < sig->tparams.size()) {
    // Partial instantiation: the call infers the rest.
    partial_targs_[e] = targs;
    return;
  }
  Signature* inst = instantiate_func(x, sig, targs, e);
  if (!inst) {
    x.mode = Mode::invalid;
    return;
  }
  info_->instances[e] = targs;
  x.type = inst;
  x.mode = Mode::value;
}

Signature* Checker::instantiate_func(Operand& x, Signature* sig, const std::vector<Type*>& targs,
                                     Expr* at) {
  (void)x;
  if (!verify_targs(sig->tparams, targs, at->pos, at)) return nullptr;
  Tuple* p = static_cast<Tuple*>(subst(sig->params, sig->tparams, targs));
  Tuple* r = static_cast<Tuple*>(subst(sig->results, sig->tparams, targs));
  Signature* ns = arena_.signature(sig->recv, p, r, sig->variadic);
  info_->instances[at] = targs;
  return ns;
}

// Structural unification of a parameter type x (mentioning tps) with an
// argument type y, binding targs. Inexact unification lets a defined type
// match a type literal with the same underlying type (as assignability
// does).
bool Checker::unify(Type* x, Type* y, std::vector<TypeParam*>& tps, std::vector<Type*>& targs,
                    bool exact) {
  if (!x || !y) return true;
  auto index_of = [&](Type* t) -> int {
    for (size_t i = 0; i < tps.size(); i++)
      if (tps[i] == t) return int(i);
    return -1;
  };
  int i = index_of(x);
  if (i >= 0) {
    if (!targs[size_t(i)]) {
      targs[size_t(i)] = y;
      return true;
    }
    Type* have = targs[size_t(i)];
    if (identical(have, y)) return true;
    if (!exact) {
      // A defined type and a literal with the same underlying type: keep
      // the defined one.
      if (identical(underlying(have), underlying(y))) {
        if (as<Named>(y) && !as<Named>(have)) targs[size_t(i)] = y;
        return true;
      }
      // A bidirectional channel unifies with a directional one.
      auto* hc = as<Chan>(underlying(have));
      auto* yc = as<Chan>(underlying(y));
      if (hc && yc && identical(hc->elem, yc->elem)) {
        if (hc->dir == ChanDir::both) targs[size_t(i)] = y;
        return true;
      }
    }
    return false;
  }
  // The same type on both sides needs no work, unless it mentions the type
  // parameters being inferred: a generic function calling itself passes
  // its own []E for []E, which must infer E := E.
  std::function<bool(Type*)> mentions = [&](Type* t) -> bool {
    if (!t) return false;
    if (index_of(t) >= 0) return true;
    if (auto* p = as<Pointer>(t)) return mentions(p->elem);
    if (auto* s = as<Slice>(t)) return mentions(s->elem);
    if (auto* a = as<Array>(t)) return mentions(a->elem);
    if (auto* m = as<Map>(t)) return mentions(m->key) || mentions(m->elem);
    if (auto* c = as<Chan>(t)) return mentions(c->elem);
    if (auto* tu = as<Tuple>(t)) {
      for (size_t k = 0; k < tu->size(); k++)
        if (mentions(tu->at(k))) return true;
      return false;
    }
    if (auto* sg = as<Signature>(t)) return mentions(sg->params) || mentions(sg->results);
    if (auto* n = as<Named>(t); n && n->is_instance())
      for (Type* a : n->targs)
        if (mentions(a)) return true;
    return false;
  };
  if (x == y && !mentions(x)) return true;
  if (index_of(y) >= 0) return unify(y, x, tps, targs, exact);
  if (!exact) {
    auto* xn = as<Named>(x);
    auto* yn = as<Named>(y);
    if (xn && !yn && !as<TypeParam>(y)) {
      if (!xn->is_instance()) return identical(underlying(x), y) || true;
    }
    if (yn && !xn && !as<TypeParam>(x) && !as<Interface>(x)) {
      y = underlying(yn);
    }
  }
  if (x->kind != y->kind) return !exact;
  switch (x->kind) {
    case TypeKind::pointer:
      return unify(as<Pointer>(x)->elem, as<Pointer>(y)->elem, tps, targs, true);
    case TypeKind::slice:
      return unify(as<Slice>(x)->elem, as<Slice>(y)->elem, tps, targs, true);
    case TypeKind::array:
      return unify(as<Array>(x)->elem, as<Array>(y)->elem, tps, targs, true);
    case TypeKind::map:
      return unify(as<Map>(x)->key, as<Map>(y)->key, tps, targs, true) &&
             unify(as<Map>(x)->elem, as<Map>(y)->elem, tps, targs, true);
    case TypeKind::chan:
      return unify(as<Chan>(x)->elem, as<Chan>(y)->elem, tps, targs, true);
    case TypeKind::signature: {
      auto* a = as<Signature>(x);
      auto* b = as<Signature>(y);
      if (a->params->size() != b->params->size() || a->results->size() != b->results->size())
        return false;
      for (size_t k = 0; k < a->params->size(); k++)
        if (!unify(a->params->at(k), b->params->at(k), tps, targs, true)) return false;
      for (size_t k = 0; k < a->results->size(); k++)
        if (!unify(a->results->at(k), b->results->at(k), tps, targs, true)) return false;
      return true;
    }
    case TypeKind::struct_: {
      auto* a = as<Struct>(x);
      auto* b = as<Struct>(y);
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t k = 0; k < a->fields.size(); k++)
        if (!unify(a->fields[k]->type, b->fields[k]->type, tps, targs, true)) return false;
      return true;
    }
    case TypeKind::named: {
      auto* a = as<Named>(x);
      auto* b = as<Named>(y);
      if (a->origin != b->origin) return !exact;
      for (size_t k = 0; k < a->targs.size() && k < b->targs.size(); k++)
        if (!unify(a->targs[k], b->targs[k], tps, targs, true)) return false;
      return true;
    }
    default:
      return true;
  }
}

bool Checker::infer(Signature* sig, std::vector<Type*>& targs, std::vector<Operand>& args, Expr* at,
                    const std::string& fname, CallExpr* call) {
  (void)call;
  std::vector<TypeParam*> tps = sig->tparams;
  size_t npars = sig->params->size();
  auto param_type = [&](size_t i) -> Type* {
    if (sig->variadic && i + 1 >= npars) {
      Type* last = sig->params->at(npars - 1);
      if (call && call->has_dots) return last;
      auto* s = as<Slice>(last);
      return s ? s->elem : last;
    }
    return i < npars ? sig->params->at(i) : nullptr;
  };
  // 1. Typed arguments.
  for (size_t i = 0; i < args.size(); i++) {
    Type* pt = param_type(i);
    if (!pt) break;
    if (is_untyped(args[i].type)) continue;
    if (!unify(pt, args[i].type, tps, targs, false)) {
      // Report as an assignment mismatch after substitution.
      std::vector<Type*> partial = targs;
      for (size_t k = 0; k < partial.size(); k++)
        if (!partial[k]) partial[k] = tps[k];
      Type* want = subst(pt, tps, partial);
      error(args[i].expr->pos,
            "type " + tstr(args[i].type) + " of " + expr_string(args[i].expr) + " does not match " +
                (want != pt ? "inferred type " + tstr(want) + " for " : "") + tstr(pt));
      return false;
    }
  }
  // 2. Untyped constants for bare type parameters: the largest default.
  for (size_t k = 0; k < tps.size(); k++) {
    if (targs[k]) continue;
    Type* best = nullptr;
    for (size_t i = 0; i < args.size(); i++) {
      if (param_type(i) != tps[k] || !is_untyped(args[i].type) || args[i].is_nil()) continue;
      Type* d = args[i].type;
      if (!best) {
        best = d;
      } else {
        Operand tmp;
        tmp.mode = Mode::value;
        tmp.type = best;
        Type* o;
        int c;
        if (implicit_type(tmp, d, &o, &c) && o) best = o;
      }
    }
    if (best) targs[k] = default_type(best);
  }
  // 3. Core types of constraints, until nothing changes.
  for (int round = 0; round < 4; round++) {
    bool changed = false;
    for (size_t k = 0; k < tps.size(); k++) {
      auto* ci = as<Interface>(underlying(tps[k]->constraint));
      if (!ci) continue;
      const TypeSet& ts = type_set(ci);
      if (ts.all_types || ts.terms.size() != 1) continue;
      const Term& term = ts.terms[0];
      if (targs[k]) {
        std::vector<Type*> before = targs;
        unify(term.type, term.tilde ? underlying(targs[k]) : targs[k], tps, targs, false);
        if (before != targs) changed = true;
      } else if (!term.tilde) {
        targs[k] = term.type;
        changed = true;
      } else {
        // ~[]E with E known: S = []E.
        std::vector<Type*> partial = targs;
        bool complete = true;
        for (size_t m = 0; m < partial.size(); m++)
          if (!partial[m]) {
            partial[m] = tps[m];
            if (m != k) {
            }
          }
        Type* t = subst(term.type, tps, partial);
        std::function<bool(Type*)> mentions = [&](Type* tt) {
          for (TypeParam* tp : tps)
            if (tt == tp) return true;
          return false;
        };
        (void)complete;
        if (!mentions(t) && t != term.type) {
          targs[k] = t;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  // Substitute inferred type parameters inside inferred types.
  for (size_t k = 0; k < tps.size(); k++) {
    if (!targs[k]) {
      Object* tn = tps[k]->obj;
      error(at->pos, "cannot infer " + tn->name + " (" + pos_string(tn->pos) + ")");
      return false;
    }
  }
  for (size_t k = 0; k < tps.size(); k++) targs[k] = subst(targs[k], tps, targs);
  // Constraint satisfaction, worded for inferred arguments.
  for (size_t k = 0; k < tps.size(); k++) {
    Type* bound = subst(tps[k]->constraint, tps, targs);
    // A missing method is found during inference and worded with the
    // type parameter ("T (type int) does not satisfy Stringer (missing
    // method String)"); type-set and comparability failures come from the
    // instantiation check after it, worded with the type alone.
    auto* ci = as<Interface>(underlying(bound));
    if (ci && !type_set(ci).methods.empty()) {
      bool wrong, ptr;
      Object* have;
      if (Object* m = missing_method(targs[k], bound, true, &wrong, &ptr, &have)) {
        std::string cstr = tstr(bound);
        if (ci->implicit && ci->embeddeds.size() == 1) cstr = tstr(ci->embeddeds[0]);
        error(at->pos, tps[k]->obj->name + " (type " + tstr(targs[k]) + ") does not satisfy " +
                           cstr + " " + missing_method_cause(targs[k], bound, m, wrong, ptr, have));
        return false;
      }
    }
  }
  // Mark as verified: instantiate_func verifies again (cheap, same result).
  return true;
}

}  // namespace gopark::interp
