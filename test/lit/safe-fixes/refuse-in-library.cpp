// Code that depends on the field order inside a standard-library template
// (C++20 parenthesized aggregate initialization in std::construct_at, which
// `emplace_back` instantiates) cannot be rewritten: the note points at the
// user's line that instantiated it and names the library function, never
// into the library header.
// REQUIRES: clang-16-or-later
// RUN: %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -Xclang -fixit -fsyntax-only %t.cpp 2>/dev/null
// RUN: diff %s %t.cpp

#include <vector>

struct Sample {
  char tag;
  long value;
  char unit;
};
// CHECK: refuse-in-library.cpp:[[@LINE-5]]:8: warning: 'Sample' is 24 bytes but could be 16
// CHECK-NOT: note: no fix-it
// CHECK: refuse-in-library.cpp:[[@LINE+4]]:{{[0-9]+}}: note: no fix-it: this parenthesized aggregate initialization (in library function '{{.*}}emplace_back{{.*}}', called here) depends on the field order; alignlint cannot rewrite it

long total() {
  std::vector<Sample> samples;
  samples.emplace_back('t', 42L, 'u');
  return samples.front().value;
}
