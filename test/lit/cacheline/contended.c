// Rule contended: each contended member or group starts a cache line and
// shares none of its lines; the fix-it adds _Alignas(N) to the group's first
// member and to the member after it. The fixed file is recompiled with
// static assertions on the new layout.
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
// RUN: %alignlint_cc -target i386-linux-gnu -ffreestanding -I%include -fsyntax-only %s 2>&1 | FileCheck %s --check-prefixes=CHECK,I386
// RUN: %alignlint_cc -target aarch64-linux-gnu -ffreestanding -I%include -fsyntax-only %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
//
// RUN: cp %s %t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -Xclang -fixit -fsyntax-only %t.c 2>/dev/null || true
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -fplugin-arg-alignlint-disable=field-order %t.c 2>&1 | FileCheck %s --check-prefix=AGAIN --allow-empty
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only %t.c 2>&1 | FileCheck %s --check-prefix=AGAIN --allow-empty
// RUN: %clang_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -Werror -DFIXED -DLINE=64 %t.c
// RUN: %clang_cc -target i386-linux-gnu -ffreestanding -I%include -fsyntax-only -Werror -DFIXED -DLINE=64 %t.c
// RUN: %clang_cc -target aarch64-linux-gnu -ffreestanding -I%include -fsyntax-only -Werror -DFIXED -DLINE=64 %t.c
//
// RUN: cp %s %t128.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fplugin-arg-alignlint-cache-line=128 -Xclang -fixit -fsyntax-only %t128.c 2>&1 | FileCheck %s --check-prefix=L128
// RUN: FileCheck %s --check-prefix=FIXED128 --input-file=%t128.c
// RUN: %clang_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -Werror -DFIXED -DLINE=128 %t128.c
// AGAIN-NOT: {{'struct (queue|counters|kernel_style)'.*alignlint-(contended|field-order)}}

#include <stddef.h>
#include "alignlint.h"

struct queue {
  long head ALIGNLINT_CONTENDED;
  long tail ALIGNLINT_CONTENDED;
  int size;
};
// X64: contended.c:[[@LINE-5]]:8: warning: contended member 'head' of 'struct queue' shares cache line 0 with 'tail' and does not start a 64-byte cache line (offset 0, record aligned to 8) [alignlint-contended]
// I386: contended.c:[[@LINE-6]]:8: warning: contended member 'head' of 'struct queue' shares cache line 0 with 'tail' and does not start a 64-byte cache line (offset 0, record aligned to 4) [alignlint-contended]
// CHECK: note: also: contended member 'tail' of 'struct queue'
// X64: note: with the fix-it the record is aligned to 64 bytes and 'struct queue' grows from 24 to 192 bytes: every array and allocation of it grows
// L128: note: with the fix-it the record is aligned to 128 bytes and 'struct queue' grows from 24 to 384 bytes
// FIXED: _Alignas(64) long head ALIGNLINT_CONTENDED;
// FIXED-NEXT: _Alignas(64) long tail ALIGNLINT_CONTENDED;
// FIXED-NEXT: _Alignas(64) int size;
// FIXED128: _Alignas(128) long head ALIGNLINT_CONTENDED;

// A named group shares its lines only with itself; it ends the record, so
// nothing after it needs aligning (the record's alignment pads it out).
struct counters {
  int flags;
  ALIGNLINT_CONTENDED_GROUP(stats) long hits;
  ALIGNLINT_CONTENDED_GROUP(stats) long misses;
};
// CHECK: contended.c:[[@LINE-5]]:8: warning: contended group 'stats' of 'struct counters' shares cache line 0 with 'flags' and does not start a 64-byte cache line
// X64: note: with the fix-it the record is aligned to 64 bytes and 'struct counters' grows from 24 to 128 bytes
// FIXED: int flags;
// FIXED-NEXT: _Alignas(64) ALIGNLINT_CONTENDED_GROUP(stats) long hits;
// FIXED-NEXT: ALIGNLINT_CONTENDED_GROUP(stats) long misses;

// Respect what is there: an existing alignment specifier below the line is
// never doubled (refused); one at the line is kept.
#define ____cacheline_aligned __attribute__((aligned(64)))
struct existing {
  int a;
  _Alignas(8) long c ALIGNLINT_CONTENDED;
  int b;
};
// CHECK: contended.c:[[@LINE-5]]:8: warning: contended member 'c' of 'struct existing'
// CHECK: note: no fix-it: 'c' already has an alignment specifier ('_Alignas', 8 bytes); alignlint never writes a second one: raise it to 64
struct kernel_style {
  int a;
  long c ____cacheline_aligned ALIGNLINT_CONTENDED;
  int b;
};
// CHECK: contended.c:[[@LINE-5]]:8: warning: contended member 'c' of 'struct kernel_style' shares cache line 1 with 'b'
// FIXED: long c ____cacheline_aligned ALIGNLINT_CONTENDED;
// FIXED-NEXT: _Alignas(64) int b;

// Bit-fields cannot take an alignment specifier.
struct bits {
  long c ALIGNLINT_CONTENDED;
  unsigned f : 3;
};
// CHECK: contended.c:[[@LINE-4]]:8: warning: contended member 'c' of 'struct bits'
// CHECK: note: no fix-it: an alignment specifier cannot go on a bit-field

// Already isolated: nothing.
struct ALIGNLINT_IGNORE(field-order) good {
  _Alignas(64) long c ALIGNLINT_CONTENDED;
  _Alignas(64) int other;
};
// CHECK-NOT: 'struct good'

#ifdef FIXED
#define ISOLATED(T, first, next) \
  _Static_assert(_Alignof(T) >= LINE && offsetof(T, first) % LINE == 0 && \
                 offsetof(T, next) % LINE == 0, #T)
ISOLATED(struct queue, head, tail);
ISOLATED(struct queue, tail, size);
_Static_assert(_Alignof(struct counters) >= LINE &&
               offsetof(struct counters, hits) == LINE &&
               sizeof(struct counters) == 2 * LINE, "counters");
#endif
