// Rule straddle (split locks): atomics and locks whose atomic word crosses a
// cache-line boundary, in packed and #pragma pack records too. Error by
// default.
// RUN: not %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -ffreestanding -I%include %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
// RUN: not %alignlint_cc -target aarch64-linux-gnu -fsyntax-only -ffreestanding -I%include %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
// RUN: not %alignlint_cc -target i386-linux-gnu -fsyntax-only -ffreestanding -I%include %s 2>&1 | FileCheck %s --check-prefixes=CHECK,I386
// RUN: not %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -ffreestanding -I%include -fplugin-arg-alignlint-cache-line=128 %s 2>&1 | FileCheck %s --check-prefix=L128
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -ffreestanding -I%include -fplugin-arg-alignlint-warn=straddle %s 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -ffreestanding -I%include -fplugin-arg-alignlint-disable=straddle %s 2>&1 | count 0

#include <stdatomic.h>
#include "alignlint.h"
// As glibc declares it (no target headers needed): the typedef name counts.
typedef union { char size[40]; long align; } pthread_mutex_t;

struct __attribute__((packed)) msg {
  char tag;
  _Atomic long seq;
  pthread_mutex_t lock;
};
// CHECK: straddle.c:[[@LINE-5]]:32: error: atomic member 'seq' of 'struct msg' can cross a 64-byte cache-line boundary: its {{[48]}} bytes at offset 1 are not {{[48]}}-byte aligned in a record aligned to 1 byte [alignlint-straddle]
// CHECK: straddle.c:[[@LINE-4]]:16: note: on x86 every atomic operation on it is then a split lock
// X64: straddle.c:[[@LINE-4]]:19: note: also: lock member 'lock' of 'struct msg' can cross a 64-byte cache-line boundary: its 8-byte lock word at offset 9 is not 8-byte aligned
// I386: straddle.c:[[@LINE-5]]:19: note: also: lock member 'lock' of 'struct msg' can cross a 64-byte cache-line boundary: its 4-byte lock word at offset 5 is not 4-byte aligned
// WARN: straddle.c:[[@LINE-9]]:32: warning: atomic member 'seq'

#pragma pack(push, 4)
struct hdr {
  char pad[60];
  atomic_long counter;
};
#pragma pack(pop)
// X64: straddle.c:[[@LINE-5]]:8: error: atomic member 'counter' of 'struct hdr' crosses a 64-byte cache-line boundary: its 8 bytes at offset 60 straddle byte 64 [alignlint-straddle]
// L128: straddle.c:[[@LINE-6]]:8: error: atomic member 'counter' of 'struct hdr' can cross a 128-byte cache-line boundary: its 8 bytes at offset 60 are not 8-byte aligned in a record aligned to 4 bytes
// i386: long is 4 bytes, so the word at offset 60 ends at 64.
// I386-NOT: 'struct hdr'

// A packed outer record misplaces an inner record's atomic.
struct inner { _Atomic int x; };
struct __attribute__((packed)) outer {
  char c;
  struct inner in;
};
// CHECK: straddle.c:[[@LINE-4]]:32: error: atomic member 'in.x' of 'struct outer' can cross a 64-byte cache-line boundary: its 4 bytes at offset 1

// Arrays: each element on its own.
struct __attribute__((packed)) ring {
  char c[63];
  _Atomic short slots[2];
};
// CHECK: straddle.c:[[@LINE-4]]:32: error: atomic member 'slots[0]' of 'struct ring' crosses a 64-byte cache-line boundary: its 2 bytes at offset 63 straddle byte 64
// CHECK: note: also: atomic member 'slots[1]' of 'struct ring' can cross a 64-byte cache-line boundary: its 2 bytes at offset 65

// Naturally aligned members, a 40-byte mutex across a line (its lock word
// does not cross), and suppressions: nothing.
struct fine {
  char pad[32];
  pthread_mutex_t m;
  _Atomic long x;
};
struct __attribute__((packed)) ALIGNLINT_IGNORE(straddle) ignored_record {
  char c;
  _Atomic long x;
};
struct __attribute__((packed)) ignored_field {
  char c;
  _Atomic long x ALIGNLINT_IGNORE(straddle);
};
// CHECK-NOT: 'struct fine'
// CHECK-NOT: ignored_
