// hot-fields and field-order share one reorder fix-it: a hot-fields fix
// rewrites the record's positional initializers exactly as field-order's
// would, and the program behaves the same afterwards.
// RUN: %alignlint_cc -target x86_64-linux-gnu -I%include -fplugin-arg-alignlint-disable=field-order -fno-caret-diagnostics -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -I%include -fplugin-arg-alignlint-disable=field-order -Xclang -fixit -fsyntax-only %t.c 2>/dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc -I%include %s -o %t.before && %t.before > %t.out1
// RUN: %clang_cc -I%include -DFIXED %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2

#include <stdio.h>
#include "alignlint.h"

struct route {
  char label[64];
  unsigned hits ALIGNLINT_HOT;
  unsigned next_hop ALIGNLINT_HOT;
};
// CHECK: hot-fields-init.c:[[@LINE-5]]:8: warning: hot fields of 'struct route' are not together at the start
// CHECK-NOT: no fix-it

static struct route table[] = {
  {"default", 10, 1},
  {"lan", 20, 2},
};
// FIXED: struct route {
// FIXED-NEXT:   unsigned hits ALIGNLINT_HOT;
// FIXED-NEXT:   unsigned next_hop ALIGNLINT_HOT;
// FIXED-NEXT:   char label[64];
// FIXED: {10, 1, "default"},
// FIXED-NEXT: {20, 2, "lan"},

int main(void) {
  for (unsigned i = 0; i < 2; i++)
    printf("%s %u %u\n", table[i].label, table[i].hits, table[i].next_hop);
#ifdef FIXED
  _Static_assert(__builtin_offsetof(struct route, next_hop) < 64, "hot on line 0");
#endif
  return 0;
}
