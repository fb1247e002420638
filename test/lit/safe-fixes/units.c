// Units move as blocks: `int a, b;` and bitfield runs take their elements
// along; a cast to the first field's type is fine while that field stays
// first; a cast to char * reads bytes and pins nothing.
// RUN: %alignlint_cc -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefix=CHECK
// RUN: cp %s %t.c && %alignlint_cc -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c
// RUN: FileCheck %s --check-prefix=CHECK-FIXES --input-file=%t.c
// RUN: %clang_cc -target x86_64-linux-gnu -fsyntax-only -DFIXED -Werror %t.c
// RUN: %clang_cc %s -o %t.before && %t.before > %t.out1
// RUN: %clang_cc %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
#include <stdio.h>

struct U {
  long id;
  char x, y;
  double d;
  unsigned f1 : 3, f2 : 5;
  short s;
  char tail[3];
};
// CHECK: :[[@LINE-8]]:8: warning: 'struct U' is 32 bytes but could be 24
// CHECK-NOT: note: no fix-it
// CHECK: note: suggested order: id, d, f1, f2, x, y, tail, s

struct U u1 = {1, 'x', 'y', 2.5, 3, 4, 5, "ab"};
// CHECK-FIXES: {{^}}struct U {
// CHECK-FIXES-NEXT: {{^  long id;$}}
// CHECK-FIXES-NEXT: {{^  double d;$}}
// CHECK-FIXES-NEXT: {{^  unsigned f1 : 3, f2 : 5;$}}
// CHECK-FIXES-NEXT: {{^  char x, y;$}}
// CHECK-FIXES: {{^}}struct U u1 = {1, 2.5, 3, 4, 'x', 'y', "ab", 5};
struct U u2 = {1, 'x', 'y', 2.5};
// CHECK-FIXES: {{^}}struct U u2 = {.id = 1, .d = 2.5, .x = 'x', .y = 'y'};
struct U u3 = {1, 'x', 'y', 2.5, 3, 4, 5, 'p', 'q'};
// CHECK-FIXES: {{^}}struct U u3 = {1, 2.5, 3, 4, 'x', 'y', {{[{]}}'p', 'q'}, 5};

long *first(struct U *p) { return (long *)p; }
unsigned char *bytes(struct U *p) { return (unsigned char *)p; }

#ifdef FIXED
_Static_assert(sizeof(struct U) == 24, "");
#endif

static void show(const struct U *p) {
  printf("%ld %c %c %g %u %u %d %s %ld\n", p->id, p->x, p->y, p->d, p->f1,
         p->f2, p->s, p->tail, *first((struct U *)p));
}

int main(void) {
  show(&u1); show(&u2);
  printf("%c%c%d\n", u3.tail[0], u3.tail[1], u3.tail[2]);
  return bytes(&u1)[0] != 1;
}
