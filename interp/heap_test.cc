// heap_test.cc - the span heap: size classes, interior pointers, tracing
// through pointer maps, reuse after sweep, large objects.
#include "interp/heap.h"

#include <gtest/gtest.h>

#include <cstring>

namespace gopark::interp {
namespace {

// A type of one word that is a pointer ("*T").
TypeInfo ptr_type() {
  TypeInfo t;
  t.name = "*T";
  t.size = 8;
  t.align = 8;
  t.ptrmap = {1};
  return t;
}

uint64_t addr(const void* p) {
  return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p));
}

TEST(Heap, AllocSizeFollowsGoSizeClasses) {
  EXPECT_EQ(alloc_size(1), 8u);
  EXPECT_EQ(alloc_size(9), 16u);
  EXPECT_EQ(alloc_size(33), 48u);
  EXPECT_EQ(alloc_size(32768), 32768u);
  EXPECT_EQ(alloc_size(32769), 40960u);  // whole pages beyond the classes
}

TEST(Heap, ObjectsAreZeroedAndDistinct) {
  Heap h;
  auto* a = static_cast<uint8_t*>(h.alloc(nullptr, 24, 24));
  auto* b = static_cast<uint8_t*>(h.alloc(nullptr, 24, 24));
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_NE(a, b);
  for (int i = 0; i < 24; i++) EXPECT_EQ(a[i], 0);
  EXPECT_EQ(h.objects(), 2u);
}

TEST(Heap, UnreachedObjectsAreFreedAndTheirSlotsReused) {
  Heap h;
  void* keep = h.alloc(nullptr, 16, 16);
  void* drop = h.alloc(nullptr, 16, 16);
  std::memset(drop, 0xAB, 16);
  h.begin_collection();
  h.mark_word(addr(keep));
  h.drain();
  h.sweep();
  EXPECT_EQ(h.objects(), 1u);
  EXPECT_EQ(h.live_bytes(), 16u);
  auto* again = static_cast<uint8_t*>(h.alloc(nullptr, 16, 16));
  EXPECT_EQ(again, drop);  // the freed slot, zeroed again
  for (int i = 0; i < 16; i++) EXPECT_EQ(again[i], 0);
}

TEST(Heap, InteriorPointersKeepTheWholeObject) {
  Heap h;
  auto* arr = static_cast<uint8_t*>(h.alloc(nullptr, 100, 100));
  h.begin_collection();
  h.mark_word(addr(arr + 57));  // &a[57]
  h.drain();
  h.sweep();
  EXPECT_EQ(h.objects(), 1u);
}

TEST(Heap, TracingFollowsPointerMaps) {
  Heap h;
  TypeInfo pt = ptr_type();
  // A chain root -> n1 -> n2, and an unreached n3.
  auto* n2 = static_cast<uint64_t*>(h.alloc(&pt, 1, 8));
  auto* n1 = static_cast<uint64_t*>(h.alloc(&pt, 1, 8));
  n1[0] = addr(n2);
  h.alloc(&pt, 1, 8);
  // A noscan object whose bytes look like a pointer to n3 keeps nothing.
  auto* bytes = static_cast<uint64_t*>(h.alloc(nullptr, 8, 8));
  bytes[0] = addr(n2);
  h.begin_collection();
  h.mark_word(addr(n1));
  h.drain();
  h.sweep();
  EXPECT_EQ(h.objects(), 2u);
}

TEST(Heap, LargeObjectsGetTheirOwnPagesAndGoBack) {
  Heap h;
  auto* big = static_cast<uint8_t*>(h.alloc(nullptr, 1 << 20, 1 << 20));
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big[(1 << 20) - 1], 0);
  EXPECT_GE(h.live_bytes(), uint64_t(1) << 20);
  h.begin_collection();
  h.mark_word(addr(big + 12345));
  h.drain();
  h.sweep();
  EXPECT_EQ(h.objects(), 1u);
  h.begin_collection();
  h.drain();
  h.sweep();
  EXPECT_EQ(h.objects(), 0u);
  EXPECT_EQ(h.live_bytes(), 0u);
}

TEST(Heap, WordsOutsideTheHeapAreIgnored) {
  Heap h;
  int local = 0;
  h.alloc(nullptr, 8, 8);
  h.begin_collection();
  h.mark_word(addr(&local));
  h.mark_word(1);
  h.mark_word(~uint64_t(0));
  h.drain();
  h.sweep();
  EXPECT_EQ(h.objects(), 0u);
}

}  // namespace
}  // namespace gopark::interp
