// The cache-line rules and fixes of the same run: a record holding a record
// that contended realigns is modeled with the aligned layout (field-order
// fixes 'struct stats' in the same run), and hot-fields and contended model
// a record holding a reordered one with its new layout, as field-order does.
// One fix run; a second run finds nothing; the claimed sizes are asserted
// on the fixed sources and the program prints the same before and after.
// RUN: %alignlint_cc --target=x86_64-linux-gnu -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: %alignlint_cc --target=i386-linux-gnu -ffreestanding -DNO_MAIN -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefix=I386
//
// RUN: cp %s %t.c && %alignlint_cc --target=x86_64-linux-gnu -I%include -Xclang -fixit -fsyntax-only %t.c 2>/dev/null
// RUN: %alignlint_cc --target=x86_64-linux-gnu -I%include -fsyntax-only %t.c 2>&1 | FileCheck %s --allow-empty --check-prefix=ROUND2
// RUN: %alignlint_cc --target=x86_64-linux-gnu -I%include -fsyntax-only %s 2>&1 | sed -n -e "s/.*warning: '\([a-z_ ]*\)' is [0-9]* bytes.* could be \([0-9]*\):.*/_Static_assert(sizeof(\1) == \2, \"claimed size\");/p" -e "s/.*note: .* '\([a-z_ ]*\)' grows from [0-9]* to \([0-9]*\) bytes.*/_Static_assert(sizeof(\1) == \2, \"claimed size\");/p" > %t.claims
// RUN: grep -c _Static_assert %t.claims | FileCheck %s --check-prefix=CLAIMS
// RUN: cat %t.claims >> %t.c
// RUN: %clang_cc --target=x86_64-linux-gnu -I%include -Wall -Werror %s -o %t.before && %t.before > %t.out1
// RUN: %clang_cc --target=x86_64-linux-gnu -I%include -Wall -Werror %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
//
// RUN: cp %s %t.i386.c && %alignlint_cc --target=i386-linux-gnu -ffreestanding -DNO_MAIN -I%include -Xclang -fixit -fsyntax-only %t.i386.c 2>/dev/null
// RUN: %alignlint_cc --target=i386-linux-gnu -ffreestanding -DNO_MAIN -I%include -fsyntax-only %t.i386.c 2>&1 | FileCheck %s --allow-empty --check-prefix=ROUND2
// RUN: %alignlint_cc --target=i386-linux-gnu -ffreestanding -DNO_MAIN -I%include -fsyntax-only %s 2>&1 | sed -n -e "s/.*warning: '\([a-z_ ]*\)' is [0-9]* bytes.* could be \([0-9]*\):.*/_Static_assert(sizeof(\1) == \2, \"claimed size\");/p" -e "s/.*note: .* '\([a-z_ ]*\)' grows from [0-9]* to \([0-9]*\) bytes.*/_Static_assert(sizeof(\1) == \2, \"claimed size\");/p" > %t.i386.claims
// RUN: grep -c _Static_assert %t.i386.claims | FileCheck %s --check-prefix=CLAIMS
// RUN: cat %t.i386.claims >> %t.i386.c && %clang_cc --target=i386-linux-gnu -ffreestanding -DNO_MAIN -I%include -fsyntax-only -Wall -Werror %t.i386.c
// CLAIMS: {{^4$}}
// ROUND2-NOT: warning:
#include "alignlint.h"

struct counters {
  long hits ALIGNLINT_CONTENDED;
  long misses ALIGNLINT_CONTENDED;
};
struct stats { char tag; struct counters c; char flag; };
// CHECK: :[[@LINE-5]]:8: warning: contended member 'hits' of 'struct counters'
// CHECK: note: with the fix-it the record is aligned to 64 bytes and 'struct counters' grows from 16 to 128 bytes
// CHECK: :[[@LINE-3]]:8: warning: 'struct stats' is 32 bytes, 256 with the fix for 'struct counters', but could be 192: reordering its fields removes 64 bytes of padding and saves 1 cache line
// I386: :[[@LINE-4]]:8: warning: 'struct stats' is 16 bytes, 256 with the fix for 'struct counters', but could be 192
// CHECK: note: 'struct stats' could be 192 bytes with 'struct counters' fixed as suggested (its fix-it is in this run too)
// CHECK-NOT: no fix-it

struct inner { char a; long b; char c; };
// CHECK: :[[@LINE-1]]:8: warning: 'struct inner' is 24 bytes but could be 16
/* No padding to remove, but the hot field is not at the front. */
struct hotbox { char name[64]; struct inner in; long rx ALIGNLINT_HOT; };
// CHECK: :[[@LINE-1]]:8: warning: hot fields of 'struct hotbox' are not together
// CHECK: note: these offsets count 'struct inner' fixed as suggested (its fix-it is in this run too)
// CHECK-NOT: no fix-it

struct qstate { long head ALIGNLINT_CONTENDED; struct inner in; };
// CHECK: :[[@LINE-1]]:8: warning: contended member 'head' of 'struct qstate' shares cache line 0 with 'in'
// CHECK: note: these offsets count 'struct inner' fixed as suggested (its fix-it is in this run too)
// CHECK: note: with the fix-it the record is aligned to 64 bytes and 'struct qstate' grows from 32 to 128 bytes
// CHECK-NOT: no fix-it
// I386-NOT: no fix-it

#ifndef NO_MAIN
#include <stdio.h>
#include <string.h>

int main(void) {
  struct stats s;
  struct hotbox h;
  struct qstate q;
  memset(&s, 0, sizeof s);
  memset(&h, 0, sizeof h);
  memset(&q, 0, sizeof q);
  s.tag = 1; s.c.hits = 2; s.c.misses = 3; s.flag = 4;
  strcpy(h.name, "box"); h.in.a = 5; h.in.b = 6; h.in.c = 7; h.rx = 8;
  q.head = 9; q.in.a = 10; q.in.b = 11; q.in.c = 12;
  printf("%d %ld %ld %d\n", s.tag, s.c.hits, s.c.misses, s.flag);
  printf("%s %d %ld %d %ld\n", h.name, h.in.a, h.in.b, h.in.c, h.rx);
  printf("%ld %d %ld %d\n", q.head, q.in.a, q.in.b, q.in.c);
  return 0;
}
#endif
