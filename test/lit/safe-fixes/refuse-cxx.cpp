// C++ code that depends on the field order and cannot be rewritten: the
// warning stays, a note names the line, the file is unchanged. (Initializers
// that read another member are kept after it: order/members.cpp.)
// RUN: %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only %s 2>&1 | grep -c "note: no fix-it" | FileCheck %s --check-prefix=COUNT
// COUNT: {{^4$}}
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.cpp
// RUN: diff %s %t.cpp
#include <compare>

struct C { char a; double d; char b; };
auto f(C c) { auto [x, y, z] = c; return x + y + z; }
// CHECK-DAG: :[[@LINE-1]]:20: note: no fix-it: this structured binding depends on the field order

struct D {
  char a;
  double d;
  char b;
  auto operator<=>(const D &) const = default;
};
// CHECK-DAG: :[[@LINE-2]]:8: note: no fix-it: this defaulted comparison (it compares the fields in declaration order) depends on the field order

struct E { char a; double d; char b; };
template <class T> T make() { return T{1, 2.0, 3}; }
E e = make<E>();
// CHECK-DAG: :[[@LINE-2]]:{{[0-9]+}}: note: no fix-it: this initializer in a template depends on the field order

struct F {
  F(int x) : a(char(x)), d(twice(x)), b(0) {}
  double twice(int x) const { return b + 2.0 * x; }
  char a;
  double d;
  char b;
};
// CHECK-DAG: :[[@LINE-6]]:{{[0-9]+}}: note: no fix-it: {{.*}}uses 'this'
