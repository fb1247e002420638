// The cache-line rules in C++: alignas fix-it, std::atomic / std::mutex
// recognised by name in namespace std, hot-fields reorder fix-it.
// RUN: %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -I%include -fsyntax-only -fplugin-arg-alignlint-enable=false-sharing %s 2>&1 | FileCheck %s
// RUN: %alignlint_cxx -std=c++17 -target aarch64-linux-gnu -I%include -fsyntax-only -fplugin-arg-alignlint-enable=false-sharing %s 2>&1 | FileCheck %s
// RUN: cp %s %t.cpp
// RUN: %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -I%include -Xclang -fixit -fsyntax-only %t.cpp 2>/dev/null || true
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.cpp
// RUN: %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -I%include -fsyntax-only %t.cpp 2>&1 | FileCheck %s --check-prefix=AGAIN --allow-empty
// RUN: %clang_cc -x c++ -std=c++17 -target x86_64-linux-gnu -I%include -fsyntax-only -Werror -DFIXED %t.cpp
// AGAIN-NOT: alignlint-

#include <stddef.h>
#include "alignlint.h"

// Stand-ins with the standard names (no target headers needed).
namespace std {
template <class T> struct atomic { T value; };
struct mutex { long word[5]; };
}

struct Worker {
  std::atomic<long> produced ALIGNLINT_CONTENDED;
  std::atomic<long> consumed ALIGNLINT_CONTENDED;
};
// CHECK: cxx.cpp:[[@LINE-4]]:8: warning: contended member 'produced' of 'Worker' shares cache line 0 with 'consumed'
// CHECK: note: with the fix-it the record is aligned to 64 bytes and 'Worker' grows from 16 to 128 bytes
// FIXED: alignas(64) std::atomic<long> produced ALIGNLINT_CONTENDED;
// FIXED-NEXT: alignas(64) std::atomic<long> consumed ALIGNLINT_CONTENDED;

struct Shared {
  std::mutex lock;
  std::atomic<int> ready;
  int pad[20];
};
// CHECK: cxx.cpp:[[@LINE-5]]:8: warning: lock 'lock' of 'Shared' shares cache line 0 (bytes 0-63) with atomic 'ready' [alignlint-false-sharing]

struct Session {
  char name[64];
  int id ALIGNLINT_HOT;
  long last_seen ALIGNLINT_HOT;
};
// CHECK: cxx.cpp:[[@LINE-5]]:8: warning: hot fields of 'Session' are not together at the start of the record in as few cache lines as they fit: 'id' (line 1), 'last_seen' (line 1) are out of place [alignlint-hot-fields]
// CHECK: note: suggested order: id, last_seen, name
// FIXED: struct Session {
// FIXED-NEXT: int id ALIGNLINT_HOT;
// FIXED-NEXT: long last_seen ALIGNLINT_HOT;
// FIXED-NEXT: char name[64];

#ifdef FIXED
static_assert(offsetof(Worker, produced) == 0 && offsetof(Worker, consumed) == 64 &&
              alignof(Worker) == 64, "Worker");
static_assert(offsetof(Session, id) == 0 && offsetof(Session, last_seen) == 8,
              "hot fields in line 0");
#endif
