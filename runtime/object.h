// object.h - runtime objects the state panel can list.
//
// Channels and sync objects embed a SyncObj and are linked into their
// Sched's registry while they live, so a snapshot can show a buffered
// channel nobody is waiting on, or a Mutex with its owner.
#pragma once

#include <cstdint>

#include "runtime/g.h"

namespace gopark::rt {

struct SyncObj {
  ObjKind kind = ObjKind::none;
  uint64_t id = 0;              // unique within a run, for the panel and traces
  const char* label = nullptr;  // optional: the name the program gave it
  SyncObj* prev = nullptr;      // registry links, guarded by Sched::obj_lock_
  SyncObj* next = nullptr;
  Sched* sched = nullptr;  // non-null while registered
};

}  // namespace gopark::rt
