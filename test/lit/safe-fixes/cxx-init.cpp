// C++: aggregate lists are permuted, C++20 designated lists are put in the
// new declaration order, constructor member-initializer lists are reordered.
// RUN: %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefix=CHECK
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.cpp
// RUN: FileCheck %s --check-prefix=CHECK-FIXES --input-file=%t.cpp
// RUN: %clangxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only -DFIXED -Werror -Wreorder %t.cpp
// RUN: %clangxx -std=c++20 %s -o %t.before && %t.before > %t.out1
// RUN: %clangxx -std=c++20 %t.cpp -o %t.after && %t.after > %t.out2
// RUN: diff %t.out1 %t.out2
#include <cstdio>

struct R {
  char a;
  double d;
  char b;
};
// CHECK: :[[@LINE-5]]:8: warning: 'R' is 24 bytes but could be 16
// CHECK-FIXES: {{^}}struct R {
// CHECK-FIXES-NEXT: {{^  double d;}}
// CHECK-FIXES-NEXT: {{^  char a;}}

struct C {
  C(int x) : a(char(x)), // a
             d(x * 2.0),
             b(3) {}
  char a;
  double d;
  char b;
};
// CHECK: :[[@LINE-8]]:8: warning: 'C' is 24 bytes but could be 16
// CHECK-NOT: note: no fix-it
// CHECK-FIXES: {{^}}  C(int x) : d(x * 2.0),{{$}}
// CHECK-FIXES-NEXT: {{^             a\(char\(x\)\), // a$}}
// CHECK-FIXES-NEXT: {{^             b\(3\) \{\}$}}

R g{1, 2.5, 3};
// CHECK-FIXES: {{^}}R g{2.5, 1, 3};
R h = {.a = 4, .d = 5.5, .b = 6};
// CHECK-FIXES: {{^}}R h = {.d = 5.5, .a = 4, .b = 6};
R k = {7, 8.5};
// CHECK-FIXES: {{^}}R k = {8.5, 7};
R z = {};
// CHECK-FIXES: {{^}}R z = {};

#ifdef FIXED
static_assert(sizeof(R) == 16, "");
static_assert(sizeof(C) == 16, "");
#endif

int main() {
  R local{9, 10.5, 11};
  // CHECK-FIXES: {{^}}  R local{10.5, 9, 11};
  R *n = new R{12, 13.5, 14};
  // CHECK-FIXES: {{^}}  R *n = new R{13.5, 12, 14};
  C c(5);
  const R all[] = {g, h, k, z, local, *n};
  for (const R &r : all)
    std::printf("%d %g %d\n", r.a, r.d, r.b);
  std::printf("%d %g %d\n", c.a, c.d, c.b);
  delete n;
}
