// snapshot.cc - the object registry, goroutine dumps, and JSON snapshots.
//
// Nothing here runs unless someone asks: the registry costs one lock per
// channel or sync object created, and the rest is read-side only.
// Snapshots lock each object while reading it, so each object is consistent
// in itself; taken between single-thread drive() calls, or once every G is
// blocked, the whole snapshot is consistent. Schema: docs/snapshot.md.
#include <algorithm>

#include "runtime/chan.h"
#include "runtime/json.h"
#include "runtime/sched.h"
#include "runtime/sema.h"
#include "runtime/sync.h"

namespace gopark::rt {

namespace {

const char* kind_name(ObjKind k) {
  switch (k) {
    case ObjKind::none:
      return "none";
    case ObjKind::chan:
      return "chan";
    case ObjKind::select:
      return "select";
    case ObjKind::mutex:
      return "mutex";
    case ObjKind::rwmutex:
      return "rwmutex";
    case ObjKind::waitgroup:
      return "waitgroup";
    case ObjKind::cond:
      return "cond";
    case ObjKind::sema:
      return "sema";
    case ObjKind::timer:
      return "timer";
  }
  return "?";
}

void append_u64(std::string& out, uint64_t v) {
  out += std::to_string(v);
}

// The first kSnapshotMaxGoroutines goids of q.
void append_goids(std::string& out, const WaitQ& q) {
  out += '[';
  size_t n = 0;
  for (Sudog* s = q.first; s && n < Sched::kSnapshotMaxGoroutines; s = s->next, n++) {
    if (n) out += ',';
    append_u64(out, s->g->goid);
  }
  out += ']';
}

void append_sema_waiters(std::string& out, Sched* s, std::atomic<uint32_t>* sema) {
  uint64_t ids[64];
  int n = sema_waiters(s, sema, ids, 64);
  out += '[';
  for (int i = 0; i < n && i < 64; i++) {
    if (i) out += ',';
    append_u64(out, ids[i]);
  }
  out += ']';
}

}  // namespace

void Sched::register_obj(SyncObj* o) {
  LockGuard l(obj_lock_);
  if (o->sched) return;
  o->id = next_obj_id_++;
  o->sched = this;
  o->prev = nullptr;
  o->next = objs_;
  if (objs_) objs_->prev = o;
  objs_ = o;
}

void Sched::unregister_obj(SyncObj* o) {
  LockGuard l(obj_lock_);
  if (o->sched != this) return;
  if (o->prev)
    o->prev->next = o->next;
  else
    objs_ = o->next;
  if (o->next) o->next->prev = o->prev;
  o->prev = o->next = nullptr;
  o->sched = nullptr;
}

void Sched::goroutine_dump(std::string& out, G* running, bool all) {
  std::vector<G*> gs;
  {
    LockGuard l(allg_lock_);
    gs = allgs_;
  }
  if (running && all) {
    gs.erase(std::remove(gs.begin(), gs.end(), running), gs.end());
    gs.insert(gs.begin(), running);
  } else if (running) {
    // A panic: Go prints the panicking goroutine only (GOTRACEBACK=single).
    gs.assign(1, running);
  }
  int64_t now = nanotime();
  std::vector<Frame> frames;
  bool first = true;
  for (G* g : gs) {
    GStatus st = g->status.load(std::memory_order_acquire);
    if (st == GStatus::dead || st == GStatus::idle || !g->cont) continue;
    if (!first) out += "\n";
    first = false;
    out += "goroutine " + std::to_string(g->goid) + " [";
    if (g == running || st == GStatus::running) {
      out += "running";
    } else if (st == GStatus::runnable) {
      out += "runnable";
    } else {
      out += wait_reason_text(g->waitreason);
      int64_t mins = (now - g->wait_since) / 60000000000LL;
      if (mins >= 1) out += ", " + std::to_string(mins) + (mins == 1 ? " minute" : " minutes");
    }
    out += "]:\n";
    frames.clear();
    g->cont->traceback(g, frames);
    for (const Frame& f : frames) {
      if (f.elided) {
        out += "..." + std::to_string(f.elided) + " frames elided...\n";
        continue;
      }
      out += f.func ? f.func : "?";
      out += f.args ? "(...)\n" : "()\n";
      out += "\t";
      out += f.file ? f.file : "?";
      out += ":" + std::to_string(f.line) + "\n";
    }
    if (g->parent_goid) {
      out += "created by ";
      out += g->created_at.func ? g->created_at.func : "?";
      out += " in goroutine " + std::to_string(g->parent_goid) + "\n\t";
      out += g->created_at.file ? g->created_at.file : "?";
      out += ":" + std::to_string(g->created_at.line) + "\n";
    }
  }
}

std::string Sched::snapshot_json() {
  std::string out = "{";
  out += "\"time\":" + std::to_string(nanotime());
  out += ",\"gomaxprocs\":" + std::to_string(gomaxprocs());
  out += ",\"numGoroutine\":" + std::to_string(num_goroutine());

  // At most kSnapshotMaxGoroutines, the oldest: a program with a million
  // goroutines must not make a snapshot (taken ~30 times a second for the
  // page) a hundred megabytes.
  std::vector<G*> gs;
  {
    LockGuard l(allg_lock_);
    gs.reserve(allgs_.size());
    for (G* g : allgs_) {
      GStatus st = g->status.load(std::memory_order_acquire);
      if (st != GStatus::dead && st != GStatus::idle) gs.push_back(g);
    }
  }
  auto by_id = [](G* a, G* b) { return a->goid < b->goid; };
  size_t omitted = 0;
  if (gs.size() > kSnapshotMaxGoroutines) {
    std::nth_element(gs.begin(), gs.begin() + kSnapshotMaxGoroutines, gs.end(), by_id);
    omitted = gs.size() - kSnapshotMaxGoroutines;
    gs.resize(kSnapshotMaxGoroutines);
  }
  std::sort(gs.begin(), gs.end(), by_id);
  out += ",\"goroutinesOmitted\":" + std::to_string(omitted);
  out += ",\"goroutines\":[";
  bool first = true;
  for (G* g : gs) {
    GStatus st = g->status.load(std::memory_order_acquire);
    if (st == GStatus::dead || st == GStatus::idle) continue;
    if (!first) out += ',';
    first = false;
    out += "{\"id\":" + std::to_string(g->goid);
    out += ",\"status\":";
    json_quote(out, gstatus_name(st));
    out += ",\"waitReason\":";
    json_quote(out, st == GStatus::waiting ? wait_reason_text(g->waitreason) : "");
    if (st == GStatus::waiting && g->wait_kind != ObjKind::none &&
        g->wait_kind != ObjKind::select && g->wait_obj) {
      out += ",\"waitingOn\":{\"kind\":";
      json_quote(out, kind_name(g->wait_kind));
      out += ",\"id\":" + std::to_string(static_cast<const SyncObj*>(g->wait_obj)->id) + "}";
    } else if (st == GStatus::waiting && g->wait_kind == ObjKind::select) {
      out += ",\"waitingOn\":{\"kind\":\"select\",\"chans\":[";
      auto* cases = static_cast<SelectCase*>(g->select_cases);
      bool f2 = true;
      for (int i = 0; cases && i < g->select_ncases; i++) {
        if (!cases[i].c) continue;
        if (!f2) out += ',';
        f2 = false;
        out += "{\"id\":" + std::to_string(cases[i].c->id) + ",\"dir\":";
        json_quote(out, cases[i].send ? "send" : "recv");
        out += "}";
      }
      out += "]}";
    }
    out += ",\"func\":";
    json_quote(out, g->pos.func ? g->pos.func : "");
    out += ",\"file\":";
    json_quote(out, g->pos.file ? g->pos.file : "");
    out += ",\"line\":" + std::to_string(g->pos.line);
    out += ",\"parent\":" + std::to_string(g->parent_goid);
    out += ",\"createdAt\":{\"func\":";
    json_quote(out, g->created_at.func ? g->created_at.func : "");
    out += ",\"file\":";
    json_quote(out, g->created_at.file ? g->created_at.file : "");
    out += ",\"line\":" + std::to_string(g->created_at.line) + "}";
    if (st == GStatus::waiting) out += ",\"waitSince\":" + std::to_string(g->wait_since);
    out += '}';
  }
  out += ']';

  std::string chans, mutexes, waitgroups, conds;
  // Per list: objects listed, objects only counted.
  size_t listed[4] = {}, omitted_objs[4] = {};
  {
    LockGuard l(obj_lock_);
    std::vector<SyncObj*> objs;
    for (SyncObj* o = objs_; o; o = o->next) objs.push_back(o);
    std::sort(objs.begin(), objs.end(), [](SyncObj* a, SyncObj* b) { return a->id < b->id; });
    for (SyncObj* o : objs) {
      int list = o->kind == ObjKind::chan                                   ? 0
                 : o->kind == ObjKind::mutex || o->kind == ObjKind::rwmutex ? 1
                 : o->kind == ObjKind::waitgroup                            ? 2
                 : o->kind == ObjKind::cond                                 ? 3
                                                                            : -1;
      if (list < 0) continue;
      if (listed[list] == kSnapshotMaxObjects) {
        omitted_objs[list]++;
        continue;
      }
      listed[list]++;
      std::string* dst = nullptr;
      std::string e = "{\"id\":" + std::to_string(o->id) + ",\"label\":";
      json_quote(e, o->label ? o->label : "");
      switch (o->kind) {
        case ObjKind::chan: {
          Chan* c = static_cast<Chan*>(o);
          LockGuard cl(c->lock);
          e += ",\"elemType\":";
          json_quote(e, c->et->name ? c->et->name : "");
          e += ",\"cap\":" + std::to_string(c->dataqsiz) + ",\"len\":" + std::to_string(c->qcount);
          e += ",\"buffer\":[";
          for (uint32_t i = 0; i < c->qcount && i < kSnapshotMaxValues; i++) {
            if (i) e += ',';
            std::string v;
            const char* p = c->buf + size_t((c->recvx + i) % c->dataqsiz) * c->et->size;
            if (c->et->format)
              c->et->format(*c->et, p, v);
            else
              v = "?";
            json_quote(e, v);
          }
          e += "],\"closed\":";
          e += c->closed ? "true" : "false";
          e += ",\"sendq\":";
          append_goids(e, c->sendq);
          e += ",\"recvq\":";
          append_goids(e, c->recvq);
          dst = &chans;
          break;
        }
        case ObjKind::mutex: {
          Mutex* m = static_cast<Mutex*>(o);
          e += ",\"kind\":\"mutex\",\"locked\":";
          e += (m->state.load() & 1) ? "true" : "false";
          e += ",\"owner\":" + std::to_string(m->owner.load());
          e += ",\"waiters\":";
          append_sema_waiters(e, this, &m->sema);
          dst = &mutexes;
          break;
        }
        case ObjKind::rwmutex: {
          RWMutex* rw = static_cast<RWMutex*>(o);
          int32_t rc = rw->reader_count.load();
          e += ",\"kind\":\"rwmutex\",\"writer\":" + std::to_string(rw->w.owner.load());
          e += ",\"readers\":" + std::to_string(rc < 0 ? rc + (1 << 30) : rc);
          e += ",\"waiters\":";
          append_sema_waiters(e, this, &rw->w.sema);
          e += ",\"readerWaiters\":";
          append_sema_waiters(e, this, &rw->reader_sem);
          e += ",\"writerWaiters\":";
          append_sema_waiters(e, this, &rw->writer_sem);
          dst = &mutexes;
          break;
        }
        case ObjKind::waitgroup: {
          WaitGroup* wg = static_cast<WaitGroup*>(o);
          e += ",\"counter\":" + std::to_string(waitgroup_counter(wg));
          e += ",\"waiters\":";
          append_sema_waiters(e, this, &wg->sema);
          dst = &waitgroups;
          break;
        }
        case ObjKind::cond: {
          Cond* c = static_cast<Cond*>(o);
          e += ",\"waiters\":[";
          {
            LockGuard nl(c->notify.lock);
            size_t k = 0;
            for (Sudog* s = c->notify.head; s && k < kSnapshotMaxGoroutines; s = s->next, k++) {
              if (k) e += ',';
              append_u64(e, s->g->goid);
            }
          }
          e += ']';
          dst = &conds;
          break;
        }
        default:
          break;
      }
      if (!dst) continue;
      e += '}';
      if (!dst->empty()) *dst += ',';
      *dst += e;
    }
  }
  out += ",\"channels\":[" + chans + "]";
  out += ",\"mutexes\":[" + mutexes + "]";
  out += ",\"waitgroups\":[" + waitgroups + "]";
  out += ",\"conds\":[" + conds + "]";
  out += ",\"channelsOmitted\":" + std::to_string(omitted_objs[0]);
  out += ",\"mutexesOmitted\":" + std::to_string(omitted_objs[1]);
  out += ",\"waitgroupsOmitted\":" + std::to_string(omitted_objs[2]);
  out += ",\"condsOmitted\":" + std::to_string(omitted_objs[3]);

  out += ",\"procs\":[";
  int n = gomaxprocs();
  for (int i = 0; i < n; i++) {
    P* p = allp_[i];
    if (i) out += ',';
    uint32_t h = p->runq_head.load(), t = p->runq_tail.load();
    uint32_t q = t - h + (p->runnext.load() ? 1 : 0);
    out += "{\"id\":" + std::to_string(i) + ",\"curg\":" + std::to_string(p->curg.load()) +
           ",\"runqueue\":" + std::to_string(q) +
           ",\"executed\":" + std::to_string(p->executed.load()) + "}";
  }
  out += "],\"globalRunqueue\":" + std::to_string(runqsize_.load()) + "}";
  return out;
}

}  // namespace gopark::rt
