// A field that uses a name an earlier field declares (an enum's constant,
// a struct defined in a field) stays after that field; the others move.
// The fixed file compiles with -Wall -Werror.
// RUN: %alignlint_cc -std=c11 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64 --implicit-check-not='no fix-it'
// RUN: %alignlint_cc -std=c11 -target i386-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,I386 --implicit-check-not='no fix-it'
// RUN: cp %s %t.c && %alignlint_cc -std=c11 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.c
// RUN: %clang_cc -std=c11 -target x86_64-linux-gnu -fsyntax-only -Wall -Werror -DFIXED %t.c
// RUN: cp %s %t23.c && %alignlint_cc -std=%c23 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t23.c
// RUN: %clang_cc -std=%c23 -target x86_64-linux-gnu -fsyntax-only -Wall -Werror -DFIXED %t23.c

struct msg {
  char flag;
  enum { SMALL = 4, BIG = 16 } kind;
  char tag;
  long long words[BIG / 8];
};
// X64: :[[@LINE-6]]:8: warning: 'struct msg' is 32 bytes but could be 24
// X64-NEXT: note: suggested order: kind, flag, tag, words
// I386: :[[@LINE-8]]:8: warning: 'struct msg' is 28 bytes but could be 24
// I386-NEXT: note: suggested order: kind, words, flag, tag

struct wrap {
  char c;
  struct small { char x; } first;
  double d;
  char e;
  struct wide { struct small s; double v; } second;
};
// X64: :[[@LINE-7]]:8: warning: 'struct wrap' is 40 bytes but could be 32
// I386: :[[@LINE-8]]:8: warning: 'struct wrap' is 28 bytes but could be 24
// CHECK-NEXT: note: suggested order: d, c, first, e, second

#ifdef FIXED
_Static_assert(sizeof(struct msg) == 24, "");
_Static_assert(sizeof(struct wrap) == 32, "");
#endif
