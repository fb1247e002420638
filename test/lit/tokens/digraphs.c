// Digraphs and trigraphs are the tokens they spell: `<% %>` and `??< ??>`
// braces (in the record and in initializers), `<: :>` brackets. The
// initializers are rewritten element by element, and the program prints the
// same before and after the fix.
// RUN: %alignlint_cc -std=c11 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics -Wno-trigraphs %s 2>&1 | FileCheck %s
// RUN: cp %s %t.c && %alignlint_cc -std=c11 -target x86_64-linux-gnu -Wno-trigraphs -Xclang -fixit -fsyntax-only %t.c 2>/dev/null
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.c
// RUN: %clang_cc -std=c11 -target x86_64-linux-gnu -Wall -Werror -Wno-trigraphs -DFIXED %t.c -o %t.after
// RUN: %clang_cc -std=c11 -target x86_64-linux-gnu -Wall -Werror -Wno-trigraphs %s -o %t.before
// RUN: %t.before > %t.out1 && %t.after > %t.out2 && diff %t.out1 %t.out2
// RUN: %alignlint_cc -std=c11 -target x86_64-linux-gnu -Wno-trigraphs -fsyntax-only %t.c 2>&1 | FileCheck %s --check-prefix=AGAIN --allow-empty
// AGAIN-NOT: alignlint-field-order

#include <stdio.h>

struct digraph <%
  char a;
  double b<:2:>;
  char c;
%>;
// CHECK: digraphs.c:[[@LINE-5]]:8: warning: 'struct digraph' is 32 bytes but could be 24
// CHECK-NOT: no fix-it
// FIXED:      {{^}}struct digraph <%
// FIXED-NEXT: {{^}}  double b<:2:>;
// FIXED-NEXT: {{^}}  char a;
// FIXED-NEXT: {{^}}  char c;
// FIXED-NEXT: {{^}}%>;

struct digraph d1 = <% 1, <% 2.5, 3.5 %>, 4 %>;
struct digraph d2 = ??< 5, ??< 6.5, 7.5 ??>, 8 ??>;
// FIXED: struct digraph d1 = <% <% 2.5, 3.5 %>, 1, 4 %>;
// FIXED: struct digraph d2 = ??< ??< 6.5, 7.5 ??>, 5, 8 ??>;

struct trigraph ??<
  char a;
  double b??(1??);
  char c;
??>;
// CHECK: digraphs.c:[[@LINE-5]]:8: warning: 'struct trigraph' is 24 bytes but could be 16
// CHECK-NOT: no fix-it
// FIXED:      {{^}}struct trigraph ??<
// FIXED-NEXT: {{^}}  double b??(1??);
// FIXED-NEXT: {{^}}  char a;
// FIXED-NEXT: {{^}}  char c;
// FIXED-NEXT: {{^}}??>;

struct trigraph t1 = ??< 1, ??< 2.5 ??>, 3 ??>;
// FIXED: struct trigraph t1 = ??< ??< 2.5 ??>, 1, 3 ??>;

static void show(const struct digraph *d) {
  printf("%d %g %g %d\n", d->a, d->b[0], d->b[1], d->c);
}

int main(void) {
  show(&d1);
  show(&d2);
  printf("%d %g %d\n", t1.a, t1.b[0], t1.c);
  return 0;
}

#ifdef FIXED
_Static_assert(sizeof(struct digraph) == 24, "");
_Static_assert(sizeof(struct trigraph) == 16, "");
#endif
