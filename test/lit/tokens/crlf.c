// A file with CRLF line endings keeps them: slots end before a comment's
// '\r', every moved slot keeps its own line endings, and no edit leaves a
// bare LF or CR. The test converts this file to CRLF, applies the fix, checks
// that each line of the result ends in exactly one CR, and compiles and runs
// it.
// RUN: sed -e 's/$/\r/' %s > %t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c 2>&1 | FileCheck %s
// RUN: sed -e 's/\r$//' %t.c | sed -e 's/$/\r/' | cmp - %t.c
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc -target x86_64-linux-gnu -Wall -Werror -DFIXED %t.c -o %t.after
// RUN: %clang_cc -target x86_64-linux-gnu -Wall -Werror %s -o %t.before
// RUN: %t.before > %t.out1 && %t.after > %t.out2 && diff %t.out1 %t.out2

#include <stdio.h>

struct conn {
  char state;   // with a comment
  /* the peer's address */
  long addr;
  char flags;
  int port;     // another
};
// CHECK: warning: 'struct conn' is 24 bytes but could be 16
// CHECK-NOT: no fix-it
// FIXED:      {{^}}struct conn {
// FIXED-NEXT: {{^}}  /* the peer's address */
// FIXED-NEXT: {{^}}  long addr;
// FIXED-NEXT: {{^}}  int port;     // another
// FIXED-NEXT: {{^}}  char state;   // with a comment
// FIXED-NEXT: {{^}}  char flags;
// FIXED-NEXT: {{^}}};

struct conn c = {
  1,      // state
  2,
  3,      // flags
  4
};

int main(void) {
  printf("%d %ld %d %d\n", c.state, c.addr, c.flags, c.port);
  return 0;
}

#ifdef FIXED
_Static_assert(sizeof(struct conn) == 16, "");
#endif
