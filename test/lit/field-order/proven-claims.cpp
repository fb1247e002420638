// Every size a warning claims is clang's layout of the proposed order for the
// target, bases and vptr included: the fixed copy must static_assert each
// claimed size, on every C++ ABI whose layout rules differ (Itanium on
// x86_64, i386 and aarch64; Microsoft on i386 and x86_64). The assertions
// are made from the warnings themselves ("'R' is N bytes but could be M").
//
// RUN: %alignlint_cxx --target=x86_64-linux-gnu -std=c++17 -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
// RUN: cp %s %t.x64.cpp && %alignlint_cxx --target=x86_64-linux-gnu -std=c++17 -Xclang -fixit -fsyntax-only %t.x64.cpp 2>/dev/null
// RUN: %alignlint_cxx --target=x86_64-linux-gnu -std=c++17 -fsyntax-only %s 2>&1 | sed -n 's/.*warning: .\([A-Za-z]*\). is [0-9]* bytes but could be \([0-9]*\):.*/static_assert(sizeof(\1) == \2, "claimed size");/p' > %t.x64.claims
// RUN: grep -c static_assert %t.x64.claims | FileCheck %s --check-prefix=CLAIMS6
// RUN: cat %t.x64.claims >> %t.x64.cpp && %clangxx --target=x86_64-linux-gnu -std=c++17 -fsyntax-only -Wall -Werror %t.x64.cpp
//
// RUN: %alignlint_cxx --target=i386-linux-gnu -std=c++17 -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,I386
// RUN: cp %s %t.i386.cpp && %alignlint_cxx --target=i386-linux-gnu -std=c++17 -Xclang -fixit -fsyntax-only %t.i386.cpp 2>/dev/null
// RUN: %alignlint_cxx --target=i386-linux-gnu -std=c++17 -fsyntax-only %s 2>&1 | sed -n 's/.*warning: .\([A-Za-z]*\). is [0-9]* bytes but could be \([0-9]*\):.*/static_assert(sizeof(\1) == \2, "claimed size");/p' > %t.i386.claims
// RUN: grep -c static_assert %t.i386.claims | FileCheck %s --check-prefix=CLAIMS6
// RUN: cat %t.i386.claims >> %t.i386.cpp && %clangxx --target=i386-linux-gnu -std=c++17 -fsyntax-only -Wall -Werror %t.i386.cpp
//
// RUN: %alignlint_cxx --target=aarch64-linux-gnu -std=c++17 -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,A64
// RUN: cp %s %t.a64.cpp && %alignlint_cxx --target=aarch64-linux-gnu -std=c++17 -Xclang -fixit -fsyntax-only %t.a64.cpp 2>/dev/null
// RUN: %alignlint_cxx --target=aarch64-linux-gnu -std=c++17 -fsyntax-only %s 2>&1 | sed -n 's/.*warning: .\([A-Za-z]*\). is [0-9]* bytes but could be \([0-9]*\):.*/static_assert(sizeof(\1) == \2, "claimed size");/p' > %t.a64.claims
// RUN: grep -c static_assert %t.a64.claims | FileCheck %s --check-prefix=CLAIMS6
// RUN: cat %t.a64.claims >> %t.a64.cpp && %clangxx --target=aarch64-linux-gnu -std=c++17 -fsyntax-only -Wall -Werror %t.a64.cpp
//
// RUN: %alignlint_cxx --target=i386-pc-windows-msvc -std=c++17 -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,MSVC32
// RUN: cp %s %t.msvc32.cpp && %alignlint_cxx --target=i386-pc-windows-msvc -std=c++17 -Xclang -fixit -fsyntax-only %t.msvc32.cpp 2>/dev/null
// RUN: %alignlint_cxx --target=i386-pc-windows-msvc -std=c++17 -fsyntax-only %s 2>&1 | sed -n 's/.*warning: .\([A-Za-z]*\). is [0-9]* bytes but could be \([0-9]*\):.*/static_assert(sizeof(\1) == \2, "claimed size");/p' > %t.msvc32.claims
// RUN: grep -c static_assert %t.msvc32.claims | FileCheck %s --check-prefix=CLAIMS5
// RUN: cat %t.msvc32.claims >> %t.msvc32.cpp && %clangxx --target=i386-pc-windows-msvc -std=c++17 -fsyntax-only -Wall -Werror %t.msvc32.cpp
//
// RUN: %alignlint_cxx --target=x86_64-pc-windows-msvc -std=c++17 -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,MSVC64
// RUN: cp %s %t.msvc64.cpp && %alignlint_cxx --target=x86_64-pc-windows-msvc -std=c++17 -Xclang -fixit -fsyntax-only %t.msvc64.cpp 2>/dev/null
// RUN: %alignlint_cxx --target=x86_64-pc-windows-msvc -std=c++17 -fsyntax-only %s 2>&1 | sed -n 's/.*warning: .\([A-Za-z]*\). is [0-9]* bytes but could be \([0-9]*\):.*/static_assert(sizeof(\1) == \2, "claimed size");/p' > %t.msvc64.claims
// RUN: grep -c static_assert %t.msvc64.claims | FileCheck %s --check-prefix=CLAIMS5
// RUN: cat %t.msvc64.claims >> %t.msvc64.cpp && %clangxx --target=x86_64-pc-windows-msvc -std=c++17 -fsyntax-only -Wall -Werror %t.msvc64.cpp
// CLAIMS6: {{^6$}}
// CLAIMS5: {{^5$}}

/* The case: on Microsoft's i386 ABI the vfptr slot is padded to
   the class's 8-byte alignment, so no order of these fields saves a byte;
   alignlint's model (a 4-byte vptr) thought 24. */
struct Shape {
  virtual ~Shape() {}
  double area;
  int sides;
  char kind;
  void *owner;
};
// CHECK-NOT: 'Shape'

/* An empty base takes no room. */
struct Empty {};
struct Empty2 {};
struct OnEmpty : Empty {
  char a;
  long long b;
  char c;
};
// X64: :[[@LINE-5]]:8: warning: 'OnEmpty' is 24 bytes but could be 16
// I386: :[[@LINE-6]]:8: warning: 'OnEmpty' is 16 bytes but could be 12
// A64: :[[@LINE-7]]:8: warning: 'OnEmpty' is 24 bytes but could be 16
// MSVC32: :[[@LINE-8]]:8: warning: 'OnEmpty' is 24 bytes but could be 16
// MSVC64: :[[@LINE-9]]:8: warning: 'OnEmpty' is 24 bytes but could be 16

/* A POD base: its tail padding is never reused. */
struct PodBase { long long id; char tag; };
struct AfterPod : PodBase {
  char a;
  long long b;
  char c;
};
// X64: :[[@LINE-5]]:8: warning: 'AfterPod' is 40 bytes but could be 32
// MSVC32: :[[@LINE-6]]:8: warning: 'AfterPod' is 40 bytes but could be 32

/* A non-POD base: Itanium puts the derived class's fields in its tail
   padding, Microsoft does not. */
struct NonPodBase {
  NonPodBase() : id(0), tag(0) {}
  long long id;
  char tag;
};
struct InTailPadding : NonPodBase {
  char a;
  long long b;
  char c;
};
// X64: :[[@LINE-5]]:8: warning: 'InTailPadding' is 32 bytes but could be 24
// I386: :[[@LINE-6]]:8: warning: 'InTailPadding' is 24 bytes but could be 20
// MSVC32: :[[@LINE-7]]:8: warning: 'InTailPadding' is 40 bytes but could be 32

/* Multiple bases, the first dynamic: the class shares its vptr. */
struct Left { virtual void f() {} char l; };
struct Right { double r; char rr; };
struct Both : Left, Right {
  char a;
  double b;
  char c;
  virtual void g() {}
};
// X64: :[[@LINE-6]]:8: warning: 'Both' is 56 bytes but could be 48
// MSVC32: :[[@LINE-7]]:8: warning: 'Both' is 48 bytes but could be 40

/* Two empty bases: Microsoft gives the second a byte; the model does not
   know that rule, and no claim is made there. */
struct TwoEmpty : Empty, Empty2 {
  char a;
  int *p;
  short s;
  char c;
};
// X64: :[[@LINE-6]]:8: warning: 'TwoEmpty' is 24 bytes but could be 16
// I386: :[[@LINE-7]]:8: warning: 'TwoEmpty' is 12 bytes but could be 8
// MSVC32-NOT: 'TwoEmpty'
// MSVC64-NOT: 'TwoEmpty'

/* A dynamic class with a non-dynamic, non-POD base: its own vptr first. */
struct Dyn : NonPodBase {
  virtual ~Dyn() {}
  char a;
  double d;
  short s;
};
// X64: :[[@LINE-6]]:8: warning: 'Dyn' is 40 bytes but could be 32
// MSVC32: :[[@LINE-7]]:8: warning: 'Dyn' is 48 bytes but could be 40

/* Records alignlint does not lay out: no claim. (Microsoft's ABI ignores
   the standard attribute.) */
#ifndef _MSC_VER
struct Unique {
  char a;
  [[no_unique_address]] Empty e;
  long long b;
  char c;
};
#endif
#pragma pack(push, 4)
struct Packed4 {
  char a;
  long long b;
  char c;
};
#pragma pack(pop)
// CHECK-NOT: 'Unique'
// CHECK-NOT: 'Packed4'
