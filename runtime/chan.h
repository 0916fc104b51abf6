// chan.h - channels.
//
// Semantics are Go's: an unbuffered send hands the value straight to a
// waiting receiver (or waits for one); a buffered channel is a FIFO ring; a
// receive from a closed, drained channel yields the zero value and ok=false;
// send on a closed channel panics; close wakes every waiter; operations on a
// nil channel block forever. All blocking operations follow the Step
// protocol of g.h.
//
// Values are opaque bytes described by an ElemType, so the same channel code
// serves the C++ API (any C++ type) and the interpreter (its own value
// layout). A value moves: the source slot is left holding the zero value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/g.h"
#include "runtime/lock.h"
#include "runtime/object.h"

namespace gopark::rt {

struct ElemType {
  const char* name = "?";  // Go spelling of the element type, for the panel
  uint32_t size = 0;
  uint32_t align = 1;
  // Null function pointers mean "plain bytes": zero = memset 0, move =
  // memcpy then zero the source, destroy = nothing.
  void (*zero)(void* p) = nullptr;  // construct or reset to the zero value
  void (*destroy)(void* p) = nullptr;
  void (*move)(void* dst, void* src) = nullptr;  // dst and src hold live values
  // For snapshots: the value at p as the panel shows it. user is the
  // owner's own description of the type (the VM's TypeInfo).
  void (*format)(const ElemType& et, const void* p, std::string& out) = nullptr;
  const void* user = nullptr;
};

// Waiters on a channel, FIFO. Guarded by the channel's lock.
struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
  void enqueue(Sudog* s);
  // Removes and returns the first waiter that can still be woken: a select's
  // sudog whose select was already won by another case is skipped (and
  // dropped).
  Sudog* dequeue();
  // Removes s if it is still queued.
  void remove(Sudog* s);
};

struct Chan : SyncObj {
  Lock lock;  // guards every field below
  const ElemType* et = nullptr;
  uint32_t dataqsiz = 0;  // capacity
  uint32_t qcount = 0;    // values buffered
  uint32_t sendx = 0;     // next slot to send into
  uint32_t recvx = 0;     // next slot to receive from
  char* buf = nullptr;    // dataqsiz slots of et->size bytes, each holding a live value
  bool closed = false;
  WaitQ recvq;
  WaitQ sendq;
};

// Returns null with *panic set for a negative or too large size.
Chan* chan_make(Sched* s, const ElemType* et, int64_t size, const char** panic);
// Frees a channel nobody references any more (GC or C++ owner).
void chan_free(Chan* c);

Step chan_send(G* g, Chan* c, void* elem);
// elem may be null (value discarded); ok may be null.
Step chan_recv(G* g, Chan* c, void* elem, bool* ok);
Step chan_close(G* g, Chan* c);
// Non-blocking forms, as `select` with a default case: true if done.
// chan_try_send still panics (returns Step::panic through *st) on a closed channel.
bool chan_try_send(G* g, Chan* c, void* elem, Step* st);
bool chan_try_recv(G* g, Chan* c, void* elem, bool* ok);
// Non-blocking send from outside any goroutine (timer callbacks, the host):
// true if the value was delivered or buffered. False on a full or closed channel.
bool chan_offer(Sched* s, Chan* c, void* elem);
int64_t chan_len(Chan* c);
int64_t chan_cap(Chan* c);

// select. A case with a null channel never proceeds. On Step::done, *chosen
// is the index of the case that proceeded, or -1 when !block and none could.
struct SelectCase {
  Chan* c = nullptr;
  void* elem = nullptr;  // send: the value; recv: where to put it (may be null)
  bool send = false;
};
Step select(G* g, SelectCase* cases, int n, bool block, int* chosen, bool* recv_ok);

// Value helpers for ElemType users.
void elem_zero(const ElemType* et, void* p);
void elem_move(const ElemType* et, void* dst, void* src);

}  // namespace gopark::rt
