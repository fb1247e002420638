// C++ braced lists whose elements have effects (positional, C++20
// designated, nested, brace elision, new, return): clang evaluates them in
// field order, so those members keep their relative order; pure elements
// move freely. The fixed program prints the same.
// RUN: %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64 --implicit-check-not='no fix-it' --implicit-check-not="'H'"
// RUN: %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64,CXX20 --implicit-check-not='no fix-it' --implicit-check-not="'H'"
// RUN: %alignlint_cxx -std=c++20 -target i386-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,I386 --implicit-check-not='no fix-it' --implicit-check-not="'H'"
// RUN: %clangxx -std=c++17 %s -o %t.before17 && %t.before17 > %t.out1
// RUN: %clangxx -std=c++20 %s -o %t.before20 && %t.before20 > %t.out2
// RUN: cp %s %t17.cpp && %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t17.cpp
// RUN: %clangxx -std=c++17 -Wall -Werror -Wno-missing-braces -DFIXED %t17.cpp -o %t.after17 && %t.after17 > %t.out17
// RUN: diff %t.out1 %t.out17
// RUN: cp %s %t20.cpp && %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t20.cpp
// RUN: FileCheck %s --check-prefix=CHECK-FIXES --input-file=%t20.cpp
// RUN: %clangxx -std=c++20 -Wall -Werror -Wno-missing-braces -DFIXED %t20.cpp -o %t.after20 && %t.after20 > %t.out20
// RUN: diff %t.out2 %t.out20
extern "C" int printf(const char *, ...);

static int counter;
static char u8() { return char(++counter); }
static long long u64() { return ++counter * 100; }

// Every member's element has an effect somewhere: nothing moves, no warning.
struct H {
  char a;
  long long b;
  char c;
};
H h{u8(), u64(), u8()};

// kind and flags keep their order; value and count move.
struct P {
  char kind;
  double value;
  int flags;
  char count;
};
// X64: :[[@LINE-6]]:8: warning: 'P' is 24 bytes but could be 16
// I386: :[[@LINE-7]]:8: warning: 'P' is 20 bytes but could be 16
// CHECK-NEXT: note: suggested order: value, kind, count, flags
// CHECK-FIXES: {{^}}P make(char n) { return {2.5, u8(), n, u8()}; }
// CHECK-FIXES: {{^}}P *fresh() { return new P{3.5, u8(), 9, u8()}; }
P make(char n) { return {u8(), 2.5, u8(), n}; }
P *fresh() { return new P{u8(), 3.5, u8(), 9}; }

// Nested lists and brace elision: the effects of one record's elements
// keep their order in every list.
struct Inner {
  char x;
  long y;
  int z;
};
// X64: :[[@LINE-5]]:8: warning: 'Inner' is 24 bytes but could be 16
// X64-NEXT: note: suggested order: y, x, z
// CHECK-FIXES: {{^}}Outer nested{{[{][{]}}4, u8(), u8()}, 5};
// CHECK-FIXES: {{^}}Outer elided = {6, u8(), u8(), 7};
struct Outer {
  Inner in;
  int tail;
};
Outer nested{{u8(), 4, u8()}, 5};
Outer elided = {u8(), 6, u8(), 7};

#if __cplusplus >= 202002L
// A C++20 designated list is evaluated in declaration order too.
struct D {
  char first;
  double gap;
  int mid;
  char last;
};
// CXX20: :[[@LINE-6]]:8: warning: 'D' is 24 bytes but could be 16
// CXX20-NEXT: note: suggested order: gap, first, last, mid
// I386: :[[@LINE-8]]:8: warning: 'D' is 20 bytes but could be 16
D designated = {.first = u8(), .mid = u8()};
#endif

int main() {
  P p = make(8);
  P *q = fresh();
  printf("%d %lld %d\n", h.a, h.b, h.c);
  printf("%d %g %d %d / %d %g %d %d\n", p.kind, p.value, p.flags, p.count,
         q->kind, q->value, q->flags, q->count);
  printf("%d %ld %d %d / %d %ld %d %d\n", nested.in.x, nested.in.y,
         nested.in.z, nested.tail, elided.in.x, elided.in.y, elided.in.z,
         elided.tail);
#if __cplusplus >= 202002L
  printf("%d %g %d %d\n", designated.first, designated.gap, designated.mid,
         designated.last);
#endif
  delete q;
}
