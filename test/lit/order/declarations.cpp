// C++: a field whose type or bound names an earlier member (sizeof, decltype)
// or a name declared earlier in the class (an enum in a field, a nested
// class between the fields) stays after it; the others move. The fixed file
// compiles with -Wall -Werror.
// RUN: %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
// RUN: %alignlint_cxx -std=c++17 -target i386-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,I386
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.cpp
// RUN: %clangxx -std=c++17 -target x86_64-linux-gnu -fsyntax-only -Wall -Werror -DFIXED %t.cpp
// RUN: cp %s %t20.cpp && %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t20.cpp
// RUN: %clangxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only -Wall -Werror -DFIXED %t20.cpp

struct Sized {
  char pad;
  int kind;
  char tag;
  long long slots[sizeof(kind) + 1];
};
// X64: :[[@LINE-6]]:8: warning: 'Sized' is 56 bytes but could be 48
// I386: :[[@LINE-7]]:8: warning: 'Sized' is 52 bytes but could be 48
// X64-NEXT: note: suggested order: kind, pad, tag, slots
// I386-NEXT: note: suggested order: kind, slots, pad, tag

struct Typed {
  char pad;
  int kind;
  char tag;
  decltype(kind + 0LL) total;
};
// X64: :[[@LINE-6]]:8: warning: 'Typed' is 24 bytes but could be 16
// I386: :[[@LINE-7]]:8: warning: 'Typed' is 20 bytes but could be 16
// X64-NEXT: note: suggested order: kind, pad, tag, total
// I386-NEXT: note: suggested order: kind, total, pad, tag

struct Nested {
  char a;
  struct Node {
    char x;
    double y;
  };
  double d;
  char b;
  Node node;
};
// A nested class between the fields stays where it is: 'node' keeps 'a',
// written before it, in front (the fix itself is refused: FieldSlots does
// not move fields across a declaration).
// X64: :[[@LINE-13]]:8: warning: 'Nested' is 40 bytes but could be 32
// I386: :[[@LINE-14]]:8: warning: 'Nested' is 28 bytes but could be 24
// CHECK-NEXT: note: suggested order: d, a, b, node
// CHECK-NEXT: :[[@LINE-14]]:10: note: no fix-it: a declaration that is not a field sits among the fields

#ifdef FIXED
static_assert(sizeof(Sized) == 48, "");
static_assert(sizeof(Typed) == 16, "");
#endif
