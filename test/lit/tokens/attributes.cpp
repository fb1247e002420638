// C++: an attribute-specifier-seq `[[...]]` or `alignas(...)` before a
// field's type is part of its slot; the contended fix writes `alignas(64)`
// after the `[[...]]` attributes, where C++ accepts it.
// RUN: %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -I%include -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
// RUN: cp %s %t.cpp && %alignlint_cxx -std=c++17 -target x86_64-linux-gnu -I%include -Xclang -fixit -fsyntax-only %t.cpp 2>/dev/null || true
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.cpp
// RUN: %clangxx -std=c++17 -target x86_64-linux-gnu -I%include -fsyntax-only -Wall -Werror -DFIXED %t.cpp
// RUN: cp %s %t20.cpp && %alignlint_cxx -std=c++20 -target x86_64-linux-gnu -I%include -Xclang -fixit -fsyntax-only %t20.cpp 2>/dev/null || true
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t20.cpp
// RUN: %clangxx -std=c++20 -target x86_64-linux-gnu -I%include -fsyntax-only -Wall -Werror -DFIXED %t20.cpp

#include "alignlint.h"

struct Standard {
  char a;
  [[maybe_unused]] double b;
  char c;
  [[deprecated("use b")]]
  [[gnu::unused]] int d;
};
// CHECK: attributes.cpp:[[@LINE-7]]:8: warning: 'Standard' is 24 bytes but could be 16
// CHECK-NOT: no fix-it
// FIXED:      {{^}}struct Standard {
// FIXED-NEXT: {{^}}  {{\[\[}}maybe_unused]] double b;
// FIXED-NEXT: {{^}}  {{\[\[}}deprecated("use b")]]
// FIXED-NEXT: {{^}}  {{\[\[}}gnu::unused]] int d;
// FIXED-NEXT: {{^}}  char a;
// FIXED-NEXT: {{^}}  char c;
// FIXED-NEXT: {{^}}};

struct Aligned {
  char a;
  alignas(8) long b;
  char c;
  __attribute__((unused)) double d;
};
// CHECK: attributes.cpp:[[@LINE-6]]:8: warning: 'Aligned' is 32 bytes but could be 24
// CHECK-NOT: no fix-it
// FIXED:      {{^}}struct Aligned {
// FIXED-NEXT: {{^}}  alignas(8) long b;
// FIXED-NEXT: {{^}}  __attribute__((unused)) double d;
// FIXED-NEXT: {{^}}  char a;
// FIXED-NEXT: {{^}}  char c;
// FIXED-NEXT: {{^}}};

struct Queue {
  [[maybe_unused]] long head ALIGNLINT_CONTENDED;
  [[maybe_unused]] mutable long tail ALIGNLINT_CONTENDED;
  int size;
};
// CHECK: attributes.cpp:[[@LINE-5]]:8: warning: contended member 'head' of 'Queue'
// CHECK-NOT: no fix-it
// FIXED:      {{^}}  {{\[\[}}maybe_unused]] alignas(64) long head ALIGNLINT_CONTENDED;
// FIXED-NEXT: {{^}}  {{\[\[}}maybe_unused]] alignas(64) mutable long tail ALIGNLINT_CONTENDED;
// FIXED-NEXT: {{^}}  alignas(64) int size;

#ifdef FIXED
static_assert(sizeof(Standard) == 16, "");
static_assert(sizeof(Aligned) == 24, "");
static_assert(sizeof(Queue) == 192, "");
#endif
