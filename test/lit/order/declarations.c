// A field that uses a name an earlier field declares (an enum's constant,
// a struct defined in a field) stays after that field; the others move.
// The fixed file compiles with -Wall -Werror.
// RUN: %alignlint_cc -std=c11 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
// RUN: %alignlint_cc -std=c11 -target i386-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,I386
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

struct wrap {
  char c;
  struct inner { char x; double y; } first;
  char d;
  struct inner second;
};

#ifdef FIXED
_Static_assert(sizeof(struct msg) == 24, "");
_Static_assert(sizeof(struct wrap) == 40, "");
#endif
