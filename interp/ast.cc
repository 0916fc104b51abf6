// ast.cc - arena blocks, kind names, and two printers of the tree: dump()
// (S-expressions for tests and debugging) and expr_string() (Go syntax for
// error messages).
#include "interp/ast.h"

#include <algorithm>

namespace gopark::interp {

void Arena::grow(size_t min) {
  // Double each block (4 KiB to 1 MiB) so small files stay small and large
  // ones need few blocks.
  size_t size = std::max<size_t>(blocks_.empty() ? 4096 : std::min<size_t>(total_, 1 << 20), min);
  blocks_.push_back(std::make_unique<char[]>(size));
  cur_ = blocks_.back().get();
  left_ = size;
  total_ += size;
}

const char* node_kind_name(NodeKind k) {
  static const char* const names[] = {
#define X(name) #name,
      GOPARK_AST_NODES(X)
#undef X
  };
  return names[static_cast<size_t>(k)];
}

namespace {

// ---------------------------------------------------------------------------
// dump: one S-expression per node; `_` marks an absent optional part.

class Dumper {
 public:
  std::string out;

  void node(const Node* n) {
    if (!n) {
      out += '_';
      return;
    }
    switch (n->kind) {
      case NodeKind::BadExpr:
        out += "(bad)";
        return;
      case NodeKind::BadStmt:
        out += "(badstmt)";
        return;
      case NodeKind::Ident:
        out += static_cast<const Ident*>(n)->name;
        return;
      case NodeKind::BasicLit:
        out += static_cast<const BasicLit*>(n)->lit;
        return;
      case NodeKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(n);
        open("lit", c->lit_type);
        each(c->elts);
        close();
        return;
      }
      case NodeKind::KeyValueExpr: {
        auto* kv = static_cast<const KeyValueExpr*>(n);
        open("kv", kv->key, kv->value);
        close();
        return;
      }
      case NodeKind::FuncLit: {
        auto* f = static_cast<const FuncLit*>(n);
        open("funclit", f->sig, f->body);
        close();
        return;
      }
      case NodeKind::ParenExpr:
        return unary("paren", static_cast<const ParenExpr*>(n)->x);
      case NodeKind::SelectorExpr: {
        auto* s = static_cast<const SelectorExpr*>(n);
        open(".", s->x, s->sel);
        close();
        return;
      }
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<const IndexExpr*>(n);
        open("index", ix->x);
        each(ix->indices);
        close();
        return;
      }
      case NodeKind::SliceExpr: {
        auto* s = static_cast<const SliceExpr*>(n);
        open(s->slice3 ? "slice3" : "slice", s->x, s->lo, s->hi);
        if (s->slice3) item(s->max);
        close();
        return;
      }
      case NodeKind::TypeAssertExpr: {
        auto* t = static_cast<const TypeAssertExpr*>(n);
        open("assert", t->x);
        if (t->assert_type)
          item(t->assert_type);
        else
          out += " type";
        close();
        return;
      }
      case NodeKind::CallExpr: {
        auto* c = static_cast<const CallExpr*>(n);
        open(c->has_dots ? "call..." : "call", c->fun);
        each(c->args);
        close();
        return;
      }
      case NodeKind::StarExpr:
        return unary("*", static_cast<const StarExpr*>(n)->x);
      case NodeKind::UnaryExpr: {
        auto* u = static_cast<const UnaryExpr*>(n);
        return unary(tok_text(u->op), u->x);
      }
      case NodeKind::BinaryExpr: {
        auto* b = static_cast<const BinaryExpr*>(n);
        open(tok_text(b->op), b->x, b->y);
        close();
        return;
      }
      case NodeKind::Ellipsis: {
        auto* e = static_cast<const Ellipsis*>(n);
        if (!e->elt) {
          out += "...";
          return;
        }
        return unary("...", e->elt);
      }
      case NodeKind::ArrayType: {
        auto* a = static_cast<const ArrayType*>(n);
        open("array", a->len, a->elem);
        close();
        return;
      }
      case NodeKind::SliceType:
        return unary("[]", static_cast<const SliceType*>(n)->elem);
      case NodeKind::MapType: {
        auto* m = static_cast<const MapType*>(n);
        open("map", m->key, m->value);
        close();
        return;
      }
      case NodeKind::ChanType: {
        auto* c = static_cast<const ChanType*>(n);
        const char* k = c->dir == ChanDir::send   ? "chan<-"
                        : c->dir == ChanDir::recv ? "<-chan"
                                                  : "chan";
        return unary(k, c->elem);
      }
      case NodeKind::FuncType: {
        auto* f = static_cast<const FuncType*>(n);
        open("func");
        if (!f->tparams.empty()) fields("tparams", f->tparams);
        fields("params", f->params);
        if (!f->results.empty()) fields("results", f->results);
        close();
        return;
      }
      case NodeKind::StructType: {
        open("struct");
        each(static_cast<const StructType*>(n)->fields);
        close();
        return;
      }
      case NodeKind::InterfaceType: {
        open("interface");
        each(static_cast<const InterfaceType*>(n)->elems);
        close();
        return;
      }
      case NodeKind::Field: {
        auto* f = static_cast<const Field*>(n);
        open("field");
        each(f->names);
        item(f->type);
        if (f->tag) item(f->tag);
        close();
        return;
      }
      case NodeKind::DeclStmt:
        return node(static_cast<const DeclStmt*>(n)->decl);
      case NodeKind::EmptyStmt:
        out += "(empty)";
        return;
      case NodeKind::LabeledStmt: {
        auto* l = static_cast<const LabeledStmt*>(n);
        open("label", l->label, l->stmt);
        close();
        return;
      }
      case NodeKind::ExprStmt:
        return unary("expr", static_cast<const ExprStmt*>(n)->x);
      case NodeKind::SendStmt: {
        auto* s = static_cast<const SendStmt*>(n);
        open("send", s->chan, s->value);
        close();
        return;
      }
      case NodeKind::IncDecStmt: {
        auto* s = static_cast<const IncDecStmt*>(n);
        return unary(tok_text(s->op), s->x);
      }
      case NodeKind::AssignStmt: {
        auto* a = static_cast<const AssignStmt*>(n);
        open(tok_text(a->op));
        group(a->lhs);
        group(a->rhs);
        close();
        return;
      }
      case NodeKind::GoStmt:
        return unary("go", static_cast<const GoStmt*>(n)->call);
      case NodeKind::DeferStmt:
        return unary("defer", static_cast<const DeferStmt*>(n)->call);
      case NodeKind::ReturnStmt: {
        open("return");
        each(static_cast<const ReturnStmt*>(n)->results);
        close();
        return;
      }
      case NodeKind::BranchStmt: {
        auto* b = static_cast<const BranchStmt*>(n);
        open(tok_text(b->tok));
        if (b->label) item(b->label);
        close();
        return;
      }
      case NodeKind::BlockStmt: {
        open("block");
        each(static_cast<const BlockStmt*>(n)->stmts);
        close();
        return;
      }
      case NodeKind::IfStmt: {
        auto* s = static_cast<const IfStmt*>(n);
        open("if", s->init, s->cond, s->then);
        item(s->else_);
        close();
        return;
      }
      case NodeKind::CaseClause: {
        auto* c = static_cast<const CaseClause*>(n);
        if (c->is_default) {
          open("default");
        } else {
          open("case");
          group(c->exprs);
        }
        each(c->body);
        close();
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* s = static_cast<const SwitchStmt*>(n);
        open("switch", s->init, s->tag);
        each(s->clauses);
        close();
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* s = static_cast<const TypeSwitchStmt*>(n);
        open("typeswitch", s->init, s->bind, s->guard ? s->guard->x : nullptr);
        each(s->clauses);
        close();
        return;
      }
      case NodeKind::CommClause: {
        auto* c = static_cast<const CommClause*>(n);
        if (c->comm)
          open("comm", c->comm);
        else
          open("default");
        each(c->body);
        close();
        return;
      }
      case NodeKind::SelectStmt: {
        open("select");
        each(static_cast<const SelectStmt*>(n)->clauses);
        close();
        return;
      }
      case NodeKind::ForStmt: {
        auto* s = static_cast<const ForStmt*>(n);
        open("for", s->init, s->cond, s->post);
        item(s->body);
        close();
        return;
      }
      case NodeKind::RangeStmt: {
        auto* s = static_cast<const RangeStmt*>(n);
        open("range");
        if (s->key) {
          item(s->key);
          if (s->value) item(s->value);
          out += ' ';
          out += tok_text(s->op);
        }
        item(s->x);
        item(s->body);
        close();
        return;
      }
      case NodeKind::ImportSpec: {
        auto* s = static_cast<const ImportSpec*>(n);
        if (!s->name) return node(s->path);
        open(std::string(s->name->name).c_str(), s->path);
        close();
        return;
      }
      case NodeKind::ValueSpec: {
        auto* s = static_cast<const ValueSpec*>(n);
        open(("spec#" + std::to_string(s->iota)).c_str());
        each(s->names);
        if (s->spec_type) {
          out += " :";
          item(s->spec_type);
        }
        if (!s->values.empty()) {
          out += " =";
          each(s->values);
        }
        close();
        return;
      }
      case NodeKind::TypeSpec: {
        auto* s = static_cast<const TypeSpec*>(n);
        open("typespec", s->name);
        if (!s->tparams.empty()) fields("tparams", s->tparams);
        if (s->alias) out += " =";
        item(s->spec_type);
        close();
        return;
      }
      case NodeKind::GenDecl: {
        auto* d = static_cast<const GenDecl*>(n);
        open(tok_text(d->tok));
        each(d->specs);
        close();
        return;
      }
      case NodeKind::FuncDecl: {
        auto* d = static_cast<const FuncDecl*>(n);
        open("funcdecl");
        if (d->recv) {
          out += " (recv";
          item(d->recv);
          out += ')';
        }
        item(d->name);
        item(d->sig);
        item(d->body);
        close();
        return;
      }
      case NodeKind::File: {
        auto* f = static_cast<const File*>(n);
        open("file", f->package_name);
        each(f->decls);
        close();
        return;
      }
    }
  }

 private:
  void item(const Node* n) {
    out += ' ';
    node(n);
  }
  template <class... N>
  void open(const char* head, N... parts) {
    out += '(';
    out += head;
    (item(parts), ...);
  }
  void close() { out += ')'; }
  void unary(const char* head, const Node* x) {
    open(head, x);
    close();
  }
  template <class T>
  void each(const List<T>& l) {
    for (const T* x : l) item(x);
  }
  template <class T>
  void group(const List<T>& l) {
    out += " (";
    for (size_t i = 0; i < l.size(); i++) {
      if (i) out += ' ';
      node(l[i]);
    }
    out += ')';
  }
  void fields(const char* head, const List<Field>& l) {
    out += " (";
    out += head;
    each(l);
    out += ')';
  }
};

// ---------------------------------------------------------------------------
// expr_string: Go syntax, as cmd/compile prints expressions in messages.

void expr_to(std::string& o, const Expr* x);

void list_to(std::string& o, const List<Expr>& l) {
  for (size_t i = 0; i < l.size(); i++) {
    if (i) o += ", ";
    expr_to(o, l[i]);
  }
}

void fields_to(std::string& o, const List<Field>& l) {
  for (size_t i = 0; i < l.size(); i++) {
    if (i) o += ", ";
    for (size_t j = 0; j < l[i]->names.size(); j++) {
      if (j) o += ", ";
      o += l[i]->names[j]->name;
    }
    if (!l[i]->names.empty()) o += ' ';
    expr_to(o, l[i]->type);
  }
}

void expr_to(std::string& o, const Expr* x) {
  if (!x) return;
  switch (x->kind) {
    case NodeKind::BadExpr:
      o += "BadExpr";
      return;
    case NodeKind::Ident:
      o += static_cast<const Ident*>(x)->name;
      return;
    case NodeKind::BasicLit:
      o += static_cast<const BasicLit*>(x)->lit;
      return;
    case NodeKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(x);
      expr_to(o, c->lit_type);
      o += c->elts.empty() ? "{}" : "{…}";
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const KeyValueExpr*>(x);
      expr_to(o, kv->key);
      o += ": ";
      expr_to(o, kv->value);
      return;
    }
    case NodeKind::FuncLit:
      expr_to(o, static_cast<const FuncLit*>(x)->sig);
      o += " {…}";
      return;
    case NodeKind::ParenExpr:
      o += '(';
      expr_to(o, static_cast<const ParenExpr*>(x)->x);
      o += ')';
      return;
    case NodeKind::SelectorExpr: {
      auto* s = static_cast<const SelectorExpr*>(x);
      expr_to(o, s->x);
      o += '.';
      o += s->sel->name;
      return;
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(x);
      expr_to(o, ix->x);
      o += '[';
      list_to(o, ix->indices);
      o += ']';
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = static_cast<const SliceExpr*>(x);
      expr_to(o, s->x);
      o += '[';
      expr_to(o, s->lo);
      o += ':';
      expr_to(o, s->hi);
      if (s->slice3) {
        o += ':';
        expr_to(o, s->max);
      }
      o += ']';
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = static_cast<const TypeAssertExpr*>(x);
      expr_to(o, t->x);
      o += ".(";
      if (t->assert_type)
        expr_to(o, t->assert_type);
      else
        o += "type";
      o += ')';
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(x);
      expr_to(o, c->fun);
      o += '(';
      list_to(o, c->args);
      if (c->has_dots) o += "...";
      o += ')';
      return;
    }
    case NodeKind::StarExpr:
      o += '*';
      expr_to(o, static_cast<const StarExpr*>(x)->x);
      return;
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(x);
      o += tok_text(u->op);
      expr_to(o, u->x);
      return;
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(x);
      expr_to(o, b->x);
      o += ' ';
      o += tok_text(b->op);
      o += ' ';
      expr_to(o, b->y);
      return;
    }
    case NodeKind::Ellipsis:
      o += "...";
      expr_to(o, static_cast<const Ellipsis*>(x)->elt);
      return;
    case NodeKind::ArrayType: {
      auto* a = static_cast<const ArrayType*>(x);
      o += '[';
      expr_to(o, a->len);
      o += ']';
      expr_to(o, a->elem);
      return;
    }
    case NodeKind::SliceType:
      o += "[]";
      expr_to(o, static_cast<const SliceType*>(x)->elem);
      return;
    case NodeKind::MapType: {
      auto* m = static_cast<const MapType*>(x);
      o += "map[";
      expr_to(o, m->key);
      o += ']';
      expr_to(o, m->value);
      return;
    }
    case NodeKind::ChanType: {
      auto* c = static_cast<const ChanType*>(x);
      o += c->dir == ChanDir::send ? "chan<- " : c->dir == ChanDir::recv ? "<-chan " : "chan ";
      expr_to(o, c->elem);
      return;
    }
    case NodeKind::FuncType: {
      auto* f = static_cast<const FuncType*>(x);
      o += "func(";
      fields_to(o, f->params);
      o += ')';
      if (f->results.size() == 1 && f->results[0]->names.empty()) {
        o += ' ';
        expr_to(o, f->results[0]->type);
      } else if (!f->results.empty()) {
        o += " (";
        fields_to(o, f->results);
        o += ')';
      }
      return;
    }
    case NodeKind::StructType:
      o += static_cast<const StructType*>(x)->fields.empty() ? "struct{}" : "struct{…}";
      return;
    case NodeKind::InterfaceType:
      o += static_cast<const InterfaceType*>(x)->elems.empty() ? "interface{}" : "interface{…}";
      return;
    default:
      o += "?";
      return;
  }
}

}  // namespace

std::string dump(const Node* n) {
  Dumper d;
  d.node(n);
  return std::move(d.out);
}

std::string expr_string(const Expr* x) {
  std::string o;
  expr_to(o, x);
  return o;
}

}  // namespace gopark::interp

namespace gopark::interp {

void for_each_child(Node* n, const std::function<void(Node*)>& f) {
  if (!n) return;
  auto each = [&](auto list) {
    for (auto* c : list) f(c);
  };
  auto one = [&](Node* c) {
    if (c) f(c);
  };
  switch (n->kind) {
    case NodeKind::CompositeLit: {
      auto* x = static_cast<CompositeLit*>(n);
      one(x->lit_type);
      each(x->elts);
      break;
    }
    case NodeKind::KeyValueExpr: {
      auto* x = static_cast<KeyValueExpr*>(n);
      one(x->key);
      one(x->value);
      break;
    }
    case NodeKind::FuncLit: {
      auto* x = static_cast<FuncLit*>(n);
      one(x->sig);
      one(x->body);
      break;
    }
    case NodeKind::ParenExpr:
      one(static_cast<ParenExpr*>(n)->x);
      break;
    case NodeKind::SelectorExpr:
      one(static_cast<SelectorExpr*>(n)->x);
      break;
    case NodeKind::IndexExpr: {
      auto* x = static_cast<IndexExpr*>(n);
      one(x->x);
      each(x->indices);
      break;
    }
    case NodeKind::SliceExpr: {
      auto* x = static_cast<SliceExpr*>(n);
      one(x->x);
      one(x->lo);
      one(x->hi);
      one(x->max);
      break;
    }
    case NodeKind::TypeAssertExpr:
      one(static_cast<TypeAssertExpr*>(n)->x);
      break;
    case NodeKind::CallExpr: {
      auto* x = static_cast<CallExpr*>(n);
      one(x->fun);
      each(x->args);
      break;
    }
    case NodeKind::StarExpr:
      one(static_cast<StarExpr*>(n)->x);
      break;
    case NodeKind::UnaryExpr:
      one(static_cast<UnaryExpr*>(n)->x);
      break;
    case NodeKind::BinaryExpr: {
      auto* x = static_cast<BinaryExpr*>(n);
      one(x->x);
      one(x->y);
      break;
    }
    case NodeKind::DeclStmt: {
      auto* g = static_cast<DeclStmt*>(n)->decl;
      if (g)
        for (Node* s : g->specs)
          if (auto* vs = as<ValueSpec>(s)) each(vs->values);
      break;
    }
    case NodeKind::LabeledStmt:
      one(static_cast<LabeledStmt*>(n)->stmt);
      break;
    case NodeKind::ExprStmt:
      one(static_cast<ExprStmt*>(n)->x);
      break;
    case NodeKind::SendStmt: {
      auto* x = static_cast<SendStmt*>(n);
      one(x->chan);
      one(x->value);
      break;
    }
    case NodeKind::IncDecStmt:
      one(static_cast<IncDecStmt*>(n)->x);
      break;
    case NodeKind::AssignStmt: {
      auto* x = static_cast<AssignStmt*>(n);
      each(x->lhs);
      each(x->rhs);
      break;
    }
    case NodeKind::GoStmt:
      one(static_cast<GoStmt*>(n)->call);
      break;
    case NodeKind::DeferStmt:
      one(static_cast<DeferStmt*>(n)->call);
      break;
    case NodeKind::ReturnStmt:
      each(static_cast<ReturnStmt*>(n)->results);
      break;
    case NodeKind::BlockStmt:
      each(static_cast<BlockStmt*>(n)->stmts);
      break;
    case NodeKind::IfStmt: {
      auto* x = static_cast<IfStmt*>(n);
      one(x->init);
      one(x->cond);
      one(x->then);
      one(x->else_);
      break;
    }
    case NodeKind::CaseClause: {
      auto* x = static_cast<CaseClause*>(n);
      each(x->exprs);
      each(x->body);
      break;
    }
    case NodeKind::SwitchStmt: {
      auto* x = static_cast<SwitchStmt*>(n);
      one(x->init);
      one(x->tag);
      each(x->clauses);
      break;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* x = static_cast<TypeSwitchStmt*>(n);
      one(x->init);
      one(x->guard);
      each(x->clauses);
      break;
    }
    case NodeKind::CommClause: {
      auto* x = static_cast<CommClause*>(n);
      one(x->comm);
      each(x->body);
      break;
    }
    case NodeKind::SelectStmt:
      each(static_cast<SelectStmt*>(n)->clauses);
      break;
    case NodeKind::ForStmt: {
      auto* x = static_cast<ForStmt*>(n);
      one(x->init);
      one(x->cond);
      one(x->post);
      one(x->body);
      break;
    }
    case NodeKind::RangeStmt: {
      auto* x = static_cast<RangeStmt*>(n);
      one(x->key);
      one(x->value);
      one(x->x);
      one(x->body);
      break;
    }
    default:
      break;
  }
}

}  // namespace gopark::interp
