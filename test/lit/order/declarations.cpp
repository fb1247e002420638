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

struct Typed {
  char pad;
  int kind;
  char tag;
  decltype(kind + 0LL) total;
};

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

#ifdef FIXED
static_assert(sizeof(Sized) == 48, "");
static_assert(sizeof(Typed) == 16, "");
#endif
