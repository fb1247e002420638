// Complete positional lists are permuted (element text and comments kept),
// partial ones get designators; nested, brace-elided, array, compound-literal
// and automatic initializers are rewritten by the same fix.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefix=CHECK
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c
// RUN: FileCheck %s --check-prefix=CHECK-FIXES --input-file=%t.c
// RUN: %clang_cc -target x86_64-linux-gnu -fsyntax-only -DFIXED -Werror %t.c
// RUN: %clang_cc %s -o %t.before && %t.before > %t.out1
// RUN: %clang_cc %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
#include <stdio.h>

struct R {
  char a;   // first
  double d;
  char b;
};
// CHECK: :[[@LINE-5]]:8: warning: 'struct R' is 24 bytes but could be 16
// CHECK-NOT: note: no fix-it
// CHECK-FIXES: {{^ *}}struct R {
// CHECK-FIXES-NEXT: {{^ *}}double d;
// CHECK-FIXES-NEXT: {{^ *}}char a;   // first
// CHECK-FIXES-NEXT: {{^ *}}char b;

struct O { struct R r; int x; };

struct R g = {1, 2.5, 3};
// CHECK-FIXES: {{^ *}}struct R g = {2.5, 1, 3};
struct R h = {
  4,    /* a */
  5.5,  /* d */
  6,    /* b */
};
// CHECK-FIXES: {{^ *}}struct R h = {
// CHECK-FIXES-NEXT: {{^  5.5,  /\* d \*/$}}
// CHECK-FIXES-NEXT: {{^  4,    /\* a \*/$}}
// CHECK-FIXES-NEXT: {{^  6,    /\* b \*/$}}
// CHECK-FIXES-NEXT: {{^ *}}};
struct R p = {7};
// CHECK-FIXES: {{^ *}}struct R p = {.a = 7};
struct R q = {8, 9.5};
// CHECK-FIXES: {{^ *}}struct R q = {.d = 9.5, .a = 8};
struct R z = {0};
// CHECK-FIXES: {{^ *}}struct R z = {0};
struct R e = {};
// CHECK-FIXES: {{^ *}}struct R e = {};
struct R des = {.b = 1, .a = 2};
// CHECK-FIXES: {{^ *}}struct R des = {.b = 1, .a = 2};
struct O o = {1, 2.5, 3, 4};
// CHECK-FIXES: {{^ *}}struct O o = {2.5, 1, 3, 4};
struct O ob = {{1, 2.5, 3}, 4};
// CHECK-FIXES: {{^ *}}struct O ob = {{[{][{]}}2.5, 1, 3}, 4};
struct O o2 = {1, 2.5};
// CHECK-FIXES: {{^ *}}struct O o2 = {{[{][{]}}.d = 2.5, .a = 1}};
struct R arr[2] = {1, 2.5, 3, 4, 5.5, 6};
// CHECK-FIXES: {{^ *}}struct R arr[2] = {2.5, 1, 3, 5.5, 4, 6};
struct R arr2[] = {{1, 2.5, 3}, {4, 5.5}};
// CHECK-FIXES: {{^ *}}struct R arr2[] = {{[{][{]}}2.5, 1, 3}, {.d = 5.5, .a = 4}};

#ifdef FIXED
_Static_assert(sizeof(struct R) == 16, "");
#endif

static void show(const char *n, const struct R *r) {
  printf("%s %d %g %d\n", n, r->a, r->d, r->b);
}

int main(void) {
  struct R local = {10, 11.5, 12};
  // CHECK-FIXES: {{^ *}}struct R local = {11.5, 10, 12};
  const struct R *c = &(struct R){13, 14.5, 15};
  // CHECK-FIXES: {{^ *}}const struct R *c = &(struct R){14.5, 13, 15};
  show("g", &g); show("h", &h); show("p", &p); show("q", &q); show("z", &z);
  show("e", &e); show("des", &des); show("o", &o.r); show("ob", &ob.r);
  show("o2", &o2.r); show("arr0", &arr[0]); show("arr1", &arr[1]);
  show("arr20", &arr2[0]); show("arr21", &arr2[1]); show("local", &local);
  show("c", c);
  printf("%d %d %d\n", o.x, ob.x, o2.x);
  return 0;
}
