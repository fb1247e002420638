// C lists whose elements have side effects: the standard leaves their order
// unspecified, but clang evaluates positional and designated lists alike in
// field order, and users observe that order; those members keep it. The
// fixed program prints the same.
// RUN: %alignlint_cc -std=c11 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
// RUN: %alignlint_cc -std=c11 -target i386-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,I386
// RUN: %clang_cc -std=c11 %s -o %t.before && %t.before > %t.out1
// RUN: cp %s %t.c && %alignlint_cc -std=c11 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c
// RUN: %clang_cc -std=c11 -Wall -Werror -DFIXED %t.c -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
int printf(const char *, ...);

static int counter;
static int next(void) { return ++counter; }
static volatile int port = 40;

// Positional: a and c are read in order; d and i move.
struct pos {
  char a;
  double d;
  char c;
  int i;
};

// Designated, written out of field order: clang still evaluates them in
// field order, so first and last keep their order.
struct des {
  char first;
  double gap;
  char last;
  int n;
};

// A volatile read and an assignment are effects too; a constant, a local
// and arithmetic on them are not.
struct vol {
  char v;
  double x;
  char w;
  int k;
};

int main(void) {
  int local = 5;
  struct pos p = {next(), 1.5, next(), local * 2};
  struct des d = {.last = next(), .first = next(), .n = 3};
  struct vol v = {port, 2.0, counter = 9, local};
  struct pos q = (struct pos){next(), 2.5, next(), 4};
  printf("%d %g %d %d\n", p.a, p.d, p.c, p.i);
  printf("%d %g %d %d\n", d.first, d.gap, d.last, d.n);
  printf("%d %g %d %d\n", v.v, v.x, v.w, v.k);
  printf("%d %g %d %d\n", q.a, q.d, q.c, q.i);
  return 0;
}
