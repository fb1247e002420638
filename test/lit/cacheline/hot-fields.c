// Rule hot-fields: hot fields together at the front, in as few lines as
// they fit; fix-it through the reorder machinery; field-order agrees with
// the result (never undoes it). The fixed file is recompiled with asserts.
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -fplugin-arg-alignlint-disable=field-order %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
// RUN: %alignlint_cc -target aarch64-linux-gnu -ffreestanding -I%include -fsyntax-only -fplugin-arg-alignlint-disable=field-order %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
// RUN: %alignlint_cc -target i386-linux-gnu -ffreestanding -I%include -fsyntax-only -fplugin-arg-alignlint-disable=field-order %s 2>&1 | FileCheck %s --check-prefixes=CHECK
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -fplugin-arg-alignlint-cache-line=128 -fplugin-arg-alignlint-disable=field-order %s 2>&1 | FileCheck %s --check-prefix=L128
// RUN: cp %s %t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fplugin-arg-alignlint-disable=field-order -Xclang -fixit -fsyntax-only %t.c 2>/dev/null || true
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only %t.c 2>&1 | FileCheck %s --check-prefix=AGAIN --allow-empty
// RUN: %clang_cc -target x86_64-linux-gnu -ffreestanding -I%include -fsyntax-only -Werror -DFIXED %t.c
// RUN: %clang_cc -target aarch64-linux-gnu -ffreestanding -I%include -fsyntax-only -Werror -DFIXED %t.c
// AGAIN-NOT: {{'struct (conn|big)'.*alignlint-(hot-fields|field-order)}}

#include <stddef.h>
#include "alignlint.h"

struct conn {
  char name[60];
  long rx_bytes ALIGNLINT_HOT;   // read per packet
  char scratch[100];
  int state ALIGNLINT_HOT;
};
// X64: hot-fields.c:[[@LINE-6]]:8: warning: hot fields of 'struct conn' are not together at the start of the record in as few cache lines as they fit: 'rx_bytes' (line 1), 'state' (line 2) are out of place; they touch 2 cache lines, 1 would do [alignlint-hot-fields]
// CHECK: note: suggested order: rx_bytes, state, name, scratch
// L128: hot-fields.c:[[@LINE-8]]:8: warning: hot fields of 'struct conn' are not together at the start of the record in as few cache lines as they fit: 'rx_bytes' (line 0), 'state' (line 1) are out of place; they touch 2 cache lines, 1 would do
// FIXED: struct conn {
// FIXED-NEXT:   long rx_bytes ALIGNLINT_HOT;   // read per packet
// FIXED-NEXT:   int state ALIGNLINT_HOT;
// FIXED-NEXT:   char name[60];
// FIXED-NEXT:   char scratch[100];

// A named group and a hot set larger than one line, said plainly.
struct big {
  int cold;
  ALIGNLINT_HOT_GROUP(path) long table[10];
  ALIGNLINT_HOT_GROUP(path) long more[4];
};
// X64: hot-fields.c:[[@LINE-5]]:8: warning: fields of hot group 'path' of 'struct big' are not together at the start of the record in as few cache lines as they fit: 'table' (lines 0-1), 'more' (line 1) are out of place; the hot set is 112 bytes, larger than one 64-byte cache line, so it needs at least 2 lines

// In place: nothing, also for ignored fields and records.
struct ALIGNLINT_IGNORE(hot-fields) ignored {
  char c;
  long h ALIGNLINT_HOT;
};
struct fine {
  long h ALIGNLINT_HOT;
  char c;
};
// CHECK-NOT: {{'struct (ignored|fine)'.*alignlint-hot-fields}}

#ifdef FIXED
_Static_assert(offsetof(struct conn, rx_bytes) == 0 &&
               offsetof(struct conn, state) + sizeof(int) <= 64, "conn hot in line 0");
_Static_assert(offsetof(struct big, table) == 0 &&
               offsetof(struct big, more) + 4 * sizeof(long) <= 128, "big hot in 2 lines");
#endif
