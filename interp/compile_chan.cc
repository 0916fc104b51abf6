// compile_chan.cc - goroutines and channels: go statements, make(chan),
// send, receive (and its comma-ok form), close, len and cap, range over a
// channel. The instructions that may block (CHSEND, CHRECV) park the
// goroutine and are executed again when it is readied (runtime/g.h's
// protocol), so they are safepoints with stack maps like calls.
#include "interp/compile_internal.h"

namespace gopark::interp {

void Compiler::send_stmt(SendStmt* s) {
  Reg save = fs_->top;
  auto* ct = as<Chan>(underlying(type_of(s->chan)));
  Reg c = alloc(type_of(s->chan));
  expr_to(s->chan, c);
  // Always a fresh register: a send moves the value out (the runtime
  // zeroes its source), which must not clear a variable.
  Reg v = alloc(ct->elem);
  expr_as(s->value, ct->elem, v);
  line_ = s->arrow.line;
  emit(Op::CHSEND, c, v);
  fs_->top = save;
}

// Receives from channel expression ch into dst (the element's words);
// ok_off: 0, or the offset from dst of the comma-ok flag.
void Compiler::recv_to(Expr* ch, Reg dst, uint32_t ok_off) {
  Reg save = fs_->top;
  Reg c = alloc(type_of(ch));
  expr_to(ch, c);
  emit(Op::CHRECV, dst, c, ok_off);
  fs_->top = save;
}

// v, ok = <-ch: the value's registers and the flag right after them.
void Compiler::recv_ok(UnaryExpr* u, Reg* v, Reg* ok) {
  auto* ct = as<Chan>(underlying(type_of(u->x)));
  *v = alloc(ct->elem);
  *ok = alloc(basic_type(BasicKind::bool_));
  recv_to(u->x, *v, *ok - *v);
}

void Compiler::make_chan(CallExpr* e, Reg dst) {
  auto* ct = as<Chan>(underlying(type_of(e)));
  Reg n = alloc_words(1, false);
  if (e->args.size() > 1)
    expr_to(e->args[1], n);
  else
    emit(Op::ZERO, n, 1);
  auto label = chan_labels_.find(e);
  if (label != chan_labels_.end())
    fs_->proto->chan_labels.emplace_back(uint32_t(here()), label->second);
  emit(Op::CHMAKE, dst, n, type_info(ct->elem));
}

void Compiler::note_chan_label(Expr* lhs, Expr* rhs) {
  if (auto* id = as<Ident>(lhs))
    note_chan_label(std::string(id->name), rhs);
  else if (auto* sel = as<SelectorExpr>(lhs))
    note_chan_label(std::string(sel->sel->name), rhs);
}

void Compiler::note_chan_label(const std::string& name, Expr* rhs) {
  while (auto* p = as<ParenExpr>(rhs)) rhs = p->x;
  auto* call = as<CallExpr>(rhs);
  auto* fn = call ? as<Ident>(call->fun) : nullptr;
  if (!fn || fn->name != "make" || !as<Chan>(underlying(type_of(call)))) return;
  if (!name.empty() && name != "_") chan_labels_[call] = name;
}

// for v := range ch: receive until the channel is closed and drained.
void Compiler::chan_range(RangeStmt* s, BranchTarget bt) {
  Reg save = fs_->top;
  auto* ct = as<Chan>(underlying(type_of(s->x)));
  Reg c = alloc(type_of(s->x));
  expr_to(s->x, c);
  Reg v = alloc(ct->elem);
  Reg ok = alloc(basic_type(BasicKind::bool_));
  size_t top = here();
  line_ = s->pos.line;
  emit(Op::CHRECV, v, c, ok - v);
  size_t exit = emit_jump(Op::JF, ok);
  Reg inner = fs_->top;
  auto* id = as<Ident>(s->key);
  if (s->key && !(id && id->name == "_")) {
    if (s->op == Tok::define) {
      // Each iteration's variable: bind_local boxes it anew if captured.
      auto d = id ? info_.defs.find(id) : info_.defs.end();
      if (d != info_.defs.end() && d->second) bind_local(d->second, v);
    } else {
      store_var(s->key, v);
    }
  }
  fs_->targets.push_back(bt);
  stmt(s->body);
  BranchTarget done = std::move(fs_->targets.back());
  fs_->targets.pop_back();
  patch_here(done.continues);
  fs_->top = inner;
  size_t j = emit_jump(Op::JMP);
  patch_to(j, top);
  patch_to(exit, here());
  patch_here(done.breaks);
  fs_->top = save;
}

// select: every channel and every value to send is evaluated first, in
// source order; then SELECT picks a case (or the default, -1) into R[res]
// with a receive's ok flag in R[res+1], and a chain of tests jumps to the
// chosen body. Each receive case has registers of its own for the value.
void Compiler::select_stmt(SelectStmt* s) {
  Reg save = fs_->top;
  BranchTarget bt;
  bt.label = fs_->pending_label;
  fs_->pending_label = {};
  struct Case {
    CommClause* cc;
    Reg chan, val;
    bool send;
  };
  std::vector<Case> cases;
  CommClause* dflt = nullptr;
  for (CommClause* cc : s->clauses) {
    if (!cc->comm) {
      dflt = cc;
      continue;
    }
    line_ = cc->comm->pos.line;
    if (auto* ss = as<SendStmt>(cc->comm)) {
      auto* ct = as<Chan>(underlying(type_of(ss->chan)));
      Reg c = alloc(type_of(ss->chan));
      expr_to(ss->chan, c);
      Reg v = alloc(ct->elem);
      expr_as(ss->value, ct->elem, v);
      cases.push_back({cc, c, v, true});
      continue;
    }
    Expr* rx = nullptr;
    if (auto* es = as<ExprStmt>(cc->comm))
      rx = es->x;
    else if (auto* as_ = as<AssignStmt>(cc->comm))
      rx = as_->rhs[0];
    while (auto* p = as<ParenExpr>(rx)) rx = p->x;
    auto* u = as<UnaryExpr>(rx);
    if (!u || u->op != Tok::arrow) {
      unsupported(cc->comm, "this select case");
      fs_->top = save;
      return;
    }
    Reg c = alloc(type_of(u->x));
    expr_to(u->x, c);
    Reg v = alloc(as<Chan>(underlying(type_of(u->x)))->elem);
    cases.push_back({cc, c, v, false});
  }
  if (cases.size() > 65535) {
    unsupported(s, "a select this large");
    fs_->top = save;
    return;
  }
  Reg res = alloc_words(2, false);
  line_ = s->pos.line;
  emit(Op::SELECT, res, uint32_t(cases.size()), dflt ? 1 : 0);
  for (const Case& k : cases) emit(Op::ARG, k.chan, k.val, k.send ? 1 : 0);
  fs_->targets.push_back(bt);
  std::vector<size_t> to_end;
  Reg after = fs_->top;
  auto body = [&](CommClause* cc) {
    stmt_list(cc->body);
    to_end.push_back(emit_jump(Op::JMP));
    fs_->top = after;
  };
  for (size_t i = 0; i < cases.size(); i++) {
    const Case& k = cases[i];
    size_t skip = emit(Op::JNEI, res, uint32_t(i));
    if (auto* a = as<AssignStmt>(k.cc->comm)) {
      Reg vals[2] = {k.val, res + 1};
      for (size_t j = 0; j < a->lhs.size() && j < 2; j++) {
        auto* id = as<Ident>(a->lhs[j]);
        if (id && id->name == "_") continue;
        if (a->op == Tok::define) {
          auto d = id ? info_.defs.find(id) : info_.defs.end();
          if (d == info_.defs.end() || !d->second) continue;
          Reg r = vals[j];
          if (j == 1) {  // ok: a variable of its own, res+1 is reused
            r = alloc(basic_type(BasicKind::bool_));
            emit(Op::MOVE, r, res + 1);
          }
          bind_local(d->second, r);
        } else {
          store_var(a->lhs[j], vals[j]);
        }
      }
    }
    body(k.cc);
    patch_to(skip, here());
  }
  if (dflt) body(dflt);
  BranchTarget done = std::move(fs_->targets.back());
  fs_->targets.pop_back();
  patch_here(to_end);
  patch_here(done.breaks);
  fs_->top = save;
}

}  // namespace gopark::interp
