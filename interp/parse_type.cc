// parse_type.cc - type expressions, parameters and results.
// See parser.cc for how the parser follows Go's own.
#include "interp/parse_internal.h"

namespace gopark::interp::parse_detail {

// ---------------------------------------------------------------------------
// Types

Expr* Parser::type_() {
  Expr* t = type_or_nil();
  if (!t) {
    t = bad_expr();
    syntax_error("expected type");
    advance({Tok::comma, Tok::colon, Tok::semicolon, Tok::rparen, Tok::rbrack, Tok::rbrace});
  }
  return t;
}

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" . nullptr if no type
// starts here.
Expr* Parser::type_or_nil() {
  Nest nest(this);
  if (too_deep()) return bad_expr();
  Pos pos = tok_.pos;
  switch (tok_.kind) {
    case Tok::mul: {
      next();
      StarExpr* s = make<StarExpr>(pos);
      s->x = type_();
      return fin(s);
    }
    case Tok::arrow: {  // <-chan T
      next();
      want(Tok::kw_chan);
      ChanType* c = make<ChanType>(pos);
      c->dir = ChanDir::recv;
      c->elem = chan_elem();
      return fin(c);
    }
    case Tok::kw_func:
      next();
      return func_type("function type", pos);
    case Tok::lbrack:
      next();
      if (got(Tok::rbrack)) return slice_type(pos);
      return array_type(pos, nullptr);
    case Tok::kw_chan: {
      next();
      ChanType* c = make<ChanType>(pos);
      if (got(Tok::arrow)) c->dir = ChanDir::send;
      c->elem = chan_elem();
      return fin(c);
    }
    case Tok::kw_map: {
      next();
      want(Tok::lbrack);
      MapType* m = make<MapType>(pos);
      m->key = type_();
      want(Tok::rbrack);
      m->value = type_();
      return fin(m);
    }
    case Tok::kw_struct:
      return struct_type();
    case Tok::kw_interface:
      return interface_type();
    case Tok::name:
      return qualified_name(nullptr);
    case Tok::lparen: {
      next();
      ParenExpr* p = make<ParenExpr>(pos);
      p->x = type_();
      want(Tok::rparen);
      return fin(p);
    }
    default:
      return nullptr;
  }
}

// x[T1, T2] after a type name.
Expr* Parser::type_instance(Expr* x) {
  IndexExpr* ix = make<IndexExpr>(x->pos);
  ix->x = x;
  ix->lbrack = tok_.pos;
  want(Tok::lbrack);
  if (tok_.kind == Tok::rbrack) {
    syntax_error("expected type");
    ix->indices = list_of(std::vector<Expr*>{bad_expr()});
  } else {
    bool comma;
    ix->indices = list_of(type_list(&comma));
  }
  want(Tok::rbrack);
  return fin(ix);
}

// TypeName = identifier | PackageName "." identifier, with type arguments.
Expr* Parser::qualified_name(Ident* nm) {
  Expr* x;
  if (nm) {
    x = nm;
  } else if (tok_.kind == Tok::name) {
    x = name();
  } else {
    x = make_ident(tok_.pos, "_");
    syntax_error("expected name");
    advance({Tok::period, Tok::semicolon, Tok::rbrace});
  }
  if (tok_.kind == Tok::period) {
    SelectorExpr* s = make<SelectorExpr>(x->pos);
    next();
    s->x = x;
    s->sel = name();
    x = fin(s);
  }
  if (tok_.kind == Tok::lbrack) x = type_instance(x);
  return x;
}

// Signature = [ TypeParams ] Parameters [ Result ]; context names what
// may not have type parameters (nullptr: a FuncDecl, which may).
FuncType* Parser::func_type(const char* context, Pos pos) {
  FuncType* t = make<FuncType>(pos);
  Pos lbrack = tok_.pos;
  if (got(Tok::lbrack)) {
    if (context) syntax_error_at(lbrack, std::string(context) + " must have no type parameters");
    if (tok_.kind == Tok::rbrack) {
      syntax_error("empty type parameter list");
      next();
    } else {
      t->tparams = group_params(param_list(nullptr, nullptr, Tok::rbrack, true));
    }
  }
  want(Tok::lparen);
  t->params = group_params(param_list(nullptr, nullptr, Tok::rparen, false));
  t->results = func_result();
  return fin(t);
}

// After `[` (at lbrack); len is an already parsed length or nullptr.
Expr* Parser::array_type(Pos lbrack, Expr* len) {
  if (!len) {
    Pos dots = tok_.pos;
    if (got(Tok::ellipsis)) {
      len = fin(make<Ellipsis>(dots));
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (tok_.kind == Tok::comma) {
    // A trailing comma is fine in type parameter lists, not here.
    syntax_error("unexpected comma; expected ]");
    next();
  }
  want(Tok::rbrack);
  ArrayType* a = make<ArrayType>(lbrack);
  a->len = len;
  a->elem = type_();
  return fin(a);
}

Expr* Parser::slice_type(Pos lbrack) {
  SliceType* s = make<SliceType>(lbrack);
  s->elem = type_();
  return fin(s);
}

Expr* Parser::chan_elem() {
  Expr* t = type_or_nil();
  if (!t) {
    t = bad_expr();
    syntax_error("missing channel element type");
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::struct_type() {
  StructType* t = make<StructType>(tok_.pos);
  want(Tok::kw_struct);
  want(Tok::lbrace);
  std::vector<Field*> fields;
  list("struct type", Tok::semicolon, Tok::rbrace, [&] {
    field_decl(&fields);
    return false;
  });
  t->fields = list_of(fields);
  return fin(t);
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
void Parser::field_decl(std::vector<Field*>* fields) {
  Pos pos = tok_.pos;
  auto embedded = [&](Expr* type) {
    Field* f = make<Field>(pos);
    f->type = type;
    f->tag = oliteral();
    fields->push_back(fin(f));
  };
  switch (tok_.kind) {
    case Tok::name: {
      Ident* nm = name();
      if (tok_.kind == Tok::period || is_literal(tok_.kind) || tok_.kind == Tok::semicolon ||
          tok_.kind == Tok::rbrace) {
        embedded(qualified_name(nm));  // T, pkg.T
        return;
      }
      std::vector<Ident*> names = name_list(nm);
      Expr* type;
      if (names.size() == 1 && tok_.kind == Tok::lbrack) {
        // An embedded instance T[P1, P2] or a field T of type [N]E / []E.
        type = array_or_targs();
        if (auto* ix = as<IndexExpr>(type)) {
          ix->x = nm;
          ix->pos = nm->pos;
          embedded(ix);
          return;
        }
      } else {
        type = type_();
      }
      Field* f = make<Field>(pos);
      f->names = list_of(names);
      f->type = type;
      f->tag = oliteral();
      fields->push_back(fin(f));
      return;
    }
    case Tok::mul: {
      next();
      StarExpr* s = make<StarExpr>(pos);
      if (tok_.kind == Tok::lparen) {
        syntax_error("cannot parenthesize embedded type");
        next();
        s->x = qualified_name(nullptr);
        got(Tok::rparen);
      } else {
        s->x = qualified_name(nullptr);
      }
      embedded(fin(s));
      return;
    }
    case Tok::lparen: {
      syntax_error("cannot parenthesize embedded type");
      next();
      Expr* type;
      if (tok_.kind == Tok::mul) {
        StarExpr* s = make<StarExpr>(tok_.pos);
        next();
        s->x = qualified_name(nullptr);
        type = fin(s);
      } else {
        type = qualified_name(nullptr);
      }
      got(Tok::rparen);
      embedded(type);
      return;
    }
    default:
      syntax_error("expected field name or embedded type");
      advance({Tok::semicolon, Tok::rbrace});
  }
}

// After a field name followed by `[`: [N]E / []E (a type) or type
// arguments (an IndexExpr whose x the caller fills in).
Expr* Parser::array_or_targs() {
  Pos lbrack = tok_.pos;
  want(Tok::lbrack);
  if (got(Tok::rbrack)) return slice_type(lbrack);
  bool comma;
  std::vector<Expr*> n = type_list(&comma);
  want(Tok::rbrack);
  if (!comma) {
    if (Expr* elem = type_or_nil()) {
      ArrayType* a = make<ArrayType>(lbrack);
      a->len = n[0];
      a->elem = elem;
      return fin(a);
    }
  }
  IndexExpr* ix = make<IndexExpr>(lbrack);
  ix->lbrack = lbrack;
  ix->indices = list_of(n);
  return fin(ix);
}

// InterfaceType = "interface" "{" { ( MethodElem | TypeElem ) ";" } "}" .
InterfaceType* Parser::interface_type() {
  InterfaceType* t = make<InterfaceType>(tok_.pos);
  want(Tok::kw_interface);
  want(Tok::lbrace);
  std::vector<Field*> elems;
  list("interface type", Tok::semicolon, Tok::rbrace, [&] {
    Field* f = nullptr;
    if (tok_.kind == Tok::name) f = method_decl();
    if (!f || f->names.empty()) f = embedded_elem(f);
    elems.push_back(f);
    return false;
  });
  t->elems = list_of(elems);
  return fin(t);
}

// MethodElem = MethodName Signature, or an embedded (instantiated) type.
Field* Parser::method_decl() {
  Field* f = make<Field>(tok_.pos);
  Ident* nm = name();
  const char* context = "interface method";
  auto method = [&] {
    f->names = list_of(std::vector<Ident*>{nm});
    f->type = func_type(context, tok_.pos);
  };
  switch (tok_.kind) {
    case Tok::lparen:
      method();
      break;
    case Tok::lbrack: {
      // A generic method m[T C](x T) (not allowed) or an embedded instance
      // T[A, B]: parse a parameter list and decide.
      Pos lbrack = tok_.pos;
      next();
      if (tok_.kind == Tok::rbrack) {
        Pos p = tok_.pos;
        next();
        if (tok_.kind == Tok::lparen) {
          error_at(p, "empty type parameter list");
          method();
        } else {
          error_at(p, "empty type argument list");
          f->type = nm;
        }
        break;
      }
      std::vector<Param> ps = param_list(nullptr, nullptr, Tok::rbrack, false);
      if (ps.empty()) {
        if (tok_.kind == Tok::lparen)
          method();
        else
          f->type = nm;
        break;
      }
      if (ps[0].name) {
        method();
        error_at(lbrack, "interface method must have no type parameters");
        break;
      }
      IndexExpr* ix = make<IndexExpr>(nm->pos);
      ix->x = nm;
      ix->lbrack = lbrack;
      std::vector<Expr*> args;
      for (auto& p : ps) args.push_back(p.type);
      ix->indices = list_of(args);
      f->type = fin(ix);
      break;
    }
    default:
      f->type = qualified_name(nm);
  }
  return fin(f);
}

// EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm } .
Field* Parser::embedded_elem(Field* f) {
  if (!f) {
    f = make<Field>(tok_.pos);
    f->type = embedded_term();
  }
  f->type = union_with(f->type);
  return fin(f);
}

// Continues a union whose first term x is parsed: x | t2 | t3 ...
Expr* Parser::union_with(Expr* x) {
  while (tok_.kind == Tok::or_) {
    BinaryExpr* b = make<BinaryExpr>(x->pos);
    b->op = Tok::or_;
    b->op_pos = tok_.pos;
    next();
    b->x = x;
    b->y = embedded_term();
    x = fin(b);
  }
  return x;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embedded_term() {
  if (tok_.kind == Tok::tilde) {
    UnaryExpr* u = make<UnaryExpr>(tok_.pos);
    u->op = Tok::tilde;
    next();
    u->x = type_();
    return fin(u);
  }
  Expr* t = type_or_nil();
  if (!t) {
    t = bad_expr();
    syntax_error("expected ~ term or type");
    advance({Tok::or_, Tok::semicolon, Tok::rparen, Tok::rbrack, Tok::rbrace});
  }
  return t;
}

// Result = Parameters | Type .
List<Field> Parser::func_result() {
  if (got(Tok::lparen)) return group_params(param_list(nullptr, nullptr, Tok::rparen, false));
  Pos pos = tok_.pos;
  if (Expr* t = type_or_nil()) {
    Field* f = make<Field>(pos);
    f->type = t;
    return list_of(std::vector<Field*>{fin(f)});
  }
  return {};
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type . One name at a time;
// in type parameter lists (follow == `]`) constraints may be unions/~T.
bool Parser::param_decl(Ident* nm, Tok follow, Param* out) {
  bool type_sets = follow == Tok::rbrack;
  Param p;
  p.pos = nm ? nm->pos : tok_.pos;
  if (!nm && type_sets && tok_.kind == Tok::tilde) {
    p.type = embedded_elem(nullptr)->type;
    *out = p;
    return true;
  }
  if (tok_.kind == Tok::name || nm) {
    if (!nm) nm = name();
    if (tok_.kind == Tok::lbrack) {
      // name "[" ...: an instantiated type, or a name with array type.
      p.type = array_or_targs();
      if (auto* ix = as<IndexExpr>(p.type)) {
        ix->x = nm;
        ix->pos = nm->pos;
      } else {
        p.name = nm;
      }
      if (type_sets && tok_.kind == Tok::or_) p.type = union_with(p.type);
      *out = p;
      return true;
    }
    if (tok_.kind == Tok::period) {  // pkg.T
      p.type = qualified_name(nm);
      if (type_sets && tok_.kind == Tok::or_) p.type = union_with(p.type);
      *out = p;
      return true;
    }
    if (type_sets && tok_.kind == Tok::or_) {  // T | ...
      p.type = union_with(nm);
      *out = p;
      return true;
    }
    p.name = nm;
  }
  if (tok_.kind == Tok::ellipsis) {
    Ellipsis* e = make<Ellipsis>(tok_.pos);
    next();
    e->elt = type_or_nil();
    if (!e->elt) {
      e->elt = bad_expr();
      syntax_error("... is missing type");
    }
    p.type = fin(e);
    *out = p;
    return true;
  }
  if (type_sets && tok_.kind == Tok::tilde) {
    p.type = embedded_elem(nullptr)->type;
    *out = p;
    return true;
  }
  p.type = type_or_nil();
  if (type_sets && tok_.kind == Tok::or_ && p.type) p.type = union_with(p.type);
  if (p.name || p.type) {
    *out = p;
    return true;
  }
  syntax_error("expected " + tokstring(follow));
  advance({Tok::comma, follow});
  return false;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" after the opening token.
// Either all parameters are named or none is; in the former case a name
// without type takes the type of the next one (a, b int).
std::vector<Param> Parser::param_list(Ident* nm, Expr* type, Tok close, bool require_names,
                                      Pos* close_pos) {
  std::vector<Param> ps;
  if (nm && type && tok_.kind == close) {
    next();
    ps.push_back({nm, type, nm->pos});
    return ps;
  }
  int named = 0, typed = 0;
  Pos end = list("parameter list", Tok::comma, close, [&] {
    Param p;
    bool ok;
    if (type) {
      p = {nm, type, nm->pos};
      ok = true;
    } else {
      ok = param_decl(nm, close, &p);
    }
    nm = nullptr;
    type = nullptr;
    if (ok) {
      if (p.name && p.type) named++;
      if (p.type) typed++;
      ps.push_back(p);
    }
    return false;
  });
  if (close_pos) *close_pos = end;
  if (ps.empty()) return ps;
  if (named == 0 && !require_names) {
    // All unnamed: the names are types.
    for (Param& p : ps) {
      if (p.name) {
        p.type = p.name;
        p.name = nullptr;
      }
    }
  } else if (named != static_cast<int>(ps.size())) {
    // Some named: all need names and types.
    Pos errpos;
    Expr* t = nullptr;
    for (size_t i = ps.size(); i-- > 0;) {
      Param& p = ps[i];
      if (p.type) {
        t = p.type;
        if (!p.name) {
          errpos = t->pos;
          p.name = make_ident(errpos, "_");
        }
      } else if (t) {
        p.type = t;
      } else {
        errpos = p.name->pos;
        p.type = ast_->make<BadExpr>(errpos);
      }
    }
    if (errpos.valid()) {
      std::string msg;
      if (require_names) {
        if (named == typed) {
          errpos = end;
          msg = "missing type constraint";
        } else {
          msg = "type parameters must be named";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntax_error_at(errpos, msg);
    }
  }
  return ps;
}

// Groups `a, b int` (consecutive names sharing one type expression) into
// one Field, as written.
List<Field> Parser::group_params(const std::vector<Param>& ps) {
  std::vector<Field*> fields;
  for (size_t i = 0; i < ps.size();) {
    Field* f = make<Field>(ps[i].pos);
    std::vector<Ident*> names;
    size_t j = i;
    if (ps[i].name) {
      while (j < ps.size() && ps[j].name && ps[j].type == ps[i].type) names.push_back(ps[j++].name);
    } else {
      j++;
    }
    f->names = list_of(names);
    f->type = ps[i].type;
    f->end = f->type ? f->type->end : f->pos;
    fields.push_back(f);
    i = j;
  }
  return list_of(fields);
}

}  // namespace gopark::interp::parse_detail
