// C lists whose elements have side effects: the standard leaves their order
// unspecified, but clang evaluates positional and designated lists alike in
// field order, and users observe that order; those members keep it. The
// fixed program prints the same.
// RUN: %alignlint_cc -std=c11 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64 --implicit-check-not='no fix-it'
// RUN: %alignlint_cc -std=c11 -target i386-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,I386 --implicit-check-not='no fix-it'
// RUN: %clang_cc -std=c11 %s -o %t.before && %t.before > %t.out1
// RUN: cp %s %t.c && %alignlint_cc -std=c11 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c
// RUN: %clang_cc -std=c11 -Wall -Werror -DFIXED %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
int printf(const char *, ...);

static int counter;
static int next(void) { return ++counter; }
static volatile int port = 40;

// Positional: a and c are read in order; d and e move.
struct pos {
  char a;
  double d;
  int c;
  char e;
};
// X64: :[[@LINE-6]]:8: warning: 'struct pos' is 24 bytes but could be 16
// I386: :[[@LINE-7]]:8: warning: 'struct pos' is 20 bytes but could be 16
// CHECK-NEXT: note: suggested order: d, a, e, c

// Designated, written out of field order: clang still evaluates them in
// field order, so first and last keep their order.
struct des {
  char first;
  double gap;
  int last;
  char n;
};
// X64: :[[@LINE-6]]:8: warning: 'struct des' is 24 bytes but could be 16
// I386: :[[@LINE-7]]:8: warning: 'struct des' is 20 bytes but could be 16
// CHECK-NEXT: note: suggested order: gap, first, n, last

// A volatile read and an assignment are effects too; a constant, a local
// and arithmetic on them are not.
struct vol {
  char v;
  double x;
  int w;
  char k;
};
// X64: :[[@LINE-6]]:8: warning: 'struct vol' is 24 bytes but could be 16
// I386: :[[@LINE-7]]:8: warning: 'struct vol' is 20 bytes but could be 16
// CHECK-NEXT: note: suggested order: x, v, k, w

int main(void) {
  int local = 5;
  struct pos p = {next(), 1.5, next(), local * 2};
  struct des d = {.last = next(), .first = next(), .n = 3};
  struct vol v = {port, 2.0, counter = 9, local};
  struct pos q = (struct pos){next(), 2.5, next(), 4};
  printf("%d %g %d %d\n", p.a, p.d, p.c, p.e);
  printf("%d %g %d %d\n", d.first, d.gap, d.last, d.n);
  printf("%d %g %d %d\n", v.v, v.x, v.w, v.k);
  printf("%d %g %d %d\n", q.a, q.d, q.c, q.e);
  return 0;
}
