// C++: a class derived from, or holding, a class fixed in the same run is
// fixed in that run with the base's new layout, on Itanium and Microsoft
// layouts alike. A base with a user-provided constructor is not a POD, so
// Itanium puts a derived class's fields in its tail padding: its copy is
// made non-POD the same way, and the claims hold on x86_64 and i386 Linux
// and on windows-msvc (static_asserts on the fixed sources).
// RUN: %alignlint_cxx --target=x86_64-linux-gnu -std=c++17 -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,X64
// RUN: %alignlint_cxx --target=i386-pc-windows-msvc -std=c++17 -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK,MSVC32
// RUN: %alignlint_cxx --target=i386-linux-gnu -std=c++17 -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefixes=CHECK
//
// RUN: cp %s %t.cpp && %alignlint_cxx --target=x86_64-linux-gnu -std=c++17 -Xclang -fixit -fsyntax-only %t.cpp 2>/dev/null
// RUN: %alignlint_cxx --target=x86_64-linux-gnu -std=c++17 -fsyntax-only -fno-caret-diagnostics %t.cpp 2>&1 | FileCheck %s --allow-empty --check-prefix=ROUND2
// RUN: %alignlint_cxx --target=x86_64-linux-gnu -std=c++17 -fsyntax-only %s 2>&1 | sed -n 's/.*warning: .\([A-Za-z]*\). is [0-9]* bytes but could be \([0-9]*\):.*/static_assert(sizeof(\1) == \2, "claimed size");/p' > %t.claims
// RUN: grep -c static_assert %t.claims | FileCheck %s --check-prefix=CLAIMS
// RUN: cat %t.claims >> %t.cpp
// RUN: %clangxx --target=x86_64-linux-gnu -std=c++17 -Wall -Werror %s -o %t.before && %t.before > %t.out1
// RUN: %clangxx --target=x86_64-linux-gnu -std=c++17 -Wall -Werror %t.cpp -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
//
// RUN: cp %s %t.msvc.cpp && %alignlint_cxx --target=i386-pc-windows-msvc -std=c++17 -Xclang -fixit -fsyntax-only %t.msvc.cpp 2>/dev/null
// RUN: %alignlint_cxx --target=i386-pc-windows-msvc -std=c++17 -fsyntax-only -fno-caret-diagnostics %t.msvc.cpp 2>&1 | FileCheck %s --allow-empty --check-prefix=ROUND2
// RUN: %alignlint_cxx --target=i386-pc-windows-msvc -std=c++17 -fsyntax-only %s 2>&1 | sed -n 's/.*warning: .\([A-Za-z]*\). is [0-9]* bytes but could be \([0-9]*\):.*/static_assert(sizeof(\1) == \2, "claimed size");/p' > %t.msvc.claims
// RUN: grep -c static_assert %t.msvc.claims | FileCheck %s --check-prefix=CLAIMS
// RUN: cat %t.msvc.claims >> %t.msvc.cpp && %clangxx --target=i386-pc-windows-msvc -std=c++17 -fsyntax-only -Wall -Werror %t.msvc.cpp
//
// RUN: cp %s %t.i386.cpp && %alignlint_cxx --target=i386-linux-gnu -std=c++17 -Xclang -fixit -fsyntax-only %t.i386.cpp 2>/dev/null
// RUN: %alignlint_cxx --target=i386-linux-gnu -std=c++17 -fsyntax-only -fno-caret-diagnostics %t.i386.cpp 2>&1 | FileCheck %s --allow-empty --check-prefix=ROUND2
// RUN: %alignlint_cxx --target=i386-linux-gnu -std=c++17 -fsyntax-only %s 2>&1 | sed -n 's/.*warning: .\([A-Za-z]*\). is [0-9]* bytes but could be \([0-9]*\):.*/static_assert(sizeof(\1) == \2, "claimed size");/p' > %t.i386.claims
// RUN: grep -c static_assert %t.i386.claims | FileCheck %s --check-prefix=CLAIMS
// RUN: cat %t.i386.claims >> %t.i386.cpp && %clangxx --target=i386-linux-gnu -std=c++17 -fsyntax-only -Wall -Werror %t.i386.cpp
// CLAIMS: {{^5$}}
#if defined(__x86_64__)   // the foreign targets are compile-only, without headers
#include <cstdio>
#include <cstring>
#endif

struct PodB { char a; long long b; char c; };
struct DPod : PodB { char x; long long y; char z; };
// X64: :[[@LINE-2]]:8: warning: 'PodB' is 24 bytes but could be 16
// X64: :[[@LINE-2]]:8: warning: 'DPod' is 48 bytes but could be 32
// MSVC32: :[[@LINE-4]]:8: warning: 'PodB' is 24 bytes but could be 16
// MSVC32: :[[@LINE-4]]:8: warning: 'DPod' is 48 bytes but could be 32
// CHECK: note: 'DPod' could be {{[0-9]+}} bytes with 'PodB' fixed as suggested (its fix-it is in this run too)
// CHECK-NOT: no fix-it

struct NonPodB {
  NonPodB() : a(1), b(2), c(3) {}
  char a;
  long long b;
  char c;
};
struct DNonPod : NonPodB { char x; long long y; char z; };
// CHECK: :[[@LINE-7]]:8: warning: 'NonPodB'
// CHECK: :[[@LINE-2]]:8: warning: 'DNonPod'
// CHECK: note: 'DNonPod' could be {{[0-9]+}} bytes with 'NonPodB' fixed as suggested (its fix-it is in this run too)
// CHECK-NOT: no fix-it

/* Holds a derived class whose base is fixed: three fixes in one run. */
struct Holder { char q; DPod d; char r; long long s; };
// CHECK: :[[@LINE-1]]:8: warning: 'Holder'
// CHECK: note: 'Holder' could be {{[0-9]+}} bytes with 'DPod' fixed as suggested (its fix-it is in this run too)
// CHECK-NOT: no fix-it

// ROUND2-NOT: warning:

#if defined(__x86_64__)
int main() {
  Holder h;
  DNonPod n;
  std::memset(&h, 0x5a, sizeof h);
  h.q = 1; h.d.a = 2; h.d.b = 3; h.d.c = 4; h.d.x = 5; h.d.y = 6; h.d.z = 7;
  h.r = 8; h.s = 9;
  n.x = 10; n.y = 11; n.z = 12;
  std::printf("%d %d %lld %d %d %lld %d %d %lld\n", h.q, h.d.a, h.d.b, h.d.c,
              h.d.x, h.d.y, h.d.z, h.r, h.s);
  std::printf("%d %lld %d %d %lld %d\n", n.a, n.b, n.c, n.x, n.y, n.z);
  return 0;
}
#endif
