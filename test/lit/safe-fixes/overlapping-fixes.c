// Two records whose fixes would rewrite the same text (a compound literal of
// one inside a moved initializer element of the other): the first fix is
// made, the second waits for the next run, and two runs give the same
// program.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %t.c 2>&1 | FileCheck %s --check-prefix=ROUND2
// RUN: %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c
// RUN: FileCheck %s --check-prefix=CHECK-FIXES --input-file=%t.c
// RUN: %clang_cc %s -o %t.before && %t.before > %t.out1
// RUN: %clang_cc %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
#include <stdio.h>

struct P { char a; long b; char c; };
// CHECK: :[[@LINE-1]]:8: warning: 'struct P' is 24 bytes but could be 16
// CHECK-NOT: note: no fix-it
struct Q { char x; long y; char z; struct P *ptr; };
// CHECK: :[[@LINE-1]]:8: warning: 'struct Q' is 32 bytes but could be 24
// CHECK: :[[@LINE+1]]:24: note: no fix-it: this code is also rewritten by the fix for 'struct P'; apply that fix and run alignlint again
struct Q g = {1, 2, 3, &(struct P){4, 5, 6}};
// ROUND2-NOT: 'struct P'
// ROUND2: warning: 'struct Q' is 32 bytes but could be 24
// ROUND2-NOT: note: no fix-it

// CHECK-FIXES: struct P { long b; char a; char c; };
// CHECK-FIXES: struct Q { long y; struct P *ptr; char x; char z; };
// CHECK-FIXES: struct Q g = {2, &(struct P){5, 4, 6}, 1, 3};

int main(void) {
  printf("%d %ld %d %d %ld %d\n", g.x, g.y, g.z, g.ptr->a, g.ptr->b, g.ptr->c);
  return 0;
}
